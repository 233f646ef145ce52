import { useLocation } from 'wouter'
import { openInAlchemy } from '@/features/alchemy'
import { ImageViewer } from '@/features/gallery'
import { useRequestImages } from '@/features/requests'
import type { StoredImage } from '@/lib/studioDb'

export interface ResultViewerProps {
  requestLocalId: string
  index: number
  onIndex: (index: number) => void
  onClose: () => void
  /** The request's parameters into the form, with its seed if asked. */
  onRemix: (image: StoredImage, keepSeed: boolean) => void
  /** This image into the painter, as the next request's source. */
  onUseAsSource: (image: StoredImage) => void
}

/** The gallery's viewer over one request's images, opened from its card on Create. */
export function ResultViewer({
  requestLocalId,
  index,
  onIndex,
  onClose,
  onRemix,
  onUseAsSource,
}: ResultViewerProps) {
  const [, navigate] = useLocation()
  const images = useRequestImages(requestLocalId)
  if (!images) return null
  return (
    <ImageViewer
      images={images}
      index={index}
      onIndex={onIndex}
      onClose={onClose}
      onRemix={(image, keepSeed) => {
        onClose()
        onRemix(image, keepSeed)
      }}
      onUseAsSource={(image) => {
        onClose()
        onUseAsSource(image)
      }}
      onAlchemy={(image) => {
        void openInAlchemy(image.id)
        navigate('/alchemy')
      }}
    />
  )
}

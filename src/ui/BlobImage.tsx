import { useEffect, useRef, type ComponentProps } from 'react'

/** An <img> of a stored Blob; its object URL lives exactly as long as the element shows that blob. */
export function BlobImage({
  blob,
  alt,
  ...props
}: { blob: Blob; alt: string } & Omit<ComponentProps<'img'>, 'src'>) {
  const ref = useRef<HTMLImageElement>(null)
  useEffect(() => {
    const url = URL.createObjectURL(blob)
    if (ref.current) ref.current.src = url
    return () => URL.revokeObjectURL(url)
  }, [blob])
  return <img ref={ref} alt={alt} {...props} />
}

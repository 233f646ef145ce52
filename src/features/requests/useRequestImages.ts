import { useLiveQuery } from 'dexie-react-hooks'
import { db, type StoredImage } from '@/lib/studioDb'

/** A request's images in the order its card shows them; those deleted in the gallery or viewer are left out. */
export function useRequestImages(requestLocalId: string): StoredImage[] | undefined {
  return useLiveQuery(
    () =>
      db.images
        .where({ requestLocalId })
        .filter((i) => !i.deletedAt)
        .toArray(),
    [requestLocalId],
  )
}

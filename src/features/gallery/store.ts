import { create } from 'zustand'
import { NO_FILTER, type GalleryFilter } from './model/gallery'

interface GalleryState extends GalleryFilter {
  /** Ids of the images picked for a zip or a delete. */
  selected: ReadonlySet<string>
}

const initial: GalleryState = { ...NO_FILTER, selected: new Set() }

export const useGallery = create<GalleryState>()(() => initial)

export const setSearch = (search: string) => useGallery.setState({ search })
export const setModelFilter = (model: string) => useGallery.setState({ model })
export const setFavouritesOnly = (favouritesOnly: boolean) => useGallery.setState({ favouritesOnly })
export const clearFilters = () => useGallery.setState(NO_FILTER)

export const toggleSelected = (id: string) =>
  useGallery.setState(({ selected }) => {
    const next = new Set(selected)
    if (!next.delete(id)) next.add(id)
    return { selected: next }
  })
export const selectAll = (ids: readonly string[]) => useGallery.setState({ selected: new Set(ids) })
export const clearSelection = () => useGallery.setState({ selected: new Set() })
export const resetGallery = () => useGallery.setState(initial)

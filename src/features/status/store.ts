import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { ModelType } from '@/api/status'

/** Models the user starred on the status page: listed first, and their queue sampled over time. */
interface FavouriteModels {
  image: string[]
  text: string[]
}

const names = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((n): n is string => typeof n === 'string') : []

export const useFavouriteModels = create<FavouriteModels>()(
  persist((): FavouriteModels => ({ image: [], text: [] }), {
    name: 'horde-studio.status-favourites',
    version: 1,
    storage: createJSONStorage(() => localStorage),
    merge: (stored, current) => {
      const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>
      return { ...current, image: names(s.image), text: names(s.text) }
    },
  }),
)

export function toggleFavourite(type: ModelType, name: string): void {
  useFavouriteModels.setState((s) => ({
    [type]: s[type].includes(name) ? s[type].filter((n) => n !== name) : [...s[type], name],
  }))
}

import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

// Requests started elsewhere that the user chose not to track here: never offered again. The horde drops
// a request 20 minutes after its last activity, so a few hundred ids are plenty.
const KEEP = 300

export const useDismissedOrphans = create<{ ids: string[] }>()(
  persist(() => ({ ids: [] as string[] }), {
    name: 'horde-studio.dismissed-requests',
    version: 1,
    storage: createJSONStorage(() => localStorage),
  }),
)

export const dismissOrphans = (ids: readonly string[]) =>
  useDismissedOrphans.setState((s) => ({ ids: [...new Set([...s.ids, ...ids])].slice(-KEEP) }))

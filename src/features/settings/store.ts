import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { normalizeHordeUrl } from '@/api/connection'
import { getRuntimeConfig, pickHordeUrl } from '@/lib/runtimeConfig'

export type Theme = 'system' | 'light' | 'dark'

interface SettingsState {
  /** The horde the user chose; null follows the deployment's default (config.json, then the build). */
  hordeUrl: string | null
  theme: Theme
}

export const useSettings = create<SettingsState>()(
  persist((): SettingsState => ({ hordeUrl: null, theme: 'system' }), {
    name: 'horde-studio.settings',
    version: 1,
    storage: createJSONStorage(() => localStorage),
  }),
)

export const setHordeUrl = (url: string | null) =>
  useSettings.setState({ hordeUrl: url === null ? null : normalizeHordeUrl(url) })
export const setTheme = (theme: Theme) => useSettings.setState({ theme })

export function effectiveHordeUrl(state: SettingsState = useSettings.getState()): string {
  return normalizeHordeUrl(pickHordeUrl({ deployed: getRuntimeConfig().hordeUrl, chosen: state.hordeUrl }))
}

export const useHordeUrl = () => useSettings(effectiveHordeUrl)

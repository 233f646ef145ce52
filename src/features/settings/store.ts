import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { normalizeHordeUrl } from '@/api/connection'
import { getRuntimeConfig, pickHordeUrl } from '@/lib/runtimeConfig'

export type Theme = 'system' | 'light' | 'dark'
/** `unasked`: the user never chose; `off` covers a refusal, which is never asked again. */
export type NotifyChoice = 'unasked' | 'on' | 'off'

interface SettingsState {
  /** The horde the user chose; null follows the deployment's default (config.json, then the build). */
  hordeUrl: string | null
  theme: Theme
  notify: NotifyChoice
  /** The one-time offer was shown (on the first request that waited long). */
  notifyOffered: boolean
}

export const useSettings = create<SettingsState>()(
  persist(
    (): SettingsState => ({ hordeUrl: null, theme: 'system', notify: 'unasked', notifyOffered: false }),
    {
      name: 'horde-studio.settings',
      version: 1,
      storage: createJSONStorage(() => localStorage),
    },
  ),
)

export const setHordeUrl = (url: string | null) =>
  useSettings.setState({ hordeUrl: url === null ? null : normalizeHordeUrl(url) })
export const setTheme = (theme: Theme) => useSettings.setState({ theme })

export function effectiveHordeUrl(state: SettingsState = useSettings.getState()): string {
  return normalizeHordeUrl(pickHordeUrl({ deployed: getRuntimeConfig().hordeUrl, chosen: state.hordeUrl }))
}

export const useHordeUrl = () => useSettings(effectiveHordeUrl)

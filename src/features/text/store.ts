import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

// The generation settings of the Write page. Documents live in IndexedDB; these are the knobs.

export interface TextSettings {
  models: string[]
  maxLength: number
  maxContextLength: number
  n: number
  temperature: number
  topP: number
  topK: number
  topA: number
  minP: number
  typical: number
  tfs: number
  repPen: number
  repPenRange: number
  repPenSlope: number
  smoothingFactor: number
  dynatempRange: number
  dynatempExponent: number
  /** Comma-separated, as the user types it; checked before sending. */
  samplerOrder: string
  /** One stop sequence per line. */
  stopSequences: string
  singleline: boolean
  trustedWorkers: boolean
  slowWorkers: boolean
  /** Worker ids, one per line. */
  workers: string
  workerBlacklist: boolean
}

export const DEFAULT_SETTINGS: TextSettings = {
  models: [],
  maxLength: 120,
  maxContextLength: 2048,
  n: 1,
  temperature: 0.7,
  topP: 0.92,
  topK: 100,
  topA: 0,
  minP: 0,
  typical: 1,
  tfs: 1,
  repPen: 1.07,
  repPenRange: 360,
  repPenSlope: 0.7,
  smoothingFactor: 0,
  dynatempRange: 0,
  dynatempExponent: 1,
  samplerOrder: '6, 0, 1, 3, 4, 2, 5',
  stopSequences: '',
  singleline: false,
  trustedWorkers: false,
  slowWorkers: true,
  workers: '',
  workerBlacklist: false,
}

/** Each stored setting is taken back only when it has the default's type (older versions, hand edits). */
function restoreSettings(stored: unknown): TextSettings {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>
  const out = { ...DEFAULT_SETTINGS } as Record<string, unknown>
  for (const [key, fallback] of Object.entries(DEFAULT_SETTINGS)) {
    const v = s[key]
    if (Array.isArray(fallback)) {
      if (Array.isArray(v)) out[key] = v.filter((m) => typeof m === 'string')
    } else if (typeof v === typeof fallback && (typeof v !== 'number' || Number.isFinite(v))) out[key] = v
  }
  return out as unknown as TextSettings
}

// The knobs are kept across reloads, like the image composer's form.
export const useTextSettings = create<TextSettings>()(
  persist(() => ({ ...DEFAULT_SETTINGS }), {
    name: 'horde-studio.text-settings',
    version: 1,
    storage: createJSONStorage(() => localStorage),
    merge: (stored, current) => ({ ...current, ...restoreSettings(stored) }),
  }),
)

export const setSetting = <K extends keyof TextSettings>(key: K, value: TextSettings[K]) =>
  useTextSettings.setState({ [key]: value } as Pick<TextSettings, K>)

export const resetTextSettings = () => useTextSettings.setState({ ...DEFAULT_SETTINGS }, true)

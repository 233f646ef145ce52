import { create } from 'zustand'

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
  samplerOrder: '6, 0, 1, 3, 4, 2, 5',
  stopSequences: '',
  singleline: false,
  trustedWorkers: false,
  slowWorkers: true,
  workers: '',
  workerBlacklist: false,
}

export const useTextSettings = create<TextSettings>()(() => ({ ...DEFAULT_SETTINGS }))

export const setSetting = <K extends keyof TextSettings>(key: K, value: TextSettings[K]) =>
  useTextSettings.setState({ [key]: value } as Pick<TextSettings, K>)

export const resetTextSettings = () => useTextSettings.setState({ ...DEFAULT_SETTINGS }, true)

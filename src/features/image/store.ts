import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { ImageRequestPayload } from '@/api/images'
import { DEFAULT_FORM, restoreForm, type ComposerForm } from './model/form'
import { fromPayload } from './model/payload'

/** A preset keeps every setting except the prompt and the negative prompt. */
export interface Preset {
  name: string
  form: Omit<ComposerForm, 'prompt' | 'negativePrompt'>
}

interface ComposerState {
  /** The form as last edited: restored on reload ("restore last used"). */
  form: ComposerForm
  presets: Preset[]
  /** Model names starred by the user, listed first in the picker. */
  favourites: string[]
}

const initial = (): ComposerState => ({ form: { ...DEFAULT_FORM }, presets: [], favourites: [] })

export const useComposer = create<ComposerState>()(
  persist(initial, {
    name: 'horde-studio.composer',
    version: 1,
    storage: createJSONStorage(() => localStorage),
    // Whatever is stored (older fields, a hand edit) is read back field by field, never trusted whole.
    merge: (stored, current) => {
      const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<ComposerState>
      return {
        ...current,
        form: restoreForm(s.form),
        presets: Array.isArray(s.presets)
          ? s.presets
              .filter((p) => typeof p?.name === 'string')
              .map((p) => ({ name: p.name, form: withoutPrompt(restoreForm(p.form)) }))
          : [],
        favourites: Array.isArray(s.favourites) ? s.favourites.filter((f) => typeof f === 'string') : [],
      }
    },
  }),
)

export const resetComposer = () => useComposer.setState(initial())

export function setField<K extends keyof ComposerForm>(key: K, value: ComposerForm[K]): void {
  useComposer.setState((s) => ({ form: { ...s.form, [key]: value } }))
}

export const patchForm = (patch: Partial<ComposerForm>) =>
  useComposer.setState((s) => ({ form: { ...s.form, ...patch } }))

/** Remix and "edit and retry": the request's parameters replace the form's. */
export function loadPayload(payload: ImageRequestPayload): void {
  useComposer.setState({ form: fromPayload(payload) })
}

function withoutPrompt(form: ComposerForm): Preset['form'] {
  const { prompt: _p, negativePrompt: _n, ...rest } = form
  return rest
}

/** Saves the current settings under a name; the same name again replaces it. */
export function savePreset(name: string): 'saved' | 'replaced' {
  const trimmed = name.trim()
  const existed = useComposer.getState().presets.some((p) => p.name === trimmed)
  useComposer.setState((s) => ({
    presets: [
      ...s.presets.filter((p) => p.name !== trimmed),
      { name: trimmed, form: withoutPrompt(s.form) },
    ].sort((a, b) => a.name.localeCompare(b.name)),
  }))
  return existed ? 'replaced' : 'saved'
}

/** Applies a preset's settings; the prompt being written stays. */
export function applyPreset(name: string): void {
  const preset = useComposer.getState().presets.find((p) => p.name === name)
  if (!preset) return
  useComposer.setState((s) => ({
    form: { ...restoreForm(preset.form), prompt: s.form.prompt, negativePrompt: s.form.negativePrompt },
  }))
}

export const deletePreset = (name: string) =>
  useComposer.setState((s) => ({ presets: s.presets.filter((p) => p.name !== name) }))

export function toggleFavourite(model: string): void {
  useComposer.setState((s) => ({
    favourites: s.favourites.includes(model)
      ? s.favourites.filter((f) => f !== model)
      : [...s.favourites, model],
  }))
}

/** Puts back a deleted preset (the toast's undo). */
export const restorePreset = (preset: Preset) =>
  useComposer.setState((s) => ({
    presets: [...s.presets.filter((p) => p.name !== preset.name), preset].sort((a, b) =>
      a.name.localeCompare(b.name),
    ),
  }))

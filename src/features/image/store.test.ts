import { beforeEach, describe, expect, it } from 'vitest'
import {
  applyPreset,
  deletePreset,
  resetComposer,
  restorePreset,
  savePreset,
  setField,
  useComposer,
} from './store'

const KEY = 'horde-studio.composer'

describe('the composer store', () => {
  beforeEach(() => resetComposer())

  it('keeps presets by name, without the prompts, and puts a deleted one back', () => {
    setField('prompt', 'mine')
    setField('steps', 12)
    expect(savePreset(' fast ')).toBe('saved')
    expect(savePreset('fast')).toBe('replaced')
    expect(useComposer.getState().presets).toHaveLength(1)
    expect(useComposer.getState().presets[0]!.form).not.toHaveProperty('prompt')
    setField('steps', 50)
    setField('prompt', 'other')
    applyPreset('fast')
    expect(useComposer.getState().form).toMatchObject({ steps: 12, prompt: 'other' })
    const preset = useComposer.getState().presets[0]!
    deletePreset('fast')
    expect(useComposer.getState().presets).toEqual([])
    restorePreset(preset)
    expect(useComposer.getState().presets).toEqual([preset])
  })

  it('reads back a damaged localStorage without breaking', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({
        state: {
          form: { prompt: 'ok', width: 'wide' },
          presets: [{ nope: 1 }],
          favourites: [3, 'Deliberate'],
        },
        version: 1,
      }),
    )
    await useComposer.persist.rehydrate()
    const s = useComposer.getState()
    expect(s.form).toMatchObject({ prompt: 'ok', width: 512 })
    expect(s.presets).toEqual([])
    expect(s.favourites).toEqual(['Deliberate'])
  })
})

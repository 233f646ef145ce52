import { afterEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/studioDb'
import { keepAlchemyDraft } from './draft'
import { setSource, toggleForm, useAlchemy } from './store'

const source = {
  blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }),
  label: 'kite.png',
  width: 64,
  height: 48,
  url: null,
}
const empty = { source: null, forms: ['caption' as const], loading: false }

async function until(ok: () => Promise<boolean>) {
  for (let i = 0; i < 100 && !(await ok()); i++) await new Promise((r) => setTimeout(r, 20))
}

describe('the alchemy draft', () => {
  afterEach(async () => {
    useAlchemy.setState(empty)
    await db.drafts.clear()
  })

  it('brings the chosen image and forms back after a reload', async () => {
    const stop = keepAlchemyDraft()
    setSource(source)
    toggleForm('nsfw')
    await until(async () => (await db.drafts.get('alchemy')) !== undefined)
    await until(
      async () => ((await db.drafts.get('alchemy'))?.data as { forms: string[] }).forms.length === 2,
    )
    stop()

    useAlchemy.setState(empty) // the page after a reload
    const stopAgain = keepAlchemyDraft()
    await until(async () => useAlchemy.getState().source !== null)
    stopAgain()
    expect(useAlchemy.getState().source).toMatchObject({ label: 'kite.png', width: 64, height: 48 })
    expect(useAlchemy.getState().forms).toEqual(['caption', 'nsfw'])
  })

  it('leaves a choice made meanwhile alone', async () => {
    await db.drafts.put({ id: 'alchemy', savedAt: 1, data: { source, forms: ['nsfw'] } })
    setSource({ ...source, label: 'from the gallery' })
    const stop = keepAlchemyDraft()
    await new Promise((r) => setTimeout(r, 100))
    stop()
    expect(useAlchemy.getState().source?.label).toBe('from the gallery')
  })

  it('starts empty from a draft an older version saved differently, and keeps that draft aside', async () => {
    const old = { id: 'alchemy', savedAt: 1, data: { source, forms: ['an-old-form'] } }
    await db.drafts.put(old)
    const stop = keepAlchemyDraft()
    await until(async () => (await db.transaction('r', db.setAside, () => db.setAside.count())) > 0)
    stop()
    expect(useAlchemy.getState().source).toBeNull()
    const aside = await db.transaction('r', db.setAside, () => db.setAside.toArray())
    expect(aside).toEqual([
      expect.objectContaining({
        table: 'drafts',
        key: 'alchemy',
        issue: expect.stringMatching(/^data\.forms\.0/),
      }),
    ])
    await db.transaction('rw', db.setAside, () => db.setAside.clear())
  })
})

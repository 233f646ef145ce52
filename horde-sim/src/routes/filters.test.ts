import { describe, expect, it } from 'vitest'
import { SEEDED_KEYS } from '../seedKeys'
import { call, testSim } from '../testing'

const { moderator, artist } = SEEDED_KEYS

describe('prompt filters', () => {
  it('are for moderators only: unknown key 401, others 403 NotModerator, no key 400', async () => {
    const horde = testSim()
    for (const [method, path] of [
      ['GET', '/filters'],
      ['GET', '/filters/1'],
      ['GET', '/filters/regex'],
      ['DELETE', '/filters/1'],
    ] as const) {
      expect((await call(horde, method, path, { apikey: artist.key })).body.rc).toBe('NotModerator')
      expect((await call(horde, method, path, { apikey: 'unknown' })).status).toBe(401)
      expect((await call(horde, method, path)).status).toBe(400)
    }
    const check = await call(horde, 'POST', '/filters', { apikey: artist.key, body: { prompt: 'x' } })
    expect([check.status, check.body.rc]).toEqual([403, 'NotModerator'])
  })

  it('adds filters (the same regex and type twice is one filter), lists and searches them', async () => {
    const horde = testSim()
    const put = (body: object) => call(horde, 'PUT', '/filters', { apikey: moderator.key, body })
    const made = await put({ regex: 'raid-?spam', filter_type: 20 })
    expect(made.status).toBe(200)
    expect(made.body).toEqual({
      id: '2',
      regex: 'raid-?spam',
      filter_type: 20,
      description: null,
      replacement: '',
      user: 'Moderator#2',
    })
    expect((await put({ regex: 'raid-?spam', filter_type: 20, description: 'again' })).body.id).toBe('2')
    // The server does not compile the regex on the way in.
    expect((await put({ regex: '(unclosed', filter_type: 11 })).status).toBe(200)
    const wrong = await put({ regex: 'x', filter_type: 5 })
    expect(wrong.body.errors).toEqual({ filter_type: '5 is less than the minimum of 10' })
    expect((await put({ filter_type: 10 })).body.errors).toEqual({ regex: "'regex' is a required property" })
    const list = (await call(horde, 'GET', '/filters', { apikey: moderator.key })).body
    expect(list.map((f: { id: string }) => f.id)).toEqual(['1', '2', '3'])
    expect(list[1].description).toBeUndefined()
    const typed = (await call(horde, 'GET', '/filters?filter_type=20', { apikey: moderator.key })).body
    expect(typed.map((f: { id: string }) => f.id)).toEqual(['2'])
    const found = (await call(horde, 'GET', '/filters?contains=seeded', { apikey: moderator.key })).body
    expect(found.map((f: { id: string }) => f.id)).toEqual(['1'])
    // SQL LIKE: case matters.
    expect((await call(horde, 'GET', '/filters?contains=SEEDED', { apikey: moderator.key })).body).toEqual([])
    const badType = await call(horde, 'GET', '/filters?filter_type=ten', { apikey: moderator.key })
    expect([badType.status, Object.keys(badType.body.errors)]).toEqual([400, ['filter_type']])
  })

  it('checks a prompt: one suspicion per group (10/11, 20), positive prompt only, after normalising', async () => {
    const horde = testSim()
    await call(horde, 'PUT', '/filters', {
      apikey: moderator.key,
      body: { regex: 'raid-?spam', filter_type: 20 },
    })
    await call(horde, 'PUT', '/filters', { apikey: moderator.key, body: { regex: 'other', filter_type: 15 } })
    const check = async (body: object) =>
      (await call(horde, 'POST', '/filters', { apikey: moderator.key, body })).body
    expect(await check({ prompt: 'a raidspam cat' })).toEqual({ suspicion: '1', matches: ['raidspam'] })
    expect(await check({ prompt: 'a cat, f o r b i d d e n w o r d & (raidspam:1.2)' })).toEqual({
      suspicion: '2',
      matches: ['forbiddenword', 'raidspam'],
    })
    // Punctuation becomes a space before matching, so a hyphenated word no longer fits a `-?` regex.
    expect(await check({ prompt: 'raid-spam' })).toEqual({ suspicion: '0', matches: [] })
    expect(await check({ prompt: 'a cat ### forbidden word' })).toEqual({ suspicion: '0', matches: [] })
    expect(await check({ prompt: 'other things' })).toEqual({ suspicion: '0', matches: [] })
    expect(await check({ prompt: 'forbiddenword raidspam', filter_type: 20 })).toEqual({
      suspicion: '1',
      matches: ['raidspam'],
    })
    expect(await check({ prompt: 'a picnic 🍼' })).toEqual({ suspicion: '1', matches: ['🍼'] })
    const missing = await call(horde, 'POST', '/filters', { apikey: moderator.key, body: {} })
    expect([missing.status, Object.keys(missing.body.errors)]).toEqual([400, ['prompt']])
  })

  it('serves the joined regex of each checked type, without regex for an empty type', async () => {
    const horde = testSim()
    await call(horde, 'PUT', '/filters', {
      apikey: moderator.key,
      body: { regex: 'second', filter_type: 10 },
    })
    const res = (await call(horde, 'GET', '/filters/regex', { apikey: moderator.key })).body
    expect(res).toEqual([
      { filter_type: 10, regex: 'forbidden-?word|second' },
      { filter_type: 11 },
      { filter_type: 20 },
    ])
    const only = (await call(horde, 'GET', '/filters/regex?filter_type=11', { apikey: moderator.key })).body
    expect(only).toEqual([{ filter_type: 11 }])
  })

  it('reads, patches (truthy fields only) and deletes one filter', async () => {
    const horde = testSim()
    const patch = (id: string, body: object) =>
      call(horde, 'PATCH', `/filters/${id}`, { apikey: moderator.key, body })
    expect((await call(horde, 'GET', '/filters/1', { apikey: moderator.key })).body).toMatchObject({
      id: '1',
      description: 'A seeded example filter',
      user: 'Moderator#2',
    })
    const patched = await call(horde, 'PATCH', '/filters/1', {
      apikey: SEEDED_KEYS.admin.key,
      body: { replacement: 'cat', description: '' },
    })
    expect(patched.body).toMatchObject({
      replacement: 'cat',
      description: 'A seeded example filter',
      user: 'db0#1',
    })
    expect((await patch('1', { replacement: '' })).body.rc).toBe('NoFilterModSelected')
    expect((await patch('99', { regex: 'x' })).body.rc).toBe('FilterNotFound')
    expect((await patch('abc', { regex: 'x' })).status).toBe(500)
    expect((await call(horde, 'GET', '/filters/abc')).body.rc).toBe('FilterNotFound')
    expect((await call(horde, 'DELETE', '/filters/1', { apikey: moderator.key })).body).toEqual({
      message: 'OK',
    })
    const gone = await call(horde, 'GET', '/filters/1', { apikey: moderator.key })
    expect([gone.status, gone.body.rc]).toEqual([404, 'FilterNotFound'])
  })
})

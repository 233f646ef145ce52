import { describe, expect, it } from 'vitest'
import { ANONYMOUS_KEY, SEEDED_KEYS, SEEDED_SHARED_KEY } from '../seedKeys'
import { SEEDED_STYLE_IDS, SEEDED_STYLE_KEY } from '../seedStyles'
import { call, testSim } from '../testing'

const { moderator, artist, newcomer } = SEEDED_KEYS
const IDS = SEEDED_STYLE_IDS
const MISSING = '00000000-0000-4000-8000-00000000dead'

const newStyle = (over: Record<string, unknown> = {}) => ({
  name: 'ukiyo-e',
  info: 'Japanese woodblock print look.',
  prompt: '{p}, ukiyo-e woodblock print###{np}, photo',
  params: { steps: 25, cfg_scale: 7, sampler_name: 'k_euler' },
  models: ['stable_diffusion'],
  tags: ['print', 'japanese'],
  ...over,
})

describe('GET /styles/image', () => {
  it('lists the public image styles by use count, 25 from offset page − 1', async () => {
    const horde = testSim()
    const res = await call(horde, 'GET', '/styles/image')
    expect(res.status).toBe(200)
    expect(res.body.map((s: { name: string }) => s.name)).toEqual([
      'cinematic',
      'anime',
      'isometric',
      'noir',
      'pixel art',
      'watercolor',
    ])
    const counts = res.body.map((s: { use_count: number }) => s.use_count)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    // page 2 starts one style later, not 25
    const page2 = await call(horde, 'GET', '/styles/image?page=2')
    expect(page2.body.map((s: { name: string }) => s.name)).toEqual(
      res.body.slice(1).map((s: { name: string }) => s.name),
    )
    const age = await call(horde, 'GET', '/styles/image?sort=age')
    expect(age.body[0].name).toBe('cinematic')
    expect(age.body.at(-1).name).toBe('watercolor')
  })

  it('filters by exact tag and model', async () => {
    const horde = testSim()
    const tag = await call(horde, 'GET', '/styles/image?tag=photographic')
    expect(tag.body.map((s: { name: string }) => s.name)).toEqual(['cinematic', 'noir'])
    const model = await call(horde, 'GET', '/styles/image?model=Deliberate')
    expect(model.body.map((s: { name: string }) => s.name).sort()).toEqual([
      'noir',
      'pixel art',
      'watercolor',
    ])
    expect((await call(horde, 'GET', '/styles/image?tag=Photographic')).body).toEqual([])
  })

  it('refuses a bad sort or page the way the server does', async () => {
    const horde = testSim()
    const sort = await call(horde, 'GET', '/styles/image?sort=new')
    expect([sort.status, sort.body.rc]).toEqual([400, 'BadRequest'])
    expect(sort.body.message).toContain('model_state')
    const page = await call(horde, 'GET', '/styles/image?page=two')
    expect(page.status).toBe(400)
    expect(Object.keys(page.body.errors)).toEqual(['page'])
    // page 0 is a negative offset for the database
    expect((await call(horde, 'GET', '/styles/image?page=0')).status).toBe(500)
  })

  it('has no text styles to list', async () => {
    const horde = testSim()
    expect((await call(horde, 'GET', '/styles/text')).body).toEqual([])
  })
})

describe('GET one image style', () => {
  it('shows a style with its params model, examples, creator and shared key', async () => {
    const horde = testSim()
    const pixel = await call(horde, 'GET', `/styles/image/${IDS.pixelArt}`)
    expect(pixel.status).toBe(200)
    expect(pixel.body).toMatchObject({
      id: IDS.pixelArt,
      name: 'pixel art',
      creator: 'Artist#3',
      public: true,
      nsfw: false,
      models: ['Deliberate', 'stable_diffusion'],
      use_count: 1275,
    })
    expect(pixel.body.prompt).toContain('{p}')
    // the LoRA comes back with its nested defaults
    expect(pixel.body.params.loras).toEqual([{ name: '135867', model: 0.8, clip: 1, is_version: false }])
    expect(pixel.body.params.width).toBeUndefined()
    expect(pixel.body.examples).toHaveLength(2)
    expect(pixel.body.examples[0]).toEqual({
      url: expect.stringMatching(/^https:\/\//),
      primary: true,
      id: expect.any(String),
    })
    expect(pixel.body.shared_key).toBeUndefined()
    const water = await call(horde, 'GET', `/styles/image/${IDS.watercolor}`)
    expect(water.body.shared_key).toMatchObject({
      id: SEEDED_STYLE_KEY.id,
      username: 'Artist#3',
      kudos: 2000,
    })
    // ids are read as Python reads a UUID
    const upper = await call(horde, 'GET', `/styles/image/${IDS.noir.toUpperCase().replace(/-/g, '')}`)
    expect(upper.body.name).toBe('noir')
  })

  it('answers an unknown id with the odd rc of the type, and a style of the other type with 400', async () => {
    const horde = testSim()
    const missing = await call(horde, 'GET', `/styles/image/${MISSING}`)
    expect([missing.status, missing.body.rc]).toEqual([404, 'Image styleNotFound'])
    const text = await call(horde, 'GET', `/styles/text/${MISSING}`)
    expect([text.status, text.body.rc]).toEqual([404, 'Text styleNotFound'])
    const wrong = await call(horde, 'GET', `/styles/text/${IDS.noir}`)
    expect([wrong.status, wrong.body.rc]).toEqual([400, 'BadRequest'])
  })

  it('finds styles by name as get_style_by_name reads it, private ones too', async () => {
    const horde = testSim()
    const byName = async (name: string) =>
      call(horde, 'GET', `/styles/image_by_name/${encodeURIComponent(name)}`)
    expect((await byName('noir')).body.id).toBe(IDS.noir)
    expect((await byName('style::noir')).body.id).toBe(IDS.noir)
    expect((await byName('Moderator#2::noir')).body.id).toBe(IDS.noir)
    expect((await byName('style::Moderator#2::noir')).body.id).toBe(IDS.noir)
    // the unique name's middle part is "style", which names no user: anyone's 'noir' matches
    expect((await byName('Artist#3::style::noir')).body.id).toBe(IDS.noir)
    const notArtists = await byName('Artist#3::noir')
    expect([notArtists.status, notArtists.body.rc]).toEqual([404, 'StyleNotFound'])
    // the route asks for styles only, so a 'collection::' prefix changes nothing
    expect((await byName('collection::noir')).body.id).toBe(IDS.noir)
    expect((await byName('sketchbook draft')).body).toMatchObject({ id: IDS.draft, public: false })
  })

  it('allows 20 reads of one style per hour', async () => {
    const horde = testSim({ rateLimits: true })
    for (let i = 0; i < 20; i++) {
      expect((await call(horde, 'GET', `/styles/image/${IDS.noir}`)).status).toBe(200)
      horde.sim.clock.advance(1000) // past the 2 per second
    }
    const over = await call(horde, 'GET', `/styles/image/${IDS.noir}`)
    expect([over.status, over.body]).toEqual([429, { message: '20 per 1 hour' }])
    expect((await call(horde, 'GET', `/styles/image/${IDS.anime}`)).status).toBe(200)
  })
})

describe('POST /styles/image', () => {
  it('creates a style for a trusted user and shows it', async () => {
    const horde = testSim()
    const res = await call(horde, 'POST', '/styles/image', { apikey: artist.key, body: newStyle() })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ id: expect.any(String), message: 'OK', warnings: [] })
    const got = await call(horde, 'GET', `/styles/image/${res.body.id}`)
    expect(got.body).toMatchObject({
      name: 'ukiyo-e',
      creator: 'Artist#3',
      use_count: 0,
      tags: ['print', 'japanese'],
      examples: [],
      params: { steps: 25, cfg_scale: 7, sampler_name: 'k_euler' },
    })
    const me = await call(horde, 'GET', '/find_user', { apikey: artist.key })
    expect(me.body.styles).toContainEqual({
      name: 'Artist#3::style::ukiyo-e',
      id: res.body.id,
      type: 'image',
    })
    // info is '' when none was given
    const bare = await call(horde, 'POST', '/styles/image', {
      apikey: artist.key,
      body: { name: 'bare', models: ['stable_diffusion'] },
    })
    const shown = await call(horde, 'GET', `/styles/image/${bare.body.id}`)
    expect(shown.body).toMatchObject({ info: '', prompt: '{p}{np}', params: {}, public: true, tags: [] })
  })

  it('needs the customizer role or trust, and a registered user', async () => {
    const horde = testSim()
    const untrusted = await call(horde, 'POST', '/styles/image', { apikey: newcomer.key, body: newStyle() })
    expect([untrusted.status, untrusted.body.rc]).toEqual([403, 'StylesRequiresCustomizer'])
    const anon = await call(horde, 'POST', '/styles/image', { apikey: ANONYMOUS_KEY, body: newStyle() })
    expect([anon.status, anon.body.rc]).toEqual([403, 'StylesRequiresCustomizer'])
    horde.sim.state.users.get(0)!.customizer = true
    const anonCustomizer = await call(horde, 'POST', '/styles/image', {
      apikey: ANONYMOUS_KEY,
      body: newStyle(),
    })
    expect([anonCustomizer.status, anonCustomizer.body.rc]).toEqual([403, 'StylesAnonForbidden'])
    horde.sim.state.users.get(4)!.customizer = true
    expect(
      (await call(horde, 'POST', '/styles/image', { apikey: newcomer.key, body: newStyle() })).status,
    ).toBe(200)
    const unknown = await call(horde, 'POST', '/styles/image', { apikey: 'nope', body: newStyle() })
    expect([unknown.status, unknown.body.rc]).toEqual([401, 'InvalidAPIKey'])
    const noKey = await call(horde, 'POST', '/styles/image', { body: newStyle() })
    expect(noKey.status).toBe(400)
    expect(Object.keys(noKey.body.errors)).toEqual(['apikey'])
  })

  it('validates the body by schema first, with dotted paths', async () => {
    const horde = testSim()
    const res = await call(horde, 'POST', '/styles/image', {
      apikey: artist.key,
      body: newStyle({ info: 'short', prompt: '{p}', params: { width: 100 }, tags: [''] }),
    })
    expect(res.status).toBe(400)
    expect(res.body).toEqual({
      message: 'Input payload validation failed',
      errors: {
        info: "'short' is too short",
        prompt: "'{p}' is too short",
        'params.width': '100 is not a multiple of 64',
        'tags.0': "'' should be non-empty",
      },
    })
    const noName = await call(horde, 'POST', '/styles/image', { apikey: artist.key, body: { models: ['x'] } })
    expect(noName.body.errors).toEqual({ name: "'name' is a required property" })
  })

  it.each([
    [{ models: undefined }, 'model'],
    [{ models: [] }, 'model'],
    [{ models: ['a', 'b', 'c', 'd', 'e', 'f'] }, '5'],
    [{ tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }, '10'],
    [{ prompt: '{p} woodblock print' }, '{np}'],
    [{ prompt: 'woodblock {np} print' }, '{p}'],
    [{ name: 'noir' }, 'noir'],
    [{ sharedkey: MISSING }, 'shared key'],
  ])('refuses %j with 400 BadRequest', async (over, text) => {
    const horde = testSim()
    const res = await call(horde, 'POST', '/styles/image', { apikey: artist.key, body: newStyle(over) })
    expect([res.status, res.body.rc]).toEqual([400, 'BadRequest'])
    expect(res.body.message).toContain(text)
  })

  it('checks params like a generation and binds a valid shared key', async () => {
    const horde = testSim()
    const lora = await call(horde, 'POST', '/styles/image', {
      apikey: artist.key,
      body: newStyle({ params: { loras: [{ name: 'abc', is_version: true }] } }),
    })
    expect([lora.status, lora.body.rc]).toEqual([400, 'BadLoraVersion'])
    horde.sim.state.sharedKeys.get(SEEDED_SHARED_KEY.id)!.kudos = 0
    const empty = await call(horde, 'POST', '/styles/image', {
      apikey: artist.key,
      body: newStyle({ sharedkey: SEEDED_SHARED_KEY.id }),
    })
    expect([empty.status, empty.body.rc]).toEqual([400, 'BadRequest'])
    horde.sim.state.sharedKeys.get(SEEDED_SHARED_KEY.id)!.kudos = 100
    const keyed = await call(horde, 'POST', '/styles/image', {
      apikey: artist.key,
      body: newStyle({ sharedkey: SEEDED_SHARED_KEY.id }),
    })
    expect(keyed.status).toBe(200)
    const shown = await call(horde, 'GET', `/styles/image/${keyed.body.id}`)
    expect(shown.body.shared_key).toMatchObject({ id: SEEDED_SHARED_KEY.id, kudos: 100 })
  })
})

describe('PATCH and DELETE /styles/image/{id}', () => {
  it('reads the body with the create parser: name required, prompt/public/nsfw reset, tags cleared', async () => {
    const horde = testSim()
    const made = await call(horde, 'POST', '/styles/image', {
      apikey: artist.key,
      body: newStyle({ public: false, nsfw: true }),
    })
    const id = made.body.id
    const noName = await call(horde, 'PATCH', `/styles/image/${id}`, {
      apikey: artist.key,
      body: { info: 'New words.' },
    })
    expect(noName.status).toBe(400)
    expect(Object.keys(noName.body.errors)).toEqual(['name'])
    const res = await call(horde, 'PATCH', `/styles/image/${id}`, {
      apikey: artist.key,
      body: { name: 'ukiyo-e prints', info: 'New words.' },
    })
    expect(res.body).toEqual({ id, message: 'OK', warnings: [] })
    const got = await call(horde, 'GET', `/styles/image/${id}`)
    expect(got.body).toMatchObject({
      name: 'ukiyo-e prints',
      info: 'New words.',
      prompt: '{p}{np}',
      public: true,
      nsfw: false,
      tags: [],
      models: ['stable_diffusion'],
      params: { steps: 25 },
    })
  })

  it('is for the owner only, refuses any shared key and a taken name', async () => {
    const horde = testSim()
    const mod = await call(horde, 'PATCH', `/styles/image/${IDS.noir}`, {
      apikey: moderator.key,
      body: { name: 'noir' },
    })
    expect(mod.status).toBe(200)
    const other = await call(horde, 'PATCH', `/styles/image/${IDS.noir}`, {
      apikey: artist.key,
      body: { name: 'noir' },
    })
    expect([other.status, other.body.rc]).toEqual([403, 'Forbidden'])
    const key = await call(horde, 'PATCH', `/styles/image/${IDS.watercolor}`, {
      apikey: artist.key,
      body: { name: 'watercolor', sharedkey: SEEDED_STYLE_KEY.id },
    })
    expect([key.status, key.body.rc]).toEqual([400, 'BadRequest'])
    const taken = await call(horde, 'PATCH', `/styles/image/${IDS.watercolor}`, {
      apikey: artist.key,
      body: { name: 'anime' },
    })
    expect([taken.status, taken.body.rc]).toEqual([400, 'BadRequest'])
    const missing = await call(horde, 'PATCH', `/styles/image/${MISSING}`, {
      apikey: artist.key,
      body: { name: 'x' },
    })
    expect([missing.status, missing.body.rc]).toEqual([404, 'StyleNotFound'])
  })

  it('deletes for the owner or a moderator', async () => {
    const horde = testSim()
    const anon = await call(horde, 'DELETE', `/styles/image/${IDS.noir}`, { apikey: ANONYMOUS_KEY })
    expect([anon.status, anon.body.rc]).toEqual([403, 'StylesAnonForbidden'])
    const other = await call(horde, 'DELETE', `/styles/image/${IDS.noir}`, { apikey: artist.key })
    expect([other.status, other.body.rc]).toEqual([403, 'Forbidden'])
    const mod = await call(horde, 'DELETE', `/styles/image/${IDS.pixelArt}`, { apikey: moderator.key })
    expect([mod.status, mod.body]).toEqual([200, { message: 'OK' }])
    const gone = await call(horde, 'DELETE', `/styles/image/${IDS.pixelArt}`, { apikey: moderator.key })
    expect([gone.status, gone.body.rc]).toEqual([404, 'StyleNotFound'])
    expect((await call(horde, 'GET', `/styles/image/${IDS.pixelArt}`)).status).toBe(404)
  })
})

describe('style examples', () => {
  const post = (horde: ReturnType<typeof testSim>, id: string, body: unknown, apikey: string = artist.key) =>
    call(horde, 'POST', `/styles/image/${id}/example`, { apikey, body })

  it('adds https examples up to 4; the first is primary whatever is asked', async () => {
    const horde = testSim()
    const made = await call(horde, 'POST', '/styles/image', { apikey: artist.key, body: newStyle() })
    const id = made.body.id
    const http = await post(horde, id, { url: 'http://example.com/a.webp', primary: false })
    expect([http.status, http.body.rc]).toEqual([400, 'BadRequest'])
    // asking for a primary while there is none reaches a missing one
    expect((await post(horde, id, { url: 'https://example.com/a.webp', primary: true })).status).toBe(500)
    const first = await post(horde, id, { url: 'https://example.com/a.webp', primary: false })
    expect(first.body).toEqual({
      id: expect.any(String),
      message: 'OK',
      warnings: [{ code: null, message: null }],
    })
    const dup = await post(horde, id, { url: 'https://example.com/a.webp', primary: false })
    expect([dup.status, dup.body.rc]).toEqual([400, 'BadRequest'])
    const second = await post(horde, id, { url: 'https://example.com/b.webp', primary: true })
    await post(horde, id, { url: 'https://example.com/c.webp', primary: false })
    await post(horde, id, { url: 'https://example.com/d.webp', primary: false })
    const fifth = await post(horde, id, { url: 'https://example.com/e.webp', primary: false })
    expect([fifth.status, fifth.body.rc]).toEqual([403, 'Forbidden'])
    const got = await call(horde, 'GET', `/styles/image/${id}`)
    expect(got.body.examples.map((e: { primary: boolean }) => e.primary)).toEqual([false, true, false, false])
    expect(got.body.examples[1].id).toBe(second.body.id)
    const notYours = await post(horde, IDS.noir, { url: 'https://example.com/x.webp', primary: false })
    expect([notYours.status, notYours.body.rc]).toEqual([403, 'Forbidden'])
    const byMod = await post(
      horde,
      IDS.noir,
      { url: 'https://example.com/x.webp', primary: false },
      moderator.key,
    )
    expect(byMod.status).toBe(200)
  })

  it('patches and deletes examples as the server does', async () => {
    const horde = testSim()
    const base = `/styles/image/${IDS.pixelArt}/example`
    const [primary, other] = horde.sim.state.styles.get(IDS.pixelArt)!.examples.map((e) => e.id)
    // without a url the parser default is not https
    const noUrl = await call(horde, 'PATCH', `${base}/${other}`, {
      apikey: artist.key,
      body: { primary: true },
    })
    expect([noUrl.status, noUrl.body.rc]).toEqual([400, 'BadRequest'])
    const last = await call(horde, 'PATCH', `${base}/${primary}`, {
      apikey: artist.key,
      body: { url: 'https://example.com/p.webp', primary: false },
    })
    expect([last.status, last.body.rc]).toEqual([400, 'BadRequest'])
    const swap = await call(horde, 'PATCH', `${base}/${other}`, {
      apikey: artist.key,
      body: { url: 'https://example.com/o.webp', primary: true },
    })
    expect(swap.body).toEqual({ id: other, message: 'OK', warnings: [{ code: null, message: null }] })
    let got = await call(horde, 'GET', `/styles/image/${IDS.pixelArt}`)
    expect(got.body.examples).toEqual([
      expect.objectContaining({ id: primary, primary: false }),
      { id: other, url: 'https://example.com/o.webp', primary: true },
    ])
    const missing = await call(horde, 'DELETE', `${base}/${MISSING}`, { apikey: artist.key })
    expect([missing.status, missing.body.rc]).toEqual([404, 'Style exampleNotFound'])
    // deleting the primary makes the others primary
    expect((await call(horde, 'DELETE', `${base}/${other}`, { apikey: artist.key })).body).toEqual({
      message: 'OK',
    })
    got = await call(horde, 'GET', `/styles/image/${IDS.pixelArt}`)
    expect(got.body.examples).toEqual([expect.objectContaining({ id: primary, primary: true })])
  })
})

describe('styles in user details', () => {
  it('lists public styles to everyone and all of them to the owner', async () => {
    const horde = testSim()
    const pub = await call(horde, 'GET', '/users/3')
    expect(pub.body.styles.map((s: { name: string }) => s.name).sort()).toEqual([
      'Artist#3::style::pixel art',
      'Artist#3::style::watercolor',
    ])
    const own = await call(horde, 'GET', '/find_user', { apikey: artist.key })
    expect(own.body.styles).toContainEqual({
      name: 'Artist#3::style::sketchbook draft',
      id: IDS.draft,
      type: 'image',
    })
  })
})

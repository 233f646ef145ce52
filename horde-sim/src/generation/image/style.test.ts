import { describe, expect, it } from 'vitest'
import { ANONYMOUS_KEY } from '../../seedKeys'
import { SEEDED_STYLE_IDS, SEEDED_STYLE_KEY } from '../../seedStyles'
import { call, testSim } from '../../testing'
import { keys, pop } from './testHelpers'

const IDS = SEEDED_STYLE_IDS
const generate = (horde: ReturnType<typeof testSim>, body: Record<string, unknown>, apikey: string) =>
  call(horde, 'POST', '/generate/async', { apikey, body: { prompt: 'a castle on a hill', ...body } })
const user = async (horde: ReturnType<typeof testSim>, id: number) =>
  (await call(horde, 'GET', `/users/${id}`)).body
const useCount = async (horde: ReturnType<typeof testSim>, id: string) =>
  (await call(horde, 'GET', `/styles/image/${id}`)).body.use_count

describe('a style in POST /generate/async', () => {
  it("replaces models and params, keeps n and the user's size, and fills the prompt template", async () => {
    const horde = testSim()
    const res = await generate(
      horde,
      {
        prompt: 'a castle on a hill###fog',
        style: 'pixel art',
        models: ['AlbedoBase XL (SDXL)'],
        params: { width: 640, height: 384, steps: 50, sampler_name: 'k_heun', n: 2, seed: '42' },
      },
      keys.moderator.key,
    )
    expect(res.status).toBe(202)
    const job = await pop(horde, keys.newcomer.key, {
      name: 'Newcomer GPU',
      models: ['stable_diffusion'],
      allow_lora: true,
    })
    expect(job.body.model).toBe('stable_diffusion')
    expect(job.body.payload).toMatchObject({
      prompt:
        'pixel art of a castle on a hill, 16-bit, limited palette, crisp edges###blurry, smooth gradients, fog',
      width: 640,
      height: 384,
      ddim_steps: 20,
      sampler_name: 'k_euler',
      cfg_scale: 7.5,
    })
    expect(job.body.payload.loras).toEqual([expect.objectContaining({ name: '135867', model: 0.8 })])
    // n came from the user: two images
    expect(horde.sim.state.generation.image.requests.get(res.body.id)!.jobs).toBe(2)
  })

  it("puts the user's negative prompt after ### when the template has none; a style's size wins", async () => {
    const horde = testSim()
    const made = await call(horde, 'POST', '/styles/image', {
      apikey: keys.artist.key,
      body: {
        name: 'oil',
        prompt: '{p}, oil on canvas {np}',
        params: { width: 768, height: 768, steps: 20 },
        models: ['stable_diffusion'],
      },
    })
    await generate(
      horde,
      { prompt: 'a cat###dogs', style: made.body.id, params: { width: 512 } },
      keys.moderator.key,
    )
    const job = await pop(horde, keys.newcomer.key, { name: 'Newcomer GPU' })
    expect(job.body.payload).toMatchObject({
      prompt: 'a cat, oil on canvas ###dogs',
      width: 768,
      height: 768,
    })
  })

  it('counts the use and pays the owner 2 styled kudos, even for their own style', async () => {
    const horde = testSim()
    const before = await user(horde, 3)
    const res = await generate(horde, { style: IDS.pixelArt }, keys.moderator.key)
    expect(res.status).toBe(202)
    expect(await useCount(horde, IDS.pixelArt)).toBe(1276)
    let after = await user(horde, 3)
    expect(after.kudos).toBe(before.kudos + 2)
    expect(after.kudos_details.styled).toBe(2)
    expect(after.records.style.image).toBe(1)
    // the server compares the owner with a requester it has not looked up yet: the owner is paid too
    const own = await generate(horde, { style: IDS.pixelArt }, keys.artist.key)
    expect(own.status).toBe(202)
    after = await user(horde, 3)
    expect(after.kudos_details.styled).toBe(4)
    expect(after.records.style.image).toBe(2)
  })

  it('records the use before the other checks: a refused request and a dry run count too', async () => {
    const horde = testSim()
    horde.sim.state.modes.maintenance_mode = true
    const refused = await generate(horde, { style: IDS.noir }, keys.newcomer.key)
    expect([refused.status, refused.body.rc]).toEqual([400, 'MaintenanceMode'])
    horde.sim.state.modes.maintenance_mode = false
    const dry = await generate(horde, { style: IDS.noir, dry_run: true }, keys.newcomer.key)
    expect(dry.status).toBe(200)
    expect(await useCount(horde, IDS.noir)).toBe(1562)
    expect((await user(horde, 2)).kudos_details.styled).toBe(4)
  })

  it("estimates with the style's models and params", async () => {
    const styled = await generate(testSim(), { style: 'isometric', dry_run: true }, keys.newcomer.key)
    const same = await generate(
      testSim(),
      {
        dry_run: true,
        models: ['AlbedoBase XL (SDXL)'],
        params: {
          sampler_name: 'k_euler_a',
          steps: 30,
          cfg_scale: 5,
          width: 1024,
          height: 1024,
          karras: true,
        },
      },
      keys.newcomer.key,
    )
    const plain = await generate(testSim(), { dry_run: true }, keys.newcomer.key)
    expect(styled.body.kudos).toBe(same.body.kudos)
    expect(styled.body.kudos).toBeGreaterThan(plain.body.kudos)
    // SDXL family: twice what the same params cost on SD 1.5
    const sd15 = await generate(
      testSim(),
      {
        dry_run: true,
        params: {
          sampler_name: 'k_euler_a',
          steps: 30,
          cfg_scale: 5,
          width: 1024,
          height: 1024,
          karras: true,
        },
      },
      keys.newcomer.key,
    )
    expect(styled.body.kudos).toBeGreaterThan(sd15.body.kudos)
  })

  it("lets the style's shared key pay, for anyone, past the key's limits", async () => {
    const horde = testSim()
    const key = horde.sim.state.sharedKeys.get(SEEDED_STYLE_KEY.id)!
    key.maxImageSteps = 10
    const res = await generate(horde, { style: IDS.watercolor }, ANONYMOUS_KEY)
    expect(res.status).toBe(202)
    const req = horde.sim.state.generation.image.requests.get(res.body.id)!
    expect(req.userId).toBe(3)
    expect(req.sharedKeyId).toBe(SEEDED_STYLE_KEY.id)
    expect(key.kudos).toBe(SEEDED_STYLE_KEY.kudos - 3) // the horde tax went through the key
    // the sent key is not even looked at
    expect((await generate(horde, { style: IDS.watercolor }, 'not-a-key')).status).toBe(202)
    // on its own, a key bound to a style is refused
    const adHoc = await generate(horde, {}, SEEDED_STYLE_KEY.id)
    expect([adHoc.status, adHoc.body.rc]).toEqual([403, 'SharedKeyAssignedStyles'])
    // an empty key is skipped: the sender pays, and must be known
    key.kudos = 0
    const unknown = await generate(horde, { style: IDS.watercolor }, 'not-a-key')
    expect([unknown.status, unknown.body.rc]).toEqual([401, 'InvalidAPIKey'])
    const own = await generate(horde, { style: IDS.watercolor }, keys.newcomer.key)
    expect(own.status).toBe(202)
    expect(horde.sim.state.generation.image.requests.get(own.body.id)!.sharedKeyId).toBeNull()
  })

  it('refuses an unknown style with 404 and a text style with 400', async () => {
    const horde = testSim()
    const missing = await generate(horde, { style: 'no such style' }, keys.newcomer.key)
    expect([missing.status, missing.body.rc]).toEqual([404, 'StyleNotFound'])
    horde.sim.state.styles.set('7e770000-0000-4000-8000-000000000001', {
      ...horde.sim.state.styles.get(IDS.noir)!,
      id: '7e770000-0000-4000-8000-000000000001',
      type: 'text',
      name: 'storyteller',
      prompt: '{p}',
    })
    const text = await generate(horde, { style: 'storyteller' }, keys.newcomer.key)
    expect([text.status, text.body.rc]).toEqual([400, 'BadRequest'])
  })
})

import { describe, expect, it } from 'vitest'
import { ANONYMOUS_KEY, SEEDED_SHARED_KEY } from '../../seedKeys'
import { call, testSim } from '../../testing'
import { baseKudos } from './kudos'
import type { ImageParams } from './state'
import { keys } from './testHelpers'

const gen = (body: Record<string, unknown>, apikey: string = keys.artist.key) =>
  ({ apikey, body: { prompt: 'a lighthouse at dusk', ...body } }) as const

describe('POST /generate/async validation', () => {
  it('answers schema errors with dotted paths and no rc', async () => {
    const horde = testSim()
    const res = await call(
      horde,
      'POST',
      '/generate/async',
      gen({ params: { width: 100, steps: 501, n: 0 } }),
    )
    expect(res.status).toBe(400)
    expect(res.body).toEqual({
      message: 'Input payload validation failed',
      errors: {
        'params.width': '100 is not a multiple of 64',
        'params.steps': '501 is greater than the maximum of 500',
        'params.n': '0 is less than the minimum of 1',
      },
    })
    const empty = await call(horde, 'POST', '/generate/async', {
      apikey: keys.artist.key,
      body: { prompt: '' },
    })
    expect(empty.body.errors).toEqual({ prompt: "'' should be non-empty" })
    const none = await call(horde, 'POST', '/generate/async', { apikey: keys.artist.key, body: {} })
    expect(none.body.errors).toEqual({ prompt: "'prompt' is a required property" })
  })

  it('wants an apikey header, and a known one', async () => {
    const horde = testSim()
    const missing = await call(horde, 'POST', '/generate/async', { body: { prompt: 'x' } })
    expect(missing.status).toBe(400)
    expect(Object.keys(missing.body.errors)).toEqual(['apikey'])
    const unknown = await call(horde, 'POST', '/generate/async', gen({}, 'no-such-key'))
    expect(unknown.status).toBe(401)
    expect(unknown.body.rc).toBe('InvalidAPIKey')
  })

  it.each([
    [{ source_mask: 'abc' }, 400, 'SourceMaskUnnecessary'],
    [{ models: ['RealESRGAN_x4plus'] }, 400, 'UnexpectedModelName'],
    [{ params: { post_processing: ['RealESRGAN_x4plus', 'NMKD_Siax'] } }, 400, 'TooManyUpscalers'],
    [{ params: { loras: Array.from({ length: 6 }, (_, i) => ({ name: `l${i}` })) } }, 400, 'TooManyLoras'],
    [{ params: { loras: [{ name: 'abc', is_version: true }] } }, 400, 'BadLoraVersion'],
    [{ params: { cfg_scale: 7.555 } }, 400, 'BadCFGDecimals'],
    [{ params: { control_type: 'canny' } }, 400, 'ControlNetSourceMissing'],
    [{ workers: ['00000000-0000-4000-8000-00000000dead'] }, 404, 'WorkerNotFound'],
    [{ webhook: 'http://example.com/hook' }, 400, 'BadRequest'],
    [{ params: { n: 2 }, disable_batching: true }, 400, 'RequiresTrust'],
  ])('refuses %j with %i %s', async (body, status, rc) => {
    const horde = testSim()
    const res = await call(horde, 'POST', '/generate/async', gen(body, keys.newcomer.key))
    expect(res.status).toBe(status)
    expect(res.body.rc).toBe(rc)
  })

  it('refuses a banned Client-Agent and answers MaintenanceMode with 400', async () => {
    const horde = testSim()
    const banned = await call(horde, 'POST', '/generate/async', {
      ...gen({}),
      headers: { 'Client-Agent': 'My-Project:v0.0.1:My-Contact' },
    })
    expect([banned.status, banned.body.rc]).toEqual([403, 'BannedClientAgent'])
    horde.sim.state.modes.maintenance_mode = true
    const maint = await call(horde, 'POST', '/generate/async', gen({}))
    expect([maint.status, maint.body.rc]).toEqual([400, 'MaintenanceMode'])
  })

  it('limits parallel images per user (TooManyPrompts is a 429 with rc)', async () => {
    const horde = testSim()
    expect(
      (await call(horde, 'POST', '/generate/async', gen({ params: { n: 20 } }, keys.newcomer.key))).status,
    ).toBe(202)
    const res = await call(horde, 'POST', '/generate/async', gen({ params: { n: 20 } }, keys.newcomer.key))
    expect(res.status).toBe(429)
    expect(res.body.rc).toBe('TooManyPrompts')
  })

  it('needs upfront kudos for big requests, never from anonymous; allow_downgrade shrinks them', async () => {
    const horde = testSim()
    for (const key of [ANONYMOUS_KEY, keys.newcomer.key]) {
      const res = await call(horde, 'POST', '/generate/async', gen({ params: { steps: 50 } }, key))
      expect([res.status, res.body.rc]).toEqual([403, 'KudosUpfront'])
      expect(res.body.message).toContain('needs 13.31 kudos')
    }
    const wide = await call(
      horde,
      'POST',
      '/generate/async',
      gen({ params: { width: 2048, height: 1024 } }, ANONYMOUS_KEY),
    )
    expect(wide.body.rc).toBe('KudosUpfront')
    const slow = await call(horde, 'POST', '/generate/async', gen({ slow_workers: false }, ANONYMOUS_KEY))
    expect(slow.body.rc).toBe('KudosUpfront')
    const down = await call(
      horde,
      'POST',
      '/generate/async',
      gen({ params: { width: 2048, height: 1024, steps: 50 }, allow_downgrade: true }, ANONYMOUS_KEY),
    )
    expect(down.status).toBe(202)
    const { body } = await horde.fetch(new Request('http://x/__sim/generation/requests')).then(async (r) => ({
      body: await r.json(),
    }))
    const stored = body.image.find((r: { id: string }) => r.id === down.body.id)
    expect(stored.params).toMatchObject({ width: 1408, height: 704, steps: 30 })
    // users with kudos get the same request, with the estimate held until it ends
    const rich = await call(horde, 'POST', '/generate/async', gen({ params: { steps: 50 } }))
    expect(rich.status).toBe(202)
    expect(horde.sim.state.generation.holds.get(keys.artist.userId)).toBeGreaterThan(0)
  })

  it('applies shared-key limits, expiry and the owner as requester', async () => {
    const horde = testSim()
    const steps = await call(
      horde,
      'POST',
      '/generate/async',
      gen({ params: { steps: 31 } }, SEEDED_SHARED_KEY.id),
    )
    expect([steps.status, steps.body.rc]).toEqual([400, 'BadRequest'])
    expect(steps.body.message).toContain('30')
    const ok = await call(horde, 'POST', '/generate/async', gen({}, SEEDED_SHARED_KEY.id))
    expect(ok.status).toBe(202)
    expect(horde.sim.state.sharedKeys.get(SEEDED_SHARED_KEY.id)!.utilized).toBe(3)
    horde.sim.state.sharedKeys.get(SEEDED_SHARED_KEY.id)!.kudos = 5
    const short = await call(horde, 'POST', '/generate/async', gen({}, SEEDED_SHARED_KEY.id))
    expect([short.status, short.body.rc]).toEqual([403, 'SharedKeyInsufficientKudos'])
    horde.sim.clock.advance(8 * 86_400_000)
    const expired = await call(horde, 'POST', '/generate/async', gen({}, SEEDED_SHARED_KEY.id))
    expect([expired.status, expired.body.rc]).toEqual([403, 'SharedKeyExpired'])
  })
})

describe('kudos figures', () => {
  it('gives the catalog worked example: POST 8, dry run 10', async () => {
    const horde = testSim()
    const dry = await call(horde, 'POST', '/generate/async', gen({ dry_run: true }))
    expect(dry).toMatchObject({ status: 200, body: { kudos: 10 } })
    const res = await call(horde, 'POST', '/generate/async', gen({}))
    expect(res.status).toBe(202)
    expect(res.body.kudos).toBe(8)
    expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('prices SDXL by its family: dry run 177 for 4 × 1024² × 30, and [] as SDXL', async () => {
    const horde = testSim()
    const sdxl = {
      models: ['AlbedoBase XL (SDXL)'],
      params: { width: 1024, height: 1024, n: 4 },
      dry_run: true,
    }
    expect((await call(horde, 'POST', '/generate/async', gen(sdxl))).body).toEqual({ kudos: 177 })
    expect((await call(horde, 'POST', '/generate/async', gen({ models: [], dry_run: true }))).body).toEqual({
      kudos: 18,
    })
  })

  it('answers a cached dry run before checking the key', async () => {
    const horde = testSim()
    await call(horde, 'POST', '/generate/async', gen({ dry_run: true, params: { steps: 22 } }))
    const res = await call(
      horde,
      'POST',
      '/generate/async',
      gen({ dry_run: true, params: { steps: 22 } }, 'bogus'),
    )
    expect(res.status).toBe(200)
  })

  it('matches the reference table of §25 within 0.01', () => {
    const d: ImageParams = {
      width: 512,
      height: 512,
      steps: 30,
      sampler_name: 'k_euler_a',
      cfg_scale: 5,
      karras: true,
    }
    const k = (over: Partial<ImageParams>, src = false, mask = false, sp = 'txt2img') =>
      baseKudos({
        params: { ...d, ...over } as ImageParams,
        hasSource: src,
        hasMask: mask,
        sourceProcessing: sp,
      })
    const table: Array<[number, number]> = [
      [k({}), 7.61],
      [k({ steps: 50, sampler_name: 'k_euler', cfg_scale: 7.5 }), 11.0],
      [k({ steps: 20 }), 5.76],
      [k({ width: 768, height: 768 }), 11.75],
      [k({ width: 1024, height: 1024 }), 20.99],
      [k({ width: 1024, height: 1024, steps: 50 }), 29.59],
      [k({ width: 832, height: 1216 }), 20.58],
      [k({ width: 1024, height: 1024, steps: 8, sampler_name: 'k_euler', cfg_scale: 1 }), 11.6],
      [k({ hires_fix: true }), 12.31],
      [k({ width: 1024, height: 1024, hires_fix: true }), 24.61],
      [k({ denoising_strength: 0.75 }, true, false, 'img2img'), 7.25],
      [k({}, true, true, 'inpainting'), 9.47],
      [k({ steps: 20, control_type: 'canny' }, true, false, 'img2img'), 12.91],
      [k({ post_processing: ['RealESRGAN_x4plus'] }), 10.28],
      [k({ post_processing: ['GFPGAN'] }), 9.21],
      [k({ sampler_name: 'k_dpmpp_2m' }), 7.52],
      [k({ sampler_name: 'k_heun' }), 12.91],
      [k({ karras: false }), 7.66],
    ]
    for (const [got, want] of table) expect(Math.abs(got - want)).toBeLessThanOrEqual(0.0100001)
  })

  it('warns when nobody can serve the request and about model requirements', async () => {
    const horde = testSim()
    const res = await call(horde, 'POST', '/generate/async', gen({ models: ['Juggernaut XL'] }))
    expect(res.status).toBe(202)
    expect(res.body.warnings.map((w: { code: string }) => w.code)).toEqual(['NoAvailableWorker'])
    expect(res.body.message).toBeTruthy()
    const dreamshaper = await call(horde, 'POST', '/generate/async', gen({ models: ['DreamShaper XL'] }))
    expect(dreamshaper.body.warnings.map((w: { code: string }) => w.code)).toEqual(
      expect.arrayContaining(['StepsTooMany', 'CfgScaleMismatch', 'SamplerMismatch', 'NoAvailableWorker']),
    )
    const served = await call(horde, 'POST', '/generate/async', gen({}))
    expect(served.body.warnings).toBeUndefined()
  })
})

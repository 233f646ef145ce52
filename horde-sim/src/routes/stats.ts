import { Hono } from 'hono'
import { isKnownImageModel } from '../generation/image/models'
import { HordeFault } from '../http/errors'
import type { Sim, SimEnv } from '../sim'
import type { Completion } from '../state'

const MINUTE = 60_000
const WINDOWS = { minute: MINUTE, hour: 60 * MINUTE, day: 1440 * MINUTE, month: 30 * 1440 * MINUTE } as const

/**
 * A fixed history before the sim started, so that charts have something to show (the real figures come
 * from pg_cron compilations). Per model: images and megapixelsteps, or requests and tokens, per window.
 */
const BASELINE = {
  image: {
    'AlbedoBase XL (SDXL)': { day: 1200, month: 41_000, total: 610_000 },
    Deliberate: { day: 800, month: 26_000, total: 930_000 },
    stable_diffusion: { day: 300, month: 9_500, total: 2_100_000 },
  },
  text: {
    'koboldcpp/Llama-3-8B-Instruct': { day: 2400, month: 70_000, total: 880_000 },
    'aphrodite/Mistral-7B-Instruct-v0.3': { day: 900, month: 31_000, total: 400_000 },
  },
} as const

// horde/apis/v2/stable.py ImageHordeStatsTotals/Models, kobold.py TextHordeStatsTotals/Models.
export function statsRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>()
  const recent = (kind: Completion['kind'], ms: number | null) =>
    sim.state.completions.filter((x) => x.kind === kind && (ms === null || sim.clock.now() - x.at <= ms))
  const baselineTotal = (kind: 'image' | 'text', period: 'day' | 'month' | 'total') =>
    Object.values(BASELINE[kind]).reduce((n, m) => n + m[period], 0)

  r.get('/stats/img/totals', (c) => {
    const period = (name: keyof typeof WINDOWS | 'total') => {
      const done = recent('image', name === 'total' ? null : WINDOWS[name])
      const base = name === 'minute' || name === 'hour' ? 0 : baselineTotal('image', name)
      const mps = done.reduce((n, x) => n + x.amount, 0) + base * 0.35
      return { images: done.length + base, ps: Math.round(mps * 1_000_000) }
    }
    return c.json({
      minute: period('minute'),
      hour: period('hour'),
      day: period('day'),
      month: period('month'),
      total: period('total'),
    })
  })

  r.get('/stats/text/totals', (c) => {
    const period = (name: keyof typeof WINDOWS | 'total') => {
      const done = recent('text', name === 'total' ? null : WINDOWS[name])
      const base = name === 'minute' || name === 'hour' ? 0 : baselineTotal('text', name)
      return { requests: done.length + base, tokens: done.reduce((n, x) => n + x.amount, 0) + base * 180 }
    }
    return c.json({
      minute: period('minute'),
      hour: period('hour'),
      day: period('day'),
      month: period('month'),
      total: period('total'),
    })
  })

  r.get('/stats/img/models', (c) => {
    const state = c.req.query('model_state') ?? 'known'
    if (!['known', 'custom', 'all'].includes(state)) {
      throw new HordeFault(400, 'BadRequest', "model_state is 'known', 'custom' or 'all'.")
    }
    const keep = (model: string) => state === 'all' || (state === 'known') === isKnownImageModel(model)
    return c.json(byModel(sim, 'image', keep))
  })

  r.get('/stats/text/models', (c) => c.json(byModel(sim, 'text', () => true)))

  function byModel(s: Sim, kind: 'image' | 'text', keep: (model: string) => boolean) {
    const out = {
      day: {} as Record<string, number>,
      month: {} as Record<string, number>,
      total: {} as Record<string, number>,
    }
    for (const [model, counts] of Object.entries(BASELINE[kind])) {
      if (!keep(model)) continue
      out.day[model] = counts.day
      out.month[model] = counts.month
      out.total[model] = counts.total
    }
    for (const x of s.state.completions) {
      if (x.kind !== kind || !keep(x.model)) continue
      const age = s.clock.now() - x.at
      if (age <= WINDOWS.day) out.day[x.model] = (out.day[x.model] ?? 0) + 1
      if (age <= WINDOWS.month) out.month[x.model] = (out.month[x.model] ?? 0) + 1
      out.total[x.model] = (out.total[x.model] ?? 0) + 1
    }
    return out
  }

  return r
}

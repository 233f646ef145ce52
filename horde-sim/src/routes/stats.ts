import { Hono } from 'hono'
import { isKnownImageModel } from '../generation/image/models'
import { HordeFault } from '../http/errors'
import type { Sim, SimEnv } from '../sim'
import type { Completion } from '../state'
import { cachedView } from '../http/cache'

const MINUTE = 60_000
const DAY = 1440 * MINUTE
/** The compiled windows (sql_statements/stored_procedures/compile_*gen_stats_*.sql): "month" is 30 days. */
const WINDOWS = { minute: MINUTE, hour: 60 * MINUTE, day: DAY, month: 30 * DAY } as const
type Period = keyof typeof WINDOWS | 'total'
const PERIODS: Period[] = ['minute', 'hour', 'day', 'month', 'total']

/**
 * The rest of the horde, so that charts are never empty: a steady background per model (jobs per minute,
 * with the average work of one job) running since long before the sim started, plus a fixed all-time
 * count. Deterministic; the sim's own completions come on top. One custom image model makes
 * `model_state` visible.
 */
interface Background {
  perMinute: number
  /** image: pixelsteps of one image; text: max_length of one request */
  unit: number
  /** all-time jobs before the last 30 days */
  before: number
}
const BACKGROUND: Record<'image' | 'text', Record<string, Background>> = {
  image: {
    'AlbedoBase XL (SDXL)': { perMinute: 9, unit: 1024 * 1024 * 30, before: 21_000_000 },
    Deliberate: { perMinute: 4, unit: 512 * 768 * 30, before: 34_000_000 },
    stable_diffusion: { perMinute: 2, unit: 512 * 512 * 30, before: 58_000_000 },
    'Sim Community Merge v2': { perMinute: 1, unit: 768 * 768 * 25, before: 400_000 },
  },
  text: {
    'koboldcpp/Llama-3-8B-Instruct': { perMinute: 6, unit: 180, before: 9_500_000 },
    'aphrodite/Mistral-7B-Instruct-v0.3': { perMinute: 3, unit: 250, before: 4_200_000 },
  },
}

/** Background jobs of one model in a period. */
function background(b: Background, period: Period): number {
  return period === 'total'
    ? b.before + b.perMinute * (WINDOWS.month / MINUTE)
    : b.perMinute * (WINDOWS[period] / MINUTE)
}

/** The totals are compiled every minute (pg_cron `0-59 * * * *`): the answer is as of the last full minute. */
const totalsCutoff = (now: number) => Math.floor(now / MINUTE) * MINUTE
/** The per-model stats are compiled once a day at 01:00 UTC (`0 1 1-31 * *`): a fresh job shows the next day. */
const modelsCutoff = (now: number) => Math.floor((now - 3_600_000) / DAY) * DAY + 3_600_000

function within(x: Completion, cutoff: number, period: Period): boolean {
  return x.at <= cutoff && (period === 'total' || x.at >= cutoff - WINDOWS[period])
}

// horde/apis/v2/stable.py ImageHordeStatsTotals/Models, kobold.py TextHordeStatsTotals/Models (§15).
export function statsRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>()

  /** `{period: {jobs, work}}` for the totals endpoints. */
  function totals(kind: 'image' | 'text', work: (x: Completion) => number) {
    const cutoff = totalsCutoff(sim.clock.now())
    const done = sim.state.completions.filter((x) => x.kind === kind)
    return Object.fromEntries(
      PERIODS.map((period) => {
        let jobs = 0
        let sum = 0
        for (const b of Object.values(BACKGROUND[kind])) {
          jobs += background(b, period)
          sum += background(b, period) * b.unit
        }
        for (const x of done) {
          if (!within(x, cutoff, period)) continue
          jobs += 1
          sum += work(x)
        }
        return [period, { jobs, sum: Math.round(sum) }]
      }),
    ) as Record<Period, { jobs: number; sum: number }>
  }

  function byModel(kind: 'image' | 'text', keep: (model: string) => boolean) {
    const cutoff = modelsCutoff(sim.clock.now())
    const out: Record<'day' | 'month' | 'total', Record<string, number>> = { day: {}, month: {}, total: {} }
    for (const period of ['day', 'month', 'total'] as const) {
      for (const [model, b] of Object.entries(BACKGROUND[kind])) {
        if (keep(model)) out[period][model] = background(b, period)
      }
      for (const x of sim.state.completions) {
        if (x.kind !== kind || !keep(x.model) || !within(x, cutoff, period)) continue
        out[period][x.model] = (out[period][x.model] ?? 0) + 1
      }
    }
    return out
  }

  /** `ps` is pixelsteps (width × height × steps), not megapixelsteps. */
  r.get(
    '/stats/img/totals',
    cachedView(sim, 50, (c) => {
      const t = totals('image', (x) => x.amount * 1_000_000)
      return c.json(Object.fromEntries(PERIODS.map((p) => [p, { images: t[p].jobs, ps: t[p].sum }])))
    }),
  )

  /** `tokens` sums the requested max_length of each request, as the compiled stats do. */
  r.get(
    '/stats/text/totals',
    cachedView(sim, 50, (c) => {
      const t = totals('text', (x) => x.amount)
      return c.json(Object.fromEntries(PERIODS.map((p) => [p, { requests: t[p].jobs, tokens: t[p].sum }])))
    }),
  )

  /** `known` = in the image model reference, `custom` = not; default known. */
  r.get(
    '/stats/img/models',
    cachedView(
      sim,
      50,
      (c) => {
        const state = c.req.query('model_state') ?? 'known'
        if (!['known', 'custom', 'all'].includes(state)) {
          throw new HordeFault(400, 'BadRequest', "model_state must be one of 'known', 'custom' or 'all'.")
        }
        return c.json(
          byModel('image', (m) => state === 'all' || (state === 'known') === isKnownImageModel(m)),
        )
      },
      { queryString: true },
    ),
  )

  r.get(
    '/stats/text/models',
    cachedView(sim, 50, (c) => c.json(byModel('text', () => true))),
  )

  return r
}

import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { hordeFetch } from './client'
import { optionalNumber } from './schemas'

// GET /v2/stats/* (horde-api.md §15): compiled by the horde's database jobs and cached 50 s; simple GETs.

const ImagePeriod = z.object({ images: optionalNumber, ps: optionalNumber })
const TextPeriod = z.object({ requests: optionalNumber, tokens: optionalNumber })

/** `ps` is pixelsteps (width × height × steps). */
export const ImageTotals = z.object({
  minute: z.nullish(ImagePeriod),
  hour: z.nullish(ImagePeriod),
  day: z.nullish(ImagePeriod),
  month: z.nullish(ImagePeriod),
  total: z.nullish(ImagePeriod),
})
export type ImageTotals = z.infer<typeof ImageTotals>

export const TextTotals = z.object({
  minute: z.nullish(TextPeriod),
  hour: z.nullish(TextPeriod),
  day: z.nullish(TextPeriod),
  month: z.nullish(TextPeriod),
  total: z.nullish(TextPeriod),
})
export type TextTotals = z.infer<typeof TextTotals>

const Counts = z.nullish(z.record(z.string(), z.number()))
/** Jobs per model name in each period. */
export const ModelStats = z.object({ day: Counts, month: Counts, total: Counts })
export type ModelStats = z.infer<typeof ModelStats>

export type StatsKind = 'image' | 'text'

export function getTotals(kind: 'image', signal?: AbortSignal): Promise<ImageTotals>
export function getTotals(kind: 'text', signal?: AbortSignal): Promise<TextTotals>
export function getTotals(kind: StatsKind, signal?: AbortSignal): Promise<ImageTotals | TextTotals> {
  return kind === 'image'
    ? hordeFetch('/v2/stats/img/totals', ImageTotals, { simple: true, signal })
    : hordeFetch('/v2/stats/text/totals', TextTotals, { simple: true, signal })
}

/** Image stats count only models in the horde's reference (`model_state=known`). */
export function getModelStats(kind: StatsKind, signal?: AbortSignal): Promise<ModelStats> {
  const path = kind === 'image' ? '/v2/stats/img/models?model_state=known' : '/v2/stats/text/models'
  return hordeFetch(path, ModelStats, { simple: true, signal })
}

const STATS_CACHE_MS = 50_000

export const statsQueries = {
  all: () => ['stats'] as const,
  imageTotals: () =>
    queryOptions({
      queryKey: [...statsQueries.all(), 'totals', 'image'],
      queryFn: ({ signal }) => getTotals('image', signal),
      staleTime: STATS_CACHE_MS,
      refetchInterval: 120_000,
    }),
  textTotals: () =>
    queryOptions({
      queryKey: [...statsQueries.all(), 'totals', 'text'],
      queryFn: ({ signal }) => getTotals('text', signal),
      staleTime: STATS_CACHE_MS,
      refetchInterval: 120_000,
    }),
  models: (kind: StatsKind) =>
    queryOptions({
      queryKey: [...statsQueries.all(), 'models', kind],
      queryFn: ({ signal }) => getModelStats(kind, signal),
      // Compiled once a day by the horde.
      staleTime: 300_000,
    }),
}

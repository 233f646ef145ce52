import { db, type StatusSample } from '@/lib/studioDb'
import { pointsToDrop, SERIES_BOUNDS, type SeriesBounds } from '../model/series'

/** Writes a sample and keeps each of its series bounded (the oldest points go first). */
export async function keepSamples(
  samples: readonly StatusSample[],
  now: number,
  bounds: SeriesBounds = SERIES_BOUNDS,
): Promise<void> {
  if (samples.length === 0) return
  await db.transaction('rw', db.samples, async () => {
    await db.samples.bulkAdd(samples.map((s) => ({ ...s })))
    for (const series of new Set(samples.map((s) => s.series))) {
      const points = await db.samples
        .where('[series+at]')
        .between([series, -Infinity], [series, Infinity])
        .toArray()
      const drop = pointsToDrop(points, now, bounds)
      if (drop.length) await db.samples.bulkDelete(drop.map((p) => p.id!))
    }
  })
}

/** When the last sample of anything was taken, to skip one a reload would take too soon. */
export async function lastSampleAt(): Promise<number | null> {
  return (await db.samples.orderBy('at').last())?.at ?? null
}

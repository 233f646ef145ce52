import type { ActiveModel, ModelType } from '@/api/status'
import type { UserDetails } from '@/api/users'
import type { WorkerDetails } from '@/api/workers'
import type { StatusSample } from '@/lib/studioDb'
import { hordeText } from '@/lib/hordeText'

/** Where a sample's figures come from; the sampler passes cached queries, tests pass plain answers. */
export interface SampleSources {
  owner: () => Promise<UserDetails | null>
  worker: (id: string) => Promise<WorkerDetails>
  models: (type: ModelType) => Promise<ActiveModel[]>
  favourites: { image: readonly string[]; text: readonly string[] }
}

/** The series names of one horde: what `historyPrefixes` filters on to draw the user's own lines. */
export const seriesName = {
  kudos: (hordeUrl: string, userId: number) => `${hordeUrl} user:${userId}:kudos`,
  worker: (hordeUrl: string, userId: number, workerId: string, figure: 'kudos' | 'jobs') =>
    `${hordeUrl} user:${userId} worker:${workerId}:${figure}`,
  model: (hordeUrl: string, type: ModelType, name: string) => `${hordeUrl} model:${type}:${name}:jobs`,
  userPrefix: (hordeUrl: string, userId: number) => `${hordeUrl} user:${userId}`,
}

/**
 * One sample of everything followed: the owner's kudos, each of their workers' kudos and jobs done, and the
 * jobs waiting for each favourite model. A part that fails is left out; the others are still kept.
 */
export async function collectSamples(
  hordeUrl: string,
  sources: SampleSources,
  at: number,
): Promise<StatusSample[]> {
  const out: StatusSample[] = []
  const owner = await sources.owner().catch(() => null)
  if (owner && owner.id !== 0) {
    out.push({ series: seriesName.kudos(hordeUrl, owner.id), label: 'Your kudos', at, value: owner.kudos })
    const workers = await Promise.allSettled((owner.worker_ids ?? []).map((id) => sources.worker(id)))
    for (const r of workers) {
      if (r.status !== 'fulfilled') continue
      const w = r.value
      out.push({
        series: seriesName.worker(hordeUrl, owner.id, w.id, 'kudos'),
        label: `${hordeText(w.name)}: kudos earned`,
        at,
        value: w.kudos_rewards ?? 0,
      })
      out.push({
        series: seriesName.worker(hordeUrl, owner.id, w.id, 'jobs'),
        label: `${hordeText(w.name)}: jobs done`,
        at,
        value: w.requests_fulfilled ?? 0,
      })
    }
  }
  for (const type of ['image', 'text'] as const) {
    const wanted = sources.favourites[type]
    if (wanted.length === 0) continue
    const models = await sources.models(type).catch(() => null)
    if (!models) continue
    for (const name of wanted) {
      const model = models.find((m) => m.name === name)
      out.push({
        series: seriesName.model(hordeUrl, type, name),
        label: `${name}: jobs waiting`,
        at,
        value: model?.jobs ?? 0,
      })
    }
  }
  return out
}

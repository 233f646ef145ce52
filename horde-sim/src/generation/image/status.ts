// GET /v2/generate/check/{id}, GET and DELETE /v2/generate/status/{id} (horde-api.md §4.6, §4.7).

import type { Context } from 'hono'
import { HordeFault } from '../../http/errors'
import type { Sim, SimEnv } from '../../sim'
import { hasValidWorkers } from './eligibility'
import { downloadUrl } from './popPayload'
import { imageState, jobsOf, statusFigures, sweep } from './queue'
import type { ImageRequest } from './state'

function findRequest(sim: Sim, id: string, what: string): ImageRequest {
  sweep(sim)
  const req = imageState(sim).requests.get(id)
  if (!req) throw new HordeFault(404, 'RequestNotFound', `No image request (${what}) with ID '${id}'.`)
  return req
}

/** The finished images (GenerationStable), as URLs (r2) or inline base64 WebP. */
function generations(sim: Sim, req: ImageRequest) {
  const st = imageState(sim)
  return jobsOf(sim, req)
    .filter((j) => !j.fake && j.generation !== null)
    .map((j) => {
      let img = j.generation as string
      if (img === 'R2') {
        if (req.r2) img = downloadUrl(sim, j.id)
        else img = st.images.get(j.id)?.toString('base64') ?? 'N/A'
      }
      const worker = sim.state.workers.get(j.workerId)
      return {
        worker_id: j.workerId,
        worker_name: worker?.name ?? null,
        model: j.model,
        state: 'ok',
        img,
        seed: String(j.seed),
        id: j.id,
        censored: j.censored,
        gen_metadata: j.genMetadata,
      }
    })
}

function fullStatus(sim: Sim, req: ImageRequest) {
  const figures = statusFigures(sim, req, hasValidWorkers(sim, req))
  const { is_possible, ...rest } = figures
  return { ...rest, is_possible, generations: generations(sim, req), shared: req.shared }
}

export function getCheck(c: Context<SimEnv>, sim: Sim) {
  const ip = c.get('ip')
  const timeout = sim.state.ipTimeouts.get(ip)
  if (
    timeout &&
    timeout.until > sim.clock.now() &&
    (c.req.header('Client-Agent') ?? 'unknown:0:unknown') === 'unknown:0:unknown'
  )
    throw new HordeFault(
      403,
      'Forbidden',
      'Status checks from this IP with an unknown Client-Agent are blocked.',
    )
  const req = findRequest(sim, c.req.param('id') ?? '', 'check')
  return c.json(statusFigures(sim, req, hasValidWorkers(sim, req)), 200)
}

export function getStatus(c: Context<SimEnv>, sim: Sim) {
  const req = findRequest(sim, c.req.param('id') ?? '', 'status')
  return c.json(fullStatus(sim, req), 200)
}

/** Cancels: answers the status as it was, then nothing more is handed out; running jobs still finish. */
export function deleteStatus(c: Context<SimEnv>, sim: Sim) {
  const req = findRequest(sim, c.req.param('id') ?? '', 'delete')
  const status = fullStatus(sim, req)
  req.n = 0
  req.jobs = status.finished
  return c.json(status, 200)
}

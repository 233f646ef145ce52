// POST /v2/generate/submit: a worker delivers one image (JobSubmitTemplate + ImageProcessingGeneration,
// horde-api.md §8.2).

import type { Context } from 'hono'
import sharp from 'sharp'
import { APIKEY_HELP, userByKey } from '../../http/auth'
import { fault, HordeFault, missingArgument } from '../../http/errors'
import type { Sim, SimEnv } from '../../sim'
import { jobReward } from './kudos'
import { imageState, isCompleted, maybeReleaseHold, sweep } from './queue'
import { arr, bool, int, obj, str, validateSchema } from './schema'
import { settleJob } from './settle'
import type { ImageJob, ImageRequest } from './state'

const SUBMIT_SCHEMA = obj(
  {
    id: str(),
    generation: str(),
    state: str({ enum: ['ok', 'censored', 'faulted', 'csam'] }),
    seed: int(),
    censored: bool,
    gen_metadata: arr(
      obj(
        {
          type: str({
            enum: [
              'lora',
              'ti',
              'censorship',
              'source_image',
              'source_mask',
              'extra_source_images',
              'batch_index',
              'information',
              'aesthetic_score',
            ],
          }),
          value: str({
            enum: ['download_failed', 'parse_failed', 'baseline_mismatch', 'csam', 'nsfw', 'see_ref'],
          }),
          ref: str({ maxLength: 255 }),
        },
        ['type', 'value'],
      ),
    ),
  },
  ['id', 'seed'],
)

async function storeBase64(sim: Sim, jobId: string, b64: string): Promise<boolean> {
  try {
    const webp = await sharp(Buffer.from(b64, 'base64')).webp({ lossless: true }).toBuffer()
    imageState(sim).images.set(jobId, webp)
    return true
  } catch {
    return false
  }
}

/** Records a delivered image; -1 when the job was aborted, 0 when already delivered, else the reward. */
async function setGeneration(
  sim: Sim,
  req: ImageRequest,
  job: ImageJob,
  b: { generation?: string; state?: string; seed: number; gen_metadata?: ImageJob['genMetadata'] },
): Promise<number> {
  const metadata = b.gen_metadata ?? []
  const censorship = metadata.filter((m) => m.type === 'censorship')
  if (censorship.length) job.censored = true
  else if (b.state === 'faulted' && !job.faulted && job.generation === null) {
    const finished = [...imageState(sim).jobs.values()].filter(
      (j) => j.requestId === req.id && !j.fake && (j.faulted || j.generation !== null),
    ).length
    if (finished < req.jobs) req.n += 1
    job.faulted = true
    const w = sim.state.workers.get(job.workerId)
    if (w) w.uncompletedJobs += 1
  }
  if (job.generation !== null) return 0
  if (job.faulted) return -1
  let generation = b.generation ?? ''
  if (generation !== 'R2' && (await storeBase64(sim, job.id, generation))) generation = 'R2'
  job.generation = generation
  job.seed = b.seed
  job.genMetadata = metadata
  const reward = jobReward(req.kudos, job.model, req.params)
  if (job.fake) return reward
  settleJob(sim, req, job)
  const seconds = (sim.clock.now() - job.startedAt) / 1000
  const perf = imageState(sim).modelPerformance
  const samples = perf.get(job.model) ?? []
  samples.push(seconds > 0 ? Math.round((req.things / seconds) * 10) / 10 : 1)
  perf.set(job.model, samples.slice(-50))
  sim.state.completions.push({
    at: sim.clock.now(),
    kind: 'image',
    model: job.model,
    workerId: job.workerId,
    userId: req.userId,
    amount: req.things / 1e6,
  })
  maybeReleaseHold(sim, req)
  return reward
}

export async function postSubmit(c: Context<SimEnv>, sim: Sim) {
  sweep(sim)
  const raw: unknown = await c.req.json()
  validateSchema(raw, SUBMIT_SCHEMA)
  const b = raw as {
    id: string
    generation?: string
    state?: string
    seed: number
    gen_metadata?: ImageJob['genMetadata']
  }
  const apikey = c.req.header('apikey')
  if (!apikey) throw missingArgument('apikey', APIKEY_HELP, 'headers')
  const st = imageState(sim)
  const job = st.jobs.get(b.id)
  const req = job && st.requests.get(job.requestId)
  if (!job || !req) throw new HordeFault(404, 'InvalidJobID', `No job with ID ${b.id} is in progress.`)
  const user = userByKey(sim, apikey)
  if (!user) throw fault.invalidApiKey('worker submit')
  const worker = sim.state.workers.get(job.workerId)
  if (!worker || worker.ownerId !== user.id)
    throw new HordeFault(403, 'WrongCredentials', 'This key does not own the worker that took this job.')
  let reward = await setGeneration(sim, req, job, b)
  if (reward === 0 && !worker.maintenance)
    throw new HordeFault(400, 'DuplicateGen', `The job ${b.id} was already submitted.`)
  if (reward === -1) {
    if (b.state !== 'faulted')
      throw new HordeFault(
        400,
        'AbortedGen',
        `The job ${b.id} took too long and was aborted; it was given to another worker.`,
      )
    reward = 0
  }
  if ((b.gen_metadata?.length ?? 0) > 50)
    throw new HordeFault(400, 'BadRequest', 'At most 50 metadata entries per generation.')
  if (isCompleted(sim, req)) maybeReleaseHold(sim, req)
  return c.json({ reward }, 200)
}

import { ANONYMOUS_KEY, SEEDED_KEYS, SEEDED_SHARED_KEY } from './seedKeys'
import type { Sim } from './sim'
import { makeUser, makeWorker } from './records'
import { seedStyles } from './seedStyles'
import type { User, Worker } from './state'

const DAY = 86_400_000

const IMAGE_MODELS = ['AlbedoBase XL (SDXL)', 'Deliberate', 'stable_diffusion', 'Anything Diffusion']
export const SEEDED_WORKER_IDS = {
  dreamerFast: '0d0d0d0d-0000-4000-8000-000000000001',
  dreamerInpaint: '0d0d0d0d-0000-4000-8000-000000000002',
  dreamerSlow: '0d0d0d0d-0000-4000-8000-000000000003',
  dreamerMaintenance: '0d0d0d0d-0000-4000-8000-000000000004',
  scribe: '0d0d0d0d-0000-4000-8000-000000000005',
  alchemist: '0d0d0d0d-0000-4000-8000-000000000006',
  suspicious: '0d0d0d0d-0000-4000-8000-000000000007',
} as const
export const SEEDED_TEAM_ID = '7e7e7e7e-0000-4000-8000-000000000001'

/** Puts the seeded identities, workers, team and shared key into an empty state. */
export function seed(sim: Sim): void {
  const { state } = sim
  const now = sim.clock.now()
  const users: User[] = [
    makeUser(0, 'Anonymous', ANONYMOUS_KEY, now - 900 * DAY, {
      kind: 'anonymous',
      concurrency: 30,
      kudos: -50,
      // The real Anonymous shows its (empty) worker_ids to everyone.
      publicWorkers: true,
    }),
    makeUser(SEEDED_KEYS.admin.userId, SEEDED_KEYS.admin.username, SEEDED_KEYS.admin.key, now - 800 * DAY, {
      kind: 'oauth2',
      admin: true,
      moderator: true,
      trusted: true,
      kudos: 1_000_000,
    }),
    makeUser(
      SEEDED_KEYS.moderator.userId,
      SEEDED_KEYS.moderator.username,
      SEEDED_KEYS.moderator.key,
      now - 400 * DAY,
      {
        kind: 'oauth2',
        moderator: true,
        trusted: true,
        kudos: 50_000,
      },
    ),
    makeUser(
      SEEDED_KEYS.artist.userId,
      SEEDED_KEYS.artist.username,
      SEEDED_KEYS.artist.key,
      now - 200 * DAY,
      {
        kind: 'oauth2',
        trusted: true,
        kudos: 25_000,
        publicWorkers: true,
        workerInvited: 5,
        kudosDetails: {
          accumulated: 21_000,
          gifted: -500,
          donated: 0,
          admin: 1_000,
          received: 2_000,
          recurring: 0,
          awarded: 1_500,
          styled: 0,
        },
        records: {
          usage: { megapixelsteps: 1200, tokens: 50_000 },
          contribution: { megapixelsteps: 9000, tokens: 120_000 },
          fulfillment: { image: 3000, text: 800, interrogation: 150 },
          request: { image: 900, text: 200, interrogation: 40 },
          style: { image: 0, text: 0 },
        },
      },
    ),
    makeUser(
      SEEDED_KEYS.newcomer.userId,
      SEEDED_KEYS.newcomer.username,
      SEEDED_KEYS.newcomer.key,
      now - DAY,
      {
        kind: 'pseudonymous',
      },
    ),
    makeUser(
      SEEDED_KEYS.flagged.userId,
      SEEDED_KEYS.flagged.username,
      SEEDED_KEYS.flagged.key,
      now - 10 * DAY,
      {
        kind: 'pseudonymous',
        flagged: true,
        suspicion: 4,
        kudos: 40,
      },
    ),
  ]
  for (const u of users) state.users.set(u.id, u)
  state.nextUserId = 6
  state.admins = [`${SEEDED_KEYS.admin.username}#${SEEDED_KEYS.admin.userId}`]

  state.teams.set(SEEDED_TEAM_ID, {
    id: SEEDED_TEAM_ID,
    name: 'Sim Studio Team',
    info: 'The simulated workers of Artist#3.',
    creatorId: 3,
    createdAt: now - 100 * DAY,
  })

  const image = {
    maxPixels: 4_194_304,
    img2img: true,
    painting: false,
    postProcessing: true,
    lora: true,
    controlnet: true,
    sdxlControlnet: true,
  }
  const seedWorker = (
    ...[id, name, type, ownerId, over]: [string, string, Worker['type'], number, Partial<Worker>]
  ) =>
    makeWorker(id, name, type, ownerId, now, {
      createdAt: now - 30 * DAY,
      ipaddr: '127.0.0.1',
      bridgeAgent: 'horde-sim:1:local',
      ...over,
    })
  const workers: Worker[] = [
    seedWorker(SEEDED_WORKER_IDS.dreamerFast, 'Sim Dreamer Fast', 'image', 3, {
      ...image,
      models: IMAGE_MODELS,
      threads: 2,
      speed: 0.5,
      teamId: SEEDED_TEAM_ID,
      info: 'Fast simulated image worker.',
    }),
    seedWorker(SEEDED_WORKER_IDS.dreamerInpaint, 'Sim Dreamer Inpaint', 'image', 3, {
      ...image,
      painting: true,
      models: ['stable_diffusion_inpainting', 'Deliberate Inpainting'],
      speed: 1,
    }),
    seedWorker(SEEDED_WORKER_IDS.dreamerSlow, 'Sim Dreamer Slow', 'image', 3, {
      ...image,
      models: ['Deliberate', 'stable_diffusion'],
      extraSlow: true,
      speed: 4,
    }),
    seedWorker(SEEDED_WORKER_IDS.dreamerMaintenance, 'Sim Dreamer Maintenance', 'image', 3, {
      ...image,
      models: ['AlbedoBase XL (SDXL)'],
      maintenance: true,
      maintenanceMsg: 'Changing GPUs.',
    }),
    seedWorker(SEEDED_WORKER_IDS.scribe, 'Sim Scribe', 'text', 3, {
      models: ['koboldcpp/Llama-3-8B-Instruct', 'aphrodite/Mistral-7B-Instruct-v0.3'],
      maxLength: 512,
      maxContextLength: 8192,
      speed: 0.5,
      teamId: SEEDED_TEAM_ID,
    }),
    seedWorker(SEEDED_WORKER_IDS.alchemist, 'Sim Alchemist', 'interrogation', 3, {
      forms: [
        'caption',
        'interrogation',
        'nsfw',
        'RealESRGAN_x2plus',
        'RealESRGAN_x4plus',
        'GFPGAN',
        'CodeFormers',
        'strip_background',
      ],
      speed: 0.5,
    }),
    seedWorker(SEEDED_WORKER_IDS.suspicious, 'Sprinter <b>9000</b>', 'image', 5, {
      ...image,
      models: ['stable_diffusion'],
      suspicion: 6,
      ipaddr: '203.0.113.9',
      info: '<img src=x onerror=alert(1)> fastest worker',
    }),
  ]
  for (const w of workers) state.workers.set(w.id, w)

  state.sharedKeys.set(SEEDED_SHARED_KEY.id, {
    id: SEEDED_SHARED_KEY.id,
    ownerId: SEEDED_SHARED_KEY.ownerId,
    name: SEEDED_SHARED_KEY.name,
    kudos: SEEDED_SHARED_KEY.kudos,
    expiry: now + 7 * DAY,
    utilized: 0,
    maxImagePixels: -1,
    maxImageSteps: SEEDED_SHARED_KEY.maxImageSteps,
    maxTextTokens: -1,
  })

  state.filters.set(1, {
    id: 1,
    regex: 'forbidden-?word',
    filterType: 10,
    description: 'A seeded example filter',
    replacement: '',
    userId: 2,
  })
  state.nextFilterId = 2
  seedStyles(sim)
}

import type { GenerationState } from './generation/state'
import { createGenerationState } from './generation/state'

/** How a user registered; decides the kudos floor (horde/classes/base/user.py get_min_kudos). */
export type UserKind = 'anonymous' | 'pseudonymous' | 'oauth2'

export interface KudosDetails {
  accumulated: number
  gifted: number
  donated: number
  admin: number
  received: number
  recurring: number
  awarded: number
  styled: number
}

export interface UserRecords {
  usage: { megapixelsteps: number; tokens: number }
  contribution: { megapixelsteps: number; tokens: number }
  fulfillment: { image: number; text: number; interrogation: number }
  request: { image: number; text: number; interrogation: number }
  style: { image: number; text: number }
}

export interface User {
  id: number
  /** The name part of the alias; the alias is `${username}#${id}`. */
  username: string
  apiKey: string
  kind: UserKind
  kudos: number
  kudosDetails: KudosDetails
  evaluatingKudos: number
  records: UserRecords
  concurrency: number
  workerInvited: number
  admin: boolean
  moderator: boolean
  trusted: boolean
  flagged: boolean
  service: boolean
  deleted: boolean
  education: boolean
  customizer: boolean
  special: boolean
  vpn: boolean
  publicWorkers: boolean
  suspicion: number
  usageMultiplier: number
  monthlyKudos: { amount: number; lastReceived: number | null }
  contact: string | null
  adminComment: string | null
  proxyPasskey: string | null
  /** ms since epoch (sim clock). */
  createdAt: number
  lastActiveAt: number
}

export type WorkerType = 'image' | 'text' | 'interrogation'

export interface Worker {
  id: string
  name: string
  type: WorkerType
  ownerId: number
  info: string | null
  /** sim clock ms of the last pop; online = checked in within 300 s. */
  lastCheckIn: number
  createdAt: number
  maintenance: boolean
  maintenanceMsg: string | null
  paused: boolean
  suspicion: number
  ipaddr: string
  nsfw: boolean
  models: string[]
  bridgeAgent: string
  threads: number
  teamId: string | null
  requestsFulfilled: number
  uncompletedJobs: number
  kudosGenerated: number
  kudosUptime: number
  /** image: megapixelsteps generated; text: tokens generated. */
  contributions: number
  /** image only */
  maxPixels: number
  img2img: boolean
  painting: boolean
  postProcessing: boolean
  controlnet: boolean
  sdxlControlnet: boolean
  lora: boolean
  extraSlow: boolean
  /** text only */
  maxLength: number
  maxContextLength: number
  /** interrogation only */
  forms: string[]
  /** seconds per unit of work, used for the `performance` text and the eta figures */
  speed: number
}

export interface Team {
  id: string
  name: string
  info: string | null
  creatorId: number
  createdAt: number
}

export interface SharedKey {
  id: string
  ownerId: number
  name: string | null
  /** remaining kudos limit; -1 = unlimited */
  kudos: number
  /** sim clock ms, or null for never */
  expiry: number | null
  utilized: number
  maxImagePixels: number
  maxImageSteps: number
  maxTextTokens: number
}

export interface PromptFilter {
  id: number
  regex: string
  filterType: number
  description: string | null
  replacement: string
  userId: number
}

export interface IpTimeout {
  ipaddr: string
  /** sim clock ms when the timeout ends */
  until: number
}

export interface WorkerMessage {
  id: string
  workerId: string | null
  userId: number
  message: string
  origin: string
  expiry: number
  createdAt: number
}

export interface HordeModes {
  maintenance_mode: boolean
  invite_only_mode: boolean
  raid_mode: boolean
}

export type LedgerEntry = {
  at: number
  userId: number
  delta: number
  reason:
    | 'generation'
    | 'horde_tax'
    | 'transfer_out'
    | 'transfer_in'
    | 'award'
    | 'admin'
    | 'worker_reward'
    | 'uptime'
    | 'alchemy'
    | 'monthly'
    | 'styled'
  ref?: string
}

/** One finished job, for the stats endpoints (appended by the generation side on submit). */
export interface Completion {
  at: number
  kind: 'image' | 'text' | 'interrogation'
  model: string
  workerId: string
  userId: number
  /** image: megapixelsteps; text: tokens; interrogation: 1 per form */
  amount: number
}

/** An example image of an image style (horde/classes/base/style.py StyleExample). */
export interface StyleExample {
  id: string
  url: string
  primary: boolean
}

/** An image or text style (horde/classes/base/style.py Style); models and tags as their own rows there. */
export interface HordeStyle {
  id: string
  type: 'image' | 'text'
  ownerId: number
  name: string
  /** '' when none was given */
  info: string
  /** template with {p} (and {np} for image styles) */
  prompt: string
  /** stored as sent; only the known fields are shown */
  params: Record<string, unknown>
  public: boolean
  nsfw: boolean
  tags: string[]
  models: string[]
  useCount: number
  sharedKeyId: string | null
  examples: StyleExample[]
  createdAt: number
}

export interface SimState {
  users: Map<number, User>
  nextUserId: number
  workers: Map<string, Worker>
  teams: Map<string, Team>
  sharedKeys: Map<string, SharedKey>
  styles: Map<string, HordeStyle>
  filters: Map<number, PromptFilter>
  nextFilterId: number
  ipTimeouts: Map<string, IpTimeout>
  workerMessages: Map<string, WorkerMessage>
  modes: HordeModes
  ledger: LedgerEntry[]
  /** Aliases (`name#id`) the sim treats as admins (the real server reads env ADMINS). */
  admins: string[]
  /** Last headers received per `METHOD /api/v2/path-template`, so tests can prove where the apikey went. */
  headerLog: Map<string, Record<string, string>>
  completions: Completion[]
  generation: GenerationState
}

export function createEmptyState(): SimState {
  return {
    users: new Map(),
    nextUserId: 1,
    workers: new Map(),
    teams: new Map(),
    sharedKeys: new Map(),
    styles: new Map(),
    filters: new Map(),
    nextFilterId: 1,
    ipTimeouts: new Map(),
    workerMessages: new Map(),
    modes: { maintenance_mode: false, invite_only_mode: false, raid_mode: false },
    ledger: [],
    admins: [],
    headerLog: new Map(),
    completions: [],
    generation: createGenerationState(),
  }
}

// Helpers of POST /v2/generate/async: who is asking, how many images it already waits for, the
// server's parameter defaults and seed handling.

import { anonymousUser, userByKey } from '../../http/auth'
import { fault, HordeFault } from '../../http/errors'
import type { Sim } from '../../sim'
import type { SharedKey, User } from '../../state'
import { imageState } from './queue'
import type { ImageParams } from './state'
import type { GenerateArgs } from './validate'

export const DAY = 86_400_000

export function seedToInt(sim: Sim, s: string | null): number {
  if (s === null || s === '') return sim.random.int(2 ** 32)
  let n = /^\d+$/.test(s) ? BigInt(s) : BigInt('0x' + (Buffer.from(s).reverse().toString('hex') || '0'))
  while (n >= 2n ** 32n) n >>= 32n
  return Number(n)
}

export function cacheKey(args: GenerateArgs): string {
  return JSON.stringify([
    args.params,
    args.models,
    args.sourceImage ? args.sourceProcessing : 'txt2img',
    !!args.sourceImage,
    !!args.sourceMask,
  ])
}

/** The server's parameter defaults (ImageWaitingPrompt.extract_params). */
export function extractParams(raw: Record<string, unknown>): { params: ImageParams; n: number } {
  const params = { ...raw } as ImageParams
  const n = (params.n as number | undefined) ?? 1
  delete params.n
  params.width ??= 512
  params.height ??= 512
  if (params.steps === undefined) params.steps = params.control_type ? 20 : 30
  else if (params.control_type && params.steps > 40) params.steps = 40
  params.sampler_name ??= 'k_euler_a'
  params.cfg_scale ??= 5.0
  params.karras ??= true
  return { params, n }
}

export interface Who {
  user: User
  sharedKey: SharedKey | null
  downgradePriority: boolean
}

/** Step 5 of §4.4: a shared key (valid, or empty with allow_downgrade) or a user key. */
export function identify(sim: Sim, apikey: string, allowDowngrade: boolean): Who {
  const sk = sim.state.sharedKeys.get(apikey) ?? null
  if (sk) {
    if (sk.kudos === 0) {
      if (allowDowngrade) return { user: anonymousUser(sim), sharedKey: sk, downgradePriority: true }
      throw new HordeFault(403, 'SharedKeyEmpty', 'This shared key has no kudos left.')
    }
    if (sk.expiry !== null && sk.expiry < sim.clock.now())
      throw new HordeFault(403, 'SharedKeyExpired', 'This shared key has expired.')
    const owner = sim.state.users.get(sk.ownerId)
    if (!owner) throw fault.invalidApiKey('generation')
    return { user: owner, sharedKey: sk, downgradePriority: false }
  }
  const user = userByKey(sim, apikey)
  if (!user) throw fault.invalidApiKey('generation')
  return { user, sharedKey: null, downgradePriority: false }
}

export function waitingCount(sim: Sim, user: User, models: string[]): number {
  let count = 0
  for (const r of imageState(sim).requests.values()) {
    if (r.userId !== user.id || r.faulted || r.n < 1) continue
    if (user.kind === 'anonymous' && models.length)
      count += r.n * r.models.filter((m) => models.includes(m)).length
    else count += r.n
  }
  return count
}

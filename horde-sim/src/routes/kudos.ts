import { Hono, type Context } from 'hono'
import { availableKudos, minKudos } from '../generation/ledger'
import { jsonObject } from '../http/body'
import { APIKEY_HELP, alias, userByKey } from '../http/auth'
import { HordeFault, fault, missingArgument } from '../http/errors'
import { pyInt, pyStr } from '../http/reqparse'
import type { Sim, SimEnv } from '../sim'
import type { LedgerEntry, SharedKey, SimState, User } from '../state'
import { crashing, ServerCrash } from './crash'
import { sharedKeyById } from './sharedKeys'

const INT4_MAX = 2_147_483_647
const SUSPICION_THRESHOLD = 5
const bad = (rc: string, message: string) => new HordeFault(400, rc, message)

/** Transfers made with an Idempotency-Key, per `${sourceId}:${key}` (gone with the state on reset). */
const idempotent = new WeakMap<SimState, Map<string, { targetId: number; amount: number }>>()

// horde/apis/v2/base.py TransferKudos / AwardKudos; horde/database/functions.py transfer_kudos* (check order).
export function kudosRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>()

  r.post(
    '/kudos/transfer',
    crashing(async (c) => {
      const { username, amount } = await parseBody(
        c,
        'Who receives the kudos: a user (name#id) or a shared key id.',
      )
      const source = userByKey(sim, c.req.header('apikey') as string)
      if (!source) throw fault.invalidApiKey('transfer kudos')
      if (source.id === 0) throw bad('KudosTransferFromAnon', 'The anonymous user cannot send kudos.')
      if (username === null) throw new ServerCrash('username None')
      let target = userByUsername(sim, username)
      let sharedKey: SharedKey | null = null
      if (!target) {
        sharedKey = sharedKeyById(sim, username) ?? null
        if (!sharedKey) throw bad('InvalidTargetUsername', 'No user or shared key matches the recipient.')
        if (sharedKey.expiry !== null && sharedKey.expiry < sim.clock.now())
          throw bad('SharedKeyExpired', 'The receiving shared key has expired.')
        target = sim.state.users.get(sharedKey.ownerId) ?? null
        if (!target) throw bad('InvalidTargetUsername', 'No user or shared key matches the recipient.')
      }
      if (target.id === 0) throw bad('KudosTransferToAnon', 'Kudos sent to the anonymous user would be lost.')
      if (target.id === source.id) throw bad('KudosTransferToSelf', 'You cannot send kudos to yourself.')
      const reverse = sim.state.ledger.findLast(
        (e) => e.userId === source.id && e.reason === 'transfer_in' && e.ref === `from ${target.id}`,
      )
      if (reverse && sim.clock.now() - reverse.at < 60_000)
        throw bad('TooFastKudosTransfers', 'This user sent you kudos less than a minute ago; wait a little.')
      if (suspicious(source))
        throw bad('FaultWhenKudosSending', 'Sending kudos failed; contact the moderators.')
      if (source.flagged) throw bad('SourceAccountFlagged', 'A flagged account cannot send kudos.')
      if (source.education) throw bad('EducationCannotSendKudos', 'Education accounts cannot send kudos.')
      if (suspicious(target))
        throw bad('FaultWhenKudosReceiving', 'Receiving kudos failed; contact the moderators.')
      if (target.flagged) throw bad('TargetAccountFlagged', 'A flagged account cannot receive kudos.')
      if (target.deleted) throw bad('DeletedUser', 'The receiving account is being deleted.')
      if (source.deleted) throw bad('DeletedUser', 'Your account is being deleted.')
      if (amount === null) throw new ServerCrash('amount None')
      if (amount < 0) throw bad('NegativeKudosTransfer', 'The amount cannot be negative.')
      if (amount === 0) throw bad('InvalidKudosTransferAmount', 'The amount must be more than zero.')

      const retryKey = c.req.header('Idempotency-Key')
      const done = idempotent.get(sim.state) ?? new Map<string, { targetId: number; amount: number }>()
      idempotent.set(sim.state, done)
      const previous = retryKey === undefined ? undefined : done.get(`${source.id}:${retryKey}`)
      if (previous) {
        if (previous.targetId !== target.id || previous.amount !== amount)
          throw bad('IdempotencyKeyConflict', 'This Idempotency-Key was used for a different transfer.')
        // A replay moves nothing again and answers as the first time.
        return c.json({ transferred: amount })
      }
      if (amount > availableKudos(sim, source))
        throw bad('KudosTransferNotEnough', 'You do not have enough kudos to spare for this.')

      source.kudos -= amount
      if (target.education) source.kudosDetails.donated -= amount
      else source.kudosDetails.gifted -= amount
      target.kudos += amount
      target.kudosDetails.received += amount
      if (sharedKey && sharedKey.kudos !== -1) sharedKey.kudos += amount
      book(sim, source.id, -amount, 'transfer_out', `to ${target.id}`)
      book(sim, target.id, amount, 'transfer_in', `from ${source.id}`)
      if (retryKey !== undefined) done.set(`${source.id}:${retryKey}`, { targetId: target.id, amount })
      return c.json({ transferred: amount })
    }),
  )

  r.post(
    '/kudos/award',
    crashing(async (c) => {
      const { username, amount } = await parseBody(c, 'Who receives the kudos: a user (name#id).')
      const actor = userByKey(sim, c.req.header('apikey') as string)
      if (!actor) throw fault.invalidApiKey('award kudos')
      if (actor.deleted) throw new HordeFault(403, 'DeletedUser', 'Your account is being deleted.')
      if (actor.id !== 1)
        throw new HordeFault(403, 'NotAllowedAwards', `${alias(actor)} may not award kudos.`)
      if (username === null) throw new ServerCrash('username None')
      const target = userByUsername(sim, username)
      if (!target) throw bad('InvalidAwardUsername', 'No user matches the recipient.')
      if (target.id === 0) throw bad('KudosAwardToAnon', 'Kudos cannot be awarded to the anonymous user.')
      // The server returns a bare list here, which its response model turns into two empty objects.
      if (target.flagged) return c.json([{ awarded: null }, { awarded: null }])
      if (amount === null) throw new ServerCrash('amount None')
      target.kudos = Math.max(minKudos(target), target.kudos + amount)
      target.kudosDetails.awarded += amount
      book(sim, target.id, amount, 'award')
      return c.json({ awarded: amount })
    }),
  )

  return r
}

/** The parser: the apikey header, then `username` (str, required), then `amount` (int, default 100). */
async function parseBody(
  c: Context,
  usernameHelp: string,
): Promise<{ username: string | null; amount: number | null }> {
  if (c.req.header('apikey') === undefined) throw missingArgument('apikey', APIKEY_HELP, 'headers')
  const body = await jsonObject(c)
  if (!('username' in body)) throw missingArgument('username', usernameHelp, 'json')
  const username = pyStr(body.username) ?? null
  const amount = 'amount' in body ? pyInt('amount', 'How many kudos.', body.amount) : 100
  return { username, amount: amount ?? null }
}

/** find_user_by_username: only the part after the last `#` counts, read as a number ("3" alone works too). */
function userByUsername(sim: Sim, username: string): User | null {
  const last = (username.split('#').at(-1) ?? '').trim()
  if (!/^[+-]?\d+(_\d+)*$/.test(last)) return null
  const id = Number(last.replace(/_/g, ''))
  if (id < 0 || id > INT4_MAX) return null
  return sim.state.users.get(id) ?? null
}

/** is_suspicious: trusted users never are. */
const suspicious = (u: User) => !u.trusted && u.suspicion >= SUSPICION_THRESHOLD

function book(sim: Sim, userId: number, delta: number, reason: LedgerEntry['reason'], ref?: string) {
  sim.state.ledger.push({ at: sim.clock.now(), userId, delta, reason, ref })
}

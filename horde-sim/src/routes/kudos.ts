import { Hono, type Context } from 'hono'
import { jsonObject } from '../http/body'
import { availableKudos } from '../generation/ledger'
import { requireUser } from '../http/auth'
import { HordeFault, missingArgument } from '../http/errors'
import type { Sim, SimEnv } from '../sim'
import type { LedgerEntry, User } from '../state'

const bad = (rc: string, message: string) => new HordeFault(400, rc, message)

// horde/apis/v2/base.py TransferKudos / AwardKudos; horde/database/functions.py transfer_kudos (check order).
export function kudosRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>()
  r.post('/kudos/transfer', async (c) => {
    const source = requireUser(c, sim, 'transfer kudos')
    const { username, amount } = await transferBody(c)
    if (source.id === 0) throw bad('KudosTransferFromAnon', 'The anonymous user cannot send kudos.')
    const { target, sharedKey } = resolveTarget(sim, username)
    if (!target) throw bad('InvalidTargetUsername', 'No user or shared key matches the recipient.')
    if (sharedKey?.expiry != null && sharedKey.expiry < sim.clock.now())
      throw bad('SharedKeyExpired', 'The receiving shared key has expired.')
    if (target.id === 0) throw bad('KudosTransferToAnon', 'Kudos cannot be sent to the anonymous user.')
    if (target.id === source.id) throw bad('KudosTransferToSelf', 'Kudos cannot be sent to oneself.')
    const reverse = sim.state.ledger.findLast(
      (e) => e.userId === source.id && e.reason === 'transfer_in' && e.ref === `from ${target.id}`,
    )
    if (reverse && sim.clock.now() - reverse.at < 60_000)
      throw bad('TooFastKudosTransfers', 'The recipient sent you kudos less than a minute ago.')
    if (source.suspicion >= 5) throw bad('FaultWhenKudosSending', 'This account cannot send kudos now.')
    if (source.flagged) throw bad('SourceAccountFlagged', 'A flagged account cannot send kudos.')
    if (source.education) throw bad('EducationCannotSendKudos', 'Education accounts cannot send kudos.')
    if (target.suspicion >= 5) throw bad('FaultWhenKudosReceiving', 'The recipient cannot receive kudos now.')
    if (target.flagged) throw bad('TargetAccountFlagged', 'A flagged account cannot receive kudos.')
    if (source.deleted || target.deleted)
      throw bad('DeletedUser', 'A deleted account cannot send or receive kudos.')
    if (amount < 0) throw bad('NegativeKudosTransfer', 'The amount cannot be negative.')
    if (amount === 0) throw bad('InvalidKudosTransferAmount', 'The amount must be more than zero.')
    if (amount > availableKudos(sim, source))
      throw bad('KudosTransferNotEnough', 'Not enough kudos to spare.')

    source.kudos -= amount
    if (target.education) source.kudosDetails.donated -= amount
    else source.kudosDetails.gifted -= amount
    target.kudos += amount
    target.kudosDetails.received += amount
    if (sharedKey && sharedKey.kudos !== -1) sharedKey.kudos += amount
    book(sim, source.id, -amount, 'transfer_out', `to ${target.id}`)
    book(sim, target.id, amount, 'transfer_in', `from ${source.id}`)
    return c.json({ transferred: amount })
  })

  r.post('/kudos/award', async (c) => {
    const actor = requireUser(c, sim, 'award kudos')
    const { username, amount } = await transferBody(c)
    if (actor.id !== 1) throw new HordeFault(403, 'NotAllowedAwards', 'This account may not award kudos.')
    if (actor.deleted) throw new HordeFault(403, 'DeletedUser', 'This account is deleted.')
    const { target, sharedKey } = resolveTarget(sim, username)
    if (!target || sharedKey) throw bad('InvalidAwardUsername', 'No user matches the recipient.')
    if (target.id === 0) throw bad('KudosAwardToAnon', 'Kudos cannot be awarded to the anonymous user.')
    target.kudos += amount
    target.kudosDetails.awarded += amount
    book(sim, target.id, amount, 'award')
    return c.json({ awarded: amount })
  })

  return r
}

async function transferBody(c: Context): Promise<{ username: string; amount: number }> {
  const body = await jsonObject(c)
  if (typeof body.username !== 'string' || !body.username) {
    throw missingArgument('username', 'The user ID which will receive the kudos.', 'json')
  }
  const raw = body.amount ?? 100
  const amount = typeof raw === 'number' ? raw : Number(raw)
  if (!Number.isFinite(amount) || !Number.isInteger(amount)) {
    throw missingArgument('amount', 'The amount of kudos to transfer. invalid literal for int()', 'json')
  }
  return { username: body.username, amount }
}

/** `anything#<id>` (only the number counts) or a shared key's id (kudos go to its owner). */
function resolveTarget(sim: Sim, username: string) {
  const sharedKey = sim.state.sharedKeys.get(username) ?? null
  if (sharedKey) return { target: sim.state.users.get(sharedKey.ownerId) ?? null, sharedKey }
  const m = /#(\d+)$/.exec(username.trim())
  const target: User | null = m ? (sim.state.users.get(Number(m[1])) ?? null) : null
  return { target, sharedKey: null }
}

function book(sim: Sim, userId: number, delta: number, reason: LedgerEntry['reason'], ref?: string) {
  sim.state.ledger.push({ at: sim.clock.now(), userId, delta, reason, ref })
}

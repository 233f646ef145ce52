import type { Requester } from '../http/auth'
import type { Sim } from '../sim'
import type { LedgerEntry, User, Worker } from '../state'

// Kudos bookkeeping shared by image, text and alchemy (horde-api.md §12.3–12.5; horde/classes/base/user.py).

/** The balance a debit cannot go below: anonymous −50, pseudonymous 14, OAuth 25. */
export function minKudos(user: User): number {
  return user.kind === 'anonymous' ? -50 : user.kind === 'pseudonymous' ? 14 : 25
}

/** What a user can hold up front or transfer: balance − floor − holds. */
export function availableKudos(sim: Sim, user: User): number {
  return user.kudos - minKudos(user) - (sim.state.generation.holds.get(user.id) ?? 0)
}

function book(sim: Sim, entry: Omit<LedgerEntry, 'at'>) {
  sim.state.ledger.push({ at: sim.clock.now(), ...entry })
}

/** Charges the requester (and the shared key it came through); a debit below the floor is forgiven. */
export function charge(
  sim: Sim,
  { user, sharedKey }: Requester,
  amount: number,
  reason: LedgerEntry['reason'],
  ref?: string,
): void {
  if (amount <= 0) return
  user.kudos = Math.max(minKudos(user), round2(user.kudos - amount))
  // Spending is booked against `accumulated`, as the server's usage record does (horde/classes/base/user.py).
  user.kudosDetails.accumulated = round2(user.kudosDetails.accumulated - amount)
  if (sharedKey) {
    if (sharedKey.kudos !== -1) sharedKey.kudos = Math.max(0, round2(sharedKey.kudos - amount))
    sharedKey.utilized = round2(sharedKey.utilized + amount)
  }
  book(sim, { userId: user.id, delta: -amount, reason, ref })
}

/** Pays a worker's owner; untrusted owners get half into escrow (evaluating_kudos). */
export function reward(sim: Sim, worker: Worker, amount: number, ref?: string): void {
  const owner = sim.state.users.get(worker.ownerId)
  worker.kudosGenerated = round2(worker.kudosGenerated + amount)
  if (!owner) return
  const escrow = owner.trusted ? 0 : amount / 2
  owner.kudos = round2(owner.kudos + amount - escrow)
  owner.evaluatingKudos = round2(owner.evaluatingKudos + escrow)
  owner.kudosDetails.accumulated = round2(owner.kudosDetails.accumulated + amount)
  book(sim, { userId: owner.id, delta: amount, reason: 'worker_reward', ref })
}

export function hold(sim: Sim, userId: number, amount: number) {
  const holds = sim.state.generation.holds
  holds.set(userId, round2((holds.get(userId) ?? 0) + amount))
}

export function release(sim: Sim, userId: number, amount: number) {
  const holds = sim.state.generation.holds
  const left = round2((holds.get(userId) ?? 0) - amount)
  if (left > 0) holds.set(userId, left)
  else holds.delete(userId)
}

export const round2 = (x: number) => Math.round(x * 100) / 100

import { getConnection, type Connection } from './connection'
import { HordeError, limiterWindowMs } from './errors'

// One budget for every POST to the horde's async endpoints from this browser. The horde rejects a third
// POST /v2/generate/async within a second from an IP or a key (stable.py, kobold.py, limiter_api.py) and
// a dry run counts, so the cost estimate must never spend the slot the user's own Generate needs.
//
// A slot is counted from when it is sent until a window after its answer came back: the horde counted it
// somewhere in between, so no window of the horde's, wherever it starts, can hold more than the limit.
// Slots live in localStorage and are claimed under a Web Lock, so every tab draws on the same budget.

export type BudgetKind = 'submit' | 'estimate'

interface Limit {
  count: number
  ms: number
}

// The strict limits of a new user on a fresh IP. A trusted user's IP gets more for a day, but the browser
// cannot tell, and two a second is more than a person clicks.
const GENERATE: Limit[] = [
  { count: 2, ms: 1_000 },
  { count: 90, ms: 60_000 },
]
// /v2/interrogate/async has no limit of its own: the default 90 a minute per IP, preflights included.
const LIMITS: Record<string, Limit[]> = {
  '/v2/generate/async': GENERATE,
  '/v2/generate/text/async': GENERATE,
  '/v2/interrogate/async': [{ count: 45, ms: 60_000 }],
}

/** An answer older than this is taken as lost (a tab closed mid-request); the client times out at 30 s. */
const STALE_MS = 45_000
const POLL_MS = 200
const SUBMIT_ATTEMPTS = 4
const RECENT_SUBMIT_MS = 60_000
const STORAGE_KEY = 'horde-studio:async-budget'
/** The client's own timeout of one POST. */
const SEND_TIMEOUT_MS = 30_000

/**
 * A submit is answered or given up within this, its waits for a slot and its retries included: a record
 * still 'submitting' after it was cut off with its page, not waiting here.
 */
export const SUBMIT_SETTLES_WITHIN_MS = 150_000

interface Slot {
  id: string
  lane: string
  start: number
  /** When the answer came back; null while in flight. */
  end: number | null
}

interface Shared {
  slots: Slot[]
  /** A submit waits in some tab: estimates everywhere hold back until then. */
  submitWaiting: Record<string, number>
  /** The horde refused with its limiter: nothing goes out on this lane before then. */
  blockedUntil: Record<string, number>
}

export interface BudgetStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

export interface BudgetLocks {
  request<T>(name: string, callback: () => Promise<T> | T): Promise<T>
}

interface Waiter {
  lane: string
  limits: Limit[]
  kind: BudgetKind
  claim: (slotId: string) => void
}

const isSlot = (s: unknown): s is Slot =>
  typeof s === 'object' &&
  s !== null &&
  typeof (s as Slot).id === 'string' &&
  typeof (s as Slot).lane === 'string' &&
  typeof (s as Slot).start === 'number' &&
  ((s as Slot).end === null || typeof (s as Slot).end === 'number')

/** Estimates leave a part of each limit free, so a submit never waits for an estimate's window. */
function estimateCap(limit: Limit): number {
  return limit.count - Math.max(1, Math.floor(limit.count / 3))
}

export function createBudget({ storage, locks }: { storage: BudgetStorage; locks: BudgetLocks | null }) {
  const waiters: Waiter[] = []
  let timer: ReturnType<typeof setTimeout> | null = null
  let pumping = false
  let again = false

  const read = (): Shared => {
    try {
      const parsed = JSON.parse(storage.getItem(STORAGE_KEY) ?? '') as Partial<Shared>
      return {
        slots: Array.isArray(parsed.slots) ? parsed.slots.filter(isSlot) : [],
        submitWaiting: parsed.submitWaiting ?? {},
        blockedUntil: parsed.blockedUntil ?? {},
      }
    } catch {
      return { slots: [], submitWaiting: {}, blockedUntil: {} }
    }
  }
  const write = (shared: Shared) => {
    try {
      storage.setItem(STORAGE_KEY, JSON.stringify(shared))
    } catch {
      /* storage full or denied: this tab still keeps to the budget through its own waiters */
    }
  }
  const withLock = <T>(fn: () => T): Promise<T> =>
    locks ? locks.request(STORAGE_KEY, fn) : Promise.resolve().then(fn)

  /** When a slot of this lane frees under each limit (0: free now; Infinity: wait for an answer). */
  function freeAt(shared: Shared, lane: string, limits: Limit[], kind: BudgetKind, now: number): number {
    let at = Math.max(0, shared.blockedUntil[lane] ?? 0)
    const mine = shared.slots.filter((s) => s.lane === lane)
    for (const limit of limits) {
      const allowed = kind === 'estimate' ? estimateCap(limit) : limit.count
      const busyUntil = mine
        .map((s) => (s.end === null ? Infinity : s.end + limit.ms))
        .filter((until) => until > now)
        .sort((a, b) => a - b)
      if (busyUntil.length >= allowed) at = Math.max(at, busyUntil[busyUntil.length - allowed]!)
    }
    return at <= now ? 0 : at
  }

  function prune(shared: Shared, now: number) {
    const longest = Math.max(...Object.values(LIMITS).flatMap((ls) => ls.map((l) => l.ms)))
    shared.slots = shared.slots.filter((s) =>
      s.end === null ? s.start > now - STALE_MS : s.end + longest > now,
    )
  }

  async function pump(): Promise<void> {
    if (pumping) {
      again = true
      return
    }
    pumping = true
    let nextAt = Infinity
    try {
      await withLock(() => {
        const now = Date.now()
        const shared = read()
        const before = JSON.stringify(shared)
        prune(shared, now)
        nextAt = Infinity
        for (const kind of ['submit', 'estimate'] as const) {
          for (const w of waiters.filter((x) => x.kind === kind)) {
            const submitsAhead =
              kind === 'estimate' &&
              ((shared.submitWaiting[w.lane] ?? 0) > now ||
                waiters.some((x) => x.kind === 'submit' && x.lane === w.lane))
            const at = submitsAhead ? now + POLL_MS : freeAt(shared, w.lane, w.limits, kind, now)
            if (at === 0) {
              const id = crypto.randomUUID()
              shared.slots.push({ id, lane: w.lane, start: now, end: null })
              if (kind === 'submit') delete shared.submitWaiting[w.lane]
              waiters.splice(waiters.indexOf(w), 1)
              w.claim(id)
            } else {
              // Renewed only as it runs out: every write wakes the other tabs, which must not wake this one back.
              if (kind === 'submit' && (shared.submitWaiting[w.lane] ?? 0) < now + 2 * POLL_MS)
                shared.submitWaiting[w.lane] = now + 4 * POLL_MS
              nextAt = Math.min(nextAt, at)
            }
          }
        }
        if (JSON.stringify(shared) !== before) write(shared)
        return undefined
      })
    } catch {
      // A lock or storage that failed this pass: the waiters stay in line and the next pass tries again.
      nextAt = Date.now() + POLL_MS
    } finally {
      pumping = false
    }
    if (again) {
      again = false
      return pump()
    }
    if (waiters.length > 0) schedule(Math.min(Math.max(0, nextAt - Date.now()), POLL_MS))
  }

  function schedule(ms: number) {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      void pump()
    }, ms)
  }

  function acquire(
    lane: string,
    limits: Limit[],
    kind: BudgetKind,
    retry: boolean,
    signal: AbortSignal | undefined,
    giveUpAt: number | null,
  ) {
    return new Promise<string>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason)
      let giveUp: ReturnType<typeof setTimeout> | undefined
      const leave = (reason: unknown) => {
        clearTimeout(giveUp)
        const i = waiters.indexOf(waiter)
        if (i < 0) return
        waiters.splice(i, 1)
        reject(reason)
      }
      const waiter: Waiter = {
        lane,
        limits,
        kind,
        claim: (id) => {
          clearTimeout(giveUp)
          resolve(id)
        },
      }
      // A retried submit goes first: it was in line before anything waiting now.
      if (retry) waiters.unshift(waiter)
      else waiters.push(waiter)
      signal?.addEventListener('abort', () => leave(signal.reason))
      if (giveUpAt !== null) {
        giveUp = setTimeout(
          () =>
            leave(
              new HordeError(
                'unexpected',
                429,
                'The horde’s rate limit kept this request from being sent for too long; nothing was queued. Try again.',
                'BudgetTimeout',
              ),
            ),
          Math.max(0, giveUpAt - Date.now()),
        )
      }
      void pump()
    })
  }

  /** `unused`: nothing was sent after all, the slot is given back whole. */
  function release(slotId: string, { blockMs = 0, unused = false } = {}) {
    return withLock(() => {
      const shared = read()
      const now = Date.now()
      const slot = shared.slots.find((s) => s.id === slotId)
      if (slot) slot.end = now
      if (unused) shared.slots = shared.slots.filter((s) => s.id !== slotId)
      if (blockMs > 0 && slot) {
        shared.blockedUntil[slot.lane] = Math.max(shared.blockedUntil[slot.lane] ?? 0, now + blockMs)
      }
      write(shared)
      return undefined
    }).then(() => pump())
  }

  /**
   * Sends `send` once a slot is free; a submit refused by the limiter goes again after the window.
   * `instead`, asked once the slot is there: an answer that makes sending needless.
   */
  async function run<T>(
    hordeUrl: string,
    path: string,
    kind: BudgetKind,
    send: () => Promise<T>,
    { signal, instead }: { signal?: AbortSignal; instead?: () => Promise<T | undefined> } = {},
  ): Promise<T> {
    const limits = LIMITS[path]
    if (!limits) return send()
    const lane = `${hordeUrl} ${path}`
    const lastSendAt = Date.now() + SUBMIT_SETTLES_WITHIN_MS - SEND_TIMEOUT_MS
    for (let attempt = 1; ; attempt++) {
      const slot = await acquire(
        lane,
        limits,
        kind,
        attempt > 1,
        signal,
        kind === 'submit' ? lastSendAt : null,
      )
      const known = instead ? await instead() : undefined
      if (known !== undefined) {
        await release(slot, { unused: true })
        return known
      }
      try {
        const answer = await send()
        await release(slot)
        return answer
      } catch (e) {
        const limited = e instanceof HordeError && e.isRateLimited
        const windowMs = limited ? (limiterWindowMs(e.message) ?? 60_000) : 0
        await release(slot, { blockMs: windowMs })
        // The limiter refuses before doing anything, so sending again cannot queue a request twice.
        if (!limited || kind !== 'submit' || attempt >= SUBMIT_ATTEMPTS || windowMs > 60_000) throw e
      }
    }
  }

  /** Another tab freed a slot: look again now rather than at the next poll. */
  function onStorage(key: string | null) {
    if (key === STORAGE_KEY && waiters.length > 0 && !timer) void pump()
  }

  return { run, onStorage }
}

function defaultBudget() {
  let storage: BudgetStorage
  try {
    storage = window.localStorage
    storage.getItem(STORAGE_KEY)
  } catch {
    const memory = new Map<string, string>()
    storage = { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v) }
  }
  const webLocks = typeof navigator !== 'undefined' ? navigator.locks : undefined
  const locks: BudgetLocks | null = webLocks
    ? {
        request: <T>(name: string, callback: () => Promise<T> | T) =>
          webLocks.request(name, callback) as Promise<T>,
      }
    : null
  const budget = createBudget({ storage, locks })
  if (typeof window !== 'undefined') window.addEventListener('storage', (e) => budget.onStorage(e.key))
  return budget
}

let shared: ReturnType<typeof createBudget> | null = null
const budget = () => (shared ??= defaultBudget())

/** For tests: forget the shared budget, so the next call starts from storage again. */
export function resetBudget() {
  shared = null
}

// The last submit per lane, in this tab's memory only (it holds the key): an estimate of the very request
// just sent is answered by the horde's answer to the submit, not asked again.
const recentSubmits = new Map<string, { body: string; at: number; kudos: Promise<number | undefined> }>()

function submitKey(path: string, { hordeUrl, keyId }: Connection) {
  return `${hordeUrl} ${keyId ?? ''} ${path}`
}

/**
 * A request waits here, maybe for seconds: it goes to the horde and with the key that were active when the
 * user asked, not to whatever is chosen by the time its slot frees.
 */
export type SendAt<T> = (at: Connection) => Promise<T>

const sendAt =
  <T>(send: SendAt<T>, at: Connection) =>
  () =>
    send(at)

/** A submit to an async endpoint: goes before any estimate, and again after a limiter's refusal. */
export function budgetedSubmit<T extends object>(
  path: string,
  body: unknown,
  send: SendAt<T>,
  signal?: AbortSignal,
): Promise<T> {
  const at = getConnection()
  const answer = budget().run(at.hordeUrl, path, 'submit', sendAt(send, at), { signal })
  recentSubmits.set(submitKey(path, at), {
    body: JSON.stringify(body),
    at: Date.now(),
    kudos: answer.then(
      (a) => {
        const kudos = (a as { kudos?: unknown }).kudos
        return typeof kudos === 'number' && kudos > 0 ? kudos : undefined
      },
      () => undefined,
    ),
  })
  return answer
}

/** A dry run: yields to every submit, and is not sent for the request that was just submitted. */
export async function budgetedEstimate(
  path: string,
  body: unknown,
  send: SendAt<number>,
  signal?: AbortSignal,
): Promise<number> {
  const at = getConnection()
  const key = submitKey(path, at)
  const json = JSON.stringify(body)
  // Asked before waiting and again once a slot is free: the submit may have been sent in the meantime.
  const fromSubmit = async () => {
    const recent = recentSubmits.get(key)
    const fresh = recent && recent.body === json && Date.now() - recent.at < RECENT_SUBMIT_MS
    return fresh ? recent.kudos : undefined
  }
  const known = await fromSubmit()
  if (known !== undefined) return known
  return budget().run(at.hordeUrl, path, 'estimate', sendAt(send, at), { signal, instead: fromSubmit })
}

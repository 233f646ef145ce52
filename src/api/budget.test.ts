import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { budgetedEstimate, budgetedSubmit, createBudget, resetBudget, type BudgetStorage } from './budget'
import { connectTo } from '@/test/connectTo'
import { wireConnection } from './connection'
import { HordeError, humanMessage } from './errors'

const HORDE = 'http://horde/api'
const PATH = '/v2/generate/async'

function memoryStorage(): BudgetStorage {
  const m = new Map<string, string>()
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) }
}

/** A horde that answers after `latencyMs` and records when each POST arrived and what it was. */
function fakeHorde(latencyMs = 50) {
  const arrivals: { at: number; what: string }[] = []
  const send =
    (what: string, answer: () => unknown = () => ({ id: what, kudos: 7 })) =>
    () => {
      arrivals.push({ at: Date.now(), what })
      return new Promise<never>((resolve, reject) =>
        setTimeout(() => {
          try {
            resolve(answer() as never)
          } catch (e) {
            reject(e as Error)
          }
        }, latencyMs),
      )
    }
  /** The most POSTs that arrived within any one second: the horde refuses a third. */
  const busiestSecond = () =>
    Math.max(0, ...arrivals.map((a) => arrivals.filter((b) => b.at >= a.at && b.at < a.at + 1_000).length))
  return { arrivals, send, busiestSecond }
}

const limited = () => new HordeError('horde', 429, '2 per 1 second')

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(1_000_000)
})
afterEach(() => {
  vi.useRealTimers()
})

describe('the budget of POSTs to the async endpoints', () => {
  it('lets a quick tweak, a second tweak and Generate through without a third POST in a second', async () => {
    const budget = createBudget({ storage: memoryStorage(), locks: null })
    const horde = fakeHorde()
    const first = budget.run(HORDE, PATH, 'estimate', horde.send('estimate 4:3'))
    await vi.advanceTimersByTimeAsync(650)
    const second = budget.run(HORDE, PATH, 'estimate', horde.send('estimate 16:9'))
    await vi.advanceTimersByTimeAsync(650)
    const submit = budget.run(HORDE, PATH, 'submit', horde.send('submit'))
    await vi.advanceTimersByTimeAsync(5_000)
    await Promise.all([first, second, submit])
    expect(horde.busiestSecond()).toBeLessThanOrEqual(2)
    // The second estimate waited a window after the first's answer; the submit went out the moment it was
    // clicked, as the estimates had left it its slot.
    expect(horde.arrivals.map((a) => a.what)).toEqual(['estimate 4:3', 'estimate 16:9', 'submit'])
    expect(horde.arrivals[1]!.at).toBe(1_000_000 + 1_050)
    expect(horde.arrivals[2]!.at).toBe(1_000_000 + 1_300)
  })

  it('keeps one slot of the two for a submit: estimates alone go one a window', async () => {
    const budget = createBudget({ storage: memoryStorage(), locks: null })
    const horde = fakeHorde(50)
    const estimates = [1, 2, 3].map((i) => budget.run(HORDE, PATH, 'estimate', horde.send(`e${i}`)))
    await vi.advanceTimersByTimeAsync(100)
    expect(horde.arrivals).toHaveLength(1)
    // A submit arriving now is not kept waiting by the estimates.
    const submit = budget.run(HORDE, PATH, 'submit', horde.send('submit'))
    await vi.advanceTimersByTimeAsync(1)
    expect(horde.arrivals.map((a) => a.what)).toEqual(['e1', 'submit'])
    await vi.advanceTimersByTimeAsync(5_000)
    await Promise.all([...estimates, submit])
    // Each estimate waits a full second after the previous answer came back.
    const times = horde.arrivals.filter((a) => a.what.startsWith('e')).map((a) => a.at - 1_000_000)
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(1_050)
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(1_050)
  })

  it('makes estimates wait while a submit waits, and sends waiting submits first', async () => {
    const budget = createBudget({ storage: memoryStorage(), locks: null })
    const horde = fakeHorde(50)
    const order: string[] = []
    const runs = [
      budget.run(HORDE, PATH, 'submit', horde.send('s1')),
      budget.run(HORDE, PATH, 'submit', horde.send('s2')),
      budget.run(HORDE, PATH, 'estimate', horde.send('e1')),
      budget.run(HORDE, PATH, 'submit', horde.send('s3')),
    ].map((p, i) => p.then(() => order.push(['s1', 's2', 'e1', 's3'][i]!)))
    await vi.advanceTimersByTimeAsync(10_000)
    await Promise.all(runs)
    expect(horde.arrivals.map((a) => a.what)).toEqual(['s1', 's2', 's3', 'e1'])
    expect(horde.busiestSecond()).toBe(2)
    // The third submit waited a window after the first answers came back (50 ms latency).
    expect(horde.arrivals[2]!.at - 1_000_000).toBe(1_050)
  })

  it("retries a submit the horde's limiter refused, after the window it names; an estimate is not retried", async () => {
    const budget = createBudget({ storage: memoryStorage(), locks: null })
    const horde = fakeHorde(20)
    let refusals = 1
    const submit = budget.run(
      HORDE,
      PATH,
      'submit',
      horde.send('submit', () => {
        if (refusals-- > 0) throw limited()
        return { id: 'accepted' }
      }),
    )
    await vi.advanceTimersByTimeAsync(3_000)
    await expect(submit).resolves.toEqual({ id: 'accepted' })
    expect(horde.arrivals).toHaveLength(2)
    expect(horde.arrivals[1]!.at - horde.arrivals[0]!.at).toBeGreaterThanOrEqual(1_020)

    const estimate = budget.run(
      HORDE,
      PATH,
      'estimate',
      horde.send('estimate', () => {
        throw limited()
      }),
    )
    const caught = expect(estimate).rejects.toBeInstanceOf(HordeError)
    await vi.advanceTimersByTimeAsync(5_000)
    await caught
    expect(horde.arrivals).toHaveLength(3)
  })

  it('gives up a submit after a few refusals, and never retries TooManyPrompts', async () => {
    const budget = createBudget({ storage: memoryStorage(), locks: null })
    const horde = fakeHorde(20)
    const always = budget.run(
      HORDE,
      PATH,
      'submit',
      horde.send('s', () => {
        throw limited()
      }),
    )
    const caughtAlways = expect(always).rejects.toThrow('2 per 1 second')
    await vi.advanceTimersByTimeAsync(20_000)
    await caughtAlways
    expect(horde.arrivals).toHaveLength(4)
    const prompts = budget.run(
      HORDE,
      PATH,
      'submit',
      horde.send('t', () => {
        throw new HordeError('horde', 429, 'Too many', 'TooManyPrompts')
      }),
    )
    const caughtPrompts = expect(prompts).rejects.toMatchObject({ rc: 'TooManyPrompts' })
    await vi.advanceTimersByTimeAsync(5_000)
    await caughtPrompts
    expect(horde.arrivals).toHaveLength(5)
  })

  it('shares one budget between two tabs through storage', async () => {
    const storage = memoryStorage()
    const tabA = createBudget({ storage, locks: null })
    const tabB = createBudget({ storage, locks: null })
    const horde = fakeHorde(30)
    const a = [
      tabA.run(HORDE, PATH, 'submit', horde.send('a1')),
      tabA.run(HORDE, PATH, 'submit', horde.send('a2')),
    ]
    await vi.advanceTimersByTimeAsync(10)
    const b = tabB.run(HORDE, PATH, 'submit', horde.send('b1'))
    // Tab B's estimate holds back while its own submit, or another tab's, waits.
    const bEstimate = tabA.run(HORDE, PATH, 'estimate', horde.send('a-estimate'))
    await vi.advanceTimersByTimeAsync(500)
    expect(horde.arrivals.map((x) => x.what)).toEqual(['a1', 'a2'])
    await vi.advanceTimersByTimeAsync(5_000)
    await Promise.all([...a, b, bEstimate])
    expect(horde.arrivals.map((x) => x.what)).toEqual(['a1', 'a2', 'b1', 'a-estimate'])
    expect(horde.busiestSecond()).toBe(2)
    // Another horde, or another endpoint, has its own budget.
    const other = tabB.run('http://other/api', PATH, 'submit', horde.send('elsewhere'))
    await vi.advanceTimersByTimeAsync(1)
    expect(horde.arrivals.at(-1)!.what).toBe('elsewhere')
    await vi.advanceTimersByTimeAsync(100)
    await other
  })

  it('drops an estimate whose caller gave up while it waited', async () => {
    const budget = createBudget({ storage: memoryStorage(), locks: null })
    const horde = fakeHorde(30)
    const first = budget.run(HORDE, PATH, 'estimate', horde.send('e1'))
    const stale = new AbortController()
    const second = budget.run(HORDE, PATH, 'estimate', horde.send('e2'), { signal: stale.signal })
    const caught = expect(second).rejects.toBeDefined()
    await vi.advanceTimersByTimeAsync(100)
    stale.abort()
    await caught
    await vi.advanceTimersByTimeAsync(3_000)
    await first
    expect(horde.arrivals.map((x) => x.what)).toEqual(['e1'])
  })
})

describe('estimates around a submit', () => {
  beforeEach(() => {
    localStorage.clear()
    resetBudget()
    connectTo(HORDE, 'key-1')
  })

  it('answers the estimate of the request just submitted from the submit, without a POST', async () => {
    const horde = fakeHorde(40)
    const payload = { prompt: 'a fox', params: { width: 1024, height: 576 } }
    const submit = budgetedSubmit(
      PATH,
      payload,
      horde.send('submit', () => ({ id: 'r1', kudos: 12 })),
    )
    const estimate = budgetedEstimate(PATH, payload, horde.send('estimate', () => ({ kudos: 99 })) as never)
    await vi.advanceTimersByTimeAsync(3_000)
    await expect(submit).resolves.toEqual({ id: 'r1', kudos: 12 })
    await expect(estimate).resolves.toBe(12)
    expect(horde.arrivals.map((a) => a.what)).toEqual(['submit'])

    // A changed form is estimated again.
    const changed = budgetedEstimate(
      PATH,
      { ...payload, prompt: 'a cat' },
      horde.send('estimate', () => 5) as never,
    )
    await vi.advanceTimersByTimeAsync(3_000)
    await expect(changed).resolves.toBe(5)
    expect(horde.arrivals.map((a) => a.what)).toEqual(['submit', 'estimate'])
  })

  it('sends a submit that waited with the key and horde active when it was asked for', async () => {
    const sentWith: { hordeUrl: string; keyId: string | null }[] = []
    const send = (at: { hordeUrl: string; keyId: string | null }) => {
      sentWith.push(at)
      return Promise.resolve({ id: `r${sentWith.length}`, kudos: 1 })
    }
    const submits = [1, 2, 3].map((n) => budgetedSubmit(PATH, { prompt: `fox ${n}` }, send))
    // The third waits for a window; meanwhile the user switches key and horde.
    wireConnection({
      current: () => ({ hordeUrl: 'http://other/api', keyId: 'key-2' }),
      secretOf: () => 's2',
    })
    await vi.advanceTimersByTimeAsync(3_000)
    await Promise.all(submits)
    expect(sentWith).toHaveLength(3)
    expect(sentWith.every((at) => at.hordeUrl === HORDE && at.keyId === 'key-id')).toBe(true)
  })
})

describe('the words for a 429', () => {
  it('name the wait the limiter names, and keep TooManyPrompts apart', () => {
    expect(humanMessage(new HordeError('horde', 429, '2 per 1 second'))).toMatch(
      /Wait a second, then try again/,
    )
    expect(humanMessage(new HordeError('horde', 429, '90 per 1 minute'))).toMatch(/Wait a minute/)
    expect(humanMessage(new HordeError('horde', 429, '20 per 1 hour'))).toMatch(/Wait an hour/)
    expect(humanMessage(new HordeError('horde', 429, 'slow down'))).toMatch(/Wait a moment/)
    expect(humanMessage(new HordeError('horde', 429, 'x', 'TooManyPrompts'))).toMatch(
      /as many requests waiting/,
    )
  })
})

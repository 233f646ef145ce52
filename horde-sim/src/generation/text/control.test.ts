import { describe, expect, it } from 'vitest'
import { SEEDED_WORKER_IDS } from '../../seed'
import { SEEDED_KEYS } from '../../seedKeys'
import { call, testSim } from '../../testing'

const mod = SEEDED_KEYS.moderator.key

async function control(horde: ReturnType<typeof testSim>, method: string, path: string, body?: unknown) {
  const res = await horde.fetch(
    new Request(`http://127.0.0.1:7001/__sim/generation${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  )
  return res.json() as Promise<{
    text: { prompt: string; params: Record<string, unknown>; generations: { delivered: boolean }[] }[]
  }>
}

describe('/__sim/generation for text', () => {
  it('lists each text request with the prompt and params the horde received', async () => {
    const horde = testSim()
    await call(horde, 'POST', '/generate/text/async', {
      apikey: mod,
      body: { prompt: 'Once upon a time', params: { max_length: 64, temperature: 0.7, n: 2 } },
    })
    const { text } = await control(horde, 'GET', '/requests')
    expect(text).toHaveLength(1)
    expect(text[0]?.prompt).toBe('Once upon a time')
    expect(text[0]?.params.temperature).toBe(0.7)
  })

  it('a stalled scribe takes the job and never hands it in', async () => {
    const horde = testSim({ workers: true, speed: 'fast' })
    try {
      await control(horde, 'POST', '/stall', { workerId: SEEDED_WORKER_IDS.scribe })
      const queued = await call(horde, 'POST', '/generate/text/async', {
        apikey: mod,
        body: { prompt: 'The lighthouse keeper', params: { max_length: 32 } },
      })
      let status = queued
      for (let i = 0; i < 20 && !status.body.processing; i++) {
        await new Promise((r) => setTimeout(r, 100))
        status = await call(horde, 'GET', `/generate/text/status/${queued.body.id}`)
      }
      expect(status.body.processing).toBe(1)
      await new Promise((r) => setTimeout(r, 1_500))
      status = await call(horde, 'GET', `/generate/text/status/${queued.body.id}`)
      expect(status.body.done).toBe(false)
      expect(status.body.generations).toHaveLength(0)
    } finally {
      horde.stop()
    }
  })
})

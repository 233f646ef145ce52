import { spawnSync } from 'node:child_process'
import { createServer, type Server } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'

let taken: Server | null = null
afterEach(() => new Promise<void>((resolve) => (taken ? taken.close(() => resolve()) : resolve())))

function occupy(port: number) {
  return new Promise<void>((resolve) => {
    taken = createServer().listen(port, '127.0.0.1', () => resolve())
  })
}

function start(env: Record<string, string>) {
  return spawnSync('node_modules/.bin/tsx', ['scripts/start.ts'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  })
}

describe('npm start with a port taken', () => {
  it('names the simulator port and fails, before building anything', async () => {
    await occupy(7491)
    const run = start({ SIM_PORT: '7491', APP_PORT: '4491' })
    expect(run.stderr.trim()).toBe(
      'Port 7491 (the simulator) on 127.0.0.1 is already in use: stop what uses it or set SIM_PORT=… to another port.',
    )
    expect(run.status).toBe(1)
  }, 30_000)

  it('names the app port and fails', async () => {
    await occupy(4492)
    const run = start({ SIM_PORT: '7492', APP_PORT: '4492' })
    expect(run.stderr).toContain('Port 4492 (the app) on 127.0.0.1 is already in use')
    expect(run.stderr).toContain('APP_PORT=')
    expect(run.status).toBe(1)
  }, 30_000)
})

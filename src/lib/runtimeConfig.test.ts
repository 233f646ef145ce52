import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadRuntimeConfig, OFFICIAL_HORDE_URL, pickHordeUrl } from './runtimeConfig'

const BUILT = 'https://built.example.org/api'
const DEPLOYED = 'https://deployed.example.org/api'
const CHOSEN = 'https://chosen.example.org/api'

function serveConfig(body: unknown, status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () =>
      body === undefined ? Promise.reject(new TypeError('offline')) : Response.json(body, { status }),
    ),
  )
}

afterEach(() => {
  vi.unstubAllEnvs()
  vi.unstubAllGlobals()
})

describe('which horde the app talks to', () => {
  it('weakest first: official, build, config.json, the user’s choice', () => {
    expect(pickHordeUrl({})).toBe(OFFICIAL_HORDE_URL)
    expect(pickHordeUrl({ built: BUILT })).toBe(BUILT)
    expect(pickHordeUrl({ built: BUILT, deployed: DEPLOYED })).toBe(DEPLOYED)
    expect(pickHordeUrl({ built: BUILT, deployed: DEPLOYED, chosen: CHOSEN })).toBe(CHOSEN)
    expect(pickHordeUrl({ built: '', deployed: null, chosen: null })).toBe(OFFICIAL_HORDE_URL)
  })

  it('ships a config.json that leaves the build’s default alone', () => {
    const shipped = JSON.parse(readFileSync('public/config.json', 'utf8'))
    expect(shipped).not.toHaveProperty('hordeUrl')
  })

  it('a build with VITE_DEFAULT_HORDE_URL and the shipped config.json talks to the build’s horde', async () => {
    vi.stubEnv('VITE_DEFAULT_HORDE_URL', BUILT)
    serveConfig(JSON.parse(readFileSync('public/config.json', 'utf8')))
    expect((await loadRuntimeConfig()).hordeUrl).toBe(BUILT)
  })

  it('a missing or broken config.json is not set either', async () => {
    vi.stubEnv('VITE_DEFAULT_HORDE_URL', BUILT)
    serveConfig({}, 404)
    expect((await loadRuntimeConfig()).hordeUrl).toBe(BUILT)
    serveConfig(undefined)
    expect((await loadRuntimeConfig()).hordeUrl).toBe(BUILT)
    serveConfig({ hordeUrl: 'not an address' })
    expect((await loadRuntimeConfig()).hordeUrl).toBe(BUILT)
  })

  it('a hordeUrl the deployer put in config.json wins over the build', async () => {
    vi.stubEnv('VITE_DEFAULT_HORDE_URL', BUILT)
    serveConfig({ hordeUrl: DEPLOYED })
    expect((await loadRuntimeConfig()).hordeUrl).toBe(DEPLOYED)
  })
})

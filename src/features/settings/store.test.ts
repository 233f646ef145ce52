import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadRuntimeConfig } from '@/lib/runtimeConfig'
import { effectiveHordeUrl, setHordeUrl } from './store'

afterEach(() => {
  vi.unstubAllEnvs()
  vi.unstubAllGlobals()
  setHordeUrl(null)
})

describe('the horde in use', () => {
  it('is the user’s choice over config.json and the build, and back to config.json when they let go', async () => {
    vi.stubEnv('VITE_DEFAULT_HORDE_URL', 'https://built.example.org/api')
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ hordeUrl: 'https://deployed.example.org/api' })),
    )
    await loadRuntimeConfig()
    expect(effectiveHordeUrl()).toBe('https://deployed.example.org/api')
    setHordeUrl('https://chosen.example.org/api/')
    expect(effectiveHordeUrl()).toBe('https://chosen.example.org/api')
    setHordeUrl(null)
    expect(effectiveHordeUrl()).toBe('https://deployed.example.org/api')
  })

  it('is the build’s default under the shipped config.json', async () => {
    vi.stubEnv('VITE_DEFAULT_HORDE_URL', 'https://built.example.org/api')
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({})),
    )
    await loadRuntimeConfig()
    expect(effectiveHordeUrl()).toBe('https://built.example.org/api')
  })
})

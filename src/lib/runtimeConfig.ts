import { z } from 'zod/mini'

export const OFFICIAL_HORDE_URL = 'https://aihorde.net/api'

const RuntimeConfig = z.object({
  /** The horde this deployment points at unless the user chose another. */
  hordeUrl: z.optional(z.url()),
  /** Keys offered with one click, e.g. the simulator's demo key under `npm start`. */
  demoKeys: z.optional(z.array(z.object({ label: z.string(), key: z.string() }))),
})
export type RuntimeConfig = { hordeUrl: string; demoKeys: { label: string; key: string }[] }

let config: RuntimeConfig = {
  hordeUrl: import.meta.env.VITE_DEFAULT_HORDE_URL || OFFICIAL_HORDE_URL,
  demoKeys: [],
}

/**
 * Reads `config.json` beside index.html, so a self-hoster can point a build at their horde without
 * rebuilding. Missing or broken config falls back to the build's defaults.
 */
export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  try {
    // Not a horde call: a static file of this deployment, fetched relative to the page.
    // eslint-disable-next-line no-restricted-globals
    const res = await fetch(new URL('config.json', document.baseURI), { cache: 'no-cache' })
    if (res.ok) {
      const parsed = RuntimeConfig.safeParse(await res.json())
      if (parsed.success) {
        config = {
          hordeUrl: parsed.data.hordeUrl ?? config.hordeUrl,
          demoKeys: parsed.data.demoKeys ?? [],
        }
      }
    }
  } catch {
    // keep the build defaults
  }
  return config
}

export function getRuntimeConfig(): RuntimeConfig {
  return config
}

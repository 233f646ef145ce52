import { z } from 'zod/mini'

export const OFFICIAL_HORDE_URL = 'https://aihorde.net/api'

const RuntimeConfig = z.object({
  /** The horde this deployment points at unless the user chose another. */
  hordeUrl: z.optional(z.url()),
  /** Keys offered with one click, e.g. the simulator's demo key under `npm start`. */
  demoKeys: z.optional(z.array(z.object({ label: z.string(), key: z.string() }))),
})
export type RuntimeConfig = { hordeUrl: string; demoKeys: { label: string; key: string }[] }

/**
 * Which horde the app talks to. The weakest says first: the official horde, then the build's
 * `VITE_DEFAULT_HORDE_URL`, then a `hordeUrl` the deployer put in `config.json`, then the user's choice in
 * Settings. An empty or missing layer is not set.
 */
export function pickHordeUrl(layers: {
  built?: string | null
  deployed?: string | null
  chosen?: string | null
}): string {
  return layers.chosen || layers.deployed || layers.built || OFFICIAL_HORDE_URL
}

const builtHordeUrl = () => import.meta.env.VITE_DEFAULT_HORDE_URL

let config: RuntimeConfig = { hordeUrl: pickHordeUrl({ built: builtHordeUrl() }), demoKeys: [] }

/**
 * Reads `config.json` beside index.html, so a self-hoster can point a build at their horde without
 * rebuilding. A missing or broken file, or one without `hordeUrl`, leaves the build's default.
 */
export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  let deployed: z.infer<typeof RuntimeConfig> = {}
  try {
    // Not a horde call: a static file of this deployment, fetched relative to the page.
    // eslint-disable-next-line no-restricted-globals
    const res = await fetch(new URL('config.json', document.baseURI), { cache: 'no-cache' })
    if (res.ok) {
      const parsed = RuntimeConfig.safeParse(await res.json())
      if (parsed.success) deployed = parsed.data
    }
  } catch {
    // keep the build's default
  }
  config = {
    hordeUrl: pickHordeUrl({ built: builtHordeUrl(), deployed: deployed.hordeUrl }),
    demoKeys: deployed.demoKeys ?? [],
  }
  return config
}

export function getRuntimeConfig(): RuntimeConfig {
  return config
}

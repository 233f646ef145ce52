import sharp from 'sharp'
import type { HordeSim } from '../../index'
import { SEEDED_KEYS } from '../../seedKeys'
import { call } from '../../testing'
import { r2Routes } from './r2'

/** The sim's fetch handler with the R2 stand-in mounted, as the app mounts it at the root. */
export function withR2(horde: HordeSim) {
  const r2 = r2Routes(horde.sim)
  return async (req: Request): Promise<Response> =>
    new URL(req.url).pathname.startsWith('/r2/') ? r2.fetch(req) : horde.fetch(req)
}

export const REGEN = 'AI Horde Worker reGen:13.0.0:https://github.com/Haidra-Org/horde-worker-reGen'

/** Pops as a worker of the given key, with reGen's capabilities unless told otherwise. */
export function pop(horde: HordeSim, apikey: string, body: Record<string, unknown>) {
  return call(horde, 'POST', '/generate/pop', {
    apikey,
    body: { bridge_agent: REGEN, models: ['stable_diffusion'], max_pixels: 4_194_304, ...body },
  })
}

/** A PNG of one colour, as base64; RGB, or RGBA when an alpha is given. */
export async function solid(width: number, height: number, rgb: [number, number, number], alpha?: number) {
  const img = sharp({
    create: {
      width,
      height,
      channels: alpha === undefined ? 3 : 4,
      background: { r: rgb[0], g: rgb[1], b: rgb[2], alpha: alpha ?? 1 },
    },
  })
  return (await img.png().toBuffer()).toString('base64')
}

export async function pixels(data: Buffer) {
  return sharp(data).removeAlpha().raw().toBuffer({ resolveWithObject: true })
}

export const keys = SEEDED_KEYS

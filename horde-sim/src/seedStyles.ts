// The seeded image styles: public ones like those of the horde's style list, owned by the seeded users, one
// private draft, and one paid for by a shared key of its owner (horde-api.md §18). The models are ones the
// seeded image workers serve (seed.ts).

import type { Sim } from './sim'
import type { HordeStyle, StyleExample } from './state'

const DAY = 86_400_000

export const SEEDED_STYLE_IDS = {
  cinematic: '5e1e0000-0000-4000-8000-000000000001',
  anime: '5e1e0000-0000-4000-8000-000000000002',
  pixelArt: '5e1e0000-0000-4000-8000-000000000003',
  watercolor: '5e1e0000-0000-4000-8000-000000000004',
  isometric: '5e1e0000-0000-4000-8000-000000000005',
  noir: '5e1e0000-0000-4000-8000-000000000006',
  /** not public: only found by its id or name */
  draft: '5e1e0000-0000-4000-8000-000000000007',
} as const

/**
 * The shared key of Artist#3 that pays for the watercolor style. A key bound to a style can only be used
 * through it (403 SharedKeyAssignedStyles otherwise), so it is a key of its own and the seeded shared key
 * stays usable as an API key.
 */
export const SEEDED_STYLE_KEY = {
  id: '5a5a5a5a-0000-4000-8000-000000000002',
  name: 'Watercolor for everyone',
  ownerId: 3,
  kudos: 2000,
} as const

const example = (n: number, name: string, primary: boolean): StyleExample => ({
  id: `e8a30000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`,
  url: `https://example.com/horde-sim/styles/${name}.webp`,
  primary,
})

export function seedStyles(sim: Sim): void {
  const { state } = sim
  const now = sim.clock.now()
  state.sharedKeys.set(SEEDED_STYLE_KEY.id, {
    id: SEEDED_STYLE_KEY.id,
    ownerId: SEEDED_STYLE_KEY.ownerId,
    name: SEEDED_STYLE_KEY.name,
    kudos: SEEDED_STYLE_KEY.kudos,
    expiry: null,
    utilized: 0,
    maxImagePixels: -1,
    maxImageSteps: -1,
    maxTextTokens: -1,
  })
  const style = (
    id: string,
    ownerId: number,
    ageDays: number,
    over: Omit<Partial<HordeStyle>, 'id' | 'ownerId' | 'createdAt'> & Pick<HordeStyle, 'name' | 'prompt'>,
  ): HordeStyle => ({
    id,
    type: 'image',
    ownerId,
    info: '',
    params: {},
    public: true,
    nsfw: false,
    tags: [],
    models: ['stable_diffusion'],
    useCount: 0,
    sharedKeyId: null,
    examples: [],
    createdAt: now - ageDays * DAY,
    ...over,
  })
  const styles: HordeStyle[] = [
    style(SEEDED_STYLE_IDS.cinematic, 1, 300, {
      name: 'cinematic',
      info: 'A still from a big-budget film: wide frame, dramatic light, shallow focus.',
      prompt:
        '{p}, cinematic film still, dramatic lighting, shallow depth of field, film grain###cartoon, painting, illustration, {np}',
      params: { sampler_name: 'k_dpmpp_2m', steps: 30, cfg_scale: 6, width: 1024, height: 576, karras: true },
      models: ['AlbedoBase XL (SDXL)'],
      tags: ['photographic', 'cinematic'],
      useCount: 4821,
      examples: [example(1, 'cinematic-1', true), example(2, 'cinematic-2', false)],
    }),
    style(SEEDED_STYLE_IDS.anime, 2, 250, {
      name: 'anime',
      info: 'Key visual of an anime series: clean lines, flat bright colours.',
      prompt:
        '{p}, anime key visual, clean lineart, vibrant flat colors, detailed background###photo, realistic, 3d render, {np}',
      params: {
        sampler_name: 'k_euler_a',
        steps: 25,
        cfg_scale: 7,
        width: 512,
        height: 768,
        karras: false,
        hires_fix: true,
        hires_fix_denoising_strength: 0.65,
      },
      models: ['Anything Diffusion'],
      tags: ['anime', 'illustration'],
      useCount: 3310,
      examples: [example(3, 'anime-1', true)],
    }),
    style(SEEDED_STYLE_IDS.pixelArt, 3, 120, {
      name: 'pixel art',
      info: 'Retro 16-bit game art with a small palette. Takes your width and height.',
      prompt: 'pixel art of {p}, 16-bit, limited palette, crisp edges###blurry, smooth gradients, {np}',
      params: {
        sampler_name: 'k_euler',
        steps: 20,
        cfg_scale: 7.5,
        karras: true,
        loras: [{ name: '135867', model: 0.8, clip: 1 }],
      },
      models: ['Deliberate', 'stable_diffusion'],
      tags: ['pixel art', 'retro', 'game'],
      useCount: 1275,
      examples: [example(4, 'pixel-art-1', true), example(5, 'pixel-art-2', false)],
    }),
    style(SEEDED_STYLE_IDS.watercolor, 3, 90, {
      name: 'watercolor',
      info: 'Loose watercolour on rough paper. Paid for by its author through a shared key.',
      prompt:
        '{p}, loose watercolor painting, wet on wet, soft edges, paper texture###photograph, harsh lines, {np}',
      params: {
        sampler_name: 'k_dpmpp_2m',
        steps: 28,
        cfg_scale: 6.5,
        width: 768,
        height: 512,
        karras: true,
      },
      models: ['Deliberate'],
      tags: ['painting', 'traditional'],
      useCount: 842,
      sharedKeyId: SEEDED_STYLE_KEY.id,
      examples: [example(6, 'watercolor-1', true)],
    }),
    style(SEEDED_STYLE_IDS.isometric, 1, 200, {
      name: 'isometric',
      info: 'An isometric diorama, as a small 3D render with soft light.',
      prompt:
        'isometric {p}, 3d render, miniature diorama, soft global illumination, tilt-shift###text, watermark, {np}',
      params: { sampler_name: 'k_euler_a', steps: 30, cfg_scale: 5, width: 1024, height: 1024, karras: true },
      models: ['AlbedoBase XL (SDXL)'],
      tags: ['3d', 'isometric', 'architecture'],
      useCount: 2044,
    }),
    style(SEEDED_STYLE_IDS.noir, 2, 150, {
      name: 'noir',
      info: 'A black and white 1940s crime film: hard shadows, high contrast.',
      prompt:
        '{p}, film noir, black and white photograph, high contrast, venetian blind shadows, 1940s###color, saturated, {np}',
      params: {
        sampler_name: 'k_euler_a',
        steps: 30,
        cfg_scale: 7,
        width: 512,
        height: 768,
        karras: true,
        post_processing: ['CodeFormers'],
        facefixer_strength: 0.5,
      },
      models: ['stable_diffusion', 'Deliberate'],
      tags: ['photographic', 'black and white'],
      useCount: 1560,
      examples: [example(7, 'noir-1', true)],
    }),
    style(SEEDED_STYLE_IDS.draft, 3, 5, {
      name: 'sketchbook draft',
      info: 'Work in progress, not listed yet.',
      prompt: 'pencil sketch of {p}, sketchbook page, graphite, hatching###{np}, color',
      params: { steps: 20, cfg_scale: 7 },
      public: false,
      tags: ['sketch'],
      useCount: 3,
    }),
  ]
  for (const s of styles) state.styles.set(s.id, s)
}

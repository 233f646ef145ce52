import type { StoredImage } from '@/lib/studioDb'

/** A stored image record for tests; `blob` defaults to a few bytes standing for a WebP. */
export function makeImage(over: Partial<StoredImage> = {}): StoredImage {
  const prompt = over.prompt ?? 'a lighthouse at dusk ### fog'
  return {
    id: 'gen-1',
    requestLocalId: 'req-1',
    createdAt: Date.UTC(2026, 10, 1),
    state: 'stored',
    blob: new Blob([new Uint8Array([82, 73, 70, 70, 1, 2, 3, 4])], { type: 'image/webp' }),
    sourceUrl: null,
    downloadAttempts: 0,
    prompt,
    payload: {
      prompt,
      params: { width: 512, height: 768, steps: 25, sampler_name: 'k_euler_a', cfg_scale: 7, n: 1 },
      nsfw: false,
      censor_nsfw: true,
      trusted_workers: false,
      slow_workers: true,
      r2: true,
      shared: false,
      models: ['Deliberate'],
    },
    model: 'Deliberate',
    seed: '12345',
    workerId: 'worker-uuid',
    workerName: 'Dreamer One',
    width: 512,
    height: 768,
    metadata: [],
    favourite: 0,
    deletedAt: null,
    ...over,
  }
}

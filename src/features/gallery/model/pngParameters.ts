import type { StoredImage } from '@/lib/studioDb'

type Described = Pick<StoredImage, 'payload' | 'model' | 'seed' | 'width' | 'height' | 'workerName' | 'id'>

/**
 * The image's parameters as Automatic1111 writes them into a PNG's `parameters` text: the prompt, a
 * "Negative prompt:" line, then "Key: value" pairs. LoRAs and TIs are by CivitAI name or id, as sent.
 */
export function a1111Parameters(image: Described): string {
  const p = image.payload.params
  const [positive = '', ...rest] = image.payload.prompt.split('###')
  const negative = rest.join('###').trim()
  const pairs: [string, string | number | undefined][] = [
    ['Steps', p.steps],
    ['Sampler', p.sampler_name],
    ['CFG scale', p.cfg_scale],
    ['Seed', image.seed || p.seed],
    ['Size', `${image.width}x${image.height}`],
    ['Model', image.model],
    ['Karras', p.karras === undefined ? undefined : String(p.karras)],
    ['Clip skip', p.clip_skip],
    ['Hires fix', p.hires_fix ? `denoise ${p.hires_fix_denoising_strength ?? 0.65}` : undefined],
    ['Denoising strength', image.payload.source_image ? p.denoising_strength : undefined],
    ['Post-processing', p.post_processing?.length ? p.post_processing.join(' ') : undefined],
    ['LoRAs', p.loras?.length ? p.loras.map((l) => `${l.name}:${l.model ?? 1}`).join(' ') : undefined],
    ['TIs', p.tis?.length ? p.tis.map((t) => `${t.name}:${t.strength ?? 1}`).join(' ') : undefined],
    ['Worker', image.workerName || undefined],
    ['Generation id', image.id],
    ['Generator', 'AI Horde via Horde Studio'],
  ]
  const settings = pairs
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}: ${String(v).replace(/[\n,]/g, ' ')}`)
    .join(', ')
  return [positive.trim(), negative && `Negative prompt: ${negative}`, settings].filter(Boolean).join('\n')
}

/** The text chunks a downloaded PNG carries: the A1111 line for other tools, the payload for a remix. */
export function pngTextEntries(image: Described): Record<string, string> {
  const { source_image: _s, source_mask: _m, ...payload } = image.payload
  return {
    parameters: a1111Parameters(image),
    'horde-payload': JSON.stringify({ ...payload, params: { ...payload.params, seed: image.seed } }),
  }
}

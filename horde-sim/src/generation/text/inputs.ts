import type { Rule, Schema } from './schema'

// The flask-restx models the text endpoints validate against (horde/apis/models/kobold_v2.py, v2.py).

const bool: Rule = { type: 'boolean' }
const str: Rule = { type: 'string' }
const strings: Rule = { type: 'array', items: str }

/** ModelGenerationInputKobold: sampler knobs, n, max_context_length, max_length. */
export const TEXT_PARAMS: Schema = {
  frmtadsnsp: bool,
  frmtrmblln: bool,
  frmtrmspch: bool,
  frmttriminc: bool,
  rep_pen: { type: 'number', min: 1, max: 3 },
  rep_pen_range: { type: 'integer', min: 0, max: 4096 },
  rep_pen_slope: { type: 'number', min: 0, max: 10 },
  singleline: bool,
  temperature: { type: 'number', min: 0, max: '5.0' },
  tfs: { type: 'number', min: '0.0', max: '1.0' },
  top_a: { type: 'number', min: '0.0', max: '1.0' },
  top_k: { type: 'integer', min: 0, max: 200 },
  top_p: { type: 'number', min: 0.001, max: '1.0' },
  typical: { type: 'number', min: '0.0', max: '1.0' },
  sampler_order: { type: 'array', items: { type: 'integer' } },
  use_default_badwordsids: bool,
  stop_sequence: strings,
  min_p: { type: 'number', min: '0.0', max: '1.0' },
  smoothing_factor: { type: 'number', min: '0.0', max: '10.0' },
  dynatemp_range: { type: 'number', min: '0.0', max: '5.0' },
  dynatemp_exponent: { type: 'number', min: '0.0', max: '5.0' },
  n: { type: 'integer', min: 1, max: 20 },
  max_context_length: { type: 'integer', min: 80, max: 1_048_576 },
  max_length: { type: 'integer', min: 16, max: 4096 },
}

/** GenerationInputKobold */
export const TEXT_GENERATE: Schema = {
  prompt: str,
  params: { type: 'object', fields: TEXT_PARAMS },
  softprompt: { type: 'string', minLength: 1 },
  trusted_workers: bool,
  validated_backends: bool,
  slow_workers: bool,
  workers: strings,
  worker_blacklist: bool,
  models: strings,
  dry_run: bool,
  proxied_account: str,
  extra_source_images: {
    type: 'array',
    items: {
      type: 'object',
      fields: { image: { type: 'string', minLength: 1, required: true }, strength: { type: 'number' } },
    },
  },
  disable_batching: bool,
  allow_downgrade: bool,
  webhook: str,
  style: { type: 'string', minLength: 3, maxLength: 1024 },
  extra_slow_workers: bool,
}

/** PopInputKobold */
export const TEXT_POP: Schema = {
  name: str,
  priority_usernames: strings,
  nsfw: bool,
  models: { type: 'array', items: { type: 'string', minLength: 3, maxLength: 255 } },
  bridge_agent: { type: 'string', maxLength: 1000 },
  threads: { type: 'integer', min: 1, max: 50 },
  require_upfront_kudos: bool,
  amount: { type: 'integer', min: 1, max: 20 },
  extra_slow_worker: bool,
  max_length: { type: 'integer' },
  max_context_length: { type: 'integer' },
  softprompts: strings,
}

/** SubmitInputKobold */
export const TEXT_SUBMIT: Schema = {
  id: { type: 'string', required: true },
  generation: str,
  state: { type: 'string', enum: ['ok', 'censored', 'faulted', 'csam'] },
  gen_metadata: {
    type: 'array',
    items: {
      type: 'object',
      fields: {
        type: { type: 'string', enum: ['censorship'], required: true },
        value: { type: 'string', enum: ['csam'], required: true },
        ref: { type: 'string', maxLength: 255 },
      },
    },
  },
}

/**
 * The pop payload as the server marshals it (ModelPayloadKobold, skip_none): known keys only, and the
 * fields that have a default appear even when the request did not send them.
 */
export function marshalTextPayload(payload: Record<string, unknown>): Record<string, unknown> {
  const defaults: Record<string, unknown> = {
    min_p: 0.0,
    smoothing_factor: 0.0,
    dynatemp_range: 0.0,
    dynatemp_exponent: 1.0,
    max_context_length: 2048,
    max_length: 80,
  }
  const out: Record<string, unknown> = {}
  for (const key of [...Object.keys(TEXT_PARAMS), 'prompt']) {
    const v = payload[key] ?? defaults[key]
    if (v !== undefined && v !== null) out[key] = v
  }
  return out
}

// The body of POST /v2/generate/async: its schema (GenerationInputStable), the parser defaults the server
// applies, and the parameter checks of horde/validation.py ParamValidator + ImageAsyncGenerate.validate.

import { HordeFault } from '../../http/errors'
import type { User } from '../../state'
import {
  baselineOf,
  CONTROL_TYPES,
  CONTROLNET_MODELS,
  POST_PROCESSORS,
  requirementsOf,
  SAMPLERS,
  UPSCALERS,
} from './models'
import { arr, bool, int, num, obj, str, validateSchema, type Schema } from './schema'

export const LORA = obj(
  {
    name: str({ minLength: 1, maxLength: 255 }),
    model: num({ minimum: -5, maximum: 5 }),
    clip: num({ minimum: -5, maximum: 5 }),
    inject_trigger: str({ minLength: 1, maxLength: 30 }),
    is_version: bool,
  },
  ['name'],
)
export const TI = obj(
  {
    name: str({ minLength: 1, maxLength: 255 }),
    inject_ti: str({ enum: ['prompt', 'negprompt'] }),
    strength: num({ minimum: -5, maximum: 5 }),
  },
  ['name'],
)
const PARAMS = obj({
  sampler_name: str({ enum: SAMPLERS }),
  cfg_scale: num({ minimum: 0, maximum: 100 }),
  denoising_strength: num({ minimum: 0.01, maximum: 1 }),
  hires_fix_denoising_strength: num({ minimum: 0.01, maximum: 1 }),
  height: int({ minimum: 64, maximum: 3072, multipleOf: 64 }),
  width: int({ minimum: 64, maximum: 3072, multipleOf: 64 }),
  post_processing: arr(str({ enum: Object.keys(POST_PROCESSORS).sort() }), true),
  karras: bool,
  tiling: bool,
  hires_fix: bool,
  clip_skip: int({ minimum: 1, maximum: 12 }),
  facefixer_strength: num({ minimum: 0, maximum: 1 }),
  loras: arr(LORA),
  tis: arr(TI),
  special: obj({}),
  workflow: str({ enum: ['qr_code'] }),
  transparent: bool,
  seed: str(),
  seed_variation: int({ minimum: 1, maximum: 1000 }),
  control_type: str({ enum: CONTROL_TYPES }),
  image_is_control: bool,
  return_control_map: bool,
  extra_texts: arr(obj({ text: str({ minLength: 1 }), reference: str({ minLength: 3 }) })),
  steps: int({ minimum: 1, maximum: 500 }),
  n: int({ minimum: 1, maximum: 20 }),
})

export const GENERATE_SCHEMA: Schema = obj(
  {
    prompt: str({ minLength: 1 }),
    params: PARAMS,
    nsfw: bool,
    trusted_workers: bool,
    validated_backends: bool,
    slow_workers: bool,
    extra_slow_workers: bool,
    censor_nsfw: bool,
    workers: arr(str()),
    worker_blacklist: bool,
    models: arr(str()),
    source_image: str(),
    source_processing: str({ enum: ['img2img', 'inpainting', 'outpainting', 'remix'] }),
    source_mask: str(),
    extra_source_images: arr(obj({ image: str({ minLength: 1 }), strength: num() })),
    r2: bool,
    shared: bool,
    replacement_filter: bool,
    dry_run: bool,
    proxied_account: str(),
    disable_batching: bool,
    allow_downgrade: bool,
    webhook: str({ minLength: 10, maxLength: 1024 }),
    style: str({ minLength: 3, maxLength: 1024 }),
  },
  ['prompt'],
)

/** The request after the server's parser defaults (horde-api.md §4.1, §23 #1). */
export interface GenerateArgs {
  prompt: string
  params: Record<string, unknown>
  models: string[]
  nsfw: boolean
  censorNsfw: boolean
  trustedWorkers: boolean
  validatedBackends: boolean
  slowWorkers: boolean
  extraSlowWorkers: boolean
  workers: string[]
  workerBlacklist: boolean
  sourceImage: string | null
  sourceProcessing: string
  sourceMask: string | null
  extraSourceImages: Array<{ image: string; strength: number }> | null
  r2: boolean
  shared: boolean
  replacementFilter: boolean
  dryRun: boolean
  proxiedAccount: string | null
  disableBatching: boolean
  allowDowngrade: boolean
  webhook: string | null
  style: string | null
}

export function parseGenerate(body: unknown): GenerateArgs {
  validateSchema(body, GENERATE_SCHEMA)
  const b = body as Record<string, unknown>
  const flag = (name: string, dflt: boolean) => (typeof b[name] === 'boolean' ? (b[name] as boolean) : dflt)
  const text = (name: string) => (typeof b[name] === 'string' ? (b[name] as string) : null)
  return {
    prompt: b.prompt as string,
    params: { ...((b.params as Record<string, unknown> | undefined) ?? {}) },
    models: Array.isArray(b.models) ? [...(b.models as string[])] : ['stable_diffusion'],
    nsfw: flag('nsfw', true),
    censorNsfw: flag('censor_nsfw', true),
    trustedWorkers: flag('trusted_workers', false),
    validatedBackends: flag('validated_backends', false),
    slowWorkers: flag('slow_workers', true),
    extraSlowWorkers: flag('extra_slow_workers', false),
    workers: Array.isArray(b.workers) ? [...(b.workers as string[])] : [],
    workerBlacklist: flag('worker_blacklist', false),
    sourceImage: text('source_image') || null,
    sourceProcessing: text('source_processing') ?? 'img2img',
    sourceMask: text('source_mask') || null,
    extraSourceImages: Array.isArray(b.extra_source_images)
      ? (b.extra_source_images as Array<{ image: string; strength?: number }>).map((e) => ({
          image: e.image,
          strength: e.strength ?? 1,
        }))
      : null,
    r2: flag('r2', true),
    shared: flag('shared', false),
    replacementFilter: flag('replacement_filter', true),
    dryRun: flag('dry_run', false),
    proxiedAccount: text('proxied_account'),
    disableBatching: flag('disable_batching', false),
    allowDowngrade: flag('allow_downgrade', false),
    webhook: text('webhook'),
    style: text('style'),
  }
}

const bad = (rc: string, message: string) => new HordeFault(400, rc, message)

/** ParamValidator.validate_image_params: model-reference warnings, then the parameter rejections. */
export function checkImageParams(
  prompt: string,
  models: string[],
  params: Record<string, unknown>,
): string[] {
  const warnings = new Set<string>()
  const steps = (params.steps as number | undefined) ?? 30
  const cfg = (params.cfg_scale as number | undefined) ?? 7.5
  for (const r of models.map(requirementsOf)) {
    if (r.clip_skip !== undefined && r.clip_skip !== ((params.clip_skip as number | undefined) ?? 1))
      warnings.add('ClipSkipMismatch')
    if (r.min_steps !== undefined && r.min_steps > steps) warnings.add('StepsTooFew')
    if (r.max_steps !== undefined && r.max_steps < steps) warnings.add('StepsTooMany')
    if (r.cfg_scale !== undefined && r.cfg_scale !== cfg) warnings.add('CfgScaleMismatch')
    if (r.min_cfg_scale !== undefined && r.min_cfg_scale > cfg) warnings.add('CfgScaleTooSmall')
    if (r.max_cfg_scale !== undefined && r.max_cfg_scale < cfg) warnings.add('CfgScaleTooLarge')
    if (r.samplers && !r.samplers.includes((params.sampler_name as string | undefined) ?? 'k_euler_a'))
      warnings.add('SamplerMismatch')
    const scheduler = params.karras === false ? 'simple' : 'karras'
    if (r.schedulers && !r.schedulers.includes(scheduler)) warnings.add('SchedulerMismatch')
  }
  const baselines = models.map(baselineOf)
  const family = { flux_1: 'Flux', qwen_image: 'Qwen', z_image_turbo: 'Z-Image' } as const
  for (const [b, name] of Object.entries(family))
    if (baselines.includes(b as never) && params.hires_fix === true)
      throw bad('HiResMismatch', `Hires fix is not available for ${name} models.`)
  const loras = (params.loras as Array<{ name: string; is_version?: boolean }> | undefined) ?? []
  if (loras.length > 5) throw bad('TooManyLoras', 'At most 5 LoRAs can be used in one generation.')
  for (const l of loras)
    if (l.is_version && !/^\d+$/.test(l.name))
      throw bad('BadLoraVersion', 'A LoRA requested by version needs the numeric version ID as its name.')
  if (((params.tis as unknown[] | undefined)?.length ?? 0) > 20)
    throw bad('TooManyTIs', 'At most 20 textual inversions can be used in one generation.')
  if (
    params.transparent === true &&
    baselines.some((b) => !['stable_diffusion_xl', 'stable diffusion 1'].includes(b))
  )
    throw bad('InvalidTransparencyModel', 'Transparent images can only be made with SD 1.5 or SDXL models.')
  if (
    params.workflow === 'qr_code' &&
    !baselines.every((b) => ['stable diffusion 1', 'stable_diffusion_xl'].includes(b))
  )
    throw bad('ControlNetMismatch.', 'The QR code workflow only works with SD 1.5 and SDXL models for now.')
  if (prompt.split(/\s+/).filter(Boolean).length > 7500)
    throw bad('InvalidPromptSize', 'The prompt is too long. Shorten it and try again.')
  if (models.some((m) => m in POST_PROCESSORS))
    throw bad('UnexpectedModelName', 'A post-processor is not a model you can generate with.')
  const pps = (params.post_processing as string[] | undefined) ?? []
  if (pps.filter((p) => UPSCALERS.includes(p)).length > 1)
    throw bad('TooManyUpscalers', 'Only one upscaler can be used at a time.')
  if (typeof params.cfg_scale === 'number' && Math.round(params.cfg_scale * 100) / 100 !== params.cfg_scale)
    throw bad('BadCFGDecimals', 'cfg_scale can have at most 2 decimal places.')
  return [...warnings]
}

/** The checks of ImageAsyncGenerate.validate after the parameter validator, in the server's order. */
export function checkImageRequest(args: GenerateArgs, user: User, clientAgent: string): void {
  const p = args.params
  const models = args.models
  const baselines = models.map(baselineOf)
  // ParamValidator.check_for_special
  for (const model of models) {
    if (!model.includes('horde_special')) continue
    if (!user.special)
      throw new HordeFault(403, 'Forbidden', 'Only special users can request a special model.')
    const parts = model.split('::')
    if (parts.length === 1)
      throw bad('SpecialMissingUsername', "A special model must name its user: 'horde_special::user#id'.")
    if (`${user.username}#${user.id}` !== parts[1])
      throw new HordeFault(403, 'Forbidden', `Only ${parts[1]} can request this model.`)
    if (!p.special) throw bad('SpecialMissingPayload', 'A special model needs a special payload.')
  }
  if (!user.special && p.special) throw bad('BadRequest', 'Only special users can send a special field.')
  if (!args.sourceImage && args.sourceMask)
    throw bad('SourceMaskUnnecessary', 'A source_mask only makes sense together with a source_image.')
  const cn = 'control_type' in p
  if (
    ['normal', 'mlsd', 'hough'].includes(p.control_type as string) &&
    baselines.some((b) => b.startsWith('stable diffusion 2'))
  )
    throw bad('ControlNetUnsupported', 'This ControlNet type has no SD 2.x model.')
  if (cn && models.includes('pix2pix'))
    throw bad('ControlNetUnsupported', 'These models do not take ControlNet.')
  if (cn && !args.sourceImage) throw bad('ControlNetSourceMissing', 'ControlNet needs a source image.')
  if (cn && args.sourceProcessing === 'inpainting')
    throw bad('ControlNetInpaintingMismatch', 'ControlNet cannot be combined with inpainting for now.')
  const cnFamilies: Array<[string, string]> = [
    ['stable_diffusion_xl', 'SDXL'],
    ['stable_cascade', 'Stable Cascade'],
    ['flux_1', 'Flux'],
    ['qwen_image', 'Qwen'],
    ['z_image_turbo', 'Z-Image'],
  ]
  for (const [b, name] of cnFamilies)
    if (cn && baselines.some((x) => x.startsWith(b)))
      throw bad('ControlNetMismatch', `ControlNet is not available for ${name} models yet.`)
  if (p.transparent === true) {
    if (args.extraSourceImages?.length)
      throw bad('InvalidTransparencyImg2Img', 'Transparent images cannot be made from extra source images.')
    if (cn) throw bad('InvalidTransparencyCN', 'Transparent images cannot be made with ControlNet for now.')
  }
  if (args.sourceProcessing === 'remix' && baselines.some((b) => !b.startsWith('stable_cascade')))
    throw bad('InvalidRemix', 'Remix is only available with Stable Cascade models.')
  if (args.extraSourceImages?.length && args.sourceProcessing !== 'remix')
    throw bad('InvalidExtraSourceImages.', 'Extra source images are only accepted for remix requests.')
  const extraTexts = p.extra_texts as Array<{ reference: string }> | undefined
  if (extraTexts?.length && p.workflow !== 'qr_code')
    throw bad('InvalidExtraTexts.', 'Extra texts are only accepted by the QR code workflow.')
  if (p.workflow === 'qr_code') {
    args.disableBatching = true
    if (!extraTexts?.some((t) => t.reference === 'qr_code'))
      throw bad(
        'MissingExtraTexts.',
        "The QR code workflow needs an extra text with the reference 'qr_code'.",
      )
  }
  if (p.init_as_image && p.return_control_map)
    throw bad('ControlNetInvalidPayload', 'A control map cannot be both the input and the output.')
  if (!args.sourceImage && models.some((m) => ['Stable Diffusion 2 Depth', 'pix2pix'].includes(m)))
    throw bad('SourceImageRequiredForModel', 'This model needs a source image.')
  if (!args.sourceImage && models.some((m) => CONTROLNET_MODELS.includes(m)))
    throw bad('UnexpectedModelName', 'A ControlNet model is not a model you can generate with.')
  if (clientAgent === 'My-Project:v0.0.1:My-Contact')
    throw new HordeFault(
      403,
      'BannedClientAgent',
      'This Client-Agent is the documentation example and is refused: send your own name, version and contact.',
    )
}

// Image styles: finding one by id or name (horde/database/functions.py get_style_by_uuid and
// get_style_by_name), showing one (horde/classes/base/style.py get_details marshalled as StyleStable), and
// applying one to a generation (ImageAsyncGenerate.apply_style in horde/apis/v2/stable.py, GenerateTemplate
// in base.py; horde-api.md §18.3).

import { HordeFault } from '../../http/errors'
import type { Requester } from '../../http/auth'
import { alias } from '../../http/auth'
import { sharedKeyDetails } from '../../routes/sharedKeys'
import type { Sim } from '../../sim'
import type { HordeStyle, SharedKey, User } from '../../state'
import { round2 } from '../ledger'
import type { GenerateArgs } from './validate'

const INT4_MAX = 2_147_483_647

/** What Python's uuid.UUID() reads (any case, braces, urn prefix, no hyphens), in canonical form; else null. */
export function canonicalUuid(raw: string): string | null {
  const hex = raw
    .trim()
    .toLowerCase()
    .replace(/^urn:uuid:/, '')
    .replace(/^\{|\}$/g, '')
    .replace(/-/g, '')
  if (!/^[0-9a-f]{32}$/.test(hex)) return null
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** get_style_by_uuid: a style whose id this is; anything else (not a UUID, unknown) finds nothing. */
export function styleByUuid(sim: Sim, raw: string): HordeStyle | undefined {
  const id = canonicalUuid(raw)
  return id ? sim.state.styles.get(id) : undefined
}

/** find_user_by_username: only the number after the last '#' counts. */
function userByAlias(sim: Sim, text: string): User | undefined {
  const last = text.split('#').pop()!.trim()
  if (!/^[+-]?\d+$/.test(last)) return undefined
  const id = Number(last)
  return id >= 0 && id <= INT4_MAX ? sim.state.users.get(id) : undefined
}

/**
 * get_style_by_name. `a::b::name` takes the user from the middle part and the kind from the first
 * (`style`/`collection`); `a::name` takes the kind from `a` when it is `style`/`collection`, else the user.
 * So the unique name `alias::style::name` does not narrow by user at all: its middle part is "style". A user
 * part that names nobody does not narrow either. The first match in creation order wins. The sim has no
 * collections, so a lookup that can only be a collection finds nothing.
 */
export function styleByName(sim: Sim, name: string, onlyStyles = false): HordeStyle | undefined {
  const parts = name.split('::')
  let kind: 'style' | 'collection' | null = onlyStyles ? 'style' : null
  let user: User | undefined
  let wanted = name
  if (parts.length === 3) {
    wanted = parts[2]!
    if (kind === null && (parts[0] === 'collection' || parts[0] === 'style')) kind = parts[0]
    user = userByAlias(sim, parts[1]!)
  }
  if (parts.length === 2) {
    wanted = parts[1]!
    if (parts[0] === 'collection' || parts[0] === 'style') kind ??= parts[0]
    else user = userByAlias(sim, parts[0]!)
  }
  if (kind === 'collection') return undefined
  for (const s of sim.state.styles.values())
    if (s.name === wanted && (!user || s.ownerId === user.id)) return s
  return undefined
}

/** `alias::style::name`, as user details list a user's styles. */
export function uniqueStyleName(sim: Sim, s: HordeStyle): string {
  const owner = sim.state.users.get(s.ownerId)
  return `${owner ? alias(owner) : `#${s.ownerId}`}::style::${s.name}`
}

/** UserDetails.styles: public styles for everyone, all of them for the user and moderators. */
export function userStyles(
  sim: Sim,
  user: User,
  privilege: number,
): Array<{ name: string; id: string; type: string }> {
  return [...sim.state.styles.values()]
    .filter((s) => s.ownerId === user.id && (s.public || privilege >= 1))
    .map((s) => ({ name: uniqueStyleName(sim, s), id: s.id, type: s.type }))
}

// ModelStyleInputParamsStable, the params model a style is marshalled with: unknown keys are dropped, LoRAs and
// TIs get their nested defaults.
const SHOWN_PARAMS = [
  'sampler_name',
  'cfg_scale',
  'denoising_strength',
  'hires_fix_denoising_strength',
  'height',
  'width',
  'post_processing',
  'karras',
  'tiling',
  'hires_fix',
  'clip_skip',
  'facefixer_strength',
  'loras',
  'tis',
  'special',
  'workflow',
  'transparent',
  'steps',
]

const present = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null))

function shownParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of SHOWN_PARAMS) {
    const v = params[key]
    if (v === undefined || v === null) continue
    if (key === 'loras' && Array.isArray(v))
      out.loras = (v as Array<Record<string, unknown>>).map((l) =>
        present({
          name: l.name,
          model: l.model ?? 1,
          clip: l.clip ?? 1,
          inject_trigger: l.inject_trigger,
          is_version: l.is_version ?? false,
        }),
      )
    else if (key === 'tis' && Array.isArray(v))
      out.tis = (v as Array<Record<string, unknown>>).map((t) =>
        present({ name: t.name, inject_ti: t.inject_ti, strength: t.strength ?? 1 }),
      )
    else out[key] = v
  }
  return out
}

/** StyleStable (image) or StyleKobold (text) with skip_none. */
export function styleView(sim: Sim, s: HordeStyle): Record<string, unknown> {
  const owner = sim.state.users.get(s.ownerId)
  const key = s.sharedKeyId ? sim.state.sharedKeys.get(s.sharedKeyId) : undefined
  const view: Record<string, unknown> = {
    name: s.name,
    info: s.info,
    prompt: s.prompt,
    params: s.type === 'image' ? shownParams(s.params) : { ...s.params },
    public: s.public,
    nsfw: s.nsfw,
    tags: [...s.tags],
    models: [...s.models],
    id: s.id,
    use_count: s.useCount,
    ...(owner ? { creator: alias(owner) } : {}),
  }
  if (s.type === 'image') {
    view.examples = s.examples.map((e) => ({ url: e.url, primary: e.primary, id: e.id }))
    if (key) view.shared_key = sharedKeyDetails(sim, key)
  }
  return view
}

/** UserSharedKey.is_valid: [valid, message, rc]. */
export function keyValidity(sim: Sim, key: SharedKey): [true] | [false, string, string] {
  if (key.kudos === 0) return [false, 'This shared key has no kudos left.', 'SharedKeyEmpty']
  if (key.expiry !== null && key.expiry < sim.clock.now())
    return [false, 'This shared key has expired.', 'SharedKeyExpired']
  return [true]
}

/** A key any style points at is for those styles only (UserSharedKey.is_adhoc). */
export function refuseStyleBoundKey(sim: Sim, key: SharedKey | null): void {
  if (!key) return
  for (const s of sim.state.styles.values())
    if (s.sharedKeyId === key.id)
      throw new HordeFault(
        403,
        'SharedKeyAssignedStyles',
        'This shared key is reserved for the styles it was given to and cannot be used on its own.',
      )
}

export interface StyledRequest {
  style: HordeStyle
  /** the models of the style: what the request is queued for (the user's `models` stay for the checks) */
  models: string[]
  /** set when the style's own shared key pays: the key's owner is then the requester, whatever key was sent */
  payer: Requester | null
}

/**
 * Applies `args.style` before any other check, as the server does: rewrites `args.prompt` and `args.params`,
 * and returns the style's models and paying key. The use is recorded at once (use_count, and 2 `styled`
 * kudos plus one `records.style.image` for the owner) and stays recorded even when the request is refused
 * later or is a dry run. The owner is paid even for their own use: the server compares the owner with a
 * requester it has not looked up yet.
 */
export function applyImageStyle(sim: Sim, args: GenerateArgs): StyledRequest | null {
  if (args.style === null) return null
  const style = styleByUuid(sim, args.style) ?? styleByName(sim, args.style)
  if (!style) throw new HordeFault(404, 'StyleNotFound', `No style has the ID or name '${args.style}'.`)
  const key = style.sharedKeyId ? sim.state.sharedKeys.get(style.sharedKeyId) : undefined
  const keyOwner = key ? sim.state.users.get(key.ownerId) : undefined
  const payer = key && keyOwner && keyValidity(sim, key)[0] ? { user: keyOwner, sharedKey: key } : null
  if (style.type !== 'image')
    throw new HordeFault(400, 'BadRequest', 'A text style cannot be used for an image request.')

  const [prompt, given = ''] = splitOnce(args.prompt, '###')
  let negative = given
  if (!style.prompt.includes('###') && negative !== '' && !negative.includes('###'))
    negative = '###' + negative
  args.prompt = style.prompt.replace(/\{(p|np)\}/g, (_, slot: string) => (slot === 'p' ? prompt : negative))

  const userParams = args.params
  const params = structuredClone(style.params)
  params.n = userParams.n ?? 1
  for (const dim of ['width', 'height'])
    if (!(dim in params) && dim in userParams) params[dim] = userParams[dim]
  args.params = params

  style.useCount += 1
  const owner = sim.state.users.get(style.ownerId)
  if (owner) {
    owner.records.style.image += 1
    owner.kudos = round2(owner.kudos + 2)
    owner.kudosDetails.styled = round2(owner.kudosDetails.styled + 2)
    sim.state.ledger.push({
      at: sim.clock.now(),
      userId: owner.id,
      delta: 2,
      reason: 'styled',
      ref: style.id,
    })
  }
  return { style, models: [...style.models], payer }
}

function splitOnce(text: string, sep: string): [string, string?] {
  const at = text.indexOf(sep)
  return at === -1 ? [text] : [text.slice(0, at), text.slice(at + sep.length)]
}

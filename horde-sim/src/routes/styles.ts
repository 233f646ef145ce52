import { Hono, type Context } from 'hono'
import { WARNING_TEXT } from '../generation/image/generate'
import { POST_PROCESSORS, SAMPLERS } from '../generation/image/models'
import { arr, bool, int, num, obj, str, validateSchema, type Schema } from '../generation/image/schema'
import { keyValidity, styleByName, styleByUuid, styleView } from '../generation/image/style'
import { checkImageParams, LORA, TI } from '../generation/image/validate'
import { jsonObject } from '../http/body'
import { alias, APIKEY_HELP, isModerator, userByKey } from '../http/auth'
import { fault, HordeFault, missingArgument } from '../http/errors'
import { pyInt } from '../http/reqparse'
import type { Sim, SimEnv } from '../sim'
import type { HordeStyle, StyleExample, User } from '../state'
import { isProfane, sanitizeText } from '../views/sanitize'
import { crashing, pathParam, ServerCrash } from './crash'
import { sharedKeyById } from './sharedKeys'
import { cachedView } from '../http/cache'

// Image styles and their examples, and reading text styles: horde/apis/v2/styles.py, stable_styles.py and
// kobold_styles.py; horde-api.md §18. Collections and creating or changing text styles are not simulated.

/** ModelStyleInputParamsStable: the generation params without their defaults, plus steps; no n or seed. */
const STYLE_PARAMS = obj({
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
  steps: int({ minimum: 1, maximum: 500 }),
})
const STYLE_FIELDS: Record<string, Schema> = {
  name: str({ minLength: 1, maxLength: 100 }),
  info: str({ minLength: 10, maxLength: 1000 }),
  prompt: str({ minLength: 7 }),
  params: STYLE_PARAMS,
  public: bool,
  nsfw: bool,
  tags: arr(str({ minLength: 1, maxLength: 25 })),
  models: arr(str({ minLength: 1 })),
  sharedkey: str({ minLength: 36, maxLength: 36 }),
}
/** ModelStyleInputStable */
const CREATE_STYLE = obj(STYLE_FIELDS, ['name'])
/** ModelStylePatchStable: nothing required, info from 1 character */
const PATCH_STYLE = obj({ ...STYLE_FIELDS, info: str({ minLength: 1, maxLength: 1000 }) })
/** InputStyleExamplePost, and the PATCH model of the same shape with nothing required */
const EXAMPLE_POST = obj({ url: str(), primary: bool }, ['url', 'primary'])
const EXAMPLE_PATCH = obj({ url: str(), primary: bool })

const NAME_HELP = "The style's name."
const PAGE_HELP = 'The page of results, 25 styles each.'
const PAGE_SIZE = 25

/** What `parsers.style_parser` makes of a body that passed the schema: the create defaults filled in. */
interface StyleArgs {
  name: string
  info: string | undefined
  prompt: string
  params: Record<string, unknown> | undefined
  public: boolean
  nsfw: boolean
  tags: string[] | undefined
  models: string[] | undefined
  sharedkey: string | undefined
}

const bad = (message: string) => new HordeFault(400, 'BadRequest', message)
const forbidden = (message: string) => new HordeFault(403, 'Forbidden', message)
const styleNotFound = (id: string) => new HordeFault(404, 'StyleNotFound', `No style has the ID '${id}'.`)
const exampleNotFound = (id: string) =>
  new HordeFault(404, 'Style exampleNotFound', `No style example has the ID '${id}'.`)
const notYours = (user: User) => forbidden(`This style does not belong to ${alias(user)}.`)
/** A list field marshalled from a dict (`warnings: {}`): one warning with every field null. */
const DICT_AS_WARNINGS = [{ code: null, message: null }]

export function stylesRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>()

  for (const type of ['image', 'text'] as const) {
    r.get(
      `/styles/${type}`,
      cachedView(
        sim,
        type === 'image' ? 30 : 1,
        crashing((c) => c.json(listStyles(c, sim, type))),
        { queryString: true },
      ),
    )
    r.get(
      `/styles/${type}/:id`,
      cachedView(sim, 30, (c) => {
        const id = pathParam(c, 'id')
        const s = styleByUuid(sim, id)
        if (!s) {
          const thing = `${type} style`
          throw new HordeFault(
            404,
            `${thing[0]!.toUpperCase()}${thing.slice(1)}NotFound`,
            `No ${thing} has the ID '${id}'.`,
          )
        }
        return c.json(shown(sim, s, type))
      }),
    )
    r.get(
      `/styles/${type}_by_name/:name`,
      cachedView(sim, 30, (c) => {
        const name = pathParam(c, 'name')
        const s = styleByName(sim, name, true)
        if (!s) throw new HordeFault(404, 'StyleNotFound', `No style is named '${name}'.`)
        return c.json(shown(sim, s, type))
      }),
    )
  }

  r.post('/styles/image', async (c) => {
    const body = await jsonObject(c)
    validateSchema(body, CREATE_STYLE)
    const a = styleArgs(c, body)
    if (a.models === undefined || a.models.length < 1) throw bad('A style needs at least one model.')
    if (a.models.length > 5) throw bad('A style can have at most 5 models.')
    const tags = a.tags ?? []
    if (tags.length > 10) throw bad('A style can have at most 10 tags.')
    const user = keyUser(c, sim, 'create a style')
    if (!user.customizer && !user.trusted)
      throw new HordeFault(
        403,
        'StylesRequiresCustomizer',
        'Creating styles needs the customizer role or a trusted account; ask the moderators for the role.',
      )
    if (user.id === 0)
      throw new HordeFault(403, 'StylesAnonForbidden', 'The anonymous user cannot create styles.')
    const name = clean(a.name, 'style name')
    // StyleTemplate.validate
    let sharedKeyId: string | null = null
    if (a.sharedkey) {
      const key = sharedKeyById(sim, a.sharedkey)
      if (!key) throw bad('There is no shared key with this id.')
      const validity = keyValidity(sim, key)
      if (!validity[0]) throw bad(validity[1])
      sharedKeyId = key.id
    }
    if (user.deleted)
      throw new HordeFault(403, 'DeletedUser', 'This account is scheduled for deletion and disabled.')
    if (nameTaken(sim, user, name))
      throw bad(`${alias(user)} already has a style called '${name}'. Change it with PATCH instead.`)
    const warnings = checkStyle(user, a.prompt, a.models, a.params ?? {})
    const info = a.info !== undefined ? clean(a.info, 'style info') : ''
    const style: HordeStyle = {
      id: sim.random.uuid(),
      type: 'image',
      ownerId: user.id,
      name,
      info,
      prompt: a.prompt,
      params: a.params ?? {},
      public: a.public,
      nsfw: a.nsfw,
      tags: [],
      models: [],
      useCount: 0,
      sharedKeyId,
      examples: [],
      createdAt: sim.clock.now(),
    }
    sim.state.styles.set(style.id, style)
    // The style is stored before its models and tags: a profane one is refused with the style already there.
    style.models = cleanList(a.models, 'style model', 5)
    style.tags = cleanList(tags, 'style tag', 10)
    return c.json({ id: style.id, message: 'OK', warnings })
  })

  /**
   * Owner only. The body is read with the create parser: `name` is required, and an omitted prompt, public or
   * nsfw goes back to its create default ({p}{np}, true, false); omitted tags are cleared. A `sharedkey` is
   * always refused (the handler looks the key up into a field it never reads).
   */
  r.patch('/styles/image/:id', async (c) => {
    const body = await jsonObject(c)
    validateSchema(body, PATCH_STYLE)
    const a = styleArgs(c, body)
    const tags = a.tags?.length ? [...a.tags] : []
    if (tags.length > 10) throw bad('A style can have at most 10 tags.')
    const user = keyUser(c, sim, 'change a style')
    const style = styleByUuid(sim, c.req.param('id'))
    if (!style) throw styleNotFound(c.req.param('id'))
    if (style.ownerId !== user.id) throw notYours(user)
    let models = style.models
    if (a.models?.length) {
      if (a.models.length > 5) throw bad('A style can have at most 5 models.')
      models = [...a.models]
    }
    const name = clean(a.name, 'style name')
    if (a.sharedkey) throw bad('There is no shared key with this id.')
    if (style.name !== name && nameTaken(sim, user, name))
      throw bad(`${alias(user)} already has a style called '${name}'. Pick another name to rename it.`)
    const warnings = checkStyle(user, a.prompt, models, a.params ?? style.params)
    const info = a.info !== undefined ? clean(a.info, 'style info') : style.info
    Object.assign(style, { name, info, public: a.public, nsfw: a.nsfw, prompt: a.prompt })
    if (a.params !== undefined) style.params = a.params
    style.models = cleanList(models, 'style model', 5)
    style.tags = cleanList(tags, 'style tag', 10)
    return c.json({ id: style.id, message: 'OK', warnings })
  })

  r.delete('/styles/image/:id', (c) => {
    const user = keyUser(c, sim, 'delete a style')
    if (user.id === 0)
      throw new HordeFault(403, 'StylesAnonForbidden', 'The anonymous user cannot delete styles.')
    const style = styleByUuid(sim, c.req.param('id'))
    if (!style) throw styleNotFound(c.req.param('id'))
    if (style.ownerId !== user.id && !isModerator(user)) throw notYours(user)
    sim.state.styles.delete(style.id)
    return c.json({ message: 'OK' })
  })

  /**
   * Owner or moderator; at most 4 examples, https only, no URL twice. The first example becomes primary
   * whatever is asked; asking for a primary while none exists reaches a missing previous one (500).
   */
  r.post(
    '/styles/image/:id/example',
    crashing(async (c) => {
      const body = await jsonObject(c)
      validateSchema(body, EXAMPLE_POST)
      if (c.req.header('apikey') === undefined) throw missingArgument('apikey', APIKEY_HELP, 'headers')
      const url = body.url as string
      if (!url.startsWith('https://')) throw bad("An example's url must start with 'https://'.")
      const user = keyUser(c, sim, 'add a style example')
      const style = ownedStyle(sim, user, pathParam(c, 'id'))
      if (style.type === 'text') throw bad('Text styles have no image examples.')
      if (style.examples.length >= 4) throw forbidden('A style can have at most 4 examples.')
      let previous: StyleExample | null = null
      for (const e of style.examples) {
        if (e.url === url) throw bad(`This style already has the example '${url}'.`)
        if (e.primary) previous = e
      }
      let primary = body.primary as boolean
      if (primary) {
        if (!previous) throw new ServerCrash('previous_primary is None')
        previous.primary = false
      } else if (!previous) primary = true
      const example: StyleExample = { id: sim.random.uuid(), url, primary }
      style.examples.push(example)
      return c.json({ id: example.id, message: 'OK', warnings: DICT_AS_WARNINGS })
    }),
  )

  /**
   * The example is looked up among all styles', the style by the path; `url` is needed in practice (its
   * parser default is not a URL) and an omitted `primary` reads as 1: stored as primary without demoting the
   * current one.
   */
  r.patch('/styles/image/:id/example/:exampleId', async (c) => {
    const body = await jsonObject(c)
    validateSchema(body, EXAMPLE_PATCH)
    if (c.req.header('apikey') === undefined) throw missingArgument('apikey', APIKEY_HELP, 'headers')
    const url = typeof body.url === 'string' ? body.url : 'popular'
    const primary: boolean | 1 = typeof body.primary === 'boolean' ? body.primary : 1
    if (!url.startsWith('https://')) throw bad("An example's url must start with 'https://'.")
    const example = exampleById(sim, c.req.param('exampleId'))
    const user = keyUser(c, sim, 'change a style example')
    const style = ownedStyle(sim, user, c.req.param('id'))
    let previous: StyleExample | null = null
    for (const e of style.examples) {
      if (e.id === example.id) continue
      if (e.url === url) throw bad(`This style already has the example '${url}'.`)
      if (e.primary) previous = e
    }
    if (!primary && !previous) throw bad('A style must keep a primary example.')
    if (primary === true && previous) previous.primary = false
    example.primary = !!primary
    example.url = url
    return c.json({ id: example.id, message: 'OK', warnings: DICT_AS_WARNINGS })
  })

  /** Deleting the primary example makes every other example of the style primary. */
  r.delete('/styles/image/:id/example/:exampleId', (c) => {
    if (c.req.header('apikey') === undefined) throw missingArgument('apikey', APIKEY_HELP, 'headers')
    const example = exampleById(sim, c.req.param('exampleId'))
    const user = keyUser(c, sim, 'delete a style example')
    const style = ownedStyle(sim, user, c.req.param('id'))
    if (example.primary) for (const e of style.examples) if (e.id !== example.id) e.primary = true
    for (const s of sim.state.styles.values()) s.examples = s.examples.filter((e) => e.id !== example.id)
    return c.json({ message: 'OK' })
  })

  return r
}

/** GET /styles/{type}: public styles of the type, 25 from offset page − 1 (not (page − 1) × 25). */
function listStyles(c: Context, sim: Sim, type: HordeStyle['type']): Record<string, unknown>[] {
  const page = pyInt('page', PAGE_HELP, c.req.query('page')) ?? 1
  const sort = c.req.query('sort') ?? 'popular'
  const tag = c.req.query('tag')
  const model = c.req.query('model')
  if (sort !== 'popular' && sort !== 'age') throw bad("model_state must be 'popular' or 'age'.")
  const offset = page - 1
  if (offset < 0) throw new ServerCrash('OFFSET must not be negative')
  const styles = [...sim.state.styles.values()].filter(
    (s) =>
      s.type === type &&
      s.public &&
      (tag === undefined || s.tags.includes(tag)) &&
      (model === undefined || s.models.includes(model)),
  )
  if (sort === 'age') styles.sort((a, b) => a.createdAt - b.createdAt)
  else styles.sort((a, b) => b.useCount - a.useCount)
  return styles.slice(offset, offset + PAGE_SIZE).map((s) => styleView(sim, s))
}

/** A style read through the route of the other type is refused. */
function shown(sim: Sim, s: HordeStyle, type: HordeStyle['type']) {
  if (s.type !== type) throw bad(`This is a ${s.type} style, and this route only reads ${type} styles.`)
  return styleView(sim, s)
}

function styleArgs(c: Context, body: Record<string, unknown>): StyleArgs {
  if (c.req.header('apikey') === undefined) throw missingArgument('apikey', APIKEY_HELP, 'headers')
  if (body.name === undefined) throw missingArgument('name', NAME_HELP, 'json')
  return {
    name: body.name as string,
    info: body.info as string | undefined,
    prompt: (body.prompt as string | undefined) ?? '{p}{np}',
    params: body.params as Record<string, unknown> | undefined,
    public: (body.public as boolean | undefined) ?? true,
    nsfw: (body.nsfw as boolean | undefined) ?? false,
    tags: body.tags as string[] | undefined,
    models: body.models as string[] | undefined,
    sharedkey: body.sharedkey as string | undefined,
  }
}

function keyUser(c: Context, sim: Sim, action: string): User {
  const apikey = c.req.header('apikey')
  if (apikey === undefined) throw missingArgument('apikey', APIKEY_HELP, 'headers')
  const user = userByKey(sim, apikey)
  if (!user) throw fault.invalidApiKey(action)
  return user
}

/** The style of an example route: it must exist and be the user's, or the user a moderator. */
function ownedStyle(sim: Sim, user: User, id: string): HordeStyle {
  const style = styleByUuid(sim, id)
  if (!style) throw styleNotFound(id)
  if (style.ownerId !== user.id && !isModerator(user)) throw notYours(user)
  return style
}

function exampleById(sim: Sim, id: string): StyleExample {
  for (const s of sim.state.styles.values()) {
    const e = s.examples.find((x) => x.id === id)
    if (e) return e
  }
  throw exampleNotFound(id)
}

/**
 * The server looks for `alias::style::name`, which its name lookup reads without the user: a style (of any
 * type, of anyone) with this name already blocks it.
 */
function nameTaken(sim: Sim, user: User, name: string): boolean {
  return !!styleByName(sim, `${alias(user)}::style::${name}`)
}

/** ensure_clean: profanity is refused, the rest sanitised. */
function clean(text: string, what: string): string {
  if (isProfane(text)) throw bad(`Profanity is not allowed in the ${what}.`)
  return sanitizeText(text)
}

/** Style.parse_models / parse_tags: each cut to 100 characters and cleaned, the first `max`, no repeats. */
function cleanList(items: string[], what: string, max: number): string[] {
  const out = items.map((x) => clean([...x].slice(0, 100).join(''), what)).slice(0, max)
  return [...new Set(out)]
}

/** ParamValidator on a style: the image param checks (warnings back), special models, the {p}/{np} slots. */
function checkStyle(
  user: User,
  prompt: string,
  models: string[],
  params: Record<string, unknown>,
): Array<{ code: string; message: string }> {
  const warnings = checkImageParams(prompt, models, params)
  for (const model of models) {
    if (!model.includes('horde_special')) continue
    if (!user.special) throw forbidden('Only special users can request a special model.')
    const parts = model.split('::')
    if (parts.length === 1)
      throw new HordeFault(
        400,
        'SpecialMissingUsername',
        "A special model must name its user: 'horde_special::user#id'.",
      )
    if (alias(user) !== parts[1]) throw forbidden(`Only ${parts[1]} can request this model.`)
    if (!params.special)
      throw new HordeFault(400, 'SpecialMissingPayload', 'A special model needs a special payload.')
  }
  if (!prompt.includes('{p}')) throw bad("A style prompt needs a '{p}' where the user's prompt goes.")
  if (!prompt.includes('{np}'))
    throw bad("A style prompt needs a '{np}' where the user's negative prompt goes.")
  return warnings.map((code) => ({ code, message: WARNING_TEXT[code] ?? code }))
}

import { Hono, type Context } from 'hono'
import { int, obj, str, validateSchema } from '../generation/image/schema'
import { jsonObject } from '../http/body'
import { APIKEY_HELP, alias, isModerator, requireUser } from '../http/auth'
import { HordeFault, ValidationFault, fault, missingArgument } from '../http/errors'
import type { Sim, SimEnv } from '../sim'
import type { PromptFilter, User } from '../state'
import { crashing, pathParam, ServerCrash } from './crash'
import { checkPrompt, compiledRegex, CHECKED_TYPES } from './promptCheck'
import { cachedView } from '../http/cache'

const FILTER_TYPE = int({ minimum: 10, maximum: 29 })
const PUT_FILTER = obj({ regex: str(), filter_type: FILTER_TYPE, description: str(), replacement: str() }, [
  'regex',
  'filter_type',
])
const PATCH_FILTER = obj({ regex: str(), filter_type: FILTER_TYPE, description: str(), replacement: str() })

/** The parsers read the required apikey header first: its absence is a 400 before anything else. */
function keyHeader(c: Context): void {
  if (c.req.header('apikey') === undefined) throw missingArgument('apikey', APIKEY_HELP, 'headers')
}

/** reqparse `type=int` on a query argument: a 400 naming the argument, as flask-restx words it. */
function intQuery(c: Context, name: string, help: string): number | undefined {
  const raw = c.req.query(name)
  if (raw === undefined) return undefined
  if (!/^\s*[+-]?\d+\s*$/.test(raw))
    throw new ValidationFault({ [name]: `${help} invalid literal for int() with base 10: '${raw}'` })
  return Number(raw)
}

// horde/apis/v2/base.py: Filters, FilterRegex, FilterSingle (moderators only; §16 of our catalog).
export function filtersRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>()
  /** check_for_mod: 401 for an unknown key, 403 NotModerator for anyone else but the whitelisted. */
  const moderator = (c: Context, action: string, whitelist: string[] = []): User => {
    const user = requireUser(c, sim, action)
    if (!isModerator(user) && !whitelist.includes(alias(user))) throw fault.notModerator(action)
    return user
  }

  /** `contains` is an SQL LIKE on the regex or the description: case-sensitive. A filter_type of 0 is none. */
  r.get('/filters', (c) => {
    keyHeader(c)
    const type = intQuery(c, 'filter_type', 'The filter type.')
    moderator(c, 'list the prompt filters')
    const contains = c.req.query('contains')
    const list = [...sim.state.filters.values()].filter(
      (f) =>
        (!contains || f.regex.includes(contains) || (f.description ?? '').includes(contains)) &&
        (!type || f.filterType === type),
    )
    return c.json(list.map((f) => filterDetails(sim, f, true)))
  })

  /** Adds a filter, or answers the existing one with the same regex and type. The regex is not checked. */
  r.put('/filters', async (c) => {
    const body = await jsonObject(c)
    validateSchema(body, PUT_FILTER)
    const mod = moderator(c, 'add a prompt filter')
    const regex = body.regex as string
    const filterType = body.filter_type as number
    let filter = [...sim.state.filters.values()].find((f) => f.regex === regex && f.filterType === filterType)
    if (!filter) {
      filter = {
        id: sim.state.nextFilterId++,
        regex,
        filterType,
        description: typeof body.description === 'string' ? body.description : null,
        replacement: typeof body.replacement === 'string' ? body.replacement : '',
        userId: mod.id,
      }
      sim.state.filters.set(filter.id, filter)
    }
    return c.json(filterDetails(sim, filter, false))
  })

  /** Scores a prompt as image requests are scored: `{suspicion: "<n>", matches: [...]}`. */
  r.post('/filters', async (c) => {
    const body = await jsonObject(c)
    keyHeader(c)
    if (body.prompt === undefined) {
      throw new ValidationFault({
        prompt: 'The prompt to check. Missing required parameter in the JSON body',
      })
    }
    const only = body.filter_type === undefined || body.filter_type === null ? null : Number(body.filter_type)
    if (only !== null && !Number.isFinite(only)) {
      throw new ValidationFault({
        filter_type: `Only check if it matches a specific type. invalid literal for int() with base 10: '${String(body.filter_type)}'`,
      })
    }
    moderator(c, 'check a prompt against the filters', ['Webhead#1193'])
    const { suspicion, matches } = checkPrompt(
      sim,
      String(body.prompt ?? ''),
      only === null ? null : Math.trunc(only),
    )
    return c.json({ suspicion: String(suspicion), matches })
  })

  /** The joined regex per checked type (10, 11, 20); a type without filters comes without `regex`. */
  r.get('/filters/regex', (c) => {
    keyHeader(c)
    const type = intQuery(c, 'filter_type', 'The filter type.')
    moderator(c, 'read the compiled prompt filters')
    return c.json(
      CHECKED_TYPES.filter((t) => !type || t === type).map((t) => {
        const regex = compiledRegex(sim, t)
        return regex === null ? { filter_type: t } : { filter_type: t, regex }
      }),
    )
  })

  /** A non-numeric id is "not found" before the key is even looked at. */
  r.get(
    '/filters/:id',
    cachedView(sim, 10, (c) => {
      const id = pathParam(c, 'id')
      if (!/^\d+$/.test(id)) throw filterNotFound(id)
      moderator(c, 'read a prompt filter')
      return c.json(filterDetails(sim, findFilter(sim, id), true))
    }),
  )

  /**
   * Only truthy values change anything (an empty description or replacement is no change), and a request
   * with none of them is NoFilterModSelected. The moderator becomes the filter's `user`.
   */
  r.patch(
    '/filters/:id',
    crashing(async (c) => {
      const body = await jsonObject(c)
      validateSchema(body, PATCH_FILTER)
      const mod = moderator(c, 'change a prompt filter')
      const filter = findFilter(sim, pathParam(c, 'id'))
      const { regex, filter_type, description, replacement } = body as {
        regex?: string
        filter_type?: number
        description?: string
        replacement?: string
      }
      if (!filter_type && !regex && !description && !replacement) {
        throw new HordeFault(400, 'NoFilterModSelected', 'The request asked for no change to this filter.')
      }
      filter.userId = mod.id
      if (filter_type) filter.filterType = filter_type
      if (regex) filter.regex = regex
      if (description) filter.description = description
      if (replacement) filter.replacement = replacement
      return c.json(filterDetails(sim, filter, false))
    }),
  )

  r.delete(
    '/filters/:id',
    crashing((c) => {
      moderator(c, 'delete a prompt filter')
      const filter = findFilter(sim, pathParam(c, 'id'))
      sim.state.filters.delete(filter.id)
      return c.json({ message: 'OK' })
    }),
  )

  return r
}

const filterNotFound = (id: string) =>
  new HordeFault(404, 'FilterNotFound', `There is no filter with the id '${id}'.`)

/** PATCH and DELETE query the integer id column with whatever they were given: Postgres fails on text. */
function findFilter(sim: Sim, id: string): PromptFilter {
  if (!/^\s*[+-]?\d+\s*$/.test(id)) throw new ServerCrash('integer id column compared with text')
  const filter = sim.state.filters.get(Number(id))
  if (!filter) throw filterNotFound(id)
  return filter
}

/**
 * `FilterDetails`; the id is a string. Lists and GET drop null fields (skip_none); PUT and PATCH answers keep
 * them, so a filter without description shows `"description": null` there.
 */
function filterDetails(sim: Sim, f: PromptFilter, skipNone: boolean): Record<string, unknown> {
  const user = sim.state.users.get(f.userId)
  const out: Record<string, unknown> = {
    id: String(f.id),
    regex: f.regex,
    filter_type: f.filterType,
    description: f.description,
    replacement: f.replacement,
    user: user ? alias(user) : null,
  }
  if (skipNone) for (const k of Object.keys(out)) if (out[k] === null) delete out[k]
  return out
}

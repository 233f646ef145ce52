import { Hono, type Context } from 'hono'
import { jsonObject } from '../http/body'
import { alias, isModerator, requireUser } from '../http/auth'
import { HordeFault, ValidationFault, fault } from '../http/errors'
import type { Sim, SimEnv } from '../sim'
import type { PromptFilter, User } from '../state'

// horde/apis/v2/base.py: Filters, FilterSingle, FilterRegex (moderators only; §16 of our catalog).
export function filtersRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>()
  const moderator = (c: Context, action: string): User => {
    const user = requireUser(c, sim, action)
    if (!isModerator(user)) throw fault.notModerator(action)
    return user
  }

  r.get('/filters', (c) => {
    moderator(c, 'list prompt filters')
    const type = c.req.query('filter_type')
    const contains = c.req.query('contains')?.toLowerCase()
    const list = [...sim.state.filters.values()].filter(
      (f) =>
        (!type || f.filterType === Number(type)) &&
        (!contains ||
          f.regex.toLowerCase().includes(contains) ||
          (f.description ?? '').toLowerCase().includes(contains)),
    )
    return c.json(list.map((f) => filterDetails(sim, f)))
  })

  r.put('/filters', async (c) => {
    const user = moderator(c, 'add a prompt filter')
    const body = await filterBody(c, true)
    const same = [...sim.state.filters.values()].find(
      (f) => f.regex === body.regex && f.filterType === body.filter_type,
    )
    if (same) return c.json(filterDetails(sim, same))
    const filter: PromptFilter = {
      id: sim.state.nextFilterId++,
      regex: body.regex as string,
      filterType: body.filter_type as number,
      description: body.description ?? null,
      replacement: body.replacement ?? '',
      userId: user.id,
    }
    sim.state.filters.set(filter.id, filter)
    return c.json(filterDetails(sim, filter))
  })

  /** Checks a prompt: suspicion is the number of filter groups (10–11, 20) it matches. */
  r.post('/filters', async (c) => {
    moderator(c, 'check a prompt against the filters')
    const body = await jsonObject(c)
    if (typeof body.prompt !== 'string') {
      throw new ValidationFault({
        prompt: 'The prompt to check. Missing required parameter in the JSON body',
      })
    }
    const prompt = body.prompt
    const only = typeof body.filter_type === 'number' ? body.filter_type : null
    const matches: string[] = []
    const groups = new Set<number>()
    for (const f of sim.state.filters.values()) {
      if (only !== null && f.filterType !== only) continue
      const found = safeRegex(f.regex)?.exec(prompt)
      if (found) {
        matches.push(found[0])
        if (f.filterType === 10 || f.filterType === 11) groups.add(1)
        if (f.filterType === 20) groups.add(2)
      }
    }
    return c.json({ suspicion: String(groups.size), matches })
  })

  r.get('/filters/regex', (c) => {
    moderator(c, 'read the compiled filters')
    const type = c.req.query('filter_type')
    const byType = new Map<number, string[]>()
    for (const f of sim.state.filters.values()) {
      if (type && f.filterType !== Number(type)) continue
      byType.set(f.filterType, [...(byType.get(f.filterType) ?? []), f.regex])
    }
    return c.json([...byType].map(([filter_type, regexes]) => ({ filter_type, regex: regexes.join('|') })))
  })

  r.get('/filters/:id', (c) => {
    moderator(c, 'read a prompt filter')
    return c.json(filterDetails(sim, findFilter(sim, c.req.param('id'))))
  })

  r.patch('/filters/:id', async (c) => {
    const user = moderator(c, 'change a prompt filter')
    const filter = findFilter(sim, c.req.param('id'))
    const body = await filterBody(c, false)
    const changed = Object.values(body).some((v) => v !== undefined)
    if (body.regex !== undefined) filter.regex = body.regex
    if (body.filter_type !== undefined) filter.filterType = body.filter_type
    if (body.description !== undefined) filter.description = body.description
    if (body.replacement !== undefined) filter.replacement = body.replacement
    if (!changed) throw new HordeFault(400, 'NoFilterModSelected', 'No change to this filter was given.')
    filter.userId = user.id
    return c.json(filterDetails(sim, filter))
  })

  r.delete('/filters/:id', (c) => {
    moderator(c, 'delete a prompt filter')
    sim.state.filters.delete(findFilter(sim, c.req.param('id')).id)
    return c.json({ message: 'OK' })
  })

  return r
}

function safeRegex(source: string): RegExp | null {
  try {
    return new RegExp(source, 'i')
  } catch {
    return null
  }
}

function findFilter(sim: Sim, id: string): PromptFilter {
  const filter = /^\d+$/.test(id) ? sim.state.filters.get(Number(id)) : undefined
  if (!filter) throw new HordeFault(404, 'FilterNotFound', `No filter with id ${id}.`)
  return filter
}

interface FilterInput {
  regex?: string
  filter_type?: number
  description?: string
  replacement?: string
}

/** PutNewFilter / PatchExistingFilter: filter_type 10..29; a regex the server cannot compile is refused. */
async function filterBody(c: Context, create: boolean): Promise<FilterInput> {
  const body = await jsonObject(c)
  const errors: Record<string, string> = {}
  if (create && typeof body.regex !== 'string') errors.regex = "'regex' is a required property"
  if (create && body.filter_type === undefined) errors.filter_type = "'filter_type' is a required property"
  const type = body.filter_type
  if (type !== undefined && (typeof type !== 'number' || !Number.isInteger(type) || type < 10 || type > 29)) {
    errors.filter_type = `${JSON.stringify(type)} is not a filter type from 10 to 29`
  }
  for (const f of ['regex', 'description', 'replacement'] as const) {
    if (body[f] !== undefined && typeof body[f] !== 'string')
      errors[f] = `${JSON.stringify(body[f])} is not of type 'string'`
  }
  if (Object.keys(errors).length) throw new ValidationFault(errors)
  if (typeof body.regex === 'string' && safeRegex(body.regex) === null) {
    throw new HordeFault(400, 'BadRequest', 'This regular expression does not compile.')
  }
  const { regex, filter_type, description, replacement } = body as FilterInput
  return { regex, filter_type, description, replacement }
}

function filterDetails(sim: Sim, f: PromptFilter) {
  const user = sim.state.users.get(f.userId)
  return {
    id: String(f.id),
    regex: f.regex,
    filter_type: f.filterType,
    ...(f.description ? { description: f.description } : {}),
    replacement: f.replacement,
    user: user ? alias(user) : '',
  }
}

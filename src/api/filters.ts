import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { hordeFetch } from './client'
import { MessageReply, optionalString } from './schemas'

// /v2/filters (horde-api.md §16): moderators only. Types 10 and 11 form one group of the prompt checker,
// 20 the other; other types (up to 29) are stored but not checked.

export const PromptFilter = z.object({
  id: z.string(),
  regex: z.string(),
  filter_type: z.number(),
  description: optionalString,
  replacement: optionalString,
  user: optionalString,
})
export type PromptFilter = z.infer<typeof PromptFilter>

export interface FilterInput {
  regex: string
  filter_type: number
  description?: string
  replacement?: string
}

export function getFilters(keyId?: string, signal?: AbortSignal): Promise<PromptFilter[]> {
  return hordeFetch('/v2/filters', z.array(PromptFilter), { auth: 'required', keyId, signal })
}

/** Adds a filter; the horde answers with the existing one when the regex and type are already there. */
export function addFilter(input: FilterInput): Promise<PromptFilter> {
  return hordeFetch('/v2/filters', PromptFilter, { method: 'PUT', json: input, auth: 'required' })
}

/** Only non-empty values change anything: an empty description or replacement is no change. */
export function changeFilter(id: string, change: Partial<FilterInput>): Promise<PromptFilter> {
  return hordeFetch(`/v2/filters/${encodeURIComponent(id)}`, PromptFilter, {
    method: 'PATCH',
    json: change,
    auth: 'required',
  })
}

export function deleteFilter(id: string): Promise<{ message: string }> {
  return hordeFetch(`/v2/filters/${encodeURIComponent(id)}`, MessageReply, {
    method: 'DELETE',
    auth: 'required',
  })
}

export const PromptCheck = z.object({ suspicion: z.string(), matches: z.array(z.string()) })

/** The horde's own verdict on a prompt (its regex engine, its normalisation). */
export function checkPromptOnHorde(prompt: string): Promise<z.infer<typeof PromptCheck>> {
  return hordeFetch('/v2/filters', PromptCheck, { method: 'POST', json: { prompt }, auth: 'required' })
}

export const filterQueries = {
  all: () => ['filters'] as const,
  list: (keyId: string) =>
    queryOptions({
      queryKey: [...filterQueries.all(), keyId],
      queryFn: ({ signal }) => getFilters(keyId, signal),
      staleTime: 0,
    }),
}

import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { hordeFetch } from './client'
import { optionalBool, optionalNumber, optionalString } from './schemas'

// GET /v2/styles/image (horde/apis/v2/stable_styles.py, horde-api.md §18): public image styles.

export const ImageStyle = z.object({
  id: z.string(),
  name: z.string(),
  info: optionalString,
  prompt: optionalString,
  models: z.nullish(z.array(z.string())),
  tags: z.nullish(z.array(z.string())),
  nsfw: optionalBool,
  use_count: optionalNumber,
  creator: optionalString,
  examples: z.nullish(z.array(z.object({ url: z.string(), primary: optionalBool }))),
})
export type ImageStyle = z.infer<typeof ImageStyle>

const PAGE_SIZE = 25
const MAX_PAGES = 8

/**
 * The most used public image styles. The horde's page offset moves by one item per page, not by a page
 * (page 2 holds items 2 to 26), so the pages read are 1, 26, 51… to step through the list a page at a time.
 */
export async function imageStyles(signal?: AbortSignal): Promise<ImageStyle[]> {
  const seen = new Map<string, ImageStyle>()
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = 1 + i * PAGE_SIZE
    const styles = await hordeFetch(`/v2/styles/image?sort=popular&page=${page}`, z.array(ImageStyle), {
      simple: true,
      signal,
    })
    for (const s of styles) if (!seen.has(s.id)) seen.set(s.id, s)
    if (styles.length < PAGE_SIZE) break
  }
  return [...seen.values()]
}

export const styleQueries = {
  image: () =>
    queryOptions({
      queryKey: ['styles', 'image'],
      queryFn: ({ signal }) => imageStyles(signal),
      staleTime: 10 * 60_000,
    }),
}

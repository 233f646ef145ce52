import { useState } from 'react'
import { toast } from 'sonner'
import type { ImageInsights } from '@/lib/studioDb'
import { Badge } from '@/ui/Badge'
import { Button } from '@/ui/Button'
import { tagsAsPrompt } from '../model/forms'

const FIRST_TAGS = 12

async function copy(text: string, what: string) {
  try {
    await navigator.clipboard.writeText(text)
    toast.success(`${what} copied`, { id: 'alchemy-copy' })
  } catch {
    toast.error('The browser did not allow copying. Select the text and copy it by hand.', {
      id: 'alchemy-copy',
    })
  }
}

/** What the alchemists said about an image: caption, description, tags with confidence, nsfw, score. */
export function AlchemyInsights({ insights }: { insights: ImageInsights }) {
  const [allTags, setAllTags] = useState(false)
  const tags = insights.tags ?? []
  const shown = allTags ? tags : tags.slice(0, FIRST_TAGS)
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] items-start gap-x-3 gap-y-2 text-sm">
      {insights.caption !== undefined && (
        <>
          <dt className="text-zinc-600 dark:text-zinc-400">Caption</dt>
          <dd className="flex flex-wrap items-center gap-2">
            <span className="break-words">{insights.caption}</span>
            <Button size="sm" variant="ghost" onClick={() => void copy(insights.caption ?? '', 'Caption')}>
              Copy caption
            </Button>
          </dd>
        </>
      )}
      {insights.describe !== undefined && (
        <>
          <dt className="text-zinc-600 dark:text-zinc-400">Description</dt>
          <dd className="break-words">{insights.describe}</dd>
        </>
      )}
      {insights.nsfw !== undefined && (
        <>
          <dt className="text-zinc-600 dark:text-zinc-400">NSFW</dt>
          <dd>
            <Badge tone={insights.nsfw ? 'warn' : 'good'}>{insights.nsfw ? 'NSFW' : 'Not NSFW'}</Badge>
          </dd>
        </>
      )}
      {insights.aesthetic !== undefined && (
        <>
          <dt className="text-zinc-600 dark:text-zinc-400">Aesthetic score</dt>
          <dd>{insights.aesthetic}</dd>
        </>
      )}
      {insights.palette && insights.palette.length > 0 && (
        <>
          <dt className="text-zinc-600 dark:text-zinc-400">Palette</dt>
          <dd className="flex flex-wrap gap-2">
            {insights.palette.map((c) => (
              <span key={c} className="inline-flex items-center gap-1">
                {/^#[0-9a-f]{3,8}$/i.test(c) && (
                  <span
                    aria-hidden="true"
                    className="size-4 rounded border border-zinc-300"
                    style={{ backgroundColor: c }}
                  />
                )}
                {c}
              </span>
            ))}
          </dd>
        </>
      )}
      {tags.length > 0 && (
        <>
          <dt className="text-zinc-600 dark:text-zinc-400">Tags</dt>
          <dd className="grid gap-2">
            <ul aria-label="Tags" className="flex flex-wrap gap-1">
              {shown.map((t) => (
                <li key={`${t.category}-${t.text}`}>
                  <Badge tone={t.category === 'tags' ? 'accent' : 'neutral'}>
                    {t.text} <span className="ml-1 opacity-75">{t.confidence.toFixed(1)}</span>
                  </Badge>
                </li>
              ))}
            </ul>
            <div className="flex flex-wrap gap-2">
              <Button size="sm" variant="secondary" onClick={() => void copy(tagsAsPrompt(tags), 'Tags')}>
                Copy tags as prompt
              </Button>
              {tags.length > FIRST_TAGS && (
                <Button size="sm" variant="ghost" onClick={() => setAllTags(!allTags)}>
                  {allTags ? 'Fewer tags' : `All ${tags.length} tags`}
                </Button>
              )}
            </div>
          </dd>
        </>
      )}
    </dl>
  )
}

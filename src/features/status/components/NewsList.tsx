import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { humanMessage } from '@/api/errors'
import { statusQueries, type Newspiece } from '@/api/status'
import { Badge } from '@/ui/Badge'
import { Button } from '@/ui/Button'
import { ErrorState } from '@/ui/ErrorState'
import { Spinner } from '@/ui/Spinner'
import { newsParts } from '../model/news'

const linkClass =
  'font-medium break-all text-violet-800 underline focus-visible:outline-2 focus-visible:outline-violet-600 dark:text-violet-300'

/** Horde-written text as React text; only http(s) links that parse become anchors. */
function NewsText({ text }: { text: string }) {
  return (
    <p className="mt-1 text-sm whitespace-pre-line">
      {newsParts(text).map((part, i) =>
        part.kind === 'link' ? (
          <a
            key={i}
            href={part.href}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className={linkClass}
          >
            {part.text}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  )
}

function tone(importance: string | null | undefined) {
  if (importance === 'Crisis') return 'bad' as const
  if (importance === 'Upcoming') return 'warn' as const
  return 'neutral' as const
}

function Piece({ piece }: { piece: Newspiece }) {
  return (
    <li className="border-b border-zinc-200 py-3 last:border-0 dark:border-zinc-700">
      <article>
        <h3 className="font-medium">{piece.title || 'News'}</h3>
        <p className="mt-0.5 flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
          {piece.date_published && <time dateTime={piece.date_published}>{piece.date_published}</time>}
          {piece.importance && <Badge tone={tone(piece.importance)}>{piece.importance}</Badge>}
        </p>
        {piece.newspiece && <NewsText text={piece.newspiece} />}
        {(piece.more_info_urls ?? []).length > 0 && (
          <ul className="mt-1 text-sm">
            {(piece.more_info_urls ?? []).map((url) => (
              <li key={url}>
                <NewsText text={url} />
              </li>
            ))}
          </ul>
        )}
      </article>
    </li>
  )
}

export function NewsList() {
  const q = useQuery(statusQueries.news())
  const [all, setAll] = useState(false)
  if (q.isPending) return <Spinner label="Loading the news" />
  if (q.isError) return <ErrorState message={humanMessage(q.error)} onRetry={() => void q.refetch()} />
  if (q.data.length === 0) return <p className="text-sm">The horde has no news.</p>
  const shown = all ? q.data : q.data.slice(0, 3)
  return (
    <>
      <ul>
        {shown.map((piece, i) => (
          <Piece key={`${piece.date_published}-${piece.title}-${i}`} piece={piece} />
        ))}
      </ul>
      {q.data.length > shown.length && (
        <Button variant="secondary" size="sm" onClick={() => setAll(true)}>
          Show all {q.data.length} news
        </Button>
      )}
    </>
  )
}

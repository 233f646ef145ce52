import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { Link } from 'wouter'
import { type HordeError } from '@/api/errors'
import { QueryError } from '@/ui/ErrorState'
import { Spinner } from '@/ui/Spinner'

/** One thing of the horde's on a page of its own: the way back, then loading, the error, or the thing. */
export function DetailPage<T>({
  query,
  back,
  title,
  children,
}: {
  query: UseQueryResult<T, HordeError>
  back: { href: string; label: string }
  /** What the thing is called (“Team”), the heading while it cannot be shown. */
  title: string
  children: (data: T) => ReactNode
}) {
  return (
    <div className="grid gap-4">
      <p className="text-sm">
        <Link href={back.href} className="text-violet-800 underline dark:text-violet-300">
          ← {back.label}
        </Link>
      </p>
      {query.isPending ? (
        <p className="flex items-center gap-2 text-sm">
          <Spinner label={`Loading the ${title.toLowerCase()}`} /> Loading…
        </p>
      ) : query.isError ? (
        <>
          <h1 className="text-2xl font-semibold">{title}</h1>
          <QueryError query={query} />
        </>
      ) : (
        children(query.data)
      )}
    </div>
  )
}

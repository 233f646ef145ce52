import type { ReactNode } from 'react'
import { Link } from 'wouter'
import { cn } from '@/ui/cn'

/** One entry of a list (a worker, a team): its name links to its own page, its badges beside it. */
export function EntryCard({
  name,
  href,
  heading: Heading,
  badges,
  className,
  children,
}: {
  /** Already made text (hordeText): the horde's names are never markup. */
  name: string
  href: string
  heading: 'h2' | 'h3'
  badges: ReactNode
  className?: string
  children: ReactNode
}) {
  return (
    <article
      aria-label={name}
      className={cn(
        'rounded-lg border border-zinc-200 bg-white p-3 shadow-sm dark:border-zinc-700 dark:bg-zinc-900',
        className,
      )}
    >
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <Heading className="min-w-0 text-base font-semibold break-words">
          <Link
            href={href}
            className="text-violet-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-violet-600 dark:text-violet-300"
          >
            {name}
          </Link>
        </Heading>
        {badges}
      </div>
      {children}
    </article>
  )
}

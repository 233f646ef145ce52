import type { ReactNode } from 'react'
import { cn } from './cn'

export const linkClass = 'font-medium text-violet-800 underline dark:text-violet-300'

/** A link to another site: a new tab that gets neither this page nor where the user came from. */
export function ExternalLink({
  href,
  children,
  className,
}: {
  href: string
  children: ReactNode
  className?: string
}) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={cn(linkClass, className)}>
      {children}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  )
}

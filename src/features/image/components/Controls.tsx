import type { ReactNode } from 'react'

/** A titled group of fields; `details` folds it away on small screens until opened. */
export function Section({
  title,
  children,
  folded,
}: {
  title: string
  children: ReactNode
  folded?: boolean
}) {
  const body = <div className="grid gap-3 pt-3">{children}</div>
  if (folded)
    return (
      <details className="group rounded-md border border-zinc-200 p-3 dark:border-zinc-700">
        <summary className="cursor-pointer text-sm font-semibold focus-visible:outline-2 focus-visible:outline-violet-600">
          {title}
        </summary>
        {body}
      </details>
    )
  return (
    <fieldset className="rounded-md border border-zinc-200 p-3 dark:border-zinc-700">
      <legend className="px-1 text-sm font-semibold">{title}</legend>
      {body}
    </fieldset>
  )
}

import type { ReactNode } from 'react'
import { cn } from './cn'

export interface Column {
  label: ReactNode
  /** Figures line up on the right. */
  numeric?: boolean
  className?: string
}

/** A table's header row: each cell a column header for screen readers, in the house's type. */
export function TableHead({ columns, className }: { columns: Column[]; className?: string }) {
  return (
    <thead>
      <tr className={cn('text-left', className)}>
        {columns.map((c, i) => (
          <th key={i} scope="col" className={cn('font-medium', c.numeric && 'text-right', c.className)}>
            {c.label}
          </th>
        ))}
      </tr>
    </thead>
  )
}

import { useState } from 'react'
import type { SharedKeyDetails } from '@/api/sharedKeys'
import { formatKudos } from '@/lib/format'

function limit(value: number | null | undefined, unit: string): string {
  return value === undefined || value === null || value < 0 ? 'no limit' : `${formatKudos(value)} ${unit}`
}

export function SharedKeyLimits({ details }: { details: SharedKeyDetails }) {
  const [now] = useState(() => Date.now())
  const expiry = details.expiry ? new Date(details.expiry) : null
  const expired = expiry !== null && expiry.getTime() < now
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
      <dt className="text-zinc-600 dark:text-zinc-400">Shared key</dt>
      <dd className="break-all">{details.name || 'unnamed'}</dd>
      <dt className="text-zinc-600 dark:text-zinc-400">Kudos left</dt>
      <dd>{details.kudos === -1 ? 'no limit' : limit(details.kudos, 'kudos')}</dd>
      <dt className="text-zinc-600 dark:text-zinc-400">Used</dt>
      <dd>{formatKudos(details.utilized ?? 0)} kudos</dd>
      <dt className="text-zinc-600 dark:text-zinc-400">Expires</dt>
      <dd className={expired ? 'font-medium text-red-700 dark:text-red-400' : undefined}>
        {expiry ? `${expired ? 'expired ' : ''}${expiry.toLocaleString()}` : 'never'}
      </dd>
      <dt className="text-zinc-600 dark:text-zinc-400">Per image</dt>
      <dd>
        {limit(details.max_image_pixels, 'pixels')}, {limit(details.max_image_steps, 'steps')}
      </dd>
      <dt className="text-zinc-600 dark:text-zinc-400">Per text</dt>
      <dd>{limit(details.max_text_tokens, 'tokens')}</dd>
    </dl>
  )
}

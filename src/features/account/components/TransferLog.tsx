import { formatKudos } from '@/lib/format'
import { Badge } from '@/ui/Badge'
import type { KudosTransferRecord } from '@/lib/studioDb'
import { useTransferLog } from '../transferLog'

const RESULT = {
  sent: { label: 'sent', tone: 'good' },
  refused: { label: 'refused', tone: 'bad' },
  unknown: { label: 'no answer', tone: 'warn' },
  sending: { label: 'no answer', tone: 'warn' },
} as const satisfies Record<KudosTransferRecord['result'], { label: string; tone: string }>

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

export function TransferLog() {
  const transfers = useTransferLog()
  if (transfers === undefined) return null
  if (transfers.length === 0)
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">No transfers sent from this browser yet.</p>
    )
  return (
    <ul aria-label="Transfers" className="grid gap-2">
      {transfers.map((t) => {
        const r = RESULT[t.result]
        return (
          <li
            key={t.id}
            className="grid gap-0.5 rounded-md border border-zinc-200 px-3 py-2 text-sm dark:border-zinc-700"
          >
            <p className="flex flex-wrap items-center gap-x-2">
              <span className="break-all">
                <span className="font-medium tabular-nums">{formatKudos(t.amount)} kudos</span> to {t.to}
              </span>{' '}
              <Badge tone={r.tone}>{r.label}</Badge>
            </p>
            <p className="text-xs text-zinc-600 dark:text-zinc-400">
              {when.format(t.at)} · from {t.from}
              {t.message ? ` · ${t.message}` : ''}
            </p>
          </li>
        )
      })}
    </ul>
  )
}

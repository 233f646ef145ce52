import { useEffect, useRef } from 'react'
import { formatKudos } from '@/lib/format'
import { Button } from '@/ui/Button'
import type { TransferPreview } from '../model/transfer'
import { TableHead } from '@/ui/TableHead'

/** Both balances after the transfer, then one deliberate click to send it. */
export function TransferReview({
  preview,
  sending,
  onConfirm,
  onCancel,
}: {
  preview: TransferPreview
  sending: boolean
  onConfirm: () => void
  onCancel: () => void
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  const rows = [preview.sender, preview.recipient]
  return (
    <section
      aria-labelledby="transfer-review"
      className="grid gap-3 rounded-md border border-violet-300 bg-violet-50 p-3 dark:border-violet-700 dark:bg-violet-950"
    >
      <h3 id="transfer-review" ref={heading} tabIndex={-1} className="font-semibold outline-none">
        Send {formatKudos(preview.amount)} kudos to {preview.recipient.username}?
      </h3>
      <table className="w-full text-sm">
        <caption className="sr-only">Balances before and after the transfer</caption>
        <TableHead
          className="text-zinc-600 dark:text-zinc-400"
          columns={[{ label: 'Account' }, { label: 'Now', numeric: true }, { label: 'After', numeric: true }]}
        />
        <tbody>
          {rows.map((r) => (
            <tr key={r.username}>
              <th scope="row" className="py-0.5 text-left font-normal break-all">
                {r.username}
              </th>
              <td className="text-right tabular-nums">{formatKudos(r.before)}</td>
              <td className="text-right font-medium tabular-nums">{formatKudos(r.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-xs text-zinc-700 dark:text-zinc-300">
        A transfer cannot be undone. The recipient’s balance is the horde’s public figure from a moment ago.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button onClick={onConfirm} disabled={sending} aria-busy={sending}>
          {sending ? 'Sending…' : 'Confirm transfer'}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={sending}>
          Change
        </Button>
      </div>
    </section>
  )
}

import { Button } from '@/ui/Button'
import { Card } from '@/ui/Card'
import { Badge } from '@/ui/Badge'
import { useAuditEntries } from '../auditLog'
import { auditExport, auditFileName } from '../model/audit'

function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export default function AuditSection() {
  const entries = useAuditEntries()
  return (
    <Card aria-labelledby="audit-title">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <div>
          <h2 id="audit-title" className="font-semibold">
            Audit log
          </h2>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            Every action taken from this browser, newest first.
          </p>
        </div>
        <Button
          variant="secondary"
          size="sm"
          disabled={!entries?.length}
          onClick={() => download(auditExport(entries ?? []), auditFileName())}
        >
          Export as JSON
        </Button>
      </div>
      {entries === undefined ? null : entries.length === 0 ? (
        <p className="text-sm">Nothing yet.</p>
      ) : (
        <ol className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Actions">
          {entries.map((e) => (
            <li key={e.id} className="grid gap-0.5 py-2 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={e.result === 'done' ? 'good' : e.result === 'failed' ? 'bad' : 'warn'}>
                  {e.result}
                </Badge>
                <span className="font-medium">{e.action}</span>
                <span className="break-all">· {e.target}</span>
              </div>
              <p className="break-words text-zinc-700 dark:text-zinc-300">
                {e.actor} ·{' '}
                <time dateTime={new Date(e.at).toISOString()}>{new Date(e.at).toLocaleString()}</time>
                {e.rc ? ` · rc ${e.rc}` : ''} · {e.detail}
              </p>
            </li>
          ))}
        </ol>
      )}
    </Card>
  )
}

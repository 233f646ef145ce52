import { failureWords } from '@/features/requests'
import { Button } from '@/ui/Button'
import { ErrorState } from '@/ui/ErrorState'
import { Spinner } from '@/ui/Spinner'
import { acceptGeneration, cancelPending, dropPending } from '../actions'
import { useTextRequest } from '../docs'
import type { TextDoc } from '../model/doc'
import { useTextSettings } from '../store'
import { OriginLine } from './OriginLine'

/** The generation in flight: progress and Cancel; then the candidates to pick from, or what went wrong. */
export function PendingPanel({ doc }: { doc: TextDoc }) {
  const r = useTextRequest(doc.pending?.requestLocalId)
  const models = useTextSettings((s) => s.models)
  if (!doc.pending) return null
  const failure = r?.error ? failureWords(r.error, 'text') : null
  const active = !r || r.state === 'submitting' || r.state === 'waiting' || r.state === 'processing'
  if (active) {
    const c = r?.check
    return (
      <div className="flex flex-wrap items-center gap-3 rounded-md border border-zinc-200 p-3 text-sm dark:border-zinc-700">
        <Spinner label="Generating" />
        <p role="status" aria-label="Generation progress">
          {!r || r.state === 'submitting'
            ? 'Sending…'
            : !c
              ? 'Waiting for the horde…'
              : c.processing > 0
                ? `A worker is writing${c.wait_time ? ` · about ${c.wait_time} s` : ''}`
                : `In the queue at position ${c.queue_position} · about ${c.wait_time} s`}
          {r && r.failures > 0 && failure && ` (${failure.message}; trying again)`}
        </p>
        <Button
          variant="secondary"
          size="sm"
          className="ml-auto"
          onClick={() => void cancelPending(doc)}
          disabled={!r?.hordeId}
        >
          Cancel
        </Button>
      </div>
    )
  }
  if (r.generations.length > 1) {
    return (
      <section aria-label="Candidates" className="grid gap-2">
        <h3 className="text-sm font-medium">
          {r.generations.length} candidates
          {r.state === 'cancelled' ? ' (cancelled; these were finished)' : ''}: pick one
        </h3>
        <ol className="grid gap-2">
          {r.generations.map((g, i) => (
            <li key={i} className="grid gap-2 rounded-md border border-zinc-200 p-3 dark:border-zinc-700">
              <p className="whitespace-pre-wrap break-words text-sm">{g.text}</p>
              <div className="flex flex-wrap items-center gap-2">
                <OriginLine
                  origin={{
                    model: g.model ?? '',
                    workerName: g.worker_name ?? '',
                    workerId: g.worker_id ?? '',
                  }}
                />
                <Button
                  size="sm"
                  className="ml-auto"
                  onClick={() => void acceptGeneration(doc.id, r.localId, g, { models })}
                >
                  Use candidate {i + 1}
                </Button>
              </div>
            </li>
          ))}
        </ol>
        <Button
          variant="ghost"
          size="sm"
          className="justify-self-start"
          onClick={() => void dropPending(doc.id)}
        >
          Discard all
        </Button>
      </section>
    )
  }
  if (r.state === 'failed' || r.state === 'faulted') {
    return (
      <div className="grid gap-2">
        <ErrorState message={failure?.message ?? 'The generation failed.'} detail={failure?.detail} />
        <Button
          variant="secondary"
          size="sm"
          className="justify-self-start"
          onClick={() => void dropPending(doc.id)}
        >
          Dismiss
        </Button>
      </div>
    )
  }
  return null
}

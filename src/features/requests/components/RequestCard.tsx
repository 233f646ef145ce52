import type { TrackedRequest } from '@/lib/studioDb'
import { formatKudos, plural } from '@/lib/format'
import { BlobImage } from '@/ui/BlobImage'
import { Button } from '@/ui/Button'
import { failureWords } from '../failureWords'
import { cancelRequest, dismissRequest, submitImageRequest } from '../lifecycle/image'
import { isActive, RequestCardShell } from './RequestCardShell'
import { useRequestImages } from '../useRequestImages'
import { TimeoutCountdown, timeoutSeconds } from './TimeoutCountdown'

/** One request's life: queue, jobs, worker warnings, errors in plain words, its images as they arrive. */
export function RequestCard({
  request,
  onEdit,
  onOpen,
}: {
  request: TrackedRequest
  /** "Edit and retry": puts the parameters back in the composer. */
  onEdit?: (payload: TrackedRequest['payload']) => void
  /** Opens one of its images (the index among `useRequestImages`) in a viewer. */
  onOpen?: (requestLocalId: string, index: number) => void
}) {
  const images = useRequestImages(request.localId)
  const c = request.check
  const n = c ? Math.max(c.finished + c.processing + c.waiting, 1) : (request.payload.params.n ?? 1)
  const { width, height } = request.payload.params
  const active = isActive(request.state)
  const failure = request.error && failureWords(request.error, 'image')
  const failed = request.state === 'failed' || request.state === 'faulted'
  const prompt = request.payload.prompt.split('###')[0]!.trim() || 'no prompt'

  return (
    <RequestCardShell
      request={request}
      title={request.payload.prompt}
      processing="Generating"
      meta={
        <>
          {plural(n, { one: 'image', other: 'images' })} · {request.payload.models.join(', ') || 'any model'}
          {width && height ? ` · ${width}×${height}` : ''}
        </>
      }
      onCancel={cancelRequest}
      cancelled="Request cancelled; finished images are kept."
      onDismiss={dismissRequest}
      footer={c && <span>{formatKudos(c.kudos)} kudos</span>}
      actions={
        failed && (
          <>
            <Button size="sm" variant="secondary" onClick={() => void submitImageRequest(request.payload)}>
              Retry
            </Button>
            {onEdit && (
              <Button size="sm" variant="secondary" onClick={() => onEdit(request.payload)}>
                Edit and retry
              </Button>
            )}
          </>
        )
      }
    >
      {c && active && (
        <dl className="grid grid-cols-3 gap-2 text-xs" aria-label="Progress">
          <div>
            <dt className="text-zinc-600 dark:text-zinc-400">Queue position</dt>
            <dd className="font-medium">{c.queue_position}</dd>
          </div>
          <div>
            <dt className="text-zinc-600 dark:text-zinc-400">Wait</dt>
            <dd className="font-medium">{c.wait_time} s</dd>
          </div>
          <div>
            <dt className="text-zinc-600 dark:text-zinc-400">Jobs</dt>
            <dd className="font-medium">
              {c.finished} done, {c.processing} running, {c.waiting} waiting
              {c.restarted > 0 && `, ${c.restarted} restarted`}
            </dd>
          </div>
        </dl>
      )}
      {c && active && (
        <progress
          className="h-1.5 w-full accent-violet-700"
          max={n}
          value={c.finished}
          aria-label="Images finished"
        />
      )}
      {c && active && !c.is_possible && (
        <p role="status" className="text-sm text-amber-800 dark:text-amber-300">
          No worker can serve this request now. It stays queued; cancel it or change the model or size.
        </p>
      )}
      {request.warnings.map((w) => (
        <p key={w} className="text-sm text-amber-800 dark:text-amber-300">
          {w}
        </p>
      ))}
      {request.error && failure && (
        <div role={active ? 'status' : 'alert'} className="text-sm text-red-800 dark:text-red-300">
          <p>
            {active ? `Retrying: ${failure.message}` : failure.message}
            {failure.rc && <span className="ml-1 text-xs opacity-75">({failure.rc})</span>}
          </p>
          {failure.rc === 'TimeoutIP' && timeoutSeconds(failure.detail) !== null ? (
            <p className="text-xs">
              <TimeoutCountdown since={request.error.at} seconds={timeoutSeconds(failure.detail) ?? 0} />
            </p>
          ) : (
            failure.detail && <p className="text-xs">The horde said: {failure.detail}</p>
          )}
        </div>
      )}

      {images && images.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label="Images">
          {images.map((img, index) => (
            <li key={img.id}>
              {img.blob && onOpen ? (
                <button
                  type="button"
                  onClick={() => onOpen(request.localId, index)}
                  aria-label={`Open image: ${prompt} (seed ${img.seed || 'unknown'})`}
                  className="block rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-600"
                >
                  <BlobImage blob={img.blob} alt="" className="size-16 rounded object-cover" />
                </button>
              ) : img.blob ? (
                <BlobImage
                  blob={img.blob}
                  alt={`Image, seed ${img.seed || 'unknown'}`}
                  className="size-16 rounded object-cover"
                />
              ) : (
                <span className="grid size-16 place-items-center rounded bg-zinc-100 text-xs dark:bg-zinc-800">
                  {img.state === 'failed' ? 'failed' : '…'}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {images && images.length > 0 && (
        <details className="text-xs">
          <summary className="cursor-pointer text-zinc-700 dark:text-zinc-300">Jobs</summary>
          <ul className="mt-1 grid gap-1">
            {images.map((img) => (
              <li key={img.id} className="break-all">
                Seed {img.seed || '?'} · {img.model || '?'} · worker {img.workerName || '?'}{' '}
                <span className="text-zinc-600 dark:text-zinc-400">({img.workerId || 'unknown id'})</span>
                {img.state === 'censored' && (
                  <span className="ml-1 font-medium text-amber-800 dark:text-amber-300">censored</span>
                )}
                {img.state === 'failed' && (
                  <span className="ml-1 font-medium text-red-800 dark:text-red-300">download failed</span>
                )}
                {img.metadata.length > 0 && (
                  <span className="ml-1 text-zinc-600 dark:text-zinc-400">
                    {img.metadata.map((m) => `${m.type}: ${m.value}`).join(', ')}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}

      {failed && (
        <details className="text-xs">
          <summary className="cursor-pointer text-zinc-700 dark:text-zinc-300">Parameters sent</summary>
          <pre className="mt-1 max-h-48 overflow-auto rounded bg-zinc-100 p-2 whitespace-pre-wrap dark:bg-zinc-800">
            {JSON.stringify({ ...request.payload, source_image: undefined, source_mask: undefined }, null, 2)}
          </pre>
        </details>
      )}
    </RequestCardShell>
  )
}

import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { toast } from 'sonner'
import { cancelAlchemyRequest, dismissAlchemyRequest } from '@/features/requests'
import { db, type TrackedAlchemyRequest } from '@/lib/studioDb'
import { Badge } from '@/ui/Badge'
import { BlobImage } from '@/ui/BlobImage'
import { Button } from '@/ui/Button'
import { ErrorState } from '@/ui/ErrorState'
import { AlchemyInsights } from './AlchemyInsights'

type Tone = 'neutral' | 'good' | 'warn' | 'bad' | 'accent'

const STATE_LABEL: Record<string, { text: string; tone: Tone }> = {
  submitting: { text: 'Sending', tone: 'neutral' },
  waiting: { text: 'Waiting', tone: 'neutral' },
  processing: { text: 'Processing', tone: 'accent' },
  downloading: { text: 'Downloading', tone: 'accent' },
  done: { text: 'Done', tone: 'good' },
  faulted: { text: 'Faulted', tone: 'bad' },
  cancelled: { text: 'Cancelled', tone: 'warn' },
  failed: { text: 'Failed', tone: 'bad' },
}

const ACTIVE = new Set(['submitting', 'waiting', 'processing', 'downloading'])

export const stateLabel = (state: string) => STATE_LABEL[state] ?? { text: state, tone: 'neutral' as Tone }

/** One alchemy request: each form's state, the words found, the images made, errors in plain words. */
export function AlchemyRequestCard({ request }: { request: TrackedAlchemyRequest }) {
  const imageIds = request.forms.map((f) => f.imageId).filter((id): id is string => !!id)
  const images = useLiveQuery(
    async () => (await db.images.bulkGet([request.sourceImageId, ...imageIds])).map((i) => i ?? null),
    [request.sourceImageId, imageIds.join(',')],
  )
  const [busy, setBusy] = useState(false)
  const [source, ...made] = images ?? []
  const state = stateLabel(request.state)
  const active = ACTIVE.has(request.state)
  const headingId = `alchemy-${request.localId}`

  const cancel = async () => {
    setBusy(true)
    try {
      await cancelAlchemyRequest(request.localId)
      toast.success('Alchemy cancelled; finished forms are kept.', { id: `cancel-${request.localId}` })
    } catch {
      toast.error('The horde did not confirm the cancel. Try again.', { id: `cancel-${request.localId}` })
    } finally {
      setBusy(false)
    }
  }

  return (
    <li
      aria-labelledby={headingId}
      className="grid gap-3 rounded-lg border border-zinc-200 bg-white p-3 shadow-sm dark:border-zinc-700 dark:bg-zinc-900"
    >
      <div className="flex items-start gap-3">
        {source?.blob ? (
          <BlobImage
            blob={source.blob}
            alt=""
            className="size-16 shrink-0 rounded object-cover"
            width={64}
            height={64}
          />
        ) : null}
        <div className="grid min-w-0 flex-1 gap-1">
          <h3 id={headingId} className="text-sm font-medium break-words">
            Alchemy of {request.sourceLabel}
          </h3>
          <div className="flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
            <Badge tone={state.tone}>{state.text}</Badge>
            <span>
              {request.sourceWidth} × {request.sourceHeight}
            </span>
            <span>{new Date(request.createdAt).toLocaleTimeString()}</span>
          </div>
        </div>
        {active ? (
          <Button
            size="sm"
            variant="secondary"
            disabled={busy || !request.hordeId}
            onClick={() => void cancel()}
          >
            Cancel
          </Button>
        ) : (
          <Button
            size="sm"
            variant="ghost"
            onClick={() => void dismissAlchemyRequest(request.localId)}
            title="Remove from this list; results stay in the gallery"
          >
            Dismiss
          </Button>
        )}
      </div>
      <ul aria-label="Forms" className="flex flex-wrap gap-1.5">
        {request.forms.map((f) => {
          const s = stateLabel(f.state)
          return (
            <li key={f.name}>
              <Badge tone={s.tone}>
                {f.name}: {s.text}
              </Badge>
            </li>
          )
        })}
      </ul>
      {request.error && (
        <ErrorState
          message={
            request.failures > 0 && active
              ? `${request.error.message} Trying again by itself (${request.failures}).`
              : request.error.message
          }
          detail={request.error.detail}
        />
      )}
      {request.insights && <AlchemyInsights insights={request.insights} />}
      {request.forms.some((f) => f.text) && (
        <div className="grid gap-1 text-sm">
          {request.forms
            .filter((f) => f.text)
            .map((f) => (
              <p key={f.name} className="break-words">
                <span className="font-medium">{f.name}:</span>{' '}
                <span className="text-zinc-700 dark:text-zinc-300">
                  {f.text!.length > 300 ? `${f.text!.slice(0, 300)}…` : f.text}
                </span>
              </p>
            ))}
        </div>
      )}
      {made.some(Boolean) && (
        <ul aria-label="Images made" className="flex flex-wrap gap-3">
          {made.map((image) =>
            image?.blob ? (
              <li key={image.id} className="grid max-w-48 gap-1 text-xs">
                <BlobImage
                  blob={image.blob}
                  alt={image.note ?? 'Processed image'}
                  className="max-h-40 w-auto rounded object-contain"
                  width={image.width}
                  height={image.height}
                />
                <span className="break-words">
                  {image.derivedFrom?.form} — {image.width} × {image.height}
                </span>
              </li>
            ) : null,
          )}
          <li className="self-end text-sm">
            <a href="#/gallery" className="text-violet-700 underline dark:text-violet-300">
              Open the gallery
            </a>
          </li>
        </ul>
      )}
    </li>
  )
}

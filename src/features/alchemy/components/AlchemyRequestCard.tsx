import { useLiveQuery } from 'dexie-react-hooks'
import {
  cancelAlchemyRequest,
  dismissAlchemyRequest,
  failureWords,
  isActive,
  RequestCardShell,
  stateLabel,
} from '@/features/requests'
import { db, type TrackedAlchemyRequest } from '@/lib/studioDb'
import { Badge } from '@/ui/Badge'
import { BlobImage } from '@/ui/BlobImage'
import { ErrorState } from '@/ui/ErrorState'
import { AlchemyInsights } from './AlchemyInsights'

/** One alchemy request: each form's state, the words found, the images made, errors in plain words. */
export function AlchemyRequestCard({ request }: { request: TrackedAlchemyRequest }) {
  const imageIds = request.forms.map((f) => f.imageId).filter((id): id is string => !!id)
  const images = useLiveQuery(
    async () => (await db.images.bulkGet([request.sourceImageId, ...imageIds])).map((i) => i ?? null),
    [request.sourceImageId, imageIds.join(',')],
  )
  const [source, ...made] = images ?? []
  const failure = request.error && failureWords(request.error, 'alchemy')

  return (
    <RequestCardShell
      request={request}
      title={`Alchemy of ${request.sourceLabel}`}
      titleAs="h3"
      media={
        source?.blob ? (
          <BlobImage
            blob={source.blob}
            alt=""
            className="size-16 shrink-0 rounded object-cover"
            width={64}
            height={64}
          />
        ) : null
      }
      meta={
        <span className="flex flex-wrap gap-2">
          <span>
            {request.sourceWidth} × {request.sourceHeight}
          </span>
          <span>{new Date(request.createdAt).toLocaleTimeString()}</span>
        </span>
      }
      onCancel={cancelAlchemyRequest}
      cancelled="Alchemy cancelled; finished forms are kept."
      onDismiss={dismissAlchemyRequest}
    >
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
      {failure && (
        <ErrorState
          message={
            request.failures > 0 && isActive(request.state)
              ? `${failure.message} Trying again by itself (${request.failures}).`
              : failure.message
          }
          detail={failure.detail}
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
    </RequestCardShell>
  )
}

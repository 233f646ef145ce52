import { useState, type ReactNode } from 'react'
import { toast } from 'sonner'
import type { RequestState } from '@/lib/studioDb'
import { Badge } from '@/ui/Badge'
import { Button } from '@/ui/Button'

type Tone = 'neutral' | 'good' | 'warn' | 'bad' | 'accent'

const STATE_LABEL: Record<RequestState, { text: string; tone: Tone }> = {
  submitting: { text: 'Sending', tone: 'neutral' },
  waiting: { text: 'Waiting', tone: 'neutral' },
  processing: { text: 'Processing', tone: 'accent' },
  downloading: { text: 'Downloading', tone: 'accent' },
  done: { text: 'Done', tone: 'good' },
  faulted: { text: 'Faulted', tone: 'bad' },
  cancelled: { text: 'Cancelled', tone: 'warn' },
  failed: { text: 'Failed', tone: 'bad' },
}

/** A request's (or an alchemy form's) state in a word and a colour; unknown horde words as they are. */
export const stateLabel = (state: string, processing = 'Processing') =>
  state === 'processing'
    ? { text: processing, tone: 'accent' as Tone }
    : (STATE_LABEL[state as RequestState] ?? { text: state, tone: 'neutral' as Tone })

const ACTIVE = new Set<RequestState>(['submitting', 'waiting', 'processing', 'downloading'])
export const isActive = (state: RequestState) => ACTIVE.has(state)

interface RequestCardShellProps {
  request: { localId: string; hordeId: string | null; state: RequestState }
  /** What the request is about: its prompt, its source. Names the card. */
  title: ReactNode
  titleAs?: 'p' | 'h3'
  /** The word for 'processing' (images are "Generating"). */
  processing?: string
  /** Beside the title: a thumbnail of the source. */
  media?: ReactNode
  /** Under the title: size, models, time. */
  meta?: ReactNode
  onCancel: (localId: string) => Promise<void>
  /** Said once the horde confirmed the cancel. */
  cancelled: string
  onDismiss: (localId: string) => unknown
  /** More actions on a finished request (retry, edit). */
  actions?: ReactNode
  /** Left of the actions (the kudos spent). */
  footer?: ReactNode
  children?: ReactNode
}

/** One request's card: its name and state, its body, and Cancel (keeping what finished) or Dismiss. */
export function RequestCardShell(props: RequestCardShellProps) {
  const { request, title, titleAs: Title = 'p', processing, media, meta, children } = props
  const [busy, setBusy] = useState(false)
  const state = stateLabel(request.state, processing)
  const active = isActive(request.state)
  const headingId = `request-${request.localId}`

  async function cancel() {
    setBusy(true)
    try {
      await props.onCancel(request.localId)
      toast.success(props.cancelled, { id: `cancel-${request.localId}` })
    } catch {
      toast.error('The horde did not confirm the cancel. Try again.', { id: `cancel-${request.localId}` })
    } finally {
      setBusy(false)
    }
  }

  return (
    <li
      aria-labelledby={headingId}
      className="grid gap-2 rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-700 dark:bg-zinc-900"
    >
      <div className="flex items-start gap-3">
        {media}
        <div className="grid min-w-0 flex-1 gap-1">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <Title id={headingId} className="line-clamp-2 min-w-0 flex-1 text-sm font-medium break-words">
              {title}
            </Title>
            <Badge tone={state.tone}>{state.text}</Badge>
          </div>
          {meta && <div className="text-xs text-zinc-600 dark:text-zinc-400">{meta}</div>}
        </div>
      </div>
      {children}
      <div className="flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
        {props.footer}
        <span className="ml-auto flex gap-2">
          {active && (
            <Button
              size="sm"
              variant="secondary"
              disabled={busy || !request.hordeId}
              onClick={() => void cancel()}
            >
              Cancel
            </Button>
          )}
          {!active && props.actions}
          {!active && (
            <Button
              size="sm"
              variant="ghost"
              onClick={() => void props.onDismiss(request.localId)}
              title="Remove from this list; results stay in the gallery"
            >
              Dismiss
            </Button>
          )}
        </span>
      </div>
    </li>
  )
}

import { useState } from 'react'
import { useActiveKey, useMe } from '@/api/session'
import { failureWords, submitAlchemyRequest } from '@/features/requests'
import { formatKudos } from '@/lib/format'
import { Button } from '@/ui/Button'
import { buildAlchemyPayload, choiceProblems, estimateKudos, fitPixels } from '../model/forms'
import { sourceImageFor } from '../source'
import { useAlchemy } from '../store'

interface SendPanelProps {
  served: Map<string, number> | undefined
}

/** Who pays, the cost, why Send is off, and Send. */
export function SendPanel({ served }: SendPanelProps) {
  const source = useAlchemy((s) => s.source)
  const forms = useAlchemy((s) => s.forms)
  const active = useActiveKey()
  const owner = useMe()
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const problems = choiceProblems(forms, source !== null)
  if (!active) problems.push('Choose an API key first (alchemy needs one).')
  else if (active.kind === 'shared') {
    problems.push('Alchemy needs your own API key: the horde refuses shared keys here.')
  }
  const unserved = served ? forms.filter((f) => !served.get(f)) : []
  const sent = source ? (source.url ? source : fitPixels(source.width, source.height)) : null
  const scaled = source && sent && !source.url && sent.width !== source.width
  const kudos = sent ? estimateKudos(forms, sent.width, sent.height) : null

  const send = async () => {
    if (!source || problems.length > 0) return
    setSending(true)
    setError(null)
    try {
      const prepared = await sourceImageFor(source)
      const payload = buildAlchemyPayload(prepared.sourceImage, forms)
      const record = await submitAlchemyRequest(payload, source)
      // A refusal is shown on the request itself, below; the choice stays as it was.
      if (record.state === 'failed')
        setError(
          record.error ? failureWords(record.error, 'alchemy').message : 'The horde refused the request.',
        )
      // On a phone the requests are far below the forms: bring them into view.
      document.getElementById('alchemy-requests')?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' })
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The request could not be sent.')
    } finally {
      setSending(false)
    }
  }

  return (
    <div className="grid gap-2 border-t border-zinc-200 pt-3 text-sm dark:border-zinc-700">
      {scaled && sent && (
        <p role="note" className="text-zinc-700 dark:text-zinc-300">
          The horde takes at most 3072 × 3072 pixels: the image is sent scaled down to {sent.width} ×{' '}
          {sent.height}.
        </p>
      )}
      {unserved.length > 0 && (
        <p role="note" className="text-amber-800 dark:text-amber-300">
          No alchemist serves {unserved.join(', ')} now: {unserved.length === 1 ? 'it waits' : 'they wait'}{' '}
          until one does (the horde keeps a request 20 minutes).
        </p>
      )}
      {problems.length > 0 && (
        <ul aria-label="Why Send is off" className="list-disc pl-5 text-zinc-700 dark:text-zinc-300">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={() => void send()} disabled={sending || problems.length > 0}>
          {sending ? 'Sending…' : 'Send to the alchemists'}
        </Button>
        <span>{active ? <>as {owner.data?.username ?? active.label}</> : null}</span>
        <p role="status" aria-label="Estimated cost" className="ml-auto font-medium">
          {kudos !== null && forms.length > 0 ? `≈ ${formatKudos(kudos)} kudos` : ''}
        </p>
      </div>
    </div>
  )
}

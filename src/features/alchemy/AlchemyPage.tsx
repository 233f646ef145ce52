import { useQuery } from '@tanstack/react-query'
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useMemo } from 'react'
import { workerQueries } from '@/api/workers'
import { humanMessage } from '@/api/errors'
import { db } from '@/lib/studioDb'
import { Card } from '@/ui/Card'
import { Spinner } from '@/ui/Spinner'
import { AlchemyRequestCard } from './components/AlchemyRequestCard'
import { FormPicker } from './components/FormPicker'
import { SendPanel } from './components/SendPanel'
import { SourcePicker } from './components/SourcePicker'
import { keepAlchemyDraft } from './draft'
import { servedForms } from './model/forms'
import { plural } from '@/lib/format'

/** Alchemy: captions, tags, nsfw checks, upscaling, face fixing and background removal by the alchemists. */
export default function AlchemyPage() {
  useEffect(keepAlchemyDraft, [])
  const alchemists = useQuery(workerQueries.list('interrogation'))
  const served = useMemo(
    () => (alchemists.data ? servedForms(alchemists.data) : undefined),
    [alchemists.data],
  )
  const requests = useLiveQuery(
    () => db.alchemyRequests.orderBy('createdAt').reverse().limit(30).toArray(),
    [],
  )
  const online = alchemists.data?.filter((a) => a.online !== false && !a.maintenance_mode).length

  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-semibold">Alchemy</h1>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] lg:items-start">
        <Card aria-label="Source image">
          <SourcePicker />
        </Card>
        <Card aria-label="Forms" className="grid gap-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="text-lg font-semibold">Forms</h2>
            <p className="text-sm text-zinc-700 dark:text-zinc-300" aria-live="polite">
              {alchemists.isPending ? (
                <span className="inline-flex items-center gap-2">
                  <Spinner label="Asking which alchemists are online" /> Asking which alchemists are online…
                </span>
              ) : alchemists.isError ? (
                `Which alchemists are online is not known: ${humanMessage(alchemists.error)}`
              ) : (
                `${plural(online, { one: 'alchemist', other: 'alchemists' })} online`
              )}
            </p>
          </div>
          <FormPicker served={served} />
          <SendPanel served={served} />
        </Card>
      </div>
      <section aria-labelledby="alchemy-requests" className="grid gap-3">
        <h2 id="alchemy-requests" className="text-lg font-semibold">
          Requests
        </h2>
        {requests === undefined ? null : requests.length === 0 ? (
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            Nothing sent yet. Results are kept in this browser: words with the image, new images in the
            gallery beside their source.
          </p>
        ) : (
          <ul aria-label="Alchemy requests" className="grid gap-3">
            {requests.map((r) => (
              <AlchemyRequestCard key={r.localId} request={r} />
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}

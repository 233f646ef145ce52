import { statusQueries } from '@/api/status'
import { workerQueries } from '@/api/workers'
import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { humanMessage } from '@/api/errors'
import { ErrorState } from '@/ui/ErrorState'
import { limitsFor } from '../model/limits'
import { setSetting, useTextSettings } from '../store'
import { plural } from '@/lib/format'
import { Checkbox } from '@/ui/Checkbox'

/** The text models someone serves now, with workers, queue, ETA and the lengths their workers allow. */
export function ModelPicker({ error }: { error?: string }) {
  const models = useQuery(statusQueries.models('text'))
  const workers = useQuery(workerQueries.list('text'))
  const chosen = useTextSettings((s) => s.models)

  useEffect(() => {
    const first = models.data?.[0]?.name
    if (chosen.length === 0 && first) setSetting('models', [first])
  }, [chosen.length, models.data])

  const toggle = (name: string, on: boolean) =>
    setSetting('models', on ? [...chosen, name] : chosen.filter((m) => m !== name))

  return (
    <fieldset className="grid gap-2" aria-describedby={error ? 'text-models-error' : undefined}>
      <legend className="text-sm font-medium">Models</legend>
      {models.isPending && <p className="text-sm">Reading the horde’s text models…</p>}
      {models.isError && (
        <ErrorState message={humanMessage(models.error)} onRetry={() => void models.refetch()} />
      )}
      {models.data?.length === 0 && <p className="text-sm">No text model is served right now.</p>}
      <ul className="grid gap-1">
        {models.data?.map((m) => {
          const limits = workers.data ? limitsFor(workers.data, [m.name]) : null
          return (
            <li key={m.name}>
              <Checkbox
                id={`text-model-${m.name}`}
                labelClassName="rounded-md p-1 hover:bg-zinc-100 dark:hover:bg-zinc-800"
                label={<span className="block font-medium break-all">{m.name}</span>}
                hint={
                  <>
                    {plural(m.count, { one: 'thread', other: 'threads' })} · queue {m.queued ?? 0} · ETA{' '}
                    {m.eta ?? 0} s
                    {limits && limits.workers.length > 0 && (
                      <>
                        {' '}
                        · up to {limits.maxLength} new / {limits.maxContextLength} context tokens
                      </>
                    )}
                  </>
                }
                checked={chosen.includes(m.name)}
                onChange={(v) => toggle(m.name, v)}
              />
            </li>
          )
        })}
      </ul>
      {error && (
        <p id="text-models-error" role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </fieldset>
  )
}

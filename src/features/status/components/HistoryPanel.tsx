import { useLiveQuery } from 'dexie-react-hooks'
import { useMe } from '@/api/session'
import { useHordeUrl } from '@/api/session'
import { db } from '@/lib/studioDb'
import { Spinner } from '@/ui/Spinner'
import { groupSeries, type SeriesLine } from '../model/series'
import { seriesName } from '../sampler/collect'
import { useFavouriteModels } from '../store'
import { LineChart } from './LineChart'

const isWorkerLine = (line: SeriesLine) => line.series.includes(' worker:')

function Lines({ lines }: { lines: SeriesLine[] }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {lines.map((line) => (
        <LineChart key={line.series} line={line} />
      ))}
    </div>
  )
}

/** What the sampler kept while the app was open: the user's kudos, their workers, favourite models' queues. */
export function HistoryPanel() {
  const hordeUrl = useHordeUrl()
  const owner = useMe()
  const favourites = useFavouriteModels()
  const userId = owner.data && owner.data.id !== 0 ? owner.data.id : null
  const lines = useLiveQuery(async () => {
    const wanted = (series: string) =>
      (userId !== null && series.startsWith(`${seriesName.userPrefix(hordeUrl, userId)}`)) ||
      favourites.image.some((n) => series === seriesName.model(hordeUrl, 'image', n)) ||
      favourites.text.some((n) => series === seriesName.model(hordeUrl, 'text', n))
    const samples = await db.samples.filter((s) => wanted(s.series)).toArray()
    return groupSeries(samples)
  }, [hordeUrl, userId, favourites])

  return (
    <div className="grid gap-3">
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        While Horde Studio is open and in view, it notes every five minutes
        {userId !== null ? ' your kudos, your workers’ kudos and jobs, and' : ''} the jobs waiting for your
        favourite models. Kept on this device for 30 days.
      </p>
      {userId === null && (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          Choose a registered key to follow your kudos and workers too.
        </p>
      )}
      {lines === undefined ? (
        <Spinner label="Loading the history" />
      ) : lines.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Nothing noted yet: the first sample comes shortly.
        </p>
      ) : (
        <>
          <Lines lines={lines.filter((l) => !isWorkerLine(l))} />
          {lines.some(isWorkerLine) && (
            <details className="rounded-md border border-zinc-200 p-3 dark:border-zinc-700">
              <summary className="cursor-pointer rounded text-sm font-medium focus-visible:outline-2 focus-visible:outline-violet-600">
                Your workers: kudos earned and jobs done
              </summary>
              <div className="mt-3">
                <Lines lines={lines.filter(isWorkerLine)} />
              </div>
            </details>
          )}
        </>
      )}
    </div>
  )
}

import type { ReactNode } from 'react'
import { Link } from 'wouter'
import type { WorkerDetails } from '@/api/workers'
import { formatCount } from '@/lib/format'
import { formatDuration, formatHordeDate, formatMaxPixels } from '../format'
import { hordeText } from '@/lib/hordeText'
import { CAPABILITIES } from '../model/workerList'

const KIND: Record<string, string> = { image: 'Image', text: 'Text', interrogation: 'Alchemy' }
const yesNo = (v: boolean | null | undefined) => (v ? 'Yes' : 'No')

/** Everything the horde says about a worker, as text. */
export function WorkerFacts({ worker }: { worker: WorkerDetails }) {
  const rows: [string, ReactNode][] = [
    ['Kind', KIND[worker.type ?? ''] ?? worker.type ?? '—'],
    ['Id', <code className="break-all">{worker.id}</code>],
    ['Online', yesNo(worker.online)],
    ['Maintenance', yesNo(worker.maintenance_mode)],
    ['Owner', worker.owner ? hordeText(worker.owner) : 'Not public'],
    [
      'Team',
      worker.team?.id ? (
        <Link href={`/teams/${worker.team.id}`} className="text-violet-800 underline dark:text-violet-300">
          {hordeText(worker.team.name)}
        </Link>
      ) : (
        'None'
      ),
    ],
    ['Owner trusted', yesNo(worker.trusted)],
    ['Owner flagged', yesNo(worker.flagged)],
    ['Speed', worker.performance ?? '—'],
    ['Threads', formatCount(worker.threads)],
    ['Uptime', formatDuration(worker.uptime)],
    ['Requests fulfilled', formatCount(worker.requests_fulfilled)],
    ['Jobs not completed', formatCount(worker.uncompleted_jobs)],
    [
      'Kudos earned',
      `${formatCount(worker.kudos_rewards)} (${formatCount(worker.kudos_details?.generated)} generating, ${formatCount(worker.kudos_details?.uptime)} for uptime)`,
    ],
    ['Accepts NSFW', worker.type === 'interrogation' ? '—' : yesNo(worker.nsfw)],
    ['Bridge', worker.bridge_agent ? hordeText(worker.bridge_agent) : '—'],
  ]
  if (worker.type === 'image') {
    rows.push(['Largest image', formatMaxPixels(worker.max_pixels)])
    rows.push(['Megapixelsteps generated', formatCount(worker.megapixelsteps_generated)])
    for (const c of CAPABILITIES) rows.push([c.label, yesNo(worker[c.key])])
    rows.push(['SDXL ControlNet', yesNo(worker.sdxl_controlnet)])
  }
  if (worker.type === 'text') {
    rows.push(['Longest answer', `${formatCount(worker.max_length)} tokens`])
    rows.push(['Largest context', `${formatCount(worker.max_context_length)} tokens`])
  }
  // A moderator's view.
  if (worker.paused != null) rows.push(['Paused', yesNo(worker.paused)])
  if (worker.suspicious != null) rows.push(['Suspicion reasons', formatCount(worker.suspicious)])
  if (worker.ipaddr) rows.push(['IP address', worker.ipaddr])
  if (worker.contact) rows.push(['Owner contact', hordeText(worker.contact)])

  const models = worker.models ?? worker.forms ?? []
  return (
    <div className="grid gap-4">
      <section aria-labelledby="worker-info" className="grid gap-1">
        <h2 id="worker-info" className="text-lg font-semibold">
          Info
        </h2>
        <p className="text-sm break-words whitespace-pre-wrap">
          {worker.info ? hordeText(worker.info) : 'Its owner wrote nothing.'}
        </p>
      </section>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        {rows.map(([label, value]) => (
          <div key={label} className="grid grid-cols-[10rem_1fr] gap-2">
            <dt className="text-zinc-600 dark:text-zinc-400">{label}</dt>
            <dd className="min-w-0 break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="worker-models" className="grid gap-1">
        <h2 id="worker-models" className="text-lg font-semibold">
          {worker.type === 'interrogation' ? 'Forms' : 'Models'} ({models.length})
        </h2>
        {models.length ? (
          <ul className="grid gap-0.5 text-sm sm:grid-cols-2">
            {models.map((m) => (
              <li key={m} className="break-words">
                {m}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm">None.</p>
        )}
      </section>
      {worker.messages && worker.messages.length > 0 && (
        <section aria-labelledby="worker-messages" className="grid gap-1">
          <h2 id="worker-messages" className="text-lg font-semibold">
            Messages to this worker
          </h2>
          <ul className="grid gap-2 text-sm">
            {worker.messages.map((m, i) => (
              <li key={`${m.created ?? ''}-${i}`} className="rounded-md bg-zinc-100 p-2 dark:bg-zinc-800">
                <p className="break-words whitespace-pre-wrap">{hordeText(m.message)}</p>
                <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                  From {hordeText(m.origin) || 'the horde'}
                  {m.expiry && ` · until ${formatHordeDate(m.expiry)}`}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}

import { useQuery } from '@tanstack/react-query'
import { Link } from 'wouter'
import { humanMessage } from '@/api/errors'
import { statusQueries } from '@/api/status'
import { useActiveKey, useMe } from '@/api/session'
import { RegisterLink } from '@/features/keys'
import { useHordeUrl } from '@/api/session'
import { formatKudos } from '@/lib/format'
import { buttonClass } from '@/ui/Button'
import { Card } from '@/ui/Card'
import { Spinner } from '@/ui/Spinner'

export function HomePage() {
  const hordeUrl = useHordeUrl()
  const heartbeat = useQuery(statusQueries.heartbeat())
  const active = useActiveKey()
  const owner = useMe()
  const linkClass = 'font-medium text-violet-800 underline dark:text-violet-300'
  return (
    <div className="grid gap-6">
      <header>
        <h1 className="text-2xl font-semibold">Horde Studio</h1>
        <p className="mt-1 text-zinc-700 dark:text-zinc-300">
          Images, text and alchemy from the AI Horde: volunteers’ GPUs, paid in kudos.
        </p>
      </header>
      {!active && (
        <Card aria-labelledby="home-start">
          <h2 id="home-start" className="text-lg font-semibold">
            First time here?
          </h2>
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <Link href="/create" className={buttonClass()}>
              Make your first image
            </Link>
            <Link href="/keys" className={buttonClass('secondary')}>
              Add your API key
            </Link>
          </div>
          <p className="mt-3 text-sm">
            No key yet? <RegisterLink>Register on the horde</RegisterLink>: it is free, and the kudos you earn
            move you up the queue.
          </p>
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
            Or go without an account: choose <strong>Use anonymously</strong> under API keys. Anonymous
            requests wait longest and cannot be large.
          </p>
        </Card>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <Card aria-labelledby="home-horde">
          <h2 id="home-horde" className="text-lg font-semibold">
            Horde
          </h2>
          <p className="mt-1 font-mono text-sm break-all">{hordeUrl}</p>
          <div className="mt-2 text-sm">
            {heartbeat.isPending && <Spinner label="Checking the horde" />}
            {heartbeat.isError && (
              <p role="alert" className="text-red-700 dark:text-red-400">
                {humanMessage(heartbeat.error)}{' '}
                <Link href="/settings" className={linkClass}>
                  Change the horde
                </Link>
              </p>
            )}
            {heartbeat.data && <p>Online · version {heartbeat.data.version}</p>}
          </div>
        </Card>
        <Card aria-labelledby="home-account">
          <h2 id="home-account" className="text-lg font-semibold">
            Account
          </h2>
          <div className="mt-1 text-sm">
            {!active && (
              <p>
                No key yet.{' '}
                <Link href="/keys" className={linkClass}>
                  Add your API key or go anonymous
                </Link>
                .
              </p>
            )}
            {active && owner.data && (
              <p>
                Using <span className="font-medium">{owner.data.username}</span> with{' '}
                {formatKudos(owner.data.kudos)} kudos.
              </p>
            )}
            {active && owner.isError && <p role="alert">{humanMessage(owner.error)}</p>}
            {active && (
              <Link href="/keys" className={`${linkClass} mt-2 inline-block`}>
                Manage keys
              </Link>
            )}
          </div>
        </Card>
      </div>
    </div>
  )
}

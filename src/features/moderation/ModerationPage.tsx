import { lazy, Suspense, useMemo } from 'react'
import { Link, useLocation } from 'wouter'
import { humanMessage } from '@/api/errors'
import { isModerator, useActiveKey, useMe } from '@/api/session'
import { useHordeUrl } from '@/api/session'
import { cn } from '@/ui/cn'
import { ErrorState } from '@/ui/ErrorState'
import { Spinner } from '@/ui/Spinner'
import { ModeratorContext, type Moderator } from './context'

const UsersSection = lazy(() => import('./components/UsersSection'))
const UserDetail = lazy(() => import('./components/UserDetail'))
const WorkersSection = lazy(() => import('./components/WorkersSection'))
const RaidSection = lazy(() => import('./components/RaidSection'))
const IpBlocksSection = lazy(() => import('./components/IpBlocksSection'))
const FiltersSection = lazy(() => import('./components/FiltersSection'))
const ModesSection = lazy(() => import('./components/ModesSection'))
const AuditSection = lazy(() => import('./components/AuditSection'))

const SECTIONS = [
  { path: 'users', label: 'Users' },
  { path: 'workers', label: 'Workers' },
  { path: 'raid', label: 'Raid' },
  { path: 'ip-blocks', label: 'IP blocks' },
  { path: 'filters', label: 'Prompt filters' },
  { path: 'modes', label: 'Horde modes' },
  { path: 'audit', label: 'Audit log' },
] as const

function Section({ path, rest }: { path: string; rest: string | undefined }) {
  switch (path) {
    case 'users':
      return rest ? <UserDetail userId={rest} /> : <UsersSection />
    case 'workers':
      return <WorkersSection />
    case 'raid':
      return <RaidSection />
    case 'ip-blocks':
      return <IpBlocksSection />
    case 'filters':
      return <FiltersSection />
    case 'modes':
      return <ModesSection />
    case 'audit':
      return <AuditSection />
    default:
      return <p>There is no moderation section “{path}”.</p>
  }
}

function NotAllowed({ children }: { children: React.ReactNode }) {
  return (
    <div className="grid gap-3">
      <h1 className="text-2xl font-semibold">Moderation</h1>
      <div
        role="alert"
        className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
      >
        {children}
      </div>
    </div>
  )
}

export default function ModerationPage() {
  const [location] = useLocation()
  const [, , path = 'users', rest] = location.split('/')
  const active = useActiveKey()
  const owner = useMe({ live: true })
  const hordeUrl = useHordeUrl()
  const user = owner.data

  const moderator = useMemo<Moderator | null>(
    () =>
      active && user && isModerator(active, user)
        ? {
            viewer: { id: user.id, moderator: true },
            actor: user.username,
            keyId: active.id,
            hordeUrl,
          }
        : null,
    [user, active, hordeUrl],
  )

  if (!active)
    return (
      <NotAllowed>
        Moderation is not allowed without a key.{' '}
        <Link href="/keys" className="underline">
          Choose a moderator’s key
        </Link>
        .
      </NotAllowed>
    )
  if (owner.isPending)
    return (
      <p className="flex items-center gap-2 text-sm">
        <Spinner label="Checking the key" /> Checking who this key belongs to…
      </p>
    )
  if (owner.isError)
    return <ErrorState message={humanMessage(owner.error)} onRetry={() => void owner.refetch()} />
  if (!moderator)
    return (
      <NotAllowed>
        {active.kind === 'shared'
          ? 'Not allowed: a shared key carries none of its owner’s moderator rights. Choose the moderator’s own key.'
          : `Not allowed: moderation is only for the horde’s moderators, and ${user?.username ?? 'this key'} is not one.`}
      </NotAllowed>
    )

  return (
    <ModeratorContext value={moderator}>
      <div className="grid gap-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 className="text-2xl font-semibold">Moderation</h1>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">Acting as {moderator.actor}</p>
        </div>
        <nav aria-label="Moderation sections">
          <ul className="flex flex-wrap gap-1">
            {SECTIONS.map((s) => (
              <li key={s.path}>
                <Link
                  href={`/moderation/${s.path}`}
                  aria-current={path === s.path ? 'page' : undefined}
                  className={cn(
                    'block rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-violet-600 dark:border-zinc-700 dark:hover:bg-zinc-800',
                    path === s.path &&
                      'border-violet-300 bg-violet-100 text-violet-900 dark:border-violet-800 dark:bg-violet-950 dark:text-violet-100',
                  )}
                >
                  {s.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <Suspense
          fallback={
            <p className="flex items-center gap-2 text-sm">
              <Spinner label="Loading the section" /> Loading…
            </p>
          }
        >
          <Section path={path} rest={rest} />
        </Suspense>
      </div>
    </ModeratorContext>
  )
}

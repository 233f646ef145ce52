import { useQuery } from '@tanstack/react-query'
import { Link } from 'wouter'
import { deleteUser, moderatedUserQueries, updateUser, userQueries, type UserChange } from '@/api/users'
import { formatKudos, plural } from '@/lib/format'
import { Card } from '@/ui/Card'
import { ConfirmButton } from '@/ui/ConfirmButton'
import { ErrorState, QueryError } from '@/ui/ErrorState'
import { Spinner } from '@/ui/Spinner'
import { useModerator } from '../context'
import { fieldAccess } from '../model/fieldRules'
import { formatAge } from '../model/findUser'
import { useModAction } from '../useModAction'
import { AwardKudos } from './AwardKudos'
import { OutcomeNote } from './OutcomeNote'
import { FlagControl, NumberControl, TextControl } from './UserFieldControls'
import { WorkerMessageForm } from './WorkerMessageForm'

function summarize(answer: Record<string, unknown>): string {
  const parts = Object.entries(answer).map(([k, v]) => `${k.replace(/_/g, ' ')} ${String(v)}`)
  return parts.length ? `the horde answered ${parts.join(', ')}` : 'done'
}

function Row({ name, children }: { name: string; children: React.ReactNode }) {
  return (
    <div className="flex justify-between gap-3 py-1 text-sm">
      <dt className="text-zinc-600 dark:text-zinc-400">{name}</dt>
      <dd className="min-w-0 text-right break-words">{children}</dd>
    </div>
  )
}

export default function UserDetail({ userId }: { userId: string }) {
  const { keyId, viewer } = useModerator()
  const id = /^\d+$/.test(userId) ? Number(userId) : NaN
  const query = moderatedUserQueries.detail(id, keyId)
  const user = useQuery({ ...query, enabled: Number.isFinite(id) })
  const { run, outcome } = useModAction()

  if (!Number.isFinite(id))
    return <ErrorState message="A user is opened by their number, e.g. #/moderation/users/5." />
  if (user.isPending) return <Spinner label="Loading the user" />
  if (user.isError) return <QueryError query={user} />
  const u = user.data
  const refresh = [query.queryKey, userQueries.all()]
  const apply = (change: UserChange, action: string) =>
    run({ target: `user ${u.username}`, action }, () => updateUser(u.id, change), refresh, summarize)

  const deleteAccess = fieldAccess('undelete', viewer, u)
  return (
    <div className="grid gap-4">
      <p>
        <Link href="/moderation/users" className="text-sm text-violet-800 underline dark:text-violet-300">
          ← All users
        </Link>
      </p>
      <h2 className="text-xl font-semibold break-words">{u.username}</h2>
      <OutcomeNote outcome={outcome} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card aria-labelledby="user-facts">
          <h3 id="user-facts" className="mb-2 font-semibold">
            What the horde says
          </h3>
          <dl className="divide-y divide-zinc-100 dark:divide-zinc-800">
            <Row name="Kudos">{formatKudos(u.kudos)}</Row>
            <Row name="Evaluating kudos">{formatKudos(u.evaluating_kudos ?? 0)}</Row>
            <Row name="Suspicion">{u.suspicious ?? 0}</Row>
            <Row name="Account age">{formatAge(u.account_age)}</Row>
            <Row name="Kind">{u.pseudonymous ? 'pseudonymous' : 'registered with OAuth'}</Row>
            <Row name="Deleted">{u.deleted ? 'yes' : 'no'}</Row>
            <Row name="Concurrency">{u.concurrency ?? '–'}</Row>
            <Row name="Workers">{u.worker_count ?? 0}</Row>
            <Row name="Workers invited">{u.worker_invited ?? 0}</Row>
            <Row name="Usage multiplier">{u.usage_multiplier ?? 1}</Row>
            <Row name="Monthly kudos">
              {u.monthly_kudos?.amount ?? 0}
              {u.monthly_kudos?.last_received ? ` (last ${u.monthly_kudos.last_received})` : ''}
            </Row>
            <Row name="Contact">{u.contact ?? '–'}</Row>
            <Row name="Moderators’ comment">{u.admin_comment ?? '–'}</Row>
            <Row name="Images requested">{u.records?.request?.image ?? 0}</Row>
            <Row name="Texts requested">{u.records?.request?.text ?? 0}</Row>
            <Row name="Active requests">
              {(u.active_generations?.image?.length ?? 0) + (u.active_generations?.text?.length ?? 0)}
            </Row>
          </dl>
          {u.kudos_details && (
            <p className="mt-2 text-xs break-words text-zinc-600 dark:text-zinc-400">
              Kudos details:{' '}
              {Object.entries(u.kudos_details)
                .map(([k, v]) => `${k} ${formatKudos(v ?? 0)}`)
                .join(' · ')}
            </p>
          )}
        </Card>

        <Card aria-labelledby="user-roles">
          <h3 id="user-roles" className="mb-2 font-semibold">
            Roles and suspicion
          </h3>
          <div className="divide-y divide-zinc-100 dark:divide-zinc-800">
            <div className="flex flex-wrap items-center justify-between gap-2 py-1.5">
              <span className="text-sm">
                Suspicion: <strong>{u.suspicious ?? 0}</strong>
              </span>
              <ConfirmButton
                title={`Reset suspicion: ${u.username}?`}
                description={`This clears the suspicion of ${u.username} and of all their workers.`}
                confirmLabel="Reset suspicion"
                onConfirm={() => apply({ reset_suspicion: true }, 'Reset suspicion')}
              >
                Reset suspicion
              </ConfirmButton>
            </div>
            {(
              [
                'trusted',
                'flagged',
                'vpn',
                'customizer',
                'education',
                'special',
                'service',
                'public_workers',
              ] as const
            ).map((f) => (
              <FlagControl key={f} field={f} user={u} apply={apply} />
            ))}
            {u.deleted ? (
              <div className="flex flex-wrap items-center justify-between gap-2 py-1.5">
                <span className="text-sm">This account is marked deleted.</span>
                <ConfirmButton
                  title={`Undelete ${u.username}?`}
                  description={`This restores ${u.username}: they can generate and run workers again.`}
                  confirmLabel="Undelete"
                  disabled={!deleteAccess.allowed}
                  disabledReason={deleteAccess.allowed ? undefined : deleteAccess.reason}
                  onConfirm={() => apply({ undelete: true }, 'Undelete')}
                >
                  Undelete
                </ConfirmButton>
              </div>
            ) : (
              <div className="flex flex-wrap items-center justify-between gap-2 py-1.5">
                <span className="text-sm">Account</span>
                <ConfirmButton
                  variant="danger"
                  title={`Mark ${u.username} deleted?`}
                  description={`This marks ${u.username} deleted: they cannot generate, run workers or create styles until undeleted. A second delete after 30 days without activity wipes the account for good.`}
                  confirmLabel="Mark deleted"
                  disabled={u.moderator === true || u.id === 0}
                  disabledReason={
                    u.moderator
                      ? 'A moderator cannot be deleted.'
                      : u.id === 0
                        ? 'The anonymous user stays.'
                        : undefined
                  }
                  onConfirm={() =>
                    run(
                      { target: `user ${u.username}`, action: 'Mark deleted' },
                      () => deleteUser(u.id),
                      refresh,
                    )
                  }
                >
                  Mark deleted
                </ConfirmButton>
              </div>
            )}
          </div>
        </Card>

        <Card aria-labelledby="user-limits">
          <h3 id="user-limits" className="mb-2 font-semibold">
            Limits and contact
          </h3>
          <NumberControl field="concurrency" user={u} apply={apply} current={String(u.concurrency ?? '–')} />
          <NumberControl
            field="worker_invited"
            user={u}
            apply={apply}
            current={String(u.worker_invited ?? 0)}
          />
          <TextControl key={`c-${u.contact ?? ''}`} field="contact" user={u} apply={apply} />
          <TextControl key={`a-${u.admin_comment ?? ''}`} field="admin_comment" user={u} apply={apply} />
        </Card>

        <Card aria-labelledby="user-admin">
          <h3 id="user-admin" className="mb-1 font-semibold">
            Admins only
          </h3>
          <p className="mb-2 text-sm text-zinc-700 dark:text-zinc-300">
            The horde’s admins are named in its configuration and never reported, so these are offered to
            every moderator: the horde refuses them (403) unless you are one of its admins.
          </p>
          <FlagControl field="moderator" user={u} apply={apply} />
          <NumberControl field="kudos" user={u} apply={apply} current={formatKudos(u.kudos)} />
          <NumberControl
            field="monthly_kudos"
            user={u}
            apply={apply}
            current={String(u.monthly_kudos?.amount ?? 0)}
          />
          <NumberControl
            field="usage_multiplier"
            user={u}
            apply={apply}
            current={String(u.usage_multiplier ?? 1)}
          />
          <AwardKudos user={u} refresh={refresh} />
        </Card>

        <Card aria-labelledby="user-workers" className="lg:col-span-2">
          <h3 id="user-workers" className="mb-2 font-semibold">
            Their workers ({u.worker_ids?.length ?? 0})
          </h3>
          {u.worker_ids?.length ? (
            <WorkerMessageForm
              workerIds={u.worker_ids}
              targetLabel={
                u.worker_ids.length === 1
                  ? `the worker of ${u.username}`
                  : `all ${plural(u.worker_ids.length, { one: 'worker', other: 'workers' })} of ${u.username}`
              }
            />
          ) : (
            <p className="text-sm">The horde lists no workers for this user.</p>
          )}
          <p className="mt-2 text-sm">
            <Link href="/moderation/workers" className="text-violet-800 underline dark:text-violet-300">
              Pause, maintenance or IP blocks: Workers
            </Link>
          </p>
        </Card>
      </div>
    </div>
  )
}

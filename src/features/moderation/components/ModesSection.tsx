import { useQuery, useQueryClient } from '@tanstack/react-query'
import { setModes, statusQueries, type HordeModes, type ModesChange } from '@/api/status'
import { Button } from '@/ui/Button'
import { Card } from '@/ui/Card'
import { ConfirmButton } from '@/ui/ConfirmButton'
import { QueryError } from '@/ui/ErrorState'
import { Spinner } from '@/ui/Spinner'
import { useModerator } from '../context'
import { useModAction } from '../useModAction'
import { OutcomeNote } from './OutcomeNote'

type Mode = keyof ModesChange

const MODES: { mode: Mode; name: string; who: string; on: string; off: string }[] = [
  {
    mode: 'maintenance_mode',
    name: 'Maintenance mode',
    who: 'Admins only',
    on: 'This stops the horde taking new generations, and every queued image and text request hands out no more jobs.',
    off: 'This lets the horde take new generations again.',
  },
  {
    mode: 'invite_only_mode',
    name: 'Invite-only mode',
    who: 'Moderators',
    on: 'This lets only invited users (workers invited above 0) start new workers.',
    off: 'This lets anyone start workers again.',
  },
  {
    mode: 'raid_mode',
    name: 'Raid mode',
    who: 'Moderators',
    on: 'This refuses untrusted users on VPNs or unsafe addresses, hides detection details and aborts misbehaving workers sooner.',
    off: 'This ends raid mode: untrusted users on VPNs are served again.',
  },
]

export default function ModesSection() {
  const { keyId } = useModerator()
  const modesQuery = statusQueries.modes(keyId)
  const modes = useQuery(modesQuery)
  const queryClient = useQueryClient()
  const { run, outcome } = useModAction()

  return (
    <Card aria-labelledby="modes-title">
      <h2 id="modes-title" className="mb-1 font-semibold">
        Switch the horde’s modes
      </h2>
      <p className="mb-3 text-sm text-zinc-700 dark:text-zinc-300">
        The horde serves the modes from a cache for 50 s: right after a change this page shows the horde’s
        answer to it; a mode it did not report is shown as unknown.
      </p>
      <OutcomeNote outcome={outcome} />
      {modes.isPending ? (
        <Spinner label="Loading modes" />
      ) : modes.isError ? (
        <QueryError query={modes} />
      ) : (
        <ul className="mt-2 divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Modes">
          {MODES.map((m) => {
            const value = modes.data[m.mode]
            const on = value === true
            const action = `${on ? 'Turn off' : 'Turn on'} ${m.name.toLowerCase()}`
            return (
              <li key={m.mode} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <div>
                  <p className="font-medium">
                    {m.name}:{' '}
                    <span data-testid={m.mode}>{value == null ? 'unknown' : on ? 'on' : 'off'}</span>
                  </p>
                  <p className="text-xs text-zinc-600 dark:text-zinc-400">
                    Switched by: {m.who.toLowerCase()}
                  </p>
                  {value == null && m.mode === 'raid_mode' && (
                    <div className="mt-1 max-w-prose text-xs text-zinc-700 dark:text-zinc-300">
                      <p>
                        The horde answered from its 50 s cache, filled by a request without a moderator’s key,
                        so it did not say. It will be known again by{' '}
                        {new Date(modes.dataUpdatedAt + 50_000).toLocaleTimeString()} at the latest.
                      </p>
                      <Button
                        variant="secondary"
                        className="mt-1"
                        disabled={modes.isFetching}
                        onClick={() => void modes.refetch()}
                      >
                        Ask the horde again
                      </Button>
                    </div>
                  )}
                </div>
                <ConfirmButton
                  variant={on ? 'secondary' : 'danger'}
                  title={`${action}?`}
                  description={on ? m.off : m.on}
                  confirmLabel={action}
                  onConfirm={() =>
                    run(
                      { target: 'the horde', action },
                      () => setModes({ [m.mode]: !on }),
                      [modesQuery.queryKey],
                      (a) =>
                        Object.entries(a)
                          .map(([k, v]) => `${k.replace(/_/g, ' ')} ${v ? 'on' : 'off'}`)
                          .join(', '),
                      {
                        // The banner shares this query: both show the horde's answer at once.
                        patch: (answer) =>
                          queryClient.setQueryData(modesQuery.queryKey, (was?: HordeModes) => ({
                            ...was,
                            ...answer,
                          })),
                        rereadOnlyOnFailure: true,
                      },
                    )
                  }
                >
                  {action}
                </ConfirmButton>
              </li>
            )
          })}
        </ul>
      )}
    </Card>
  )
}

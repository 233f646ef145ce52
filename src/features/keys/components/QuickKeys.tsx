import { useMutation, useQueryClient } from '@tanstack/react-query'
import { toast } from 'sonner'
import { hordeDetail, humanMessage } from '@/api/errors'
import { withoutKey } from '../model/keyText'
import { findUser, userQueries } from '@/api/users'
import { getRuntimeConfig } from '@/lib/runtimeConfig'
import { Button } from '@/ui/Button'
import { ErrorState } from '@/ui/ErrorState'
import { ANONYMOUS_KEY } from '../model/storedKey'
import { addKey } from '../store'

/** One click: anonymous mode, and the demo keys a deployment offers in config.json. */
export function QuickKeys() {
  const queryClient = useQueryClient()
  const demoKeys = getRuntimeConfig().demoKeys
  const choose = useMutation({
    mutationFn: async (choice: { label: string; key: string }) => ({
      choice,
      user: await findUser({ apiKey: choice.key }),
    }),
    onSuccess: ({ choice, user }) => {
      const stored = addKey({ label: choice.label, key: choice.key, remember: true })
      queryClient.setQueryData(userQueries.me(stored.id).queryKey, user)
      toast.success(`Now using ${user.username}`, { id: 'key-added' })
    },
  })
  return (
    <div className="grid gap-3">
      <div>
        <Button variant="secondary" onClick={() => choose.mutate({ label: 'Anonymous', key: ANONYMOUS_KEY })}>
          Use anonymously
        </Button>
        <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          No account needed. Anonymous requests wait longest and cannot be large.
        </p>
      </div>
      {demoKeys.length > 0 && (
        <div>
          <p className="text-sm font-medium">Keys offered by this deployment</p>
          <ul className="mt-1 flex flex-wrap gap-2">
            {demoKeys.map((demo) => (
              <li key={demo.key}>
                <Button variant="secondary" size="sm" onClick={() => choose.mutate(demo)}>
                  Use {demo.label}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {choose.isError && (
        <ErrorState
          message={withoutKey(humanMessage(choose.error), choose.variables?.key ?? '')}
          detail={withoutKey(hordeDetail(choose.error) ?? '', choose.variables?.key ?? '') || null}
        />
      )}
    </div>
  )
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { toast } from 'sonner'
import { deleteWorkerMessage, workerMessageQueries } from '@/api/workerMessages'
import type { WorkerDetails } from '@/api/workers'
import { Button } from '@/ui/Button'
import { QueryError } from '@/ui/ErrorState'
import { formatHordeDate } from '../format'
import { hordeText } from '@/lib/hordeText'
import { mergeMessages, type ShownMessage } from '../model/messages'
import { ActionError } from './ActionError'

interface Props {
  keyId: string
  userId: number
  moderator: boolean
  workers: WorkerDetails[]
}

/**
 * What the horde tells your workers. Worker details carry every active message to a worker (when your
 * workers are public), without ids; the messages list has ids but only those you sent and broadcasts.
 * Only a message's sender or a moderator may delete it.
 */
export function WorkerMessages({ keyId, userId, moderator, workers }: Props) {
  const list = useQuery(workerMessageQueries.list(keyId))
  const messages = mergeMessages(workers, list.data ?? [])
  return (
    <section aria-labelledby="messages-heading" className="grid gap-3">
      <h2 id="messages-heading" className="text-lg font-semibold">
        Messages to your workers
      </h2>
      {list.isError && <QueryError query={list} />}
      {messages.length === 0 ? (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          {list.isPending ? 'Loading messages…' : 'No message from the horde right now.'}
        </p>
      ) : (
        <ul className="grid gap-2">
          {messages.map((m) => (
            <MessageItem
              key={m.key}
              message={m}
              canDismiss={Boolean(m.id) && (moderator || m.senderId === String(userId))}
            />
          ))}
        </ul>
      )}
    </section>
  )
}

function MessageItem({ message, canDismiss }: { message: ShownMessage; canDismiss: boolean }) {
  const queryClient = useQueryClient()
  const dismiss = useMutation({
    mutationFn: () => deleteWorkerMessage(message.id ?? ''),
    onSuccess: () => {
      toast.success('Message dismissed.')
      void queryClient.invalidateQueries({ queryKey: workerMessageQueries.all() })
      void queryClient.invalidateQueries({ queryKey: ['workers', 'detail'] })
    },
  })
  return (
    <li className="grid gap-1 rounded-md border border-zinc-200 bg-white p-3 text-sm dark:border-zinc-700 dark:bg-zinc-900">
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        {message.workerName ? `To ${message.workerName}` : 'To every worker'} · from{' '}
        {hordeText(message.origin) || 'the horde'}
        {message.expiry && ` · until ${formatHordeDate(message.expiry)}`}
      </p>
      <p className="break-words whitespace-pre-wrap">{hordeText(message.message)}</p>
      {canDismiss ? (
        <div>
          <Button size="sm" variant="secondary" disabled={dismiss.isPending} onClick={() => dismiss.mutate()}>
            Dismiss
          </Button>
        </div>
      ) : (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          Only its sender or a moderator can remove it; it goes away when it expires.
        </p>
      )}
      <ActionError error={dismiss.error} />
    </li>
  )
}

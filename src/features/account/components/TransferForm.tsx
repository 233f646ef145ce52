import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useRef, useState, type FormEvent } from 'react'
import { toast } from 'sonner'
import { getConnection } from '@/api/connection'
import { HordeError, hordeDetail, humanMessage } from '@/api/errors'
import { transferKudos } from '@/api/kudos'
import { aliasId, getUserHeld, showKudosChange, userQueries, type UserDetails } from '@/api/users'
import { formatKudos } from '@/lib/format'
import { Button } from '@/ui/Button'
import { cn } from '@/ui/cn'
import { ErrorState } from '@/ui/ErrorState'
import { Field, inputClass } from '@/ui/Field'
import { NumberField } from '@/ui/NumberField'
import {
  parseRecipient,
  previewTransfer,
  recipientProblem,
  spendableKudos,
  validateTransfer,
  type TransferErrors,
  type TransferPreview,
} from '../model/transfer'
import { recordTransfer, settleTransfer } from '../transferLog'
import { TransferReview } from './TransferReview'

interface Failure {
  message: string
  detail: string | null
  /** No answer came: the kudos may have moved. */
  unknown: boolean
  balanceBefore: number
}

/** Two steps: check and preview, then confirm. Nothing is sent before the confirmation. */
export function TransferForm({ sender, keyId }: { sender: UserDetails; keyId: string }) {
  const queryClient = useQueryClient()
  const [recipient, setRecipient] = useState('')
  const [amount, setAmount] = useState(NaN)
  const [errors, setErrors] = useState<TransferErrors>({})
  const [preview, setPreview] = useState<TransferPreview | null>(null)
  const [failure, setFailure] = useState<Failure | null>(null)
  const [rereading, setRereading] = useState(false)
  // A second click can land before React re-renders the disabled button: one transfer per preview.
  const confirmed = useRef<TransferPreview | null>(null)
  const meKey = userQueries.me(keyId).queryKey

  const lookup = useMutation({
    mutationFn: async ({ id }: { id: number; name: string; amount: number }) => getUserHeld(id),
    onSuccess: (found, wanted) => {
      const problem = recipientProblem(wanted, found)
      if (problem) setErrors({ recipient: problem })
      else setPreview(previewTransfer(sender, found, wanted.amount))
    },
    onError: (error, wanted) => {
      if (error instanceof HordeError && error.status === 404)
        setErrors({ recipient: `No user ${wanted.name}#${wanted.id} on this horde. Check the number.` })
    },
  })

  const send = useMutation({
    mutationFn: async (p: TransferPreview) => {
      const id = await recordTransfer({
        at: Date.now(),
        hordeUrl: getConnection().hordeUrl,
        from: p.sender.username,
        to: p.recipient.username,
        amount: p.amount,
      })
      let answer: { transferred: number }
      try {
        answer = await transferKudos(p.recipient.username, p.amount)
      } catch (e) {
        const unknown = !(e instanceof HordeError && e.kind === 'horde')
        await settleTransfer(id, unknown ? 'unknown' : 'refused', humanMessage(e))
        throw e
      }
      await settleTransfer(id, 'sent')
      return answer.transferred
    },
    onSuccess: (transferred, p) => {
      toast.success(`Sent ${formatKudos(transferred)} kudos to ${p.recipient.username}`)
      setPreview(null)
      setAmount(NaN)
      // The horde's user caches are not cleared by a transfer: a re-read would bring the old balances back.
      showKudosChange(queryClient, sender.id, p.sender.before - transferred)
      const recipientId = aliasId(p.recipient.username)
      if (recipientId !== null) showKudosChange(queryClient, recipientId, p.recipient.before + transferred)
    },
    onError: async (error, p) => {
      setFailure({
        message: humanMessage(error),
        detail: hordeDetail(error),
        unknown: !(error instanceof HordeError && error.kind === 'horde'),
        balanceBefore: p.sender.before,
      })
      // Before any retry, read the balance again: a transfer without an answer may still have happened.
      setRereading(true)
      try {
        await queryClient.refetchQueries({ queryKey: meKey, exact: true })
      } finally {
        setRereading(false)
        setPreview(null)
      }
    },
  })

  function review(e: FormEvent) {
    e.preventDefault()
    if (lookup.isPending || send.isPending || rereading) return
    setFailure(null)
    const found = validateTransfer({ recipient, amount }, sender)
    setErrors(found)
    const to = parseRecipient(recipient)
    if (Object.keys(found).length > 0 || !to) return
    lookup.mutate({ ...to, amount })
  }

  const busy = lookup.isPending || send.isPending || rereading
  const lookupError = lookup.isError && !errors.recipient ? lookup.error : null
  return (
    <div className="grid gap-4">
      <form onSubmit={review} className="grid gap-4 sm:grid-cols-2" noValidate aria-label="Transfer kudos">
        <Field
          label="Recipient"
          error={errors.recipient}
          hint="Their username with its number, as the horde shows it: name#id."
        >
          {(control) => (
            <input
              {...control}
              name="recipient"
              className={cn(inputClass, preview && 'bg-zinc-100 dark:bg-zinc-800')}
              value={recipient}
              autoComplete="off"
              spellCheck={false}
              placeholder="name#id"
              readOnly={preview !== null}
              onChange={(e) => {
                setRecipient(e.target.value)
                setErrors(({ amount: a }) => ({ amount: a }))
              }}
            />
          )}
        </Field>
        <NumberField
          label="Amount"
          name="amount"
          value={amount}
          min={1}
          step={1}
          readOnly={preview !== null}
          error={errors.amount}
          hint={`You can send up to ${formatKudos(spendableKudos(sender))} kudos.`}
          onChange={(v) => {
            setAmount(v)
            setErrors(({ recipient: r }) => ({ recipient: r }))
          }}
        />
        {preview === null && (
          <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
            <Button type="submit" disabled={busy} aria-busy={lookup.isPending}>
              {lookup.isPending ? 'Looking up…' : rereading ? 'Reading your balance…' : 'Review transfer'}
            </Button>
            <span className="text-sm text-zinc-700 dark:text-zinc-300">as {sender.username}</span>
          </div>
        )}
      </form>
      {lookupError && <ErrorState message={humanMessage(lookupError)} detail={hordeDetail(lookupError)} />}
      {preview && (
        <TransferReview
          preview={preview}
          sending={send.isPending}
          onConfirm={() => {
            if (confirmed.current === preview || send.isPending) return
            confirmed.current = preview
            send.mutate(preview)
          }}
          onCancel={() => setPreview(null)}
        />
      )}
      {failure && (
        <div
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          <p className="font-medium">
            {failure.unknown
              ? 'No answer came from the horde, so the transfer may or may not have happened.'
              : `The horde refused the transfer: ${failure.message}`}
          </p>
          {failure.detail && <p className="mt-1 break-words">The horde said: {failure.detail}</p>}
          <p className="mt-1">
            {rereading
              ? 'Reading your balance again…'
              : `Your balance now: ${formatKudos(sender.kudos)} kudos (${formatKudos(failure.balanceBefore)} before). Check it before trying again.`}
          </p>
        </div>
      )}
    </div>
  )
}

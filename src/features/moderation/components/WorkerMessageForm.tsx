import { useState } from 'react'
import { sendWorkerMessage } from '@/api/workerMessages'
import { ConfirmButton } from '@/ui/ConfirmButton'
import { Field, inputClass } from '@/ui/Field'
import { checkWholeNumber } from '../model/ipCheck'
import { useModAction } from '../useModAction'
import { OutcomeNote } from './OutcomeNote'
import { Textarea } from '@/ui/Textarea'

/**
 * A message the workers see in every job they ask for. The horde repeats its first answer to any message
 * for 60 s without storing the next ones: a repeated answer is reported as not stored.
 */
export function WorkerMessageForm({
  workerIds,
  targetLabel,
}: {
  workerIds: readonly string[]
  targetLabel: string
}) {
  const { run, outcome } = useModAction()
  const [message, setMessage] = useState('')
  const [hours, setHours] = useState('12')
  const [errors, setErrors] = useState<{ message?: string; hours?: string }>({})

  const check = () => {
    const next = {
      message:
        message.trim().length === 0
          ? 'Write the message.'
          : message.length > 10_240
            ? 'The horde takes 10 240 characters at most.'
            : undefined,
      hours: checkWholeNumber(hours, 1, 720, 'hours') ?? undefined,
    }
    setErrors(next)
    return !next.message && !next.hours
  }

  const send = async () => {
    for (const workerId of workerIds) {
      const sent = await run(
        { target: `worker ${workerId}`, action: 'Send a message' },
        // sendWorkerMessage refuses the horde's cached answer to an earlier message (it repeats it for 60 s).
        () => sendWorkerMessage({ worker_id: workerId, message, expiry: Number(hours) }),
        [],
        (a) => `message ${a.id} stored, expires ${a.expiry ?? '–'}`,
      )
      // The rest would be refused the same way, each costing the horde a call: stop at the first.
      if (!sent) break
    }
  }

  return (
    <div className="grid gap-2">
      <Field label={`Message to ${targetLabel}`} error={errors.message}>
        {(control) => (
          <Textarea {...control} rows={3} value={message} onChange={(e) => setMessage(e.target.value)} />
        )}
      </Field>
      <div className="flex flex-wrap items-end gap-2">
        <div className="w-40">
          <Field label="Expires after (hours)" error={errors.hours}>
            {(control) => (
              <input
                {...control}
                className={inputClass}
                inputMode="numeric"
                value={hours}
                onChange={(e) => setHours(e.target.value)}
              />
            )}
          </Field>
        </div>
        <ConfirmButton
          title="Send this message?"
          description={`This sends the message to ${targetLabel}; their operators see it with every job for ${hours.trim()} hours.`}
          confirmLabel="Send"
          beforeOpen={check}
          onConfirm={send}
        >
          Send message
        </ConfirmButton>
      </div>
      {workerIds.length > 1 && (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          One message per worker. The horde stores only one message a minute (it repeats its first answer for
          60 s): sending stops at the first it does not store; send again a minute later for the rest.
        </p>
      )}
      <OutcomeNote outcome={outcome} />
    </div>
  )
}

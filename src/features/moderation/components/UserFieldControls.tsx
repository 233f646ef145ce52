import { useState } from 'react'
import type { UserChange, UserDetails } from '@/api/users'
import { ConfirmButton } from '@/ui/ConfirmButton'
import { Field, inputClass } from '@/ui/Field'
import { DISABLED } from './disabledInput'
import { useModerator } from '../context'
import {
  checkNumber,
  checkText,
  describeChange,
  fieldAccess,
  type FlagLike,
  type NumberFieldKey,
  type TextFieldKey,
} from '../model/fieldRules'
import { Textarea } from '@/ui/Textarea'

export type ApplyChange = (change: UserChange, action: string) => Promise<unknown>

const FLAG_LABELS: Record<FlagLike, { name: string; on: string; off: string }> = {
  trusted: { name: 'Trusted', on: 'Trust', off: 'Remove trust' },
  flagged: { name: 'Flagged', on: 'Flag', off: 'Unflag' },
  vpn: { name: 'VPN allowed', on: 'Allow VPN', off: 'Disallow VPN' },
  customizer: { name: 'Customizer', on: 'Make customizer', off: 'Remove customizer' },
  education: { name: 'Education', on: 'Make education account', off: 'End education account' },
  special: { name: 'Special', on: 'Make special', off: 'Remove special' },
  service: { name: 'Service', on: 'Make service account', off: 'End service account' },
  public_workers: { name: 'Public workers', on: 'Show workers publicly', off: 'Hide workers' },
  moderator: { name: 'Moderator', on: 'Make moderator', off: 'Remove moderator' },
}

export function FlagControl({
  field,
  user,
  apply,
}: {
  field: FlagLike
  user: UserDetails
  apply: ApplyChange
}) {
  const { viewer } = useModerator()
  const labels = FLAG_LABELS[field]
  const value = user[field] === true
  const access = fieldAccess(field, viewer, user)
  const change = { [field]: !value } as UserChange
  const action = value ? labels.off : labels.on
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 py-1.5">
      <span className="text-sm">
        {labels.name}: <strong>{value ? 'yes' : 'no'}</strong>
      </span>
      <span className="flex flex-wrap items-center gap-2">
        <ConfirmButton
          title={`${action}: ${user.username}?`}
          description={describeChange(change, user.username)}
          confirmLabel={action}
          onConfirm={() => apply(change, action)}
          disabled={!access.allowed}
          disabledReason={access.allowed ? undefined : access.reason}
          variant={field === 'flagged' && !value ? 'danger' : 'secondary'}
        >
          {action}
        </ConfirmButton>
      </span>
    </div>
  )
}

const NUMBER_LABELS: Record<NumberFieldKey, { label: string; action: string; hint?: string }> = {
  concurrency: {
    label: 'Concurrency',
    action: 'Set concurrency',
    hint: '0 to 500 images or texts queued at once.',
  },
  worker_invited: {
    label: 'Workers invited',
    action: 'Set workers invited',
    hint: 'Workers allowed in invite-only mode.',
  },
  usage_multiplier: {
    label: 'Usage multiplier',
    action: 'Set usage multiplier',
    hint: '0.1 to 10; scales usage statistics only.',
  },
  monthly_kudos: {
    label: 'Monthly kudos (add to the amount)',
    action: 'Change monthly kudos',
    hint: 'Positive grants that much now and each month; negative lowers the monthly amount.',
  },
  kudos: {
    label: 'Kudos adjustment',
    action: 'Adjust kudos',
    hint: 'Added to the balance; negative takes kudos away.',
  },
}

export function NumberControl({
  field,
  user,
  apply,
  current,
}: {
  field: NumberFieldKey
  user: UserDetails
  apply: ApplyChange
  current?: string
}) {
  const { viewer } = useModerator()
  const [raw, setRaw] = useState('')
  const [error, setError] = useState<string | null>(null)
  const access = fieldAccess(field, viewer, user)
  const labels = NUMBER_LABELS[field]
  const parsed = checkNumber(field, raw)
  const change = ('value' in parsed ? { [field]: parsed.value } : {}) as UserChange
  return (
    <div className="py-1.5">
      <Field
        label={`${labels.label}${current !== undefined ? ` (now ${current})` : ''}`}
        hint={access.allowed ? labels.hint : access.reason}
        error={error}
      >
        {(control) => (
          <div className="flex gap-2">
            <input
              {...control}
              className={`${inputClass} ${DISABLED} min-w-0 flex-1`}
              inputMode="decimal"
              value={raw}
              disabled={!access.allowed}
              onChange={(e) => {
                setRaw(e.target.value)
                setError(null)
              }}
            />
            <ConfirmButton
              title={`${labels.action}: ${user.username}?`}
              description={describeChange(change, user.username)}
              confirmLabel={labels.action}
              disabled={!access.allowed}
              beforeOpen={() => {
                const check = checkNumber(field, raw)
                setError('error' in check ? check.error : null)
                return 'value' in check
              }}
              onConfirm={async () => {
                await apply(change, labels.action)
                setRaw('')
              }}
            >
              {labels.action}
            </ConfirmButton>
          </div>
        )}
      </Field>
    </div>
  )
}

export function TextControl({
  field,
  user,
  apply,
}: {
  field: TextFieldKey
  user: UserDetails
  apply: ApplyChange
}) {
  const { viewer } = useModerator()
  const [raw, setRaw] = useState(user[field] ?? '')
  const [error, setError] = useState<string | null>(null)
  const access = fieldAccess(field, viewer, user)
  const label = field === 'contact' ? 'Contact' : 'Moderators’ comment'
  const action = field === 'contact' ? 'Save contact' : 'Save comment'
  return (
    <div className="grid gap-2 py-1.5">
      <Field label={label} hint={access.allowed ? '5 to 500 characters.' : access.reason} error={error}>
        {(control) => (
          <Textarea
            {...control}
            rows={3}
            className={DISABLED}
            value={raw}
            disabled={!access.allowed}
            onChange={(e) => {
              setRaw(e.target.value)
              setError(null)
            }}
          />
        )}
      </Field>
      <div>
        <ConfirmButton
          title={`${action}: ${user.username}?`}
          description={describeChange({ [field]: raw.trim() }, user.username)}
          confirmLabel={action}
          disabled={!access.allowed}
          beforeOpen={() => {
            const e = checkText(field, raw)
            setError(e)
            return e === null
          }}
          onConfirm={() => apply({ [field]: raw.trim() }, action)}
        >
          {action}
        </ConfirmButton>
      </div>
    </div>
  )
}

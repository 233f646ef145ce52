import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { humanMessage } from '@/api/errors'
import { blockIp, ipBlockQueries, lookupIp, unblockIp, type IpTimeout } from '@/api/ipBlocks'
import { Button } from '@/ui/Button'
import { Card } from '@/ui/Card'
import { ConfirmButton } from '@/ui/ConfirmButton'
import { QueryError } from '@/ui/ErrorState'
import { Field, inputClass } from '@/ui/Field'
import { Spinner } from '@/ui/Spinner'
import { useModerator } from '../context'
import { checkIp, checkWholeNumber, IP_HOURS } from '../model/ipCheck'
import { useModAction } from '../useModAction'
import { OutcomeNote } from './OutcomeNote'

// No-break spaces keep each number with its unit on a narrow screen.
function left(seconds: number): string {
  if (seconds >= 86_400)
    return `${Math.floor(seconds / 86_400)}\u00a0d ${Math.floor((seconds % 86_400) / 3600)}\u00a0h left`
  if (seconds >= 3600)
    return `${Math.floor(seconds / 3600)}\u00a0h ${Math.floor((seconds % 3600) / 60)}\u00a0min left`
  return `${Math.ceil(seconds / 60)}\u00a0min left`
}

export default function IpBlocksSection() {
  const { keyId } = useModerator()
  const blocks = useQuery(ipBlockQueries.list(keyId))
  const { run, outcome } = useModAction()
  const [ip, setIp] = useState('')
  const [hours, setHours] = useState('24')
  const [errors, setErrors] = useState<{ ip?: string; hours?: string }>({})
  const [found, setFound] = useState<{ ip: string; timeouts: IpTimeout[] } | null>(null)
  const refresh = [ipBlockQueries.all()]

  const checkIpField = () => {
    const c = checkIp(ip)
    setErrors((e) => ({ ...e, ip: c.ok ? undefined : c.error }))
    return c
  }

  const remove = (ipaddr: string) =>
    run({ target: `IP ${ipaddr}`, action: 'Lift the timeout' }, () => unblockIp(ipaddr), refresh)

  return (
    <div className="grid gap-4">
      <OutcomeNote outcome={outcome} />
      <Card aria-labelledby="add-block">
        <h2 id="add-block" className="mb-2 font-semibold">
          Put an address or range into timeout
        </h2>
        <div className="grid gap-3 sm:grid-cols-[1fr_10rem_auto] sm:items-start">
          <Field
            label="IP address or range"
            hint="An address (203.0.113.9, 2001:db8::1) or a range as first-address/prefix (203.0.113.0/24)."
            error={errors.ip}
          >
            {(control) => (
              <input
                {...control}
                className={inputClass}
                value={ip}
                autoComplete="off"
                onChange={(e) => {
                  setIp(e.target.value)
                  setErrors((x) => ({ ...x, ip: undefined }))
                }}
              />
            )}
          </Field>
          <Field label="Hours" hint="1 to 720 (30 days)." error={errors.hours}>
            {(control) => (
              <input
                {...control}
                className={inputClass}
                inputMode="numeric"
                value={hours}
                onChange={(e) => {
                  setHours(e.target.value)
                  setErrors((x) => ({ ...x, hours: undefined }))
                }}
              />
            )}
          </Field>
          <div className="flex flex-wrap gap-2 sm:pt-6">
            <ConfirmButton
              variant="danger"
              size="md"
              title={`Block ${ip.trim()}?`}
              description={`This refuses generations and worker jobs from ${ip.trim()} for ${hours.trim()} hours.`}
              confirmLabel="Block"
              beforeOpen={() => {
                const c = checkIpField()
                const h = checkWholeNumber(hours, IP_HOURS.min, IP_HOURS.max, 'hours')
                setErrors((e) => ({ ...e, hours: h ?? undefined }))
                return c.ok && h === null
              }}
              onConfirm={() => {
                const value = ip.trim()
                return run(
                  { target: `IP ${value}`, action: `Block for ${hours.trim()} hours` },
                  () => blockIp(value, Number(hours.trim())),
                  refresh,
                )
              }}
            >
              Block
            </ConfirmButton>
            <Button
              variant="secondary"
              onClick={async () => {
                const c = checkIpField()
                if (!c.ok) return
                if (c.isRange)
                  return setErrors((e) => ({
                    ...e,
                    ip: 'The horde looks up single addresses only; ranges are listed below.',
                  }))
                const timeouts = await lookupIp(c.value).catch((e: unknown) => {
                  setErrors((x) => ({ ...x, ip: humanMessage(e) }))
                  return null
                })
                if (timeouts) setFound({ ip: c.value, timeouts })
              }}
            >
              Look up
            </Button>
          </div>
        </div>
        {found && (
          <div role="status" className="mt-3 text-sm">
            {found.timeouts.length === 0 ? (
              <p>{found.ip} is not in timeout.</p>
            ) : (
              <ul className="grid gap-1">
                {found.timeouts.map((t) => (
                  <li key={t.ipaddr} className="flex flex-wrap items-center gap-2">
                    {found.ip} is held by {t.ipaddr} ({left(t.seconds)})
                    <ConfirmButton
                      title={`Lift the timeout of ${t.ipaddr}?`}
                      description={`This lets ${t.ipaddr} generate and run workers again, and forgets its suspicion count.`}
                      confirmLabel="Lift"
                      onConfirm={async () => {
                        await remove(t.ipaddr)
                        setFound(null)
                      }}
                    >
                      Lift
                    </ConfirmButton>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </Card>

      <Card aria-labelledby="block-list">
        <h2 id="block-list" className="mb-1 font-semibold">
          Ranges in timeout
        </h2>
        <p className="mb-2 text-sm text-zinc-700 dark:text-zinc-300">
          The horde lists ranges only; a single address’s timeout is found with Look up.
        </p>
        {blocks.isPending ? (
          <Spinner label="Loading blocks" />
        ) : blocks.isError ? (
          <QueryError query={blocks} />
        ) : blocks.data.length === 0 ? (
          <p className="text-sm">No range is in timeout.</p>
        ) : (
          <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Ranges in timeout">
            {blocks.data.map((b) => (
              <li key={b.ipaddr} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="font-mono text-sm break-all">{b.ipaddr}</span>
                <span className="flex items-center gap-2 text-sm">
                  {left(b.seconds)}
                  <ConfirmButton
                    aria-label={`Remove the block of ${b.ipaddr}`}
                    title={`Remove the block of ${b.ipaddr}?`}
                    description={`This lets ${b.ipaddr} generate and run workers again.`}
                    confirmLabel="Remove"
                    onConfirm={() => remove(b.ipaddr)}
                  >
                    Remove
                  </ConfirmButton>
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  )
}

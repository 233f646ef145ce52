import { useMutation, useQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { toast } from 'sonner'
import { HordeError, humanMessage } from '@/api/errors'
import { getHeartbeat, statusQueries, type Heartbeat } from '@/api/status'
import { getRuntimeConfig, OFFICIAL_HORDE_URL } from '@/lib/runtimeConfig'
import { Badge } from '@/ui/Badge'
import { Button } from '@/ui/Button'
import { Field, inputClass } from '@/ui/Field'
import { Spinner } from '@/ui/Spinner'
import { candidateApiUrls, parseHordeUrl } from '../model/hordeUrl'
import { setHordeUrl, useHordeUrl, useSettings } from '../store'

function urlOrInput(input: string): string {
  const parsed = parseHordeUrl(input)
  return 'url' in parsed ? parsed.url : input
}

/** Finds the horde's API at what the user typed (or under /api of it) by its heartbeat. */
async function locateHorde(url: string): Promise<{ url: string; heartbeat: Heartbeat }> {
  let firstError: unknown = null
  for (const candidate of candidateApiUrls(url)) {
    try {
      return { url: candidate, heartbeat: await getHeartbeat(candidate) }
    } catch (e) {
      firstError ??= e
    }
  }
  throw firstError
}

function connectError(error: unknown, url: string): string {
  if (error instanceof HordeError) {
    if (error.kind === 'network')
      return `Nothing answered at ${url}. Check the address, and that the horde is running.`
    if (error.kind === 'unexpected' || (error.kind === 'horde' && error.status === 404)) {
      return `Something answered at ${url}, but it is not an AI Horde API.`
    }
  }
  return humanMessage(error)
}

function HordeHealth({ url }: { url: string }) {
  const heartbeat = useQuery(statusQueries.heartbeat())
  if (heartbeat.isPending) return <Spinner label="Checking the horde" />
  if (heartbeat.isError)
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-400">
        {connectError(heartbeat.error, url)}{' '}
        <button type="button" className="underline" onClick={() => void heartbeat.refetch()}>
          Check again
        </button>
      </p>
    )
  return (
    <p className="text-sm">
      <Badge tone={heartbeat.data.message === 'OK' ? 'good' : 'warn'}>{heartbeat.data.message}</Badge> AI
      Horde version {heartbeat.data.version}
    </p>
  )
}

export function HordeUrlForm() {
  const current = useHordeUrl()
  const chosen = useSettings((s) => s.hordeUrl)
  const deploymentDefault = getRuntimeConfig().hordeUrl
  const [input, setInput] = useState(current)
  const [inputError, setInputError] = useState<string | null>(null)
  const connect = useMutation({
    mutationFn: locateHorde,
    onSuccess: ({ url, heartbeat }) => {
      setHordeUrl(url)
      setInput(url)
      toast.success(`Connected to ${url} (version ${heartbeat.version})`, { id: 'horde-connected' })
    },
  })

  function submit(e: FormEvent) {
    e.preventDefault()
    const parsed = parseHordeUrl(input)
    if ('error' in parsed) {
      setInputError(parsed.error)
      return
    }
    setInputError(null)
    connect.mutate(parsed.url)
  }

  const error = inputError ?? (connect.isError ? connectError(connect.error, urlOrInput(input)) : null)
  return (
    <div className="grid gap-4">
      <div className="grid gap-1">
        <p className="text-sm">
          Connected to <span className="font-mono break-all">{current}</span>
          {chosen === null && (
            <span className="text-zinc-600 dark:text-zinc-400"> (this deployment’s default)</span>
          )}
        </p>
        <HordeHealth url={current} />
      </div>
      <form onSubmit={submit} className="grid gap-3" noValidate>
        <Field
          label="Horde address"
          error={error}
          hint="The API address, e.g. https://aihorde.net/api. The site address works too."
        >
          {(control) => (
            <input
              {...control}
              className={inputClass}
              inputMode="url"
              autoComplete="url"
              value={input}
              onChange={(e) => {
                setInput(e.target.value)
                setInputError(null)
                connect.reset()
              }}
            />
          )}
        </Field>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={connect.isPending}>
            {connect.isPending ? 'Checking…' : 'Check and connect'}
          </Button>
          {connect.isError && (
            <Button variant="secondary" onClick={() => connect.mutate(urlOrInput(input))}>
              Try again
            </Button>
          )}
          <Button
            variant="secondary"
            onClick={() => {
              setInput(OFFICIAL_HORDE_URL)
              connect.mutate(OFFICIAL_HORDE_URL)
            }}
          >
            Official AI Horde
          </Button>
          {chosen !== null && deploymentDefault !== OFFICIAL_HORDE_URL && (
            <Button
              variant="ghost"
              onClick={() => {
                setHordeUrl(null)
                setInput(deploymentDefault)
              }}
            >
              Back to this deployment’s horde
            </Button>
          )}
        </div>
      </form>
    </div>
  )
}

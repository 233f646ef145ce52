import { hordeDetail, humanMessage } from '@/api/errors'

/** A refused change, in plain words beside the control that asked for it. */
export function ActionError({ error, id }: { error: unknown; id?: string }) {
  if (!error) return null
  const detail = hordeDetail(error)
  return (
    <div id={id} role="alert" className="text-sm text-red-700 dark:text-red-400">
      <p>{humanMessage(error)}</p>
      {detail && <p className="mt-0.5 break-words text-xs">The horde said: {detail}</p>}
    </div>
  )
}

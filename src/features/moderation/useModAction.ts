import { useQueryClient, type QueryKey } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import { HordeError, hordeDetail, humanMessage } from '@/api/errors'
import { auditAction } from './auditLog'
import { useModerator } from './context'

export type Outcome =
  { ok: true; text: string } | { ok: false; text: string; detail: string | null; forbidden: boolean }

export interface ActionMeta {
  target: string
  action: string
}

/**
 * Runs one moderation call: audits it (done or failed, with the rc), then re-reads what it touched, so the
 * page shows the horde's state whatever happened.
 */
export function useModAction() {
  const moderator = useModerator()
  const queryClient = useQueryClient()
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  const run = useCallback(
    async <T>(
      meta: ActionMeta,
      call: () => Promise<T>,
      refresh: QueryKey[],
      summarize: (answer: T) => string = () => 'done',
      /** Where the horde's reads lag behind its writes (cached lists), the answer itself is shown. */
      afterDone?: { patch: (answer: T) => void; rereadOnlyOnFailure: true },
    ): Promise<T | undefined> => {
      let done = false
      const settle = await auditAction({
        at: Date.now(),
        hordeUrl: moderator.hordeUrl,
        actor: moderator.actor,
        ...meta,
      })
      try {
        const answer = await call()
        const detail = summarize(answer)
        await settle({ result: 'done', rc: null, detail })
        afterDone?.patch(answer)
        done = true
        setOutcome({ ok: true, text: `${meta.action} (${meta.target}): ${detail}.` })
        return answer
      } catch (e) {
        const text = humanMessage(e)
        const rc = e instanceof HordeError ? e.rc : null
        await settle({ result: 'failed', rc, detail: text })
        setOutcome({
          ok: false,
          text: `${meta.action} (${meta.target}) failed. ${text}`,
          detail: hordeDetail(e),
          forbidden: e instanceof HordeError && e.status === 403,
        })
        return undefined
      } finally {
        if (!(done && afterDone))
          await Promise.all(refresh.map((queryKey) => queryClient.invalidateQueries({ queryKey })))
      }
    },
    [moderator, queryClient],
  )

  return { run, outcome, clear: () => setOutcome(null) }
}

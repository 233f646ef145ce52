import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'

/**
 * Starts sampling kudos, workers and favourite models' queues once the browser is idle after the first
 * screen; until then it is only a timer, and its code is not loaded.
 */
export function HistorySampler() {
  const queryClient = useQueryClient()
  useEffect(() => {
    let stop: (() => void) | undefined
    let cancelled = false
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1_000))
    const cancelIdle = window.cancelIdleCallback ?? window.clearTimeout
    const id = idle(() => {
      void import('../sampler/run').then(({ startSampler }) => {
        if (!cancelled) stop = startSampler(queryClient)
      })
    })
    return () => {
      cancelled = true
      cancelIdle(id)
      stop?.()
    }
  }, [queryClient])
  return null
}

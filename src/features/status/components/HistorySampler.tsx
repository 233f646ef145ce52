import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { useActiveKey } from '@/api/session'
import type { Sampler } from '../sampler/run'

/**
 * Starts sampling kudos, workers and favourite models' queues once the browser is idle after the first
 * screen; until then it is only a timer, and its code is not loaded.
 */
export function HistorySampler() {
  const queryClient = useQueryClient()
  const key = useActiveKey()
  const current = useRef(key)
  const sampler = useRef<Sampler | null>(null)
  useEffect(() => {
    const changed = current.current?.id !== key?.id
    current.current = key
    if (changed) sampler.current?.keyChanged()
  }, [key])
  useEffect(() => {
    let cancelled = false
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1_000))
    const cancelIdle = window.cancelIdleCallback ?? window.clearTimeout
    const id = idle(() => {
      void import('../sampler/run').then(({ startSampler }) => {
        if (!cancelled) sampler.current = startSampler(queryClient, () => current.current)
      })
    })
    return () => {
      cancelled = true
      cancelIdle(id)
      sampler.current?.stop()
      sampler.current = null
    }
  }, [queryClient])
  return null
}

import type { QueryClient } from '@tanstack/react-query'
import { setConnectionResolver } from '@/api/connection'
import { getActiveKey } from '@/features/keys'
import { effectiveHordeUrl, useSettings } from '@/features/settings'

/** The api layer reads the horde and the active key from the stores; a new horde drops every cached answer. */
export function wireConnection(queryClient: QueryClient): void {
  setConnectionResolver(() => ({ hordeUrl: effectiveHordeUrl(), apiKey: getActiveKey()?.key ?? null }))
  let hordeUrl = effectiveHordeUrl()
  useSettings.subscribe((state) => {
    const next = effectiveHordeUrl(state)
    if (next !== hordeUrl) {
      hordeUrl = next
      queryClient.clear()
    }
  })
}

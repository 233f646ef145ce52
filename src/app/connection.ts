import { wireConnection } from '@/api/connection'
import { getActiveKey, keySecret } from '@/features/keys'
import { effectiveHordeUrl } from '@/features/settings'

/** The api reads the horde and the active key from the stores at call time, and a key's secret by its id. */
export function wireApiToStores(): void {
  wireConnection({
    current: () => ({ hordeUrl: effectiveHordeUrl(), keyId: getActiveKey()?.id ?? null }),
    secretOf: keySecret,
  })
}

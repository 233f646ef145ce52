import { useEffect } from 'react'
import { settle } from './actions'
import { useTextRequest } from './docs'
import type { TextDoc } from './model/doc'
import { useTextSettings } from './store'

/** When the tracker has the answer for the open document, the text goes in (or waits for a pick). */
export function useSettle(doc: TextDoc | null | undefined): void {
  const r = useTextRequest(doc?.pending?.requestLocalId)
  const models = useTextSettings((s) => s.models)
  const state = r?.state
  useEffect(() => {
    if (doc && r && (state === 'done' || state === 'cancelled')) void settle(doc, r, { models })
  }, [doc, r, state, models])
}

import { QueryClientProvider } from '@tanstack/react-query'
import { useLayoutEffect, useMemo, useState, type ReactNode } from 'react'
import { SessionContext } from '@/api/session'
import { describeKey, getActiveKey, useKeys } from '@/features/keys'
import { useHordeUrl } from '@/features/settings'
import { createQueryClient } from './queryClient'

/**
 * Each horde gets a query cache of its own, made anew when the address changes, so no answer of one horde
 * is ever shown for another. Within one horde, answers that depend on who asks carry the key's id.
 */
export function ConnectionScope({ children }: { children: ReactNode }) {
  const hordeUrl = useHordeUrl()
  const [shown, setShown] = useState(hordeUrl)
  const [focus, setFocus] = useState<FocusMark | null>(null)
  // The page below is rebuilt for the new horde; the control the user was on keeps the focus.
  if (shown !== hordeUrl) {
    setShown(hordeUrl)
    setFocus(markFocus())
  }
  return (
    <HordeScope key={hordeUrl} hordeUrl={hordeUrl} focus={focus}>
      {children}
    </HordeScope>
  )
}

function HordeScope({
  hordeUrl,
  focus,
  children,
}: {
  hordeUrl: string
  focus: FocusMark | null
  children: ReactNode
}) {
  const [queryClient] = useState(createQueryClient)
  const stored = useKeys(getActiveKey)
  const session = useMemo(() => ({ hordeUrl, key: stored && describeKey(stored) }), [hordeUrl, stored])
  useLayoutEffect(() => {
    if (focus) restoreFocus(focus)
  }, [focus])
  return (
    <QueryClientProvider client={queryClient}>
      <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
    </QueryClientProvider>
  )
}

interface FocusMark {
  id: string
  tag: string
  text: string
}

function markFocus(): FocusMark | null {
  const el = document.activeElement
  if (!(el instanceof HTMLElement) || el === document.body) return null
  return { id: el.id, tag: el.tagName, text: el.textContent ?? '' }
}

function restoreFocus({ id, tag, text }: FocusMark): void {
  const byId = id ? document.getElementById(id) : null
  const same =
    byId ?? [...document.getElementsByTagName(tag)].find((el) => (el.textContent ?? '') === text) ?? null
  if (same instanceof HTMLElement) same.focus()
}

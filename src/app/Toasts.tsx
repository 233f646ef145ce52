import { lazy, Suspense, useEffect, useState } from 'react'
import { useSettings } from '@/features/settings'

// Toasts only ever follow an action: their code loads once the browser is idle after the first screen.
const Toaster = lazy(() => import('sonner').then((m) => ({ default: m.Toaster })))

/** Outside the horde's scope: a toast about a new horde outlives the page rebuilt for it. */
export function Toasts() {
  const theme = useSettings((s) => s.theme)
  const [ready, setReady] = useState(false)
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200))
    const cancel = window.cancelIdleCallback ?? window.clearTimeout
    const id = idle(() => setReady(true))
    return () => cancel(id)
  }, [])
  return ready ? (
    <Suspense fallback={null}>
      <Toaster position="bottom-right" theme={theme} richColors closeButton />
    </Suspense>
  ) : null
}

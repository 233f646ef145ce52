import { lazy, useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { loadSource, sourceProblems as problemsOf } from './encode'
import type { SourceProcessing } from './model/problems'
import { removeSource } from './putAside'
import { layoutOf, usePainter } from './store'

// The painter's public surface. Nothing here pulls konva: the painter itself loads on demand.

export type { SourceProcessing } from './model/problems'
export type { SourceFields } from './encode'
export { buildSourceFields, reopenSource, sourceProblems, type RequestSource } from './encode'
export { useBuiltSource } from './useBuiltSource'
export { startDraft as keepPainterDraft } from './draft'

export interface SourceSummary {
  width: number
  height: number
  mode: SourceProcessing
  needsInpaintingModel: boolean
  controlType: string | null
}

/** What the composer shows and checks about the source; null when there is none. */
export function useSourceSummary(): SourceSummary | null {
  return usePainter(
    useShallow((s) => {
      const layout = layoutOf(s)
      if (!layout) return null
      return {
        width: layout.width,
        height: layout.height,
        mode: s.mode,
        needsInpaintingModel: s.mode !== 'img2img',
        controlType: s.mode === 'img2img' ? s.controlnet.type : null,
      }
    }),
  )
}

/** A file being opened, or the last one that could not be: the composer waits, and shows the painter. */
export function useSourceStatus(): { loading: boolean; loadError: string | null } {
  return usePainter(useShallow((s) => ({ loading: s.loading, loadError: s.loadError })))
}

/** Why the source cannot be sent as it is (empty mask, no margins, …); empty when fine or no source. */
export function useSourceProblems(): string[] {
  // One string, so the selector's answer compares equal while nothing changed.
  const key = usePainter((s) => (s.source ? problemsOf(s).join('\n') : ''))
  return useMemo(() => (key ? key.split('\n') : []), [key])
}

/** The gallery's "use as source", and "open the result in the painter". Problems show in the painter. */
export async function useAsSource(blob: Blob, name = 'This image'): Promise<boolean> {
  return (await loadSource(blob, name)) !== null
}
/** The same, under a name the hooks lint rule does not take for a hook (for event handlers). */
export const openInPainter = useAsSource

/** Back to text to image; a painting with strokes is put aside, and can be brought back. */
export function clearSource(): void {
  removeSource()
}

export const Painter = lazy(() => import('./components/Painter'))

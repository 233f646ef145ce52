import { useEffect, useState } from 'react'
import { buildSourceFields, type SourceFields } from './encode'
import { usePainter, type PainterState } from './store'

/** What changes the bytes sent; tool, colour and view do not. */
const sentParts = (s: PainterState) =>
  [
    s.source,
    s.aspect,
    s.cropX,
    s.cropY,
    s.maxPixels,
    s.mode,
    s.denoise,
    s.edits,
    s.outpaint,
    s.controlnet,
  ] as const

/**
 * The source as it would be sent, rebuilt once the user pauses: the horde's dry run prices a request
 * with a source differently (denoising strength), so the estimate needs the real fields.
 */
interface Built {
  fields: SourceFields | null
  building: boolean
  /** Why the source could not be built (it is then not sent either). */
  error: string | null
}

export function useBuiltSource(delayMs = 500): Built {
  const [built, setBuilt] = useState<Built>({
    fields: null,
    building: usePainter.getState().source !== null,
    error: null,
  })
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let generation = 0
    const schedule = (s: PainterState) => {
      clearTimeout(timer)
      const mine = ++generation
      if (!s.source) {
        setBuilt({ fields: null, building: false, error: null })
        return
      }
      setBuilt((b) => (b.building ? b : { ...b, building: true }))
      timer = setTimeout(() => {
        buildSourceFields(s).then(
          (fields) => mine === generation && setBuilt({ fields, building: false, error: null }),
          () =>
            mine === generation &&
            setBuilt({
              fields: null,
              building: false,
              error: 'The source image could not be prepared for sending. Open it again.',
            }),
        )
      }, delayMs)
    }
    schedule(usePainter.getState())
    const unsubscribe = usePainter.subscribe((s, prev) => {
      const a = sentParts(s)
      const b = sentParts(prev)
      if (a.some((v, i) => v !== b[i])) schedule(s)
    })
    return () => {
      generation++
      clearTimeout(timer)
      unsubscribe()
    }
  }, [delayMs])
  return built
}

import { create } from 'zustand'
import { redo as redoEdit, push, undo as undoEdit } from './model/history'
import {
  DEFAULT_MAX_PIXELS,
  NO_SIDES,
  cropRect,
  marginMask,
  normaliseSides,
  requestLayout,
  type AspectId,
  type RequestLayout,
  type Sides,
} from './model/layout'
import { createMaskCache, scaleEdits, type MaskEdit, type Stroke } from './model/mask'
import type { ControlNet, ControlType, SourceProcessing } from './model/problems'
import { MAX_BRUSH, MIN_BRUSH, type ToolId } from './tools'

// The painter's client state. Not persisted: a source is a decoded bitmap, and a reload starts clean.
// The stroke being drawn is not here: it lives in the stage's ref until pointer-up (components/PaintStage).

export interface LoadedSource {
  blob: Blob
  name: string
  /** The working copy, EXIF orientation applied, scaled down when the file was huge. */
  bitmap: ImageBitmap
  /** The file's own size (oriented), before any scaling down. */
  natural: { width: number; height: number }
  hasAlpha: boolean
}

export interface PainterState {
  source: LoadedSource | null
  loading: boolean
  loadError: string | null
  /** Something about the loaded file the user should know (scaled down, transparency flattened). */
  notices: string[]
  aspect: AspectId
  cropX: number
  cropY: number
  maxPixels: number
  mode: SourceProcessing
  denoise: number
  edits: MaskEdit[]
  undone: MaskEdit[]
  tool: ToolId
  brushSize: number
  softness: number
  usePressure: boolean
  maskColor: string
  maskVisible: boolean
  outpaint: Sides
  controlnet: ControlNet
}

const initial: PainterState = {
  source: null,
  loading: false,
  loadError: null,
  notices: [],
  aspect: 'original',
  cropX: 0.5,
  cropY: 0.5,
  maxPixels: DEFAULT_MAX_PIXELS,
  mode: 'img2img',
  denoise: 0.75,
  edits: [],
  undone: [],
  tool: 'brush',
  brushSize: 48,
  softness: 0,
  usePressure: false,
  maskColor: '#ff2d75',
  maskVisible: true,
  outpaint: NO_SIDES,
  controlnet: { type: null, imageIsControl: false, returnControlMap: false },
}

export const usePainter = create<PainterState>()(() => initial)

export function resetPainter(): void {
  usePainter.getState().source?.bitmap.close()
  putAside?.source?.bitmap.close()
  putAside = null
  usePainter.setState(initial, true)
}

// ---- derived values (pure functions of the state) ----

type CropInput = Pick<PainterState, 'source' | 'aspect' | 'cropX' | 'cropY'>
export type LayoutInput = CropInput & Pick<PainterState, 'maxPixels' | 'mode' | 'outpaint'>

export function cropOf(s: CropInput) {
  if (!s.source) return null
  return cropRect(
    { width: s.source.bitmap.width, height: s.source.bitmap.height },
    s.aspect,
    s.cropX,
    s.cropY,
  )
}

export function layoutOf(s: LayoutInput): RequestLayout | null {
  const crop = cropOf(s)
  if (!crop) return null
  return requestLayout(crop, s.maxPixels, s.mode === 'outpainting' ? s.outpaint : null)
}

const maskCache = createMaskCache()
let marginCache: { key: string; mask: Uint8Array } | null = null

/**
 * The mask at the request's size, exactly as it will be sent: binary unless img2img (whose workers
 * blend by the mask's value); with the margins white when outpainting.
 */
export function maskOf(s: PainterState): Uint8Array | null {
  const layout = layoutOf(s)
  if (!layout) return null
  let base: Uint8Array | undefined
  if (s.mode === 'outpainting') {
    const key = JSON.stringify(layout)
    if (marginCache?.key !== key) marginCache = { key, mask: marginMask(layout) }
    base = marginCache.mask
  }
  return maskCache(
    s.edits,
    {
      width: layout.width,
      height: layout.height,
      offsetX: layout.image.x,
      offsetY: layout.image.y,
      imageWidth: layout.image.width,
      imageHeight: layout.image.height,
      binary: s.mode !== 'img2img',
    },
    base,
  )
}

// ---- actions ----

export function setLoading(): void {
  usePainter.setState({ loading: true, loadError: null })
}

export function setLoadError(message: string): void {
  usePainter.setState({ loading: false, loadError: message })
}

// The painting a new source (or "remove") replaced, kept in memory so it can be brought back once.
let putAside: PainterState | null = null

/** Keeps the current painting aside when it holds strokes; otherwise lets its bitmap go. */
function setAside(s: PainterState): boolean {
  // Nothing to put aside: what is already aside stays there.
  if (!s.source) return false
  if (putAside && putAside.source !== s.source) putAside.source?.bitmap.close()
  putAside = null
  if (s.edits.length === 0) {
    s.source.bitmap.close()
    return false
  }
  putAside = s
  return true
}

/** Whether the last replace or remove put a painting aside; true until something else replaces it. */
export const hasPutAside = () => putAside !== null

/** Brings back the painting put aside; the current one takes its place there. */
export function bringBack(): void {
  const back = putAside
  if (!back) return
  putAside = null
  const now = usePainter.getState()
  setAside(now)
  usePainter.setState({ ...back, loading: false, loadError: null })
}

export function setSource(source: LoadedSource, notices: string[]): boolean {
  const aside = setAside(usePainter.getState())
  usePainter.setState({
    source,
    notices,
    loading: false,
    loadError: null,
    aspect: 'original',
    cropX: 0.5,
    cropY: 0.5,
    edits: [],
    undone: [],
    outpaint: NO_SIDES,
    controlnet: initial.controlnet,
  })
  return aside
}

/** Removes the source; returns whether a painting was put aside (and can be brought back). */
export function clearSource(): boolean {
  const aside = setAside(usePainter.getState())
  usePainter.setState({ source: null, notices: [], loadError: null, edits: [], undone: [] })
  return aside
}

/** Changes the image's fitted size, scaling what was painted with it. */
function refit(change: Partial<PainterState>): void {
  usePainter.setState((s) => {
    const before = layoutOf(s)
    const next = { ...s, ...change }
    const after = layoutOf(next)
    if (!before || !after || s.edits.length + s.undone.length === 0) return change
    const sx = after.image.width / before.image.width
    const sy = after.image.height / before.image.height
    if (sx === 1 && sy === 1) return change
    return { ...change, edits: scaleEdits(s.edits, sx, sy), undone: scaleEdits(s.undone, sx, sy) }
  })
}

/** A new crop shows other pixels: what was painted no longer lies on them, so it is cleared. */
export function setCrop(change: { aspect?: AspectId; cropX?: number; cropY?: number }): void {
  usePainter.setState({ ...change, edits: [], undone: [] })
}

export const setMaxPixels = (maxPixels: number) => refit({ maxPixels })
export const setMode = (mode: SourceProcessing) =>
  refit({ mode, ...(mode === 'inpainting' && { denoise: 1 }) })
export const setOutpaint = (side: keyof Sides, amount: number) =>
  refit({ outpaint: normaliseSides({ ...usePainter.getState().outpaint, [side]: amount }) })
export const setDenoise = (denoise: number) =>
  usePainter.setState({ denoise: Math.min(1, Math.max(0.01, Math.round(denoise * 100) / 100)) })

export const selectTool = (tool: ToolId) => usePainter.setState({ tool })
export const setBrushSize = (size: number) =>
  usePainter.setState({ brushSize: Math.round(Math.min(MAX_BRUSH, Math.max(MIN_BRUSH, size))) })
/** `[` and `]`: steps that feel even at every size. */
export const stepBrushSize = (dir: 1 | -1) => {
  const size = usePainter.getState().brushSize
  setBrushSize(dir > 0 ? Math.max(size + 1, size * 1.25) : Math.min(size - 1, size / 1.25))
}
export const setSoftness = (softness: number) =>
  usePainter.setState({ softness: Math.min(1, Math.max(0, softness)) })
export const setUsePressure = (usePressure: boolean) => usePainter.setState({ usePressure })
export const setMaskColor = (maskColor: string) => usePainter.setState({ maskColor })
export const toggleMaskVisible = () => usePainter.setState((s) => ({ maskVisible: !s.maskVisible }))

export const commitStroke = (stroke: Stroke) => usePainter.setState((s) => push(s, stroke))
export const fillMask = () => usePainter.setState((s) => push(s, { op: 'fill' }))
export const clearMask = () => usePainter.setState((s) => (s.edits.length ? push(s, { op: 'clear' }) : {}))
export const invertMask = () => usePainter.setState((s) => push(s, { op: 'invert' }))
export const undo = () => usePainter.setState((s) => undoEdit(s))
export const redo = () => usePainter.setState((s) => redoEdit(s))

export function setControlType(type: ControlType | null): void {
  usePainter.setState((s) => ({
    controlnet: type
      ? { ...s.controlnet, type }
      : { type: null, imageIsControl: false, returnControlMap: false },
  }))
}
export const setImageIsControl = (imageIsControl: boolean) =>
  usePainter.setState((s) => ({ controlnet: { ...s.controlnet, imageIsControl } }))
export const setReturnControlMap = (returnControlMap: boolean) =>
  usePainter.setState((s) => ({ controlnet: { ...s.controlnet, returnControlMap } }))

// ---- the view: zoom and pan change only how the canvas is shown, never the data ----

export interface View {
  scale: number
  x: number
  y: number
}
/** `fitRequested`: the stage fits the canvas on its next layout (at first, and after "Fit"). */
export const usePainterView = create<
  View & { fitRequested: boolean; stageWidth: number; stageHeight: number }
>()(() => ({ scale: 1, x: 0, y: 0, fitRequested: true, stageWidth: 0, stageHeight: 0 }))
export const MIN_ZOOM = 0.05
export const MAX_ZOOM = 16

export function setView(view: View): void {
  usePainterView.setState({
    ...view,
    scale: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.scale)),
    fitRequested: false,
  })
}

/** Zooms by `factor` keeping the point (px, py) of the stage where it is. */
export function zoomAt(factor: number, px: number, py: number): void {
  const v = usePainterView.getState()
  const scale = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, v.scale * factor))
  const k = scale / v.scale
  setView({ scale, x: px - (px - v.x) * k, y: py - (py - v.y) * k })
}

/** Asks the stage to fit the whole canvas in view on its next layout. */
export const requestFit = () => usePainterView.setState({ fitRequested: true })

export function zoomBy(factor: number): void {
  const { stageWidth, stageHeight } = usePainterView.getState()
  zoomAt(factor, stageWidth / 2, stageHeight / 2)
}

/** The view that shows the whole `width × height` canvas centred in the stage. */
export function fitView(width: number, height: number): void {
  const { stageWidth, stageHeight } = usePainterView.getState()
  if (!stageWidth || !stageHeight || !width || !height) return
  const scale = Math.min(stageWidth / width, stageHeight / height) * 0.96
  setView({ scale, x: (stageWidth - width * scale) / 2, y: (stageHeight - height * scale) / 2 })
}

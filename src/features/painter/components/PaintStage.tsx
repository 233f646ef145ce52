import type Konva from 'konva'
import type { KonvaEventObject } from 'konva/lib/Node'
import { useEffect, useMemo, useRef, useState } from 'react'
import { Group, Image as KonvaImage, Layer, Line, Rect, Stage } from 'react-konva'
import { useShallow } from 'zustand/react/shallow'
import {
  commitStroke,
  cropOf,
  fitView,
  layoutOf,
  maskOf,
  setView,
  usePainter,
  usePainterView,
  zoomAt,
} from '../store'
import { PaintGestures, type GestureHost } from '../gestures/machine'
import { TOOLS } from '../tools'
import type { MaskEdit, Stroke } from '../model/mask'

interface Region {
  x: number
  y: number
  width: number
  height: number
}

/**
 * Colours the mask for the overlay: the mask's value becomes the colour's opacity. With a region, only
 * that part is redrawn (a new stroke touches its own bounding box, not the whole canvas).
 */
function paintOverlay(
  target: HTMLCanvasElement,
  mask: Uint8Array,
  width: number,
  height: number,
  hex: string,
  region: Region = { x: 0, y: 0, width, height },
) {
  if (target.width !== width || target.height !== height) {
    target.width = width
    target.height = height
    region = { x: 0, y: 0, width, height }
  }
  const ctx = target.getContext('2d')
  if (!ctx || region.width <= 0 || region.height <= 0) return
  const img = ctx.createImageData(region.width, region.height)
  const px = new Uint32Array(img.data.buffer)
  const n = parseInt(hex.slice(1), 16)
  const rgb = ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff)
  for (let y = 0; y < region.height; y++) {
    const row = (y + region.y) * width + region.x
    for (let x = 0; x < region.width; x++) {
      const v = mask[row + x]!
      if (v) px[y * region.width + x] = ((v << 24) | rgb) >>> 0
    }
  }
  ctx.putImageData(img, region.x, region.y)
}

/** The canvas pixels a stroke can have changed, clipped to the canvas. */
function strokeRegion(
  stroke: Stroke,
  offsetX: number,
  offsetY: number,
  width: number,
  height: number,
): Region {
  const r = Math.ceil(stroke.size / 2) + 2
  let x0 = Infinity
  let y0 = Infinity
  let x1 = -Infinity
  let y1 = -Infinity
  for (let i = 0; i < stroke.points.length; i += 2) {
    x0 = Math.min(x0, stroke.points[i]!)
    x1 = Math.max(x1, stroke.points[i]!)
    y0 = Math.min(y0, stroke.points[i + 1]!)
    y1 = Math.max(y1, stroke.points[i + 1]!)
  }
  const x = Math.max(0, Math.floor(x0 + offsetX - r))
  const y = Math.max(0, Math.floor(y0 + offsetY - r))
  return {
    x,
    y,
    width: Math.min(width, Math.ceil(x1 + offsetX + r)) - x,
    height: Math.min(height, Math.ceil(y1 + offsetY + r)) - y,
  }
}

/** The machine's view of the painter: its settings and view from the stores, the live line on the stage. */
function stageHost(liveLine: () => Konva.Line | null): GestureHost {
  return {
    settings: () => {
      const { tool, usePressure, brushSize } = usePainter.getState()
      return { drawing: tool === 'brush' || tool === 'eraser', usePressure, brushSize }
    },
    view: () => usePainterView.getState(),
    setView,
    showStroke: (points) => {
      liveLine()?.points(points)
      liveLine()?.getLayer()?.batchDraw()
    },
    commitStroke: ({ points, pressure }) => {
      const { tool, brushSize, softness } = usePainter.getState()
      commitStroke({
        op: 'stroke',
        tool: tool === 'eraser' ? 'eraser' : 'brush',
        size: brushSize,
        softness,
        points,
        ...(pressure && { pressure }),
      })
    },
  }
}

export function PaintStage() {
  const containerRef = useRef<HTMLDivElement>(null)
  const stageRef = useRef<Konva.Stage>(null)
  const groupRef = useRef<Konva.Group>(null)
  const liveRef = useRef<Konva.Line>(null)
  const overlayLayerRef = useRef<Konva.Layer>(null)
  const overlay = useMemo(() => document.createElement('canvas'), [])
  // The stroke in progress lives in the gesture machine, out of React and the store until pointer-up.
  const gesturesRef = useRef<PaintGestures | null>(null)

  const { source, mode, edits, tool, brushSize, maskColor, maskVisible } = usePainter(
    useShallow((s) => ({
      source: s.source,
      mode: s.mode,
      edits: s.edits,
      tool: s.tool,
      brushSize: s.brushSize,
      maskColor: s.maskColor,
      maskVisible: s.maskVisible,
    })),
  )
  const { aspect, cropX, cropY, maxPixels, outpaint } = usePainter(
    useShallow((s) => ({
      aspect: s.aspect,
      cropX: s.cropX,
      cropY: s.cropY,
      maxPixels: s.maxPixels,
      outpaint: s.outpaint,
    })),
  )
  const layout = useMemo(
    () => layoutOf({ source, aspect, cropX, cropY, maxPixels, mode, outpaint }),
    [source, aspect, cropX, cropY, maxPixels, mode, outpaint],
  )
  const crop = useMemo(() => cropOf({ source, aspect, cropX, cropY }), [source, aspect, cropX, cropY])
  const view = usePainterView()
  const [size, setSize] = useState({ width: 0, height: 0 })

  const canvasW = layout?.width ?? 0
  const canvasH = layout?.height ?? 0

  useEffect(() => {
    const el = containerRef.current
    if (!el) return
    const measure = () => {
      const width = Math.floor(el.clientWidth)
      const aspect = canvasH && canvasW ? canvasH / canvasW : 1
      const height = Math.round(Math.min(Math.max(width * aspect, 240), window.innerHeight * 0.7))
      setSize({ width, height })
      usePainterView.setState({ stageWidth: width, stageHeight: height })
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const ro = new ResizeObserver(measure)
    ro.observe(el)
    return () => ro.disconnect()
  }, [canvasW, canvasH])

  // A new canvas size (source, crop, outpainting) is shown whole.
  useEffect(() => {
    if (size.width && canvasW) fitView(canvasW, canvasH)
  }, [size.width, size.height, canvasW, canvasH])
  useEffect(() => {
    if (view.fitRequested && size.width && canvasW) fitView(canvasW, canvasH)
  }, [view.fitRequested, size.width, canvasW, canvasH])

  // The overlay is the mask that will be sent, coloured: what is shown is what is painted.
  const shown = useRef<{ edits: readonly MaskEdit[]; layout: unknown; maskColor: string } | null>(null)
  useEffect(() => {
    const s = usePainter.getState()
    const mask = maskOf(s)
    if (!mask || !layout) return
    // One stroke added to what is already shown: redraw only where it went.
    const before = shown.current
    const added = edits.at(-1)
    const region =
      before &&
      before.layout === layout &&
      before.maskColor === maskColor &&
      edits.length === before.edits.length + 1 &&
      before.edits.every((e, i) => e === edits[i]) &&
      added?.op === 'stroke'
        ? strokeRegion(added, layout.image.x, layout.image.y, layout.width, layout.height)
        : undefined
    paintOverlay(overlay, mask, layout.width, layout.height, maskColor, region)
    shown.current = { edits, layout, maskColor }
    overlayLayerRef.current?.batchDraw()
  }, [overlay, edits, mode, layout, maskColor])

  if (!source || !layout || !crop) return null
  const { image } = layout

  const pointerOf = (evt: PointerEvent) => ({
    pointerId: evt.pointerId,
    at: { x: evt.offsetX, y: evt.offsetY },
    pressure: evt.pressure,
    imagePoint: () => {
      const p = groupRef.current?.getRelativePointerPosition()
      return p ? { x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 } : null
    },
  })
  const gestures = () => (gesturesRef.current ??= new PaintGestures(stageHost(() => liveRef.current)))
  const onDown = (e: KonvaEventObject<PointerEvent>) => {
    containerRef.current?.focus({ preventScroll: true })
    gestures().pointerDown({ ...pointerOf(e.evt), button: e.evt.button, pointerType: e.evt.pointerType })
  }
  const onMove = (e: KonvaEventObject<PointerEvent>) => gestures().pointerMove(pointerOf(e.evt))
  const onUp = (e: KonvaEventObject<PointerEvent>) =>
    gestures().pointerUp({ pointerId: e.evt.pointerId, cancelled: e.evt.type === 'pointercancel' })

  const onWheel = (e: KonvaEventObject<WheelEvent>) => {
    e.evt.preventDefault()
    const stage = stageRef.current
    const p = stage?.getPointerPosition()
    if (!p) return
    zoomAt(e.evt.deltaY < 0 ? 1.1 : 1 / 1.1, p.x, p.y)
  }

  return (
    <div
      ref={containerRef}
      role="application"
      aria-label="Painting canvas"
      aria-roledescription="painting canvas"
      aria-describedby="painter-canvas-help"
      // A focusable canvas region, as tldraw's: keys and pointers go to it, the toolbar names every action.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      data-testid="painter.stage"
      // Where the canvas sits in the stage (scale, x, y): lets tests aim at image pixels.
      data-view={`${view.scale} ${view.x} ${view.y}`}
      className="relative w-full overflow-hidden rounded-md border border-zinc-300 bg-zinc-200 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-600 dark:border-zinc-600 dark:bg-zinc-800"
      style={{ touchAction: 'none', cursor: TOOLS[tool].cursor, height: size.height || 240 }}
    >
      <p id="painter-canvas-help" className="sr-only">
        Paint with a mouse, pen or finger. Two fingers or the wheel zoom; the Pan tool or the middle button
        moves the view. Keys: B brush, E eraser, H pan, [ and ] brush size, plus and minus zoom, 0 fit.
      </p>
      {size.width > 0 && (
        <Stage
          ref={stageRef}
          width={size.width}
          height={size.height}
          scaleX={view.scale}
          scaleY={view.scale}
          x={view.x}
          y={view.y}
          onPointerDown={onDown}
          onPointerMove={onMove}
          onPointerUp={onUp}
          onPointerLeave={onUp}
          onPointerCancel={onUp}
          onWheel={onWheel}
        >
          <Layer listening={false}>
            <Rect
              width={layout.width}
              height={layout.height}
              fill={mode === 'outpainting' ? '#d4d4d8' : '#ffffff'}
              stroke="#71717a"
              strokeWidth={1 / view.scale}
            />
            {mode === 'outpainting' && (
              <Rect x={image.x} y={image.y} width={image.width} height={image.height} fill="#ffffff" />
            )}
            <KonvaImage
              image={source.bitmap}
              x={image.x}
              y={image.y}
              width={image.width}
              height={image.height}
              crop={crop}
            />
          </Layer>
          <Layer ref={overlayLayerRef} opacity={0.55} visible={maskVisible} listening={false}>
            <KonvaImage image={overlay} width={layout.width} height={layout.height} />
            <Group ref={groupRef} x={image.x} y={image.y}>
              <Line
                ref={liveRef}
                stroke={maskColor}
                strokeWidth={brushSize}
                lineCap="round"
                lineJoin="round"
                globalCompositeOperation={tool === 'eraser' ? 'destination-out' : 'source-over'}
                listening={false}
              />
            </Group>
          </Layer>
        </Stage>
      )}
    </div>
  )
}

import { useId } from 'react'
import { Button } from '@/ui/Button'
import { cn } from '@/ui/cn'
import {
  clearMask,
  fillMask,
  invertMask,
  redo,
  requestFit,
  selectTool,
  setBrushSize,
  setMaskColor,
  setSoftness,
  setUsePressure,
  toggleMaskVisible,
  undo,
  usePainter,
  usePainterView,
  zoomBy,
} from '../store'
import { MAX_BRUSH, MIN_BRUSH, TOOL_IDS, TOOLS } from '../tools'

const rangeClass = 'w-full accent-violet-700 focus-visible:outline-2 focus-visible:outline-violet-600'
const labelClass = 'text-sm font-medium text-zinc-900 dark:text-zinc-100'

export function PaintToolbar() {
  const id = useId()
  const tool = usePainter((s) => s.tool)
  const brushSize = usePainter((s) => s.brushSize)
  const softness = usePainter((s) => s.softness)
  const usePressure = usePainter((s) => s.usePressure)
  const maskColor = usePainter((s) => s.maskColor)
  const maskVisible = usePainter((s) => s.maskVisible)
  const mode = usePainter((s) => s.mode)
  const canUndo = usePainter((s) => s.edits.length > 0)
  const canRedo = usePainter((s) => s.undone.length > 0)
  const zoom = usePainterView((v) => v.scale)

  return (
    <div className="grid grid-cols-1 gap-3">
      <div className="flex flex-wrap items-center gap-1" role="toolbar" aria-label="Painting tools">
        {TOOL_IDS.map((t) => (
          <Button
            key={t}
            size="sm"
            variant={tool === t ? 'primary' : 'secondary'}
            aria-pressed={tool === t}
            aria-keyshortcuts={TOOLS[t].key}
            title={`${TOOLS[t].label} — ${TOOLS[t].key.toUpperCase()}`}
            onClick={() => selectTool(t)}
          >
            {TOOLS[t].label}
          </Button>
        ))}
        <span className="mx-1 h-6 w-px bg-zinc-300 dark:bg-zinc-600" aria-hidden />
        <Button
          size="sm"
          variant="secondary"
          onClick={undo}
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z"
        >
          Undo
        </Button>
        <Button
          size="sm"
          variant="secondary"
          onClick={redo}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
        >
          Redo
        </Button>
        <Button size="sm" variant="secondary" onClick={clearMask} disabled={!canUndo}>
          Clear
        </Button>
        <Button size="sm" variant="secondary" onClick={invertMask}>
          Invert
        </Button>
        <Button size="sm" variant="secondary" onClick={fillMask}>
          Fill
        </Button>
      </div>

      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <div className="grid grid-cols-1 content-start gap-1">
          <div className="flex justify-between">
            <label htmlFor={`${id}-size`} className={labelClass}>
              Brush size
            </label>
            <output htmlFor={`${id}-size`} className="text-sm tabular-nums text-zinc-600 dark:text-zinc-400">
              {brushSize} px
            </output>
          </div>
          <input
            id={`${id}-size`}
            type="range"
            min={MIN_BRUSH}
            max={MAX_BRUSH}
            value={brushSize}
            aria-valuetext={`${brushSize} pixels`}
            aria-keyshortcuts="[ ]"
            onChange={(e) => setBrushSize(Number(e.currentTarget.value))}
            className={rangeClass}
          />
        </div>
        <div className="grid grid-cols-1 content-start gap-1">
          <div className="flex justify-between">
            <label htmlFor={`${id}-soft`} className={labelClass}>
              Edge softness
            </label>
            <output htmlFor={`${id}-soft`} className="text-sm tabular-nums text-zinc-600 dark:text-zinc-400">
              {Math.round(softness * 100)} %
            </output>
          </div>
          <input
            id={`${id}-soft`}
            type="range"
            min={0}
            max={100}
            value={Math.round(softness * 100)}
            aria-valuetext={`${Math.round(softness * 100)} percent`}
            aria-describedby={`${id}-soft-hint`}
            onChange={(e) => setSoftness(Number(e.currentTarget.value) / 100)}
            className={rangeClass}
          />
          <p id={`${id}-soft-hint`} className="text-xs text-zinc-600 dark:text-zinc-400">
            {mode === 'img2img'
              ? 'A soft edge blends the change into the image.'
              : 'Inpainting workers use a hard edge: the mask is cut halfway through the fade, as shown.'}
          </p>
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={usePressure}
            onChange={(e) => setUsePressure(e.currentTarget.checked)}
          />
          Pen pressure
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={maskVisible} onChange={toggleMaskVisible} />
          Show mask
        </label>
        <label className="flex items-center gap-2">
          <input
            type="color"
            value={maskColor}
            onChange={(e) => setMaskColor(e.currentTarget.value)}
            className="h-8 w-10 cursor-pointer rounded border border-zinc-300 bg-transparent dark:border-zinc-600"
          />
          Mask colour
        </label>
        <span className={cn('flex items-center gap-1')} role="group" aria-label="Zoom">
          <Button size="sm" variant="secondary" onClick={() => zoomBy(1 / 1.25)} aria-keyshortcuts="-">
            Zoom out
          </Button>
          <output className="w-14 text-center tabular-nums" aria-label="Zoom level">
            {Math.round(zoom * 100)} %
          </output>
          <Button size="sm" variant="secondary" onClick={() => zoomBy(1.25)} aria-keyshortcuts="+">
            Zoom in
          </Button>
          <Button size="sm" variant="secondary" onClick={requestFit} aria-keyshortcuts="0">
            Fit
          </Button>
        </span>
      </div>
    </div>
  )
}

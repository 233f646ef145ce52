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
import { Checkbox } from '@/ui/Checkbox'
import { Slider } from '@/ui/Slider'
import { SegmentedControl } from '@/ui/SegmentedControl'

export function PaintToolbar() {
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
        <SegmentedControl
          label="Tool"
          size="sm"
          value={tool}
          onChange={selectTool}
          options={TOOL_IDS.map((t) => ({
            value: t,
            label: TOOLS[t].label,
            keyShortcuts: TOOLS[t].key,
            title: `${TOOLS[t].label} — ${TOOLS[t].key.toUpperCase()}`,
          }))}
        />
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
        <Slider
          label="Brush size"
          min={MIN_BRUSH}
          max={MAX_BRUSH}
          value={brushSize}
          display={`${brushSize} px`}
          valueText={`${brushSize} pixels`}
          keyShortcuts="[ ]"
          onChange={setBrushSize}
        />
        <Slider
          label="Edge softness"
          min={0}
          max={100}
          value={Math.round(softness * 100)}
          display={`${Math.round(softness * 100)} %`}
          valueText={`${Math.round(softness * 100)} percent`}
          onChange={(v) => setSoftness(v / 100)}
          hint={
            mode === 'img2img'
              ? 'A soft edge blends the change into the image.'
              : 'Inpainting workers use a hard edge: the mask is cut halfway through the fade, as shown.'
          }
        />
      </div>

      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <Checkbox label="Pen pressure" checked={usePressure} onChange={setUsePressure} />
        <Checkbox label="Show mask" checked={maskVisible} onChange={toggleMaskVisible} />
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

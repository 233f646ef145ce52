import type { KeyboardEvent } from 'react'
import { Card } from '@/ui/Card'
import { sourceProblems } from '../encode'
import { redo, requestFit, selectTool, stepBrushSize, undo, usePainter, zoomBy } from '../store'
import { SHORTCUTS, TOOL_IDS, TOOLS } from '../tools'
import { PaintStage } from './PaintStage'
import { PaintToolbar } from './PaintToolbar'
import { ControlNetControls, ModeAndStrength, OutpaintControls, SizeAndCrop } from './SourceSettings'
import { SourcePicker } from './SourcePicker'

const TYPING = new Set(['text', 'number', 'search', 'email', 'url', 'password', 'color', 'file'])

/** Shortcuts work anywhere in the painter, except while typing in a field. */
function onKeyDown(e: KeyboardEvent<HTMLElement>) {
  const t = e.target as HTMLElement
  if (t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement) return
  if (t instanceof HTMLInputElement && TYPING.has(t.type)) return
  const mod = e.ctrlKey || e.metaKey
  const key = e.key.toLowerCase()
  let handled = true
  if (mod && key === 'z') (e.shiftKey ? redo : undo)()
  else if (mod && key === 'y') redo()
  else if (mod || e.altKey) handled = false
  else if (key === '[') stepBrushSize(-1)
  else if (key === ']') stepBrushSize(1)
  else if (key === '+' || key === '=') zoomBy(1.25)
  else if (key === '-' || key === '_') zoomBy(1 / 1.25)
  else if (key === '0') requestFit()
  else {
    const tool = TOOL_IDS.find((id) => TOOLS[id].key === key)
    if (tool) selectTool(tool)
    else handled = false
  }
  if (handled) e.preventDefault()
}

/** The painter: source, crop, mode, mask. The composer mounts it and sends buildSourceFields(). */
export default function Painter() {
  const hasSource = usePainter((s) => s.source !== null)
  const mode = usePainter((s) => s.mode)
  // One string, so the selector's answer compares equal while nothing changed.
  const problemKey = usePainter((s) => (s.source ? sourceProblems(s).join('\n') : ''))
  const problems = problemKey ? problemKey.split('\n') : []

  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- shortcuts for the controls inside
    <section aria-label="Painter" className="grid min-w-0 grid-cols-1 gap-4" onKeyDown={onKeyDown}>
      <Card className="grid min-w-0 grid-cols-1 gap-4">
        <SourcePicker />
        {hasSource && <SizeAndCrop />}
      </Card>
      {hasSource && (
        <>
          <Card className="grid min-w-0 grid-cols-1 gap-4">
            <ModeAndStrength />
            {mode === 'outpainting' && <OutpaintControls />}
          </Card>
          <Card className="grid min-w-0 grid-cols-1 gap-3 p-2 sm:p-4">
            <PaintToolbar />
            <PaintStage />
            <details className="text-sm text-zinc-700 dark:text-zinc-300">
              <summary className="cursor-pointer">Keyboard shortcuts</summary>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                {SHORTCUTS.map((s) => (
                  <div key={s.keys} className="contents">
                    <dt className="font-mono">{s.keys}</dt>
                    <dd>{s.does}</dd>
                  </div>
                ))}
              </dl>
            </details>
          </Card>
          {mode === 'img2img' && (
            <Card>
              <ControlNetControls />
            </Card>
          )}
          {problems.length > 0 && (
            <ul
              key={problemKey}
              aria-label="Before sending"
              className="grid gap-1 text-sm text-amber-800 dark:text-amber-300"
            >
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  )
}

import { useState } from 'react'
import { Field, inputClass } from '@/ui/Field'
import {
  ASPECTS,
  MAX_SIDE,
  NO_SIDES,
  PIXEL_CHOICES,
  STEP,
  normaliseSides,
  type AspectId,
  type Sides,
} from '../model/layout'
import { CONTROL_TYPES, MODES, type ControlType } from '../model/problems'
import {
  layoutOf,
  setControlType,
  setCrop,
  setDenoise,
  setImageIsControl,
  setMaxPixels,
  setMode,
  setOutpaint,
  setReturnControlMap,
  usePainter,
} from '../store'
import { Select } from '@/ui/Select'
import { Checkbox } from '@/ui/Checkbox'
import { Slider } from '@/ui/Slider'
import { RadioGroup } from '@/ui/RadioGroup'

const legendClass = 'text-sm font-medium text-zinc-900 dark:text-zinc-100'

export function SizeAndCrop() {
  const maxPixels = usePainter((s) => s.maxPixels)
  const aspect = usePainter((s) => s.aspect)
  const cropX = usePainter((s) => s.cropX)
  const cropY = usePainter((s) => s.cropY)
  const hasEdits = usePainter((s) => s.edits.length > 0)
  const width = usePainter((s) => layoutOf(s)?.width)
  const height = usePainter((s) => layoutOf(s)?.height)
  const source = usePainter((s) => s.source)
  if (!source) return null
  // A crop narrower than the image slides across it; a flatter one slides down it.
  const across =
    (ASPECTS.find((a) => a.id === aspect)?.ratio ?? 1) < source.bitmap.width / source.bitmap.height
  return (
    <div className="grid grid-cols-1 gap-3">
      <p className="text-sm" role="status" aria-live="polite">
        Sent at{' '}
        <strong className="tabular-nums" data-testid="painter.size">
          {width} × {height}
        </strong>{' '}
        pixels
      </p>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Field label="Size limit" hint="Above 1024 × 1024 the horde asks for kudos up front.">
          {(p) => (
            <Select {...p} value={String(maxPixels)} onChange={(v) => setMaxPixels(Number(v))}>
              {PIXEL_CHOICES.map((px) => (
                <option key={px} value={px}>
                  {Math.sqrt(px)} × {Math.sqrt(px)} pixels at most
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Crop" hint={hasEdits ? 'A new crop clears what you painted.' : undefined}>
          {(p) => (
            <Select {...p} value={aspect} onChange={(v) => setCrop({ aspect: v as AspectId })}>
              {ASPECTS.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      {aspect !== 'original' && (
        <Slider
          label={across ? 'Crop position, left to right' : 'Crop position, top to bottom'}
          min={0}
          max={100}
          value={Math.round((across ? cropX : cropY) * 100)}
          display={`${Math.round((across ? cropX : cropY) * 100)} %`}
          onChange={(pos) => setCrop(across ? { cropX: pos / 100 } : { cropY: pos / 100 })}
        />
      )}
    </div>
  )
}

export function ModeAndStrength() {
  const mode = usePainter((s) => s.mode)
  const denoise = usePainter((s) => s.denoise)
  return (
    <div className="grid grid-cols-1 gap-3">
      <RadioGroup
        legend="Mode"
        value={mode}
        onChange={setMode}
        options={MODES.map((m) => ({ value: m.id, label: m.label, hint: m.hint }))}
      >
        <p className="text-xs text-zinc-600 dark:text-zinc-400">{MODES.find((m) => m.id === mode)?.hint}</p>
      </RadioGroup>
      <Slider
        label="Denoising strength"
        min={1}
        max={100}
        value={Math.round(denoise * 100)}
        display={denoise.toFixed(2)}
        onChange={(v) => setDenoise(v / 100)}
        hint="Low keeps the image close to the source; 1 redraws it freely."
      />
    </div>
  )
}

const SIDES: { side: keyof Sides; label: string }[] = [
  { side: 'top', label: 'Extend top' },
  { side: 'right', label: 'Extend right' },
  { side: 'bottom', label: 'Extend bottom' },
  { side: 'left', label: 'Extend left' },
]

function SideInput({ side, label }: { side: keyof Sides; label: string }) {
  const value = usePainter((s) => s.outpaint[side])
  // What is typed stays as typed until it is a multiple of 64 or the field is left.
  const [draft, setDraft] = useState<string | null>(null)
  const typed = draft === null ? null : Number(draft)
  const error =
    typed !== null && (!Number.isFinite(typed) || typed < 0 || typed % STEP !== 0)
      ? `Use a multiple of ${STEP}: ${normaliseSides({ ...NO_SIDES, top: typed }).top} when you leave the field.`
      : null
  const commit = () => {
    if (draft !== null) setOutpaint(side, Number(draft))
    setDraft(null)
  }
  return (
    <Field label={label} error={error}>
      {(p) => (
        <input
          {...p}
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_SIDE}
          step={STEP}
          value={draft ?? value}
          onChange={(e) => {
            const v = e.currentTarget.value
            setDraft(v)
            if (v !== '' && Number(v) >= 0 && Number(v) % STEP === 0) setOutpaint(side, Number(v))
          }}
          onBlur={commit}
          onKeyDown={(e) => {
            // The painter sits inside the request's form: Enter here commits the amount, never sends.
            if (e.key !== 'Enter') return
            e.preventDefault()
            commit()
          }}
          className={inputClass}
        />
      )}
    </Field>
  )
}

export function OutpaintControls() {
  return (
    <fieldset className="grid grid-cols-1 gap-2">
      <legend className={legendClass}>Extend the canvas (pixels, multiples of {STEP})</legend>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {SIDES.map(({ side, label }) => (
          <SideInput key={side} side={side} label={label} />
        ))}
      </div>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        The new area is sent transparent with a white mask: the horde paints it. The image shrinks to keep the
        whole canvas within the size limit.
      </p>
    </fieldset>
  )
}

export function ControlNetControls() {
  const controlnet = usePainter((s) => s.controlnet)
  return (
    <fieldset className="grid grid-cols-1 gap-2">
      <legend className={legendClass}>ControlNet</legend>
      <Field label="Control type" hint="Guides the new image by the source's edges, depth, pose…">
        {(p) => (
          <Select
            {...p}
            value={controlnet.type ?? ''}
            onChange={(v) => setControlType((v || null) as ControlType | null)}
          >
            <option value="">None</option>
            {CONTROL_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {controlnet.type && (
        <div className="grid grid-cols-1 gap-1 text-sm">
          <Checkbox
            label="The source is already a control map"
            checked={controlnet.imageIsControl}
            disabled={controlnet.returnControlMap}
            onChange={setImageIsControl}
          />
          <Checkbox
            label="Return the control map instead of an image"
            checked={controlnet.returnControlMap}
            disabled={controlnet.imageIsControl}
            onChange={setReturnControlMap}
          />
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            One or the other: the horde cannot be sent a control map and asked for one.
          </p>
        </div>
      )}
    </fieldset>
  )
}

import { Button } from '@/ui/Button'
import { ParamFields } from '@/ui/ParamFields'
import { ASPECTS, MAX_SIDE, MIN_SIDE, UPFRONT_PIXELS, sizeForAspect } from '../model/form'
import { imageParams } from '../model/params'
import type { FieldErrors } from '../model/readiness'
import { patchForm, setField, useComposer } from '../store'
import { SegmentedControl } from '@/ui/SegmentedControl'

/** Width, height and aspect; with a source image they show the painter's size and cannot be changed here. */
export function SizeFields({
  errors,
  lockedBy,
}: {
  errors: FieldErrors
  lockedBy?: { width: number; height: number } | null
}) {
  const formWidth = useComposer((s) => s.form.width)
  const formHeight = useComposer((s) => s.form.height)
  const width = lockedBy?.width ?? formWidth
  const height = lockedBy?.height ?? formHeight
  const locked = !!lockedBy
  const valid = Number.isFinite(width) && Number.isFinite(height)
  const megapixels = valid ? (width * height) / 1_000_000 : 0
  const ratio = valid && height > 0 ? width / height : 0
  return (
    <div className="grid gap-3">
      <div className="grid grid-cols-2 gap-3">
        <ParamFields
          defs={imageParams('width', 'height')}
          values={{ width, height }}
          errors={errors}
          onChange={setField}
          overrides={{ width: { readOnly: locked }, height: { readOnly: locked } }}
        />
      </div>
      {locked ? (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          The size is the source image’s, as sent with its mask. Change it with the painter’s size limit, crop
          or outpainting.
        </p>
      ) : (
        <div className="flex flex-wrap items-center gap-1.5">
          <SegmentedControl
            label="Aspect ratio"
            size="sm"
            className="flex-wrap"
            value={ASPECTS.find((a) => Math.abs(ratio - a.w / a.h) < 0.04)?.label ?? ''}
            onChange={(label) =>
              patchForm(
                sizeForAspect(
                  ASPECTS.find((a) => a.label === label)!,
                  { width, height },
                ),
              )
            }
            options={ASPECTS.map((a) => ({ value: a.label, label: a.label }))}
          />
          <Button size="sm" variant="ghost" onClick={() => patchForm({ width: height, height: width })}>
            Swap width and height
          </Button>
        </div>
      )}
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        Multiples of 64, from {MIN_SIDE} to {MAX_SIDE} pixels a side.
        {valid && ` ${megapixels.toFixed(2)} megapixels.`}
        {valid && width * height > UPFRONT_PIXELS && (
          <span className="text-amber-800 dark:text-amber-300">
            {' '}
            Over 1024×1024 the horde wants the kudos up front, which the anonymous key never has.
          </span>
        )}
      </p>
    </div>
  )
}

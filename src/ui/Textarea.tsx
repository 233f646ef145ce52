import type { ComponentProps } from 'react'
import { inputClass } from './Field'
import { cn } from './cn'

export const textareaClass = cn(inputClass.replace('h-10 ', ''), 'min-h-24 resize-y py-2')

/** A native textarea in the kit's look; give it a Field's control props or an aria-label. */
export function Textarea({ className, ...props }: ComponentProps<'textarea'>) {
  return <textarea className={cn(textareaClass, className)} {...props} />
}

import type { ReactNode } from 'react'
import { inputClass } from '@/ui/Field'
import { cn } from '@/ui/cn'

export const textareaClass = cn(inputClass.replace('h-10 ', ''), 'min-h-24 resize-y py-2')

interface CheckProps {
  label: ReactNode
  checked: boolean
  onChange: (v: boolean) => void
}

export function Check({ label, checked, onChange }: CheckProps) {
  return (
    <label className="flex items-start gap-2 text-sm">
      <input
        type="checkbox"
        className="mt-0.5 size-4 accent-violet-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-600"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span>{label}</span>
    </label>
  )
}

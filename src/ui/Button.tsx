import type { ComponentProps } from 'react'
import { cn } from './cn'

const variants = {
  primary:
    'bg-violet-700 text-white hover:bg-violet-800 dark:bg-violet-500 dark:text-zinc-950 dark:hover:bg-violet-400',
  secondary:
    'border border-zinc-300 bg-white text-zinc-900 hover:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100 dark:hover:bg-zinc-700',
  danger: 'bg-red-700 text-white hover:bg-red-800 dark:bg-red-500 dark:text-zinc-950 dark:hover:bg-red-400',
  ghost: 'text-zinc-800 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-zinc-800',
  quietDanger: 'text-red-700 hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-950',
} as const

export type ButtonProps = ComponentProps<'button'> & { variant?: keyof typeof variants; size?: 'sm' | 'md' }

/** A button's look, also for a link that reads as the page's main action. */
export function buttonClass(variant: keyof typeof variants = 'primary', size: 'sm' | 'md' = 'md') {
  return cn(
    'inline-flex items-center justify-center gap-2 rounded-md font-medium transition-colors',
    'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-600',
    'disabled:cursor-not-allowed disabled:opacity-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-50',
    size === 'sm' ? 'h-8 px-3 text-sm' : 'h-10 px-4 text-sm',
    variants[variant],
  )
}

export function Button({
  variant = 'primary',
  size = 'md',
  className,
  type = 'button',
  ...props
}: ButtonProps) {
  return <button type={type} className={cn(buttonClass(variant, size), className)} {...props} />
}

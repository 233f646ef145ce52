import { useState, type ComponentProps } from 'react'
import { inputClass } from '@/ui/Field'

/**
 * A key field that hides what is typed without being a password field, so password managers
 * neither offer to save the key nor fill a wrong one in.
 */
export function SecretInput(props: Omit<ComponentProps<'input'>, 'type'>) {
  const [shown, setShown] = useState(false)
  return (
    <div className="flex gap-2">
      <input
        {...props}
        type="text"
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        data-1p-ignore
        data-lpignore="true"
        className={`${inputClass} font-mono`}
        style={shown ? undefined : ({ WebkitTextSecurity: 'disc' } as React.CSSProperties)}
      />
      <button
        type="button"
        className="shrink-0 rounded-md border border-zinc-300 px-3 text-sm focus-visible:outline-2 focus-visible:outline-violet-600 dark:border-zinc-600"
        aria-pressed={shown}
        onClick={() => setShown((s) => !s)}
      >
        {shown ? 'Hide' : 'Show'}
      </button>
    </div>
  )
}

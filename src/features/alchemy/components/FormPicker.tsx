import { useId } from 'react'
import { FORM_INFO, GROUP_HINTS, GROUP_TITLES, type FormInfo } from '../model/forms'
import { toggleForm, useAlchemy } from '../store'
import { plural } from '@/lib/format'

interface FormPickerProps {
  /** Alchemists serving each form now; undefined while the list is not known. */
  served: Map<string, number> | undefined
}

const GROUPS = Object.keys(GROUP_TITLES) as FormInfo['group'][]

/** Every form the horde knows, by what it does, with how many alchemists serve it now. */
export function FormPicker({ served }: FormPickerProps) {
  const chosen = useAlchemy((s) => s.forms)
  const id = useId()
  return (
    <div className="grid gap-4">
      {GROUPS.map((group) => (
        <fieldset key={group} className="grid gap-1">
          <legend className="mb-1 text-sm font-semibold">{GROUP_TITLES[group]}</legend>
          {GROUP_HINTS[group] && (
            <p className="text-xs text-zinc-600 dark:text-zinc-400">{GROUP_HINTS[group]}</p>
          )}
          <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2">
            {FORM_INFO.filter((f) => f.group === group).map((f) => {
              const count = served?.get(f.name) ?? 0
              const unserved = served !== undefined && count === 0
              const noteId = `${id}-${f.name}-note`
              const inputId = `${id}-${f.name}`
              return (
                <div
                  key={f.name}
                  className="flex min-w-0 items-start gap-2 rounded px-1 py-1 text-sm hover:bg-zinc-50 dark:hover:bg-zinc-800"
                >
                  <input
                    id={inputId}
                    type="checkbox"
                    className="mt-0.5 size-4 shrink-0 accent-violet-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-600"
                    checked={chosen.includes(f.name)}
                    onChange={() => toggleForm(f.name)}
                    aria-describedby={noteId}
                  />
                  <span className="grid min-w-0">
                    <label htmlFor={inputId} className="cursor-pointer font-medium break-words">
                      {f.name}
                    </label>
                    <span id={noteId} className="text-xs text-zinc-600 dark:text-zinc-400">
                      {f.does}
                      {served === undefined ? null : unserved ? (
                        <span className="block font-medium text-amber-800 dark:text-amber-300">
                          No alchemist serves this now
                        </span>
                      ) : (
                        ` · ${plural(count, { one: 'alchemist', other: 'alchemists' })}`
                      )}
                    </span>
                  </span>
                </div>
              )
            })}
          </div>
        </fieldset>
      ))}
    </div>
  )
}

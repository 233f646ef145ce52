import { useId } from 'react'
import { FORM_INFO, GROUP_HINTS, GROUP_TITLES, type FormInfo } from '../model/forms'
import { toggleForm, useAlchemy } from '../store'
import { plural } from '@/lib/format'
import { Checkbox } from '@/ui/Checkbox'

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
              const inputId = `${id}-${f.name}`
              return (
                <Checkbox
                  key={f.name}
                  id={inputId}
                  labelClassName="min-w-0 cursor-pointer rounded px-1 py-1 hover:bg-zinc-50 dark:hover:bg-zinc-800"
                  label={<span className="font-medium break-words">{f.name}</span>}
                  hint={
                    <>
                      {f.does}
                      {served === undefined ? null : unserved ? (
                        <span className="block font-medium text-amber-800 dark:text-amber-300">
                          No alchemist serves this now
                        </span>
                      ) : (
                        ` · ${plural(count, { one: 'alchemist', other: 'alchemists' })}`
                      )}
                    </>
                  }
                  checked={chosen.includes(f.name)}
                  onChange={() => toggleForm(f.name)}
                />
              )
            })}
          </div>
        </fieldset>
      ))}
    </div>
  )
}

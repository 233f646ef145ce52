import { useState } from 'react'
import { toast } from 'sonner'
import { Button } from '@/ui/Button'
import { Field, inputClass } from '@/ui/Field'
import { applyPreset, deletePreset, restorePreset, savePreset, useComposer } from '../store'
import { Select } from '@/ui/Select'

/** Named sets of parameters: save the current ones, apply one (the prompt stays), delete with undo. */
export function PresetControls() {
  const presets = useComposer((s) => s.presets)
  const [name, setName] = useState('')
  const [picked, setPicked] = useState('')
  const chosen = presets.some((p) => p.name === picked) ? picked : (presets[0]?.name ?? '')

  const save = () => {
    const trimmed = name.trim()
    if (!trimmed) return
    const result = savePreset(trimmed)
    setPicked(trimmed)
    setName('')
    toast.success(result === 'replaced' ? `Preset “${trimmed}” updated` : `Preset “${trimmed}” saved`)
  }
  const remove = () => {
    const preset = presets.find((p) => p.name === chosen)
    if (!preset) return
    deletePreset(chosen)
    toast(`Preset “${chosen}” deleted`, { action: { label: 'Undo', onClick: () => restorePreset(preset) } })
  }

  return (
    <div className="grid gap-3">
      <div className="flex items-end gap-2">
        <div className="grow">
          <Field label="Preset name">
            {(control) => (
              <input
                {...control}
                className={inputClass}
                value={name}
                autoComplete="off"
                onChange={(e) => setName(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
                    e.preventDefault()
                    save()
                  }
                }}
              />
            )}
          </Field>
        </div>
        <Button variant="secondary" disabled={!name.trim()} onClick={save}>
          Save preset
        </Button>
      </div>
      <p className="-mt-1 text-xs text-zinc-600 dark:text-zinc-400">
        A preset keeps every setting except the prompts; the same name again replaces it.
      </p>
      {presets.length > 0 && (
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-40 grow">
            <Field label="Presets">
              {(control) => (
                <Select {...control} value={chosen} onChange={(v) => setPicked(v)}>
                  {presets.map((p) => (
                    <option key={p.name} value={p.name}>
                      {p.name}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          </div>
          <Button
            variant="secondary"
            onClick={() => {
              applyPreset(chosen)
              toast.success(`Preset “${chosen}” applied`)
            }}
          >
            Apply preset
          </Button>
          <Button variant="ghost" onClick={remove}>
            Delete preset
          </Button>
        </div>
      )}
    </div>
  )
}

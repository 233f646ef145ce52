import { useState } from 'react'
import type { FilterInput, PromptFilter } from '@/api/filters'
import { ConfirmButton } from '@/ui/ConfirmButton'
import { Field, inputClass } from '@/ui/Field'
import { describeFilterType, FILTER_TYPES } from '../model/promptTest'
import { checkRegex } from '../model/regexCheck'
import { Select } from '@/ui/Select'

export interface FilterDraft {
  regex: string
  filterType: string
  description: string
  replacement: string
}

export const emptyDraft = (): FilterDraft => ({
  regex: '',
  filterType: '20',
  description: '',
  replacement: '',
})

export const draftOf = (f: PromptFilter): FilterDraft => ({
  regex: f.regex,
  filterType: String(f.filter_type),
  description: f.description ?? '',
  replacement: f.replacement ?? '',
})

const TYPES = Array.from({ length: FILTER_TYPES.max - FILTER_TYPES.min + 1 }, (_, i) => FILTER_TYPES.min + i)

/** A filter's fields with the regex checked as it is typed; saving asks first. */
export function FilterForm({
  draft,
  onChange,
  onSave,
  saveLabel,
}: {
  draft: FilterDraft
  onChange: (d: FilterDraft) => void
  onSave: (input: FilterInput) => Promise<unknown>
  saveLabel: string
}) {
  const [touched, setTouched] = useState(false)
  const regex = checkRegex(draft.regex)
  const regexError = touched || draft.regex ? (regex.ok ? null : regex.error) : null
  const type = Number(draft.filterType)
  return (
    <div className="grid gap-3">
      <Field
        label="Regular expression"
        error={regexError}
        hint={
          regex.ok && regex.warning
            ? regex.warning
            : 'Matched without regard to case. The horde reads it as Python does; this page tests it with the browser’s engine, which agrees on common syntax.'
        }
      >
        {(control) => (
          <input
            {...control}
            className={`${inputClass} font-mono`}
            value={draft.regex}
            autoComplete="off"
            spellCheck={false}
            onBlur={() => setTouched(true)}
            onChange={(e) => onChange({ ...draft, regex: e.target.value })}
          />
        )}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Type" hint={describeFilterType(type)}>
          {(control) => (
            <Select
              {...control}
              value={draft.filterType}
              onChange={(v) => onChange({ ...draft, filterType: v })}
            >
              {TYPES.map((t) => (
                <option key={t} value={t}>
                  {t} — {describeFilterType(t)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field
          label="Replacement"
          hint={
            type === 10 ? 'What a match becomes when the horde rewrites a prompt.' : 'Used by type 10 only.'
          }
        >
          {(control) => (
            <input
              {...control}
              className={inputClass}
              value={draft.replacement}
              onChange={(e) => onChange({ ...draft, replacement: e.target.value })}
            />
          )}
        </Field>
      </div>
      <Field label="Description (optional)">
        {(control) => (
          <input
            {...control}
            className={inputClass}
            value={draft.description}
            onChange={(e) => onChange({ ...draft, description: e.target.value })}
          />
        )}
      </Field>
      <div>
        <ConfirmButton
          variant="primary"
          size="md"
          title={`${saveLabel}?`}
          description={
            <>
              The horde will check every image prompt against <code className="break-all">{draft.regex}</code>{' '}
              (type {draft.filterType}: {describeFilterType(type)}). A prompt matching both groups is refused
              unless the type-10 replacements leave some of it.
            </>
          }
          confirmLabel={saveLabel}
          beforeOpen={() => {
            setTouched(true)
            return regex.ok
          }}
          onConfirm={() =>
            onSave({
              regex: draft.regex,
              filter_type: type,
              ...(draft.description.trim() ? { description: draft.description.trim() } : {}),
              ...(draft.replacement ? { replacement: draft.replacement } : {}),
            })
          }
        >
          {saveLabel}
        </ConfirmButton>
      </div>
    </div>
  )
}

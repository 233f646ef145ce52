import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { humanMessage } from '@/api/errors'
import { styleQueries } from '@/api/styles'
import { Button } from '@/ui/Button'
import { Field, inputClass } from '@/ui/Field'
import { setField, useComposer } from '../store'

/**
 * A style from the horde's list (most used first), or any style's name or id typed in. The horde applies
 * it: its models and parameters replace the form's, and its template wraps the prompt.
 */
export function StylePicker({ error }: { error?: string }) {
  const style = useComposer((s) => s.form.style)
  const query = useQuery(styleQueries.image())
  const listId = useId()
  const typed = style.trim().toLowerCase()
  const chosen = query.data?.find((s) => s.name.toLowerCase() === typed || s.id === style.trim())
  return (
    <div className="grid gap-2">
      <Field
        label="Style"
        error={error}
        hint={
          query.isError
            ? `The horde’s style list could not be read (${humanMessage(query.error)}); a style’s name or id can still be typed.`
            : query.data
              ? `${query.data.length} styles from the horde; type to search, or type any style’s name or id.`
              : 'Loading the horde’s styles…'
        }
      >
        {(control) => (
          <input
            {...control}
            name="style"
            list={listId}
            className={inputClass}
            value={style}
            autoComplete="off"
            placeholder="None"
            onChange={(e) => setField('style', e.target.value)}
          />
        )}
      </Field>
      <datalist id={listId}>
        {query.data?.map((s) => (
          <option key={s.id} value={s.name}>
            {[s.info, s.models?.join(', ')].filter(Boolean).join(' — ')}
          </option>
        ))}
      </datalist>
      {chosen && (
        <section
          aria-label="Chosen style"
          className="grid gap-1 rounded-md border border-zinc-200 p-3 text-sm dark:border-zinc-700"
        >
          <p className="font-medium">{chosen.name}</p>
          {chosen.info && <p className="text-zinc-700 dark:text-zinc-300">{chosen.info}</p>}
          {chosen.models && chosen.models.length > 0 && <p>Models: {chosen.models.join(', ')}</p>}
          {chosen.prompt && (
            <p className="break-words">
              Prompt template: <code>{chosen.prompt}</code>
            </p>
          )}
          {chosen.tags && chosen.tags.length > 0 && <p>Tags: {chosen.tags.join(', ')}</p>}
          <p className="text-zinc-700 dark:text-zinc-300">
            Its models and parameters replace yours; the number of images is yours
            {chosen.use_count ? `. Used ${chosen.use_count} times.` : '.'}
          </p>
          <div>
            <Button size="sm" variant="secondary" onClick={() => setField('style', '')}>
              Clear style
            </Button>
          </div>
        </section>
      )}
    </div>
  )
}

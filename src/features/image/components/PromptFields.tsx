import { Field } from '@/ui/Field'
import { NEGATIVE_SEPARATOR, splitPrompt } from '../model/payload'
import type { FieldErrors } from '../model/readiness'
import { patchForm, setField, useComposer } from '../store'
import { Textarea } from '@/ui/Textarea'

export function PromptFields({ errors }: { errors: FieldErrors }) {
  const prompt = useComposer((s) => s.form.prompt)
  const negativePrompt = useComposer((s) => s.form.negativePrompt)
  // A `###` typed or pasted into the prompt: once the user leaves the field, what follows it moves to the
  // negative prompt, where they can see it (the request is the same either way).
  const moveNegative = () => {
    if (prompt.includes(NEGATIVE_SEPARATOR)) patchForm(splitPrompt(prompt, negativePrompt))
  }
  return (
    <div className="grid gap-3">
      <Field
        label="Prompt"
        error={errors.prompt}
        hint={`What to draw. Text after ${NEGATIVE_SEPARATOR} goes to the negative prompt. Ctrl+Enter generates.`}
      >
        {(control) => (
          <Textarea
            {...control}
            name="prompt"
            rows={4}
            value={prompt}
            aria-keyshortcuts="Control+Enter"
            onChange={(e) => setField('prompt', e.target.value)}
            onBlur={moveNegative}
          />
        )}
      </Field>
      <Field label="Negative prompt" error={errors.negativePrompt} hint="What to keep out of the image.">
        {(control) => (
          <Textarea
            {...control}
            name="negativePrompt"
            rows={2}
            value={negativePrompt}
            onChange={(e) => setField('negativePrompt', e.target.value)}
          />
        )}
      </Field>
    </div>
  )
}

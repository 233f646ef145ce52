import { useRef, useState } from 'react'
import { Button } from '@/ui/Button'
import { Field } from '@/ui/Field'
import { generateStory, retryStory, undoStory } from '../actions'
import { saveDocField } from '../docs'
import type { StoryDoc } from '../model/doc'
import { useTextEstimate } from '../useEstimate'
import { useLocalText } from '../useLocalText'
import { useShowAfterTry } from '../useShowAfterTry'
import { useTextForm } from '../useTextForm'
import { Textarea } from '@/ui/Textarea'
import { GenerateInfo } from './GenerateInfo'
import { OriginLine } from './OriginLine'
import { PendingPanel } from './PendingPanel'
import { RetryUndo } from './RetryUndo'

/** Story mode: one growing, editable text; each generation appends to it. */
export function StoryEditor({ doc }: { doc: StoryDoc }) {
  const [addition, setAddition] = useState('')
  const [busy, setBusy] = useState(false)
  const stored = doc.data
  const syncKey = `${doc.id}:${stored.history.length}:${stored.parts.length}:${doc.pending?.requestLocalId ?? ''}`
  const save = (field: string) => (v: string) => void saveDocField(doc.id, field, v)
  const [text, setText] = useLocalText(stored.text, syncKey, save('text'))
  const [memory, setMemory] = useLocalText(stored.memory, doc.id, save('memory'))
  const [note, setNote] = useLocalText(stored.authorsNote, doc.id, save('authorsNote'))
  const d = { ...stored, text, memory, authorsNote: note }
  const current: StoryDoc = { ...doc, data: d }
  const draft: StoryDoc = { ...doc, data: { ...d, text: text + addition } }
  const form = useTextForm(draft, !(text + addition).trim())
  const estimate = useTextEstimate(form.payload)
  const run = (f: () => Promise<void>) => {
    setBusy(true)
    void f().finally(() => setBusy(false))
  }
  const ready = form.reasons.length === 0 && !busy
  const last = d.parts.at(-1)
  const storyRef = useRef<HTMLTextAreaElement>(null)
  const check = useShowAfterTry()
  const generate = () => {
    if (form.reasons.length > 0) {
      check.tried()
      if (form.errors.prompt) storyRef.current?.focus()
      return
    }
    run(async () => {
      await generateStory(current, form.settings, addition)
      setAddition('')
      check.reset()
    })
  }

  return (
    <div className="grid gap-4">
      <details
        className="rounded-md border border-zinc-200 p-3 dark:border-zinc-700"
        open={!!(d.memory || d.authorsNote)}
      >
        <summary className="cursor-pointer text-sm font-medium focus-visible:outline-2 focus-visible:outline-violet-600">
          Memory and author’s note
        </summary>
        <div className="mt-3 grid gap-3">
          <Field
            label="Memory"
            hint="Always at the top of the prompt, even when the story is too long to send whole."
          >
            {(c) => <Textarea {...c} rows={3} value={d.memory} onChange={(e) => setMemory(e.target.value)} />}
          </Field>
          <Field
            label="Author’s note"
            hint="Placed a few lines before the end, where it steers the next words most."
          >
            {(c) => (
              <Textarea {...c} rows={2} value={d.authorsNote} onChange={(e) => setNote(e.target.value)} />
            )}
          </Field>
        </div>
      </details>
      <Field
        label="Story"
        error={check.shown ? form.errors.prompt : null}
        hint={
          doc.pending ? 'Read-only while the scribe writes.' : 'Edit freely: what you see is what is sent.'
        }
      >
        {(c) => (
          <Textarea
            {...c}
            ref={storyRef}
            className="min-h-64 font-serif"
            rows={14}
            readOnly={!!doc.pending}
            value={d.text}
            onChange={(e) => {
              check.typed()
              setText(e.target.value)
            }}
            onBlur={check.left}
          />
        )}
      </Field>
      <Field label="Add to the story (optional)" hint="Appended before the next generation.">
        {(c) => <Textarea {...c} rows={2} value={addition} onChange={(e) => setAddition(e.target.value)} />}
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button
          disabled={busy || !!doc.pending}
          aria-disabled={form.reasons.length > 0 || undefined}
          aria-describedby={form.reasons.length ? 'story-why-not' : undefined}
          onClick={generate}
        >
          Generate
        </Button>
        <Button
          variant="secondary"
          disabled={!ready || !text.trim()}
          title="Asks for more from the story as it is, leaving what you typed below for later"
          onClick={() => run(() => generateStory(current, form.settings))}
        >
          Continue
        </Button>
        <RetryUndo
          retryLabel="Retry last part"
          undoLabel="Undo last generation"
          canRetry={ready && !!last}
          canUndo={!doc.pending && !busy && !!last}
          onRetry={() => run(() => retryStory(current, form.settings))}
          onUndo={() => run(() => undoStory(current))}
        />
      </div>
      <PendingPanel doc={doc} />
      <GenerateInfo
        id="story-why-not"
        reasons={form.reasons}
        trimmedTokens={form.trimmedTokens}
        estimate={estimate}
      />
      {d.parts.length > 0 && (
        <section aria-label="Generated parts" className="grid gap-2">
          <h3 className="text-sm font-medium">Generated parts</h3>
          <ol className="grid gap-2">
            {d.parts
              .map((p, i) => ({ p, i }))
              .reverse()
              .slice(0, 10)
              .map(({ p, i }) => (
                <li
                  key={`${p.at}-${i}`}
                  className="grid gap-1 rounded-md bg-zinc-50 p-2 text-sm dark:bg-zinc-800/50"
                >
                  <p className="line-clamp-3 whitespace-pre-wrap break-words">
                    <span className="sr-only">Part {i + 1}: </span>
                    {p.text}
                  </p>
                  <OriginLine origin={p.origin} />
                </li>
              ))}
          </ol>
        </section>
      )}
    </div>
  )
}

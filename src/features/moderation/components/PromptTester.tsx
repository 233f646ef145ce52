import { useState } from 'react'
import { checkPromptOnHorde } from '@/api/filters'
import { humanMessage } from '@/api/errors'
import { Button } from '@/ui/Button'
import { Field } from '@/ui/Field'
import { testPrompt, type FilterLike } from '../model/promptTest'
import { Textarea } from '@/ui/Textarea'

const VERDICT_WORDS = {
  clean: 'No filter matches: the horde would accept this prompt.',
  suspicious: 'One group matches: the prompt counts as suspicious but is accepted.',
  replaced: 'Both groups match: the horde would rewrite the prompt with the type-10 replacements, to:',
  refused:
    'Both groups match and nothing is left after the replacements: the horde would refuse this image request.',
} as const

/** Tries a prompt against the filters (and the one being written) in this browser, before anything is saved. */
export function PromptTester({ filters }: { filters: readonly (FilterLike & { label: string })[] }) {
  const [prompt, setPrompt] = useState('')
  const [horde, setHorde] = useState<string | null>(null)
  const result = prompt.trim() ? testPrompt(prompt, filters) : null
  const hits = result?.hits.filter((h) => h.match !== null || h.error) ?? []
  return (
    <div className="grid gap-3">
      <Field label="Prompt to test" hint="Only the positive part (before ###) is checked, as the horde does.">
        {(control) => (
          <Textarea
            {...control}
            rows={3}
            value={prompt}
            onChange={(e) => {
              setPrompt(e.target.value)
              setHorde(null)
            }}
          />
        )}
      </Field>
      {result && (
        <div
          role="status"
          aria-label="Test result"
          className="grid gap-2 rounded-md bg-zinc-100 p-3 text-sm dark:bg-zinc-800"
        >
          <p className="font-medium">
            Suspicion {result.suspicion}. {VERDICT_WORDS[result.verdict]}
          </p>
          {result.replacedPrompt !== null && <p className="break-words italic">{result.replacedPrompt}</p>}
          {hits.length > 0 && (
            <ul className="grid gap-1">
              {hits.map((h) => {
                const f = filters.find((x) => x.id === h.id)
                return (
                  <li key={h.id} className="break-words">
                    {f?.label}: {h.error ? `not testable here (${h.error})` : <>matches “{h.match}”</>}
                  </li>
                )
              })}
            </ul>
          )}
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            Tested in this browser. The horde also smooths the prompt (weights, punctuation, spaced letters,
            accents) and uses Python’s regex engine, so its verdict can differ: ask it for the saved filters.
          </p>
        </div>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <Button
          variant="secondary"
          size="sm"
          disabled={!prompt.trim()}
          onClick={() =>
            void checkPromptOnHorde(prompt).then(
              (r) =>
                setHorde(
                  `The horde says: suspicion ${r.suspicion}${r.matches.length ? `, matching ${r.matches.map((m) => `“${m}”`).join(', ')}` : ''}.`,
                ),
              (e: unknown) => setHorde(`The horde could not check it: ${humanMessage(e)}`),
            )
          }
        >
          Ask the horde (saved filters only)
        </Button>
        {horde && (
          <p role="status" className="text-sm break-words">
            {horde}
          </p>
        )}
      </div>
    </div>
  )
}

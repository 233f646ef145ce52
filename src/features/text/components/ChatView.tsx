import { useRef, useState } from 'react'
import { Button } from '@/ui/Button'
import { Field, inputClass } from '@/ui/Field'
import { chatTemplate, retryChat, sendChat, undoChat } from '../actions'
import { saveDocField } from '../docs'
import type { ChatDoc } from '../model/doc'
import { TEMPLATES, type TemplateId } from '../model/templates'
import { useTextEstimate } from '../useEstimate'
import { useLocalText } from '../useLocalText'
import { useShowAfterTry } from '../useShowAfterTry'
import { useTextForm } from '../useTextForm'
import { Textarea } from '@/ui/Textarea'
import { GenerateInfo } from './GenerateInfo'
import { OriginLine } from './OriginLine'
import { PendingPanel } from './PendingPanel'
import { Select } from '@/ui/Select'
import { RetryUndo } from './RetryUndo'

/** Chat mode: named turns, a character text, and the model family's instruct template. */
export function ChatView({ doc }: { doc: ChatDoc }) {
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const stored = doc.data
  const save = (field: string) => (v: string) => void saveDocField(doc.id, field, v)
  const [system, setSystem] = useLocalText(stored.system, doc.id, save('system'))
  const [userName, setUserName] = useLocalText(stored.userName, doc.id, save('userName'))
  const [botName, setBotName] = useLocalText(stored.botName, doc.id, save('botName'))
  const d = { ...stored, system, userName: userName.trim() || 'You', botName: botName.trim() || 'Assistant' }
  const current: ChatDoc = { ...doc, data: d }
  const turn = { id: 'draft', role: 'user' as const, name: d.userName, text: message.trim() }
  const draft: ChatDoc = { ...doc, data: { ...d, turns: message.trim() ? [...d.turns, turn] : d.turns } }
  const form = useTextForm(draft, draft.data.turns.length === 0)
  const estimate = useTextEstimate(form.payload)
  const template = chatTemplate(current, form.settings)
  const run = (f: () => Promise<void>) => {
    setBusy(true)
    void f().finally(() => setBusy(false))
  }
  const ready = form.reasons.length === 0 && !busy
  const lastIsBot = d.turns.at(-1)?.role === 'bot'
  const messageRef = useRef<HTMLTextAreaElement>(null)
  const check = useShowAfterTry()

  return (
    <div className="grid gap-4">
      <details
        className="rounded-md border border-zinc-200 p-3 dark:border-zinc-700"
        open={d.turns.length === 0}
      >
        <summary className="cursor-pointer text-sm font-medium focus-visible:outline-2 focus-visible:outline-violet-600">
          Character and template
        </summary>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          <Field label="Your name">
            {(c) => (
              <input
                {...c}
                className={inputClass}
                value={userName}
                onChange={(e) => setUserName(e.target.value)}
              />
            )}
          </Field>
          <Field label="Character name">
            {(c) => (
              <input
                {...c}
                className={inputClass}
                value={botName}
                onChange={(e) => setBotName(e.target.value)}
              />
            )}
          </Field>
          <div className="sm:col-span-2">
            <Field
              label="Character / system text"
              hint="Who the character is and how they answer; sent first, always."
            >
              {(c) => <Textarea {...c} rows={3} value={system} onChange={(e) => setSystem(e.target.value)} />}
            </Field>
          </div>
          <Field label="Instruct template" hint={`Used now: ${TEMPLATES[template].label}`}>
            {(c) => (
              <Select
                {...c}
                value={stored.template}
                onChange={(v) => void saveDocField(doc.id, 'template', v as TemplateId | 'auto')}
              >
                <option value="auto">From the model’s name</option>
                {Object.entries(TEMPLATES).map(([id, t]) => (
                  <option key={id} value={id}>
                    {t.label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
      </details>
      <ol aria-label="Conversation" className="grid gap-2">
        {d.turns.map((t) => (
          <li
            key={t.id}
            className={`grid gap-1 rounded-md p-3 text-sm ${t.role === 'user' ? 'bg-violet-50 dark:bg-violet-950/40' : 'bg-zinc-50 dark:bg-zinc-800/50'}`}
          >
            <p className="font-medium">{t.name}</p>
            <p className="whitespace-pre-wrap break-words">{t.text}</p>
            {t.origin && <OriginLine origin={t.origin} />}
          </li>
        ))}
        {d.turns.length === 0 && (
          <li className="text-sm text-zinc-600 dark:text-zinc-400">No messages yet.</li>
        )}
      </ol>
      <PendingPanel doc={doc} />
      <form
        className="grid gap-2"
        onSubmit={(e) => {
          e.preventDefault()
          if (form.reasons.length > 0) {
            check.tried()
            if (form.errors.prompt) messageRef.current?.focus()
            return
          }
          if (busy) return
          run(async () => {
            await sendChat(current, form.settings, message)
            setMessage('')
            check.reset()
          })
        }}
      >
        <Field label="Message" error={check.shown && form.errors.prompt ? 'Write a message first.' : null}>
          {(c) => (
            <Textarea
              {...c}
              ref={messageRef}
              rows={3}
              value={message}
              onChange={(e) => {
                check.typed()
                setMessage(e.target.value)
              }}
              onBlur={check.left}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) e.currentTarget.form?.requestSubmit()
              }}
            />
          )}
        </Field>
        <div className="flex flex-wrap gap-2">
          <Button
            type="submit"
            disabled={busy || !!doc.pending}
            aria-disabled={form.reasons.length > 0 || undefined}
            aria-keyshortcuts="Control+Enter"
            aria-describedby={form.reasons.length ? 'chat-why-not' : undefined}
          >
            Send
          </Button>
          <RetryUndo
            retryLabel="Retry last reply"
            undoLabel="Undo last reply"
            canRetry={ready && lastIsBot}
            canUndo={!doc.pending && !busy && lastIsBot}
            onRetry={() => run(() => retryChat(current, form.settings))}
            onUndo={() => run(() => undoChat(current))}
          />
        </div>
      </form>
      <GenerateInfo
        id="chat-why-not"
        reasons={form.reasons}
        trimmedTokens={form.trimmedTokens}
        estimate={estimate}
      />
    </div>
  )
}

import { useEffect, useState } from 'react'
import { Card } from '@/ui/Card'
import { ChatView } from './components/ChatView'
import { DocList } from './components/DocList'
import { ModelPicker } from './components/ModelPicker'
import { ParamsFields } from './components/ParamsFields'
import { StoryEditor } from './components/StoryEditor'
import { useDoc } from './docs'
import { useTextForm } from './useTextForm'
import { newDoc } from './model/doc'
import { useSettle } from './useSettle'
import type { WorkerLimits } from './model/limits'
import { setSetting, useTextSettings } from './store'

const OPEN_KEY = 'horde-studio.write.open'

function readOpen(): string | null {
  try {
    return localStorage.getItem(OPEN_KEY)
  } catch {
    return null
  }
}

/** Write: stories and chats with the horde's scribes. */
export default function WritePage() {
  const [openId, setOpenId] = useState<string | null>(readOpen)
  const doc = useDoc(openId)
  useSettle(doc)
  const form = useTextForm(doc ?? EMPTY, false)
  useClampToWorkers(form.limits)
  const open = (id: string | null) => {
    setOpenId(id)
    try {
      if (id) localStorage.setItem(OPEN_KEY, id)
      else localStorage.removeItem(OPEN_KEY)
    } catch {
      /* private mode: the choice lasts this visit */
    }
  }
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-semibold">Write</h1>
      <div className="grid gap-6 lg:grid-cols-[16rem_minmax(0,1fr)_20rem] lg:items-start">
        <Card aria-label="Your texts">
          <DocList currentId={doc ? doc.id : null} onOpen={open} />
        </Card>
        <div className="min-w-0">
          {doc ? (
            <section aria-label={doc.title} className="grid gap-3">
              <h2 className="text-lg font-semibold break-words">{doc.title}</h2>
              {doc.mode === 'story' ? (
                <StoryEditor key={doc.id} doc={doc} />
              ) : (
                <ChatView key={doc.id} doc={doc} />
              )}
            </section>
          ) : doc === undefined && openId ? null : (
            <p className="text-sm text-zinc-700 dark:text-zinc-300">
              Start a new story or chat, or open one from the list.
            </p>
          )}
        </div>
        <Card aria-label="Generation settings" className="grid gap-4">
          <ModelPicker error={form.errors.models} />
          <ParamsFields errors={form.errors} limits={form.limits} />
        </Card>
      </div>
    </div>
  )
}

const EMPTY = newDoc('story', 0)

/**
 * When the chosen models (or the workers online) change, lengths above what their workers allow come down
 * to it. A value typed later is left alone and shown as an error instead.
 */
function useClampToWorkers(limits: WorkerLimits | null) {
  const maxLength = limits?.workers.length ? limits.maxLength : null
  const maxContext = limits?.workers.length ? limits.maxContextLength : null
  useEffect(() => {
    const s = useTextSettings.getState()
    if (maxLength !== null && s.maxLength > maxLength) setSetting('maxLength', maxLength)
    if (maxContext !== null && s.maxContextLength > maxContext) setSetting('maxContextLength', maxContext)
  }, [maxLength, maxContext])
}

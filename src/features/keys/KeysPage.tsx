import { useEffect, useState } from 'react'
import { Card } from '@/ui/Card'
import { AddKeyForm } from './components/AddKeyForm'
import { KeyCard } from './components/KeyCard'
import { QuickKeys } from './components/QuickKeys'
import { readAddLink, withoutAddLink } from './model/addLink'
import { useKeys } from './store'

/** A shared key from a share link fills the form; it is added only when the user chooses to. */
function useLinkedKey(): string | null {
  const [linked] = useState(() => readAddLink(window.location.hash))
  useEffect(() => {
    if (linked) window.history.replaceState(window.history.state, '', withoutAddLink(window.location.href))
  }, [linked])
  return linked
}

export default function KeysPage() {
  const { keys, activeId } = useKeys()
  const linked = useLinkedKey()
  return (
    <div className="grid gap-6">
      <header>
        <h1 className="text-2xl font-semibold">API keys</h1>
        <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
          Your key is sent only to the horde you chose in Settings. Keep several and switch between them.
        </p>
      </header>
      {keys.length > 0 && (
        <section aria-labelledby="your-keys" className="grid gap-3">
          <h2 id="your-keys" className="text-lg font-semibold">
            Your keys
          </h2>
          <div className="grid gap-3 lg:grid-cols-2">
            {keys.map((k) => (
              <KeyCard key={k.id} stored={k} active={k.id === activeId} />
            ))}
          </div>
        </section>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <Card aria-labelledby="add-key">
          <h2 id="add-key" className="mb-3 text-lg font-semibold">
            Add a key
          </h2>
          {linked && (
            <p className="mb-3 rounded-md bg-violet-50 p-2 text-sm text-violet-950 dark:bg-violet-950 dark:text-violet-100">
              A link filled in a shared key below. Its owner’s kudos pay for what you make with it, within its
              limits. Choose <strong>Add key</strong> to use it.
            </p>
          )}
          <AddKeyForm initialKey={linked ?? ''} />
        </Card>
        <Card aria-labelledby="quick-keys">
          <h2 id="quick-keys" className="mb-3 text-lg font-semibold">
            Or start without one
          </h2>
          <QuickKeys />
        </Card>
      </div>
    </div>
  )
}

import { useQuery } from '@tanstack/react-query'
import { sharedKeyQueries } from '@/api/sharedKeys'
import { Card } from '@/ui/Card'
import { QueryError } from '@/ui/ErrorState'
import { accountGate } from './components/AccountGate'
import { CreateSharedKey } from './components/CreateSharedKey'
import { SharedKeyCard } from './components/SharedKeyCard'
import { useAccount } from './useAccount'

const NO_IDS: string[] = []

export default function SharedKeysPage() {
  const account = useAccount()
  const { active, owner } = account
  const ids = owner.data?.sharedkey_ids ?? NO_IDS
  const keys = useQuery({
    ...sharedKeyQueries.owned(active?.id ?? 'none', ids),
    enabled: account.kind === 'user' && owner.isSuccess && ids.length > 0,
    refetchInterval: 60_000,
  })
  const blocked = accountGate(account, 'manage shared keys')
  return (
    <div className="grid gap-6">
      <header>
        <h1 className="text-2xl font-semibold">Shared keys</h1>
        <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
          A shared key lets someone else generate with your kudos, within the limits you set. It can only
          generate: it cannot see or change your account.
        </p>
      </header>
      {blocked ??
        (owner.data && active && (
          <>
            <section aria-labelledby="your-shared-keys" className="grid gap-3">
              <h2 id="your-shared-keys" className="text-lg font-semibold">
                Your shared keys
              </h2>
              {ids.length === 0 ? (
                <p className="text-sm text-zinc-600 dark:text-zinc-400">You have no shared keys yet.</p>
              ) : keys.isPending ? (
                <p className="text-sm text-zinc-600 dark:text-zinc-400">Loading your shared keys…</p>
              ) : keys.isError ? (
                <QueryError query={keys} />
              ) : (
                <div className="grid gap-3 lg:grid-cols-2">
                  {keys.data.map((k) => (
                    <SharedKeyCard key={k.id} sharedKey={k} keyId={active.id} />
                  ))}
                </div>
              )}
            </section>
            <Card aria-labelledby="create-shared-key">
              <h2 id="create-shared-key" className="mb-3 text-lg font-semibold">
                Create a shared key
              </h2>
              <CreateSharedKey keyId={active.id} username={owner.data.username} />
            </Card>
          </>
        ))}
    </div>
  )
}

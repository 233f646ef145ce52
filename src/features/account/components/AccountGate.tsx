import type { ReactNode } from 'react'
import { QueryError } from '@/ui/ErrorState'
import type { useAccount } from '../useAccount'

/** What to show instead of the page when there is no user to act as; null when there is one. */
export function accountGate(account: ReturnType<typeof useAccount>, doing: string): ReactNode {
  const { kind, owner } = account
  if (kind === 'none' || kind === 'anonymous' || kind === 'shared') {
    const why =
      kind === 'none'
        ? `Choose your API key to ${doing}.`
        : kind === 'anonymous'
          ? `The anonymous key cannot ${doing}. Use your own API key.`
          : `A shared key cannot ${doing}: only its owner’s own API key can.`
    return (
      <p className="rounded-md border border-zinc-200 p-3 text-sm dark:border-zinc-700">
        {why}{' '}
        <a href="#/keys" className="font-medium text-violet-700 underline dark:text-violet-300">
          API keys
        </a>
      </p>
    )
  }
  if (owner.isPending)
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">Loading your account…</p>
  if (owner.isError) return <QueryError query={owner} />
  return null
}

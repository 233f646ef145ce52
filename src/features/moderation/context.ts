import { createContext, useContext } from 'react'
import type { Viewer } from './model/fieldRules'

export interface Moderator {
  viewer: Viewer
  /** The acting user's alias, for the audit log. */
  actor: string
  /** Our local id of the active key (query keys never hold the secret). */
  keyId: string
  hordeUrl: string
}

export const ModeratorContext = createContext<Moderator | null>(null)

export function useModerator(): Moderator {
  const m = useContext(ModeratorContext)
  if (!m) throw new Error('useModerator outside the moderation page')
  return m
}

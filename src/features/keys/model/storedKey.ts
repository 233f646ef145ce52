import { z } from 'zod/mini'
import { keyKind, type ActiveKey } from '@/api/session'

export { ANONYMOUS_KEY } from '@/api/session'

export const StoredKey = z.object({
  /** Our local id: goes into query keys and the DOM instead of the secret. */
  id: z.string(),
  label: z.string(),
  key: z.string(),
  /** Kept in localStorage (this device) when true; only in this page's memory when false. */
  remember: z.boolean(),
  addedAt: z.number(),
})
export type StoredKey = z.infer<typeof StoredKey>

/** The key as the rest of the app may know it: never its secret. */
export function describeKey(stored: StoredKey): ActiveKey {
  return { id: stored.id, label: stored.label, kind: keyKind(stored.key) }
}

export interface KeysSnapshot {
  keys: StoredKey[]
  activeId: string | null
}

const REMEMBERED = 'horde-studio.keys'
const ACTIVE = 'horde-studio.active-key'

function read(storage: Storage): StoredKey[] {
  try {
    const parsed = z.array(StoredKey).safeParse(JSON.parse(storage.getItem(REMEMBERED) ?? '[]'))
    return parsed.success ? parsed.data : []
  } catch {
    return []
  }
}

/** Only remembered keys are ever written down; the others live in memory and are gone on reload. */
export function loadKeys(local: Storage): KeysSnapshot {
  const keys = read(local)
  const activeId = local.getItem(ACTIVE)
  return { keys, activeId: keys.some((k) => k.id === activeId) ? activeId : (keys[0]?.id ?? null) }
}

export function saveKeys(snapshot: KeysSnapshot, local: Storage): void {
  local.setItem(REMEMBERED, JSON.stringify(snapshot.keys.filter((k) => k.remember)))
  const active = snapshot.keys.find((k) => k.id === snapshot.activeId)
  if (active?.remember) local.setItem(ACTIVE, active.id)
  else local.removeItem(ACTIVE)
}

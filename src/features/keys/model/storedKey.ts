import { z } from 'zod'

export const ANONYMOUS_KEY = '0000000000'

export const StoredKey = z.object({
  /** Our local id: goes into query keys and the DOM instead of the secret. */
  id: z.string(),
  label: z.string(),
  key: z.string(),
  /** Kept in localStorage (this device) when true; in sessionStorage (this tab session) when false. */
  remember: z.boolean(),
  addedAt: z.number(),
})
export type StoredKey = z.infer<typeof StoredKey>

export interface KeysSnapshot {
  keys: StoredKey[]
  activeId: string | null
}

const REMEMBERED = 'horde-studio.keys'
const SESSION = 'horde-studio.session-keys'
const ACTIVE = 'horde-studio.active-key'

function read(storage: Storage, name: string): StoredKey[] {
  try {
    const parsed = z.array(StoredKey).safeParse(JSON.parse(storage.getItem(name) ?? '[]'))
    return parsed.success ? parsed.data : []
  } catch {
    return []
  }
}

/** Remembered keys from the device, the others from this session; the session's choice of key wins. */
export function loadKeys(local: Storage, session: Storage): KeysSnapshot {
  const keys = [...read(local, REMEMBERED), ...read(session, SESSION)]
  const unique = keys.filter((k, i) => keys.findIndex((o) => o.id === k.id) === i)
  const activeId = session.getItem(ACTIVE) ?? local.getItem(ACTIVE)
  return { keys: unique, activeId: unique.some((k) => k.id === activeId) ? activeId : (unique[0]?.id ?? null) }
}

export function saveKeys(snapshot: KeysSnapshot, local: Storage, session: Storage): void {
  local.setItem(REMEMBERED, JSON.stringify(snapshot.keys.filter((k) => k.remember)))
  session.setItem(SESSION, JSON.stringify(snapshot.keys.filter((k) => !k.remember)))
  const active = snapshot.keys.find((k) => k.id === snapshot.activeId)
  if (active) session.setItem(ACTIVE, active.id)
  else session.removeItem(ACTIVE)
  if (active?.remember) local.setItem(ACTIVE, active.id)
  else if (!active) local.removeItem(ACTIVE)
}

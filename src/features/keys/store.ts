import { create } from 'zustand'
import { ANONYMOUS_KEY, loadKeys, saveKeys, type KeysSnapshot, type StoredKey } from './model/storedKey'

export const useKeys = create<KeysSnapshot>()(() => loadKeys(localStorage))

useKeys.subscribe((s) => saveKeys(s, localStorage))

function newId(): string {
  return crypto.randomUUID()
}

export function addKey(input: { label: string; key: string; remember: boolean }): StoredKey {
  const existing = useKeys.getState().keys.find((k) => k.key === input.key)
  if (existing) {
    useKeys.setState((s) => ({
      keys: s.keys.map((k) =>
        k.id === existing.id ? { ...k, label: input.label, remember: input.remember } : k,
      ),
      activeId: existing.id,
    }))
    return { ...existing, ...input }
  }
  const stored: StoredKey = { id: newId(), addedAt: Date.now(), ...input }
  useKeys.setState((s) => ({ keys: [...s.keys, stored], activeId: stored.id }))
  return stored
}

export function chooseAnonymous(): void {
  addKey({ label: 'Anonymous', key: ANONYMOUS_KEY, remember: true })
}

export function selectKey(id: string): void {
  useKeys.setState({ activeId: id })
}

export function removeKey(id: string): void {
  useKeys.setState((s) => {
    const keys = s.keys.filter((k) => k.id !== id)
    return { keys, activeId: s.activeId === id ? (keys[0]?.id ?? null) : s.activeId }
  })
}

export function renameKey(id: string, label: string): void {
  useKeys.setState((s) => ({ keys: s.keys.map((k) => (k.id === id ? { ...k, label } : k)) }))
}

export function getActiveKey(state: KeysSnapshot = useKeys.getState()): StoredKey | null {
  return state.keys.find((k) => k.id === state.activeId) ?? null
}

export const useActiveKey = () => useKeys(getActiveKey)

/** A stored key's secret by its local id: for the api alone, wired in by the app. */
export function keySecret(id: string): string | null {
  return useKeys.getState().keys.find((k) => k.id === id)?.key ?? null
}

import { describe, expect, it } from 'vitest'
import { loadKeys, saveKeys, type StoredKey } from './storedKey'

function memoryStorage(): Storage {
  const map = new Map<string, string>()
  return {
    get length() {
      return map.size
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  }
}

const remembered: StoredKey = { id: 'a', label: 'Mine', key: 'aaaa', remember: true, addedAt: 1 }
const sessionOnly: StoredKey = { id: 'b', label: 'Borrowed', key: 'bbbb', remember: false, addedAt: 2 }

describe('key storage', () => {
  it('keeps a remembered key on the device and a session key only for the session', () => {
    const local = memoryStorage()
    const session = memoryStorage()
    saveKeys({ keys: [remembered, sessionOnly], activeId: 'b' }, local, session)
    expect(local.getItem('horde-studio.keys')).toContain('aaaa')
    expect(local.getItem('horde-studio.keys')).not.toContain('bbbb')

    // Same tab after a reload: both keys, the session's choice active.
    expect(loadKeys(local, session)).toEqual({ keys: [remembered, sessionOnly], activeId: 'b' })
    // A new browser session: the session key is gone and the remembered one is active.
    expect(loadKeys(local, memoryStorage())).toEqual({ keys: [remembered], activeId: 'a' })
  })

  it('survives garbage in storage', () => {
    const local = memoryStorage()
    local.setItem('horde-studio.keys', '{not json')
    expect(loadKeys(local, memoryStorage())).toEqual({ keys: [], activeId: null })
  })
})

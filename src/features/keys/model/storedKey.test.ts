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
const notRemembered: StoredKey = { id: 'b', label: 'Borrowed', key: 'bbbb', remember: false, addedAt: 2 }

describe('key storage', () => {
  it('writes down only remembered keys', () => {
    const local = memoryStorage()
    saveKeys({ keys: [remembered, notRemembered], activeId: 'a' }, local)
    expect(
      JSON.stringify([...Array(local.length)].map((_, i) => local.getItem(local.key(i)!))),
    ).not.toContain('bbbb')
    expect(loadKeys(local)).toEqual({ keys: [remembered], activeId: 'a' })
  })

  it('falls back to a remembered key when the active one was not remembered', () => {
    const local = memoryStorage()
    saveKeys({ keys: [remembered, notRemembered], activeId: 'b' }, local)
    expect(loadKeys(local)).toEqual({ keys: [remembered], activeId: 'a' })
  })

  it('survives garbage in storage', () => {
    const local = memoryStorage()
    local.setItem('horde-studio.keys', '{not json')
    expect(loadKeys(local)).toEqual({ keys: [], activeId: null })
  })
})

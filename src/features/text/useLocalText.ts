import { useEffect, useRef, useState } from 'react'

/**
 * A text field over a stored value. Typing updates the field at once and saves in the background; the stored
 * value replaces what is shown only when `syncKey` changes (another document, a generation landed, undo),
 * never on the echo of our own save, which would move the caret or drop fresh keystrokes.
 */
export function useLocalText(stored: string, syncKey: string, save: (v: string) => void) {
  const [value, setValue] = useState(stored)
  const key = useRef(syncKey)
  useEffect(() => {
    if (key.current === syncKey) return
    key.current = syncKey
    setValue(stored)
  }, [syncKey, stored])
  const change = (v: string) => {
    setValue(v)
    save(v)
  }
  return [value, change] as const
}

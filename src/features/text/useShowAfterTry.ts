import { useRef, useState } from 'react'

/**
 * When a field's own problem may show: once the user tried to send, or left the field after typing in
 * it (react-hook-form's "onSubmit, then onChange"). A new, empty document is not an error yet.
 */
export function useShowAfterTry() {
  const [tried, setTried] = useState(false)
  const [left, setLeft] = useState(false)
  const typed = useRef(false)
  return {
    shown: tried || left,
    tried: () => setTried(true),
    reset: () => {
      setTried(false)
      setLeft(false)
      typed.current = false
    },
    typed: () => {
      typed.current = true
    },
    left: () => {
      if (typed.current) setLeft(true)
    },
  }
}

import { useEffect, useState } from 'react'

/** "try again in 4:32" from the seconds the horde named when it put this address in a timeout. */
export function TimeoutCountdown({ since, seconds }: { since: number; seconds: number }) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1_000)
    return () => clearInterval(t)
  }, [])
  const left = Math.max(0, Math.ceil(seconds - (now - since) / 1000))
  const text =
    left > 0
      ? `Try again in ${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}.`
      : 'You can try again now.'
  return <span role="timer">{text}</span>
}

/** The seconds in a TimeoutIP message ("… for 270 more seconds …"), or null. */
export function timeoutSeconds(text: string | null): number | null {
  const m = text && /(\d+)\s+more seconds/.exec(text)
  return m ? Number(m[1]) : null
}

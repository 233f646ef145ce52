// What the horde accepts for an IP timeout (horde-api.md §17): an address or a range `a/b`, 7..40 characters.
// Python's ipaddress rules: no leading zeros in IPv4, a range without host bits set (10.0.0.0/8, not
// 10.0.0.5/8: that one makes the horde fail instead of refusing it), a prefix within 32 or 128.

export type IpCheck = { ok: true; value: string; isRange: boolean } | { ok: false; error: string }

function parseV4(s: string): bigint | null {
  const parts = s.split('.')
  if (parts.length !== 4) return null
  let n = 0n
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || (p.length > 1 && p.startsWith('0')) || Number(p) > 255) return null
    n = (n << 8n) | BigInt(p)
  }
  return n
}

function parseV6(s: string): bigint | null {
  if (!s || s.split('::').length > 2) return null
  let tail = s
  let v4: bigint | null = null
  const lastColon = s.lastIndexOf(':')
  if (s.slice(lastColon + 1).includes('.')) {
    v4 = parseV4(s.slice(lastColon + 1))
    if (v4 === null) return null
    tail = s.slice(0, lastColon + 1) + '0:0'
  }
  const [head = '', rest] = tail.split('::') as [string, string | undefined]
  const groups = (x: string) => (x === '' ? [] : x.split(':'))
  const left = groups(head)
  const right = rest === undefined ? [] : groups(rest)
  if ([...left, ...right].some((h) => !/^[0-9a-f]{1,4}$/i.test(h))) return null
  const missing = 8 - left.length - right.length
  if (rest === undefined ? missing !== 0 : missing < 1) return null
  const all = [...left, ...Array<string>(rest === undefined ? 0 : missing).fill('0'), ...right]
  let n = 0n
  for (const h of all) n = (n << 16n) | BigInt(parseInt(h, 16))
  if (v4 !== null) n = (n & ~0xffffffffn) | v4
  return n
}

export function checkIp(input: string): IpCheck {
  const value = input.trim()
  if (!value) return { ok: false, error: 'Enter an IP address (203.0.113.9) or a range (203.0.113.0/24).' }
  if (value.length < 7 || value.length > 40)
    return { ok: false, error: 'The horde takes addresses and ranges of 7 to 40 characters.' }
  const [addrText = '', prefixText, extra] = value.split('/')
  if (extra !== undefined) return { ok: false, error: 'A range has one slash: address/prefix.' }
  const v4 = parseV4(addrText)
  const v6 = v4 === null ? parseV6(addrText) : null
  if (v4 === null && v6 === null) return { ok: false, error: `"${addrText}" is not an IPv4 or IPv6 address.` }
  if (prefixText === undefined) return { ok: true, value, isRange: false }
  const bits = v4 !== null ? 32 : 128
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits)
    return { ok: false, error: `The prefix after the slash must be a number from 0 to ${bits}.` }
  const hostBits = BigInt(bits - Number(prefixText))
  const addr = (v4 ?? v6) as bigint
  if (addr & ((1n << hostBits) - 1n))
    return {
      ok: false,
      error: `${addrText} has bits set past the /${prefixText} prefix: give the range's first address.`,
    }
  return { ok: true, value, isRange: true }
}

/** A whole number within [min, max]; the error names the unit and the range. */
export function checkWholeNumber(raw: string, min: number, max: number, unit: string): string | null {
  const text = raw.trim()
  if (!/^\d+$/.test(text)) return `Enter a whole number of ${unit}, from ${min} to ${max}.`
  const n = Number(text)
  if (n < min || n > max) return `The horde takes ${min} to ${max} ${unit}.`
  return null
}

export const IP_HOURS = { min: 1, max: 720 } as const
export const WORKER_BLOCK_DAYS = { min: 1, max: 30 } as const

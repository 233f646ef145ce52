// IP parsing with the semantics of Python's `ipaddress`, as horde/countermeasures.py uses it. Its validity
// check only catches AddressValueError: a range with host bits set (`10.0.0.5/8`) or a bad prefix
// (`10.0.0.0/33`) raises another ValueError and the request dies with a 500; the sim reproduces that.

import { ServerCrash } from './crash'

export interface Network {
  v6: boolean
  /** the address as a big integer (128 bits for IPv6) */
  addr: bigint
  prefix: number
}

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

function parseV6(input: string): bigint | null {
  const s = input.split('%')[0] ?? ''
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
  const group = (x: string) => (x === '' ? [] : x.split(':'))
  const left = group(head)
  const right = rest === undefined ? [] : group(rest)
  if ([...left, ...right].some((h) => !/^[0-9a-f]{1,4}$/i.test(h))) return null
  const missing = 8 - left.length - right.length
  if (rest === undefined ? missing !== 0 : missing < 1) return null
  const hextets = [...left, ...Array<string>(rest === undefined ? 0 : missing).fill('0'), ...right]
  let n = 0n
  for (const h of hextets) n = (n << 16n) | BigInt(parseInt(h, 16))
  if (v4 !== null) n = (n & ~0xffffffffn) | v4
  return n
}

/** A single address, or null when it is none (ipaddress.ip_address). */
export function parseAddress(s: string): { v6: boolean; addr: bigint } | null {
  const v4 = parseV4(s)
  if (v4 !== null) return { v6: false, addr: v4 }
  const v6 = s.includes('/') ? null : parseV6(s)
  return v6 === null ? null : { v6: true, addr: v6 }
}

function prefixOf(mask: string, bits: number): number | 'bad' {
  if (/^\d+$/.test(mask)) return Number(mask) <= bits ? Number(mask) : 'bad'
  const m = bits === 32 ? parseV4(mask) : null
  if (m === null) return 'bad'
  for (let p = 0; p <= 32; p++) {
    const net = p === 0 ? 0n : ((1n << BigInt(p)) - 1n) << BigInt(32 - p)
    if (m === net) return p
    if (m === (((1n << 32n) - 1n) ^ net)) return p
  }
  return 'bad'
}

/**
 * ipaddress.IPv4Network / IPv6Network (strict): null for what is no address at all, a ServerCrash for a
 * prefix it cannot read or host bits set. A bare address is a full-length network.
 */
export function parseNetwork(s: string): Network | null {
  const parts = s.split('/')
  if (parts.length > 2) return null
  const [addrText = '', mask] = parts
  const v4 = parseV4(addrText)
  const v6 = v4 === null ? parseV6(addrText) : null
  if (v4 === null && v6 === null) return null
  const isV6 = v4 === null
  const bits = isV6 ? 128 : 32
  const addr = (v4 ?? v6)!
  const prefix = mask === undefined ? bits : prefixOf(mask, bits)
  if (prefix === 'bad') throw new ServerCrash('NetmaskValueError')
  const hostMask = (1n << BigInt(bits - prefix)) - 1n
  if ((addr & hostMask) !== 0n) throw new ServerCrash('ValueError: host bits set')
  return { v6: isV6, addr, prefix }
}

/** countermeasures.py is_valid_ip: an IPv4 or IPv6 address or network. */
export function isValidIp(s: string): boolean {
  return parseAddress(s) !== null || parseNetwork(s) !== null
}

export function inNetwork(ip: { v6: boolean; addr: bigint }, net: Network): boolean {
  if (ip.v6 !== net.v6) return false
  const bits = net.v6 ? 128 : 32
  const shift = BigInt(bits - net.prefix)
  return ip.addr >> shift === net.addr >> shift
}

/** Python's compressed IPv6 text: lowercase, no leading zeros, the longest run of zero hextets as `::`. */
function formatV6(n: bigint): string {
  const h: string[] = []
  for (let i = 7; i >= 0; i--) h.push(((n >> BigInt(i * 16)) & 0xffffn).toString(16))
  let best = -1
  let bestLen = 0
  for (let i = 0; i < 8;) {
    if (h[i] !== '0') {
      i++
      continue
    }
    let j = i
    while (j < 8 && h[j] === '0') j++
    if (j - i > bestLen && j - i > 1) [best, bestLen] = [i, j - i]
    i = j
  }
  if (best < 0) return h.join(':')
  const left = h.slice(0, best).join(':')
  const right = h.slice(best + bestLen).join(':')
  return `${left}::${right}`
}

/** countermeasures.py extract_ipv6_subnet: the /64 around an IPv6 address, e.g. `2001:db8:1:2::/64`. */
export function ipv6Subnet64(ip: string): string | null {
  const n = parseV6(ip)
  if (n === null) return null
  const net = (n >> 64n) << 64n
  return `${formatV6(net)}/64`
}

export const isIpv6 = (ip: string) =>
  parseV4(ip.split('/')[0] ?? '') === null && parseV6(ip.split('/')[0] ?? '') !== null

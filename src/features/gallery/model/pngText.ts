// Text chunks in a PNG, so a downloaded image carries its parameters: the `parameters` key in the format
// Automatic1111 writes (read by CivitAI, image viewers and most SD tools), and the horde payload as JSON.

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10]

const CRC_TABLE = (() => {
  const t = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c >>> 0
  }
  return t
})()

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

const latin1 = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0))
const isLatin1 = (s: string) => [...s].every((ch) => ch.charCodeAt(0) <= 0xff)

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, data.length)
  out.set(latin1(type), 4)
  out.set(data, 8)
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)))
  return out
}

/** tEXt when the text is Latin-1 (what older readers expect), else iTXt, which holds UTF-8. */
function textChunk(key: string, text: string): Uint8Array {
  if (isLatin1(text)) return chunk('tEXt', concat([latin1(key), new Uint8Array([0]), latin1(text)]))
  // keyword, NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, text
  const head = concat([latin1(key), new Uint8Array([0, 0, 0, 0, 0])])
  return chunk('iTXt', concat([head, new TextEncoder().encode(text)]))
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

function assertPng(png: Uint8Array): void {
  if (png.length < 33 || SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('Not a PNG file')
}

/** The PNG with text chunks added right after its header chunk. */
export function withPngText(png: Uint8Array, entries: Record<string, string>): Uint8Array {
  assertPng(png)
  const ihdrEnd = 8 + 12 + new DataView(png.buffer, png.byteOffset).getUint32(8)
  const chunks = Object.entries(entries).map(([k, v]) => textChunk(k, v))
  return concat([png.subarray(0, ihdrEnd), ...chunks, png.subarray(ihdrEnd)])
}

/** Every tEXt and iTXt entry of a PNG (uncompressed ones), e.g. to read parameters back. */
export function readPngText(png: Uint8Array): Record<string, string> {
  assertPng(png)
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  const out: Record<string, string> = {}
  for (let at = 8; at + 12 <= png.length;) {
    const length = view.getUint32(at)
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8))
    const data = png.subarray(at + 8, at + 8 + length)
    const nul = data.indexOf(0)
    if (type === 'tEXt' && nul > 0) {
      out[String.fromCharCode(...data.subarray(0, nul))] = String.fromCharCode(...data.subarray(nul + 1))
    } else if (type === 'iTXt' && nul > 0 && data[nul + 1] === 0) {
      const lang = data.indexOf(0, nul + 3)
      const translated = data.indexOf(0, lang + 1)
      out[String.fromCharCode(...data.subarray(0, nul))] = new TextDecoder().decode(
        data.subarray(translated + 1),
      )
    }
    if (type === 'IEND') break
    at += 12 + length
  }
  return out
}

/**
 * Fetches a generated result. R2 URLs live on another origin: no apikey, no custom header, no credentials.
 * With `r2: false` the horde sends the image inline as base64 WebP instead of a URL.
 */
export async function downloadResult(img: string, signal?: AbortSignal): Promise<Blob> {
  if (!/^https?:\/\//.test(img)) {
    const bytes = Uint8Array.from(atob(img), (ch) => ch.charCodeAt(0))
    return new Blob([bytes], { type: 'image/webp' })
  }
  const res = await fetch(img, { credentials: 'omit', signal: signal ?? AbortSignal.timeout(60_000) })
  if (!res.ok) throw new Error(`The image could not be downloaded (${res.status}).`)
  return res.blob()
}

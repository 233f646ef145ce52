import { describe, expect, it } from 'vitest'
import { staleReason } from './ensure-deps.mjs'

const lock = (packages) => JSON.stringify({ lockfileVersion: 3, packages })
const wanted = {
  '': { name: 'horde-studio' },
  'node_modules/react': { version: '19.3.1' },
  'node_modules/@esbuild/darwin-arm64': { version: '0.28.2', optional: true },
  'node_modules/vite/node_modules/esbuild': { version: '0.28.2' },
}
const installed = {
  'node_modules/react': { version: '19.3.1' },
  'node_modules/vite/node_modules/esbuild': { version: '0.28.2' },
}

describe('whether npm start and npm test install the dependencies first', () => {
  it('installs into a fresh clone', () => {
    expect(staleReason(lock(wanted), null)).toBe('node_modules is missing')
  })
  it('leaves node_modules alone when it matches the lockfile, another platform’s binaries aside', () => {
    expect(staleReason(lock(wanted), lock(installed))).toBeNull()
  })
  it('installs again when the lockfile moved on', () => {
    const newer = { ...wanted, 'node_modules/react': { version: '19.4.0' } }
    expect(staleReason(lock(newer), lock(installed))).toBe('react is 19.3.1, the lockfile wants 19.4.0')
  })
  it('installs again when a package was added or removed', () => {
    const added = { ...wanted, 'node_modules/zod': { version: '4.6.7' } }
    expect(staleReason(lock(added), lock(installed))).toBe('zod is not installed')
    const removed = { ...wanted }
    delete removed['node_modules/react']
    expect(staleReason(lock(removed), lock(installed))).toBe('react is installed but not in the lockfile')
  })
})

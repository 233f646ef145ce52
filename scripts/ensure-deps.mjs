// Runs before `npm start` and `npm test`: installs the dependencies when node_modules is missing or does
// not match package-lock.json, so a fresh clone needs nothing typed first. Plain Node, no dependencies.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

/**
 * Why node_modules does not match the lockfile, or null when it does. npm records what it installed in
 * node_modules/.package-lock.json; an entry the lockfile has that was not installed is fine only when it
 * is optional (a binary for another platform).
 */
export function staleReason(lockText, installedText) {
  if (installedText === null) return 'node_modules is missing'
  const wanted = JSON.parse(lockText).packages ?? {}
  const installed = JSON.parse(installedText).packages ?? {}
  for (const [path, entry] of Object.entries(wanted)) {
    if (path === '' || !path.includes('node_modules/')) continue
    const got = installed[path]
    if (!got) {
      if (entry.optional || entry.devOptional) continue
      return `${path.replace(/^.*node_modules\//, '')} is not installed`
    }
    if (got.version !== entry.version) {
      return `${path.replace(/^.*node_modules\//, '')} is ${got.version}, the lockfile wants ${entry.version}`
    }
  }
  for (const path of Object.keys(installed)) {
    if (!(path in wanted))
      return `${path.replace(/^.*node_modules\//, '')} is installed but not in the lockfile`
  }
  return null
}

function main() {
  const installedFile = 'node_modules/.package-lock.json'
  const reason = staleReason(
    readFileSync('package-lock.json', 'utf8'),
    existsSync(installedFile) ? readFileSync(installedFile, 'utf8') : null,
  )
  if (reason === null) return
  console.log(`Installing the dependencies first (${reason}): npm ci --no-audit --no-fund`)
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(
      'npm ci failed: see above. Node 20.19 or newer and network access to the npm registry are needed.',
    )
    process.exit(result.status ?? 1)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main()

// `npm test`: every check a change must pass, in order, then one line counting them all.
// Lint, typecheck and build count as one test each; unit and e2e tests count one by one.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const ARTIFACTS = 'e2e/.artifacts'

// The end-to-end suite needs Chromium: say how to get it now rather than after the other checks.
const chromium = await chromiumPath()
if (!existsSync(chromium)) {
  console.error(
    `Chromium not found at ${chromium}: install it (Debian/Ubuntu: sudo apt-get install chromium), or run \`npx playwright install chromium\`, or set CHROMIUM_PATH=/path/to/chromium.`,
  )
  process.exit(1)
}

/** The browser playwright.config.ts will launch: CHROMIUM_PATH, else Debian's, else Playwright's own. */
async function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  const { chromium } = await import('@playwright/test')
  return chromium.executablePath()
}
mkdirSync(ARTIFACTS, { recursive: true })
let passed = 0
let failed = 0
const failures = []

function run(name, command, args, env = process.env) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  return result.status === 0
}

function check(name, command, args) {
  if (run(name, command, args)) passed++
  else {
    failed++
    failures.push(name)
  }
}

function countFromReport(name, ok, file, read) {
  if (!existsSync(file)) {
    failed++
    failures.push(`${name} (no report)`)
    return
  }
  const counts = read(JSON.parse(readFileSync(file, 'utf8')))
  passed += counts.passed
  failed += counts.failed
  if (counts.failed > 0 || (!ok && counts.failed === 0)) failures.push(name)
  if (!ok && counts.failed === 0) failed++
}

check('lint', 'npx', ['eslint', '.'])
check('format', 'npx', ['prettier', '--check', '.'])
check('typecheck', 'npx', ['tsc', '-b'])

const unitReport = `${ARTIFACTS}/vitest.json`
rmSync(unitReport, { force: true })
const unitOk = run('unit and component tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitReport}`,
])
countFromReport('unit tests', unitOk, unitReport, (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
}))

// The build the e2e suite tests has a build-time default horde (where nothing listens), so a journey can
// tell it from config.json's.
const e2eEnv = {
  ...process.env,
  VITE_DEFAULT_HORDE_URL: process.env.VITE_DEFAULT_HORDE_URL || 'http://127.0.0.1:7198/api',
}
const buildOk = run('build', 'npx', ['vite', 'build'], e2eEnv)
if (buildOk) passed++
else {
  failed++
  failures.push('build')
}

if (buildOk) {
  const e2eReport = `${ARTIFACTS}/report.json`
  rmSync(e2eReport, { force: true })
  const e2eOk = run('e2e (Playwright, Chromium)', 'npx', ['playwright', 'test'], e2eEnv)
  countFromReport('e2e', e2eOk, e2eReport, (r) => ({
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected,
  }))
} else {
  failures.push('e2e (skipped: the build failed)')
  failed++
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`)
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)

import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

// Debian's Chromium here; elsewhere Playwright's own browser if CHROMIUM_PATH is unset and it is missing.
const chromium =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const simPort = process.env.E2E_SIM_PORT ?? '7101'
const sitePort = process.env.E2E_SITE_PORT ?? '4174'

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'e2e/.artifacts/results',
  fullyParallel: false,
  // One simulator serves the suite and each test resets it: one worker keeps them apart.
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'e2e/.artifacts/report.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${sitePort}/studio/`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      command: `npx tsx horde-sim/main.ts --port ${simPort} --speed fast`,
      url: `http://127.0.0.1:${simPort}/api/v2/status/heartbeat`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `node e2e/support/prepareSite.mjs && node scripts/serve-static.mjs --root e2e/.artifacts/site --port ${sitePort}`,
      url: `http://127.0.0.1:${sitePort}/studio/`,
      reuseExistingServer: false,
    },
  ],
})

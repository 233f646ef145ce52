import { mkdirSync, writeFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, type TestInfo } from '@playwright/test'

export const WIDTHS = [390, 1280] as const
export const SCHEMES = ['light', 'dark'] as const

const COLOUR_RULES = ['color-contrast', 'link-in-text-block']

export interface Finding {
  /** width and colour scheme the page was checked at, e.g. "390 dark" */
  view: string
  id: string
  impact: string
  target: string
  summary: string
}

/** Waits until nothing is loading and no finite transition is running, so axe reads the final colours. */
async function settle(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /Loading|Checking/ })).toHaveCount(0)
  // A toast sliding in or fading out has colours between two states.
  await expect(
    page.locator('[data-sonner-toast]:not([data-mounted="true"]), [data-sonner-toast][data-removed="true"]'),
  ).toHaveCount(0)
  await page.evaluate(async () => {
    // A change of colour scheme starts its transitions at the next frames, not at once.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
    const finite = document
      .getAnimations()
      .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
    // A long finite animation (a progress bar) must not hold the audit up: a second is enough for a transition.
    const timeout = new Promise((done) => setTimeout(done, 1000))
    await Promise.race([Promise.all(finite.map((a) => a.finished.catch(() => undefined))), timeout])
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
  })
}

/** Runs axe's default rules (WCAG 2 A/AA and best practices) at both widths in both colour schemes. */
export async function audit(page: Page, { shots = '' } = {}): Promise<Finding[]> {
  const findings: Finding[] = []
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 844 })
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme })
      await settle(page)
      // The scheme changes colours only (the same DOM), so the second one needs only the colour rules.
      // Legacy mode runs in the page itself: no blank page opened per run to merge frames (the app has none).
      const axe = new AxeBuilder({ page }).setLegacyMode()
      if (scheme !== SCHEMES[0]) axe.withRules(COLOUR_RULES)
      const { violations } = await axe.analyze()
      for (const v of violations)
        for (const node of v.nodes)
          findings.push({
            view: `${width} ${scheme}`,
            id: v.id,
            impact: v.impact ?? 'unknown',
            target: node.target.join(' '),
            summary: (node.failureSummary ?? v.help).replace(/\s+/g, ' ').trim(),
          })
      if (shots) {
        mkdirSync('e2e/.artifacts/screens', { recursive: true })
        await page.screenshot({
          path: `e2e/.artifacts/screens/a11y-${shots}-${width}-${scheme}.png`,
          fullPage: true,
        })
      }
    }
  }
  return findings
}

function describe(findings: Finding[]): string {
  return findings.map((f) => `[${f.view}] ${f.id} (${f.impact}) ${f.target}\n    ${f.summary}`).join('\n')
}

/** Audits the page as it is now and fails, listing every violation, unless axe finds none. */
export async function expectAccessible(page: Page, testInfo: TestInfo, opts: { shots?: string } = {}) {
  const findings = await audit(page, opts)
  mkdirSync('e2e/.artifacts/a11y', { recursive: true })
  const slug = testInfo.title.replace(/\W+/g, '-').replace(/^-|-$/g, '')
  writeFileSync(`e2e/.artifacts/a11y/${slug}.json`, JSON.stringify(findings, null, 1))
  expect(findings.length, `axe found violations:\n${describe(findings)}`).toBe(0)
}

// axe-core, run in a real Chromium on every page of the explorer at 1440 px and 390 px: no serious or
// critical accessibility violation. Every violation found is printed (rule, impact, the elements)
// so a failure says what to fix. Also: the skip link is the first thing a keyboard reaches and it
// moves focus to the page's content.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { Browser } from 'playwright-core'
import { findChromium, launchChromium } from '../../browser/chromium'
import { everyRoute, settle, type RouteCase } from './every-route'
import { sharedProduct, type Product } from './product'

const WEB_DIR = path.dirname(require.resolve('@og-explorer/web/package.json'))
const AXE = require.resolve('axe-core/axe.min.js')
const chromiumPath = findChromium()

interface Violation {
  id: string
  impact: string | null
  help: string
  targets: string[]
}

/** Runs in the page after axe.min.js is injected: the violations of every rule axe runs by default. */
async function runAxe(): Promise<Violation[]> {
  // axe is the global the injected axe.min.js defines
  const axe = (window as any).axe
  const result = await axe.run(document, { resultTypes: ['violations'] })
  return result.violations.map((v: { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')),
  }))
}

if (!chromiumPath) {
  test('accessibility in Chromium', { skip: 'no Chromium found' }, () => {})
} else {
  describe('accessibility (axe-core) on every page', { timeout: 600_000 }, () => {
    let product: Product
    let browser: Browser
    let routes: RouteCase[]

    before(
      async () => {
        assert.ok(fs.existsSync(path.join(WEB_DIR, 'dist/index.html')), 'web/dist is missing: npm run build -w web')
        browser = await launchChromium(chromiumPath)
        product = await sharedProduct()
        routes = await everyRoute(product)
      },
      { timeout: 300_000 },
    )

    after(async () => {
      await browser?.close()
    })

    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ]) {
      test(`no serious or critical violation at ${width} px`, async () => {
        // the app's CSP allows only its own scripts; axe is injected by the test, not served by the app
        const context = await browser.newContext({ viewport: { width, height }, bypassCSP: true })
        const serious: string[] = []
        try {
          for (const route of routes) {
            const page = await context.newPage()
            await page.goto(`${product.url}${route.path}`)
            await settle(page)
            await page.addScriptTag({ path: AXE })
            const violations = await page.evaluate(runAxe)
            for (const v of violations) {
              const line = `${route.name}: ${v.id} (${v.impact}) ${v.help}\n      ${v.targets.join('\n      ')}`
              console.log(`[a11y ${width}] ${line}`)
              if (v.impact === 'serious' || v.impact === 'critical') serious.push(line)
            }
            await page.close()
          }
        } finally {
          await context.close()
        }
        assert.deepEqual(serious, [])
      })
    }

    test('the skip link is the first stop of the keyboard and lands on the content', async () => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
      try {
        const page = await context.newPage()
        await page.goto(`${product.url}/validators`)
        await settle(page)
        await page.keyboard.press('Tab')
        assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content')
        assert.ok(await page.evaluate(() => document.activeElement!.getBoundingClientRect().width > 0), 'visible when focused')
        await page.keyboard.press('Enter')
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'content')
      } finally {
        await context.close()
      }
    })

    test('a definition opens with the keyboard, not only on hover', async () => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
      try {
        const page = await context.newPage()
        await page.goto(`${product.url}/validators`)
        await settle(page)
        const term = page.locator('main button.define').first()
        await term.focus()
        await page.keyboard.press('Enter')
        const tipId = await term.getAttribute('aria-describedby')
        assert.ok(tipId, 'the definition is tied to its button')
        const tip = page.locator(`[id="${tipId}"]`)
        assert.ok(await tip.isVisible(), 'the definition shows')
        assert.ok(((await tip.textContent()) ?? '').length > 10)
        await page.keyboard.press('Escape')
        assert.equal(await tip.isVisible(), false, 'Escape closes it')
      } finally {
        await context.close()
      }
    })
  })
}

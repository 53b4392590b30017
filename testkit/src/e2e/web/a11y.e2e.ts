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
import { settle } from './every-route'
import { sharedProduct, type Product } from './product'
import { PASS_VIEWPORTS, routePass } from './route-pass'

const WEB_DIR = path.dirname(require.resolve('@og-explorer/web/package.json'))
const chromiumPath = findChromium()

if (!chromiumPath) {
  test('accessibility in Chromium', { skip: 'no Chromium found' }, () => {})
} else {
  describe('accessibility (axe-core) on every page', { timeout: 600_000 }, () => {
    let product: Product
    let browser: Browser

    before(
      async () => {
        assert.ok(fs.existsSync(path.join(WEB_DIR, 'dist/index.html')), 'web/dist is missing: npm run build -w web')
        browser = await launchChromium(chromiumPath)
        product = await sharedProduct()
      },
      { timeout: 300_000 },
    )

    after(async () => {
      await browser?.close()
    })

    for (const [width] of PASS_VIEWPORTS) {
      test(`no serious or critical violation at ${width} px`, async () => {
        // every page is opened once per width for this suite and the layout one (route-pass.ts), axe last
        const serious: string[] = []
        for (const { route, violations } of await routePass(chromiumPath, product, width)) {
          for (const v of violations) {
            const line = `${route.name}: ${v.id} (${v.impact}) ${v.help}\n      ${v.targets.join('\n      ')}`
            console.log(`[a11y ${width}] ${line}`)
            if (v.impact === 'serious' || v.impact === 'critical') serious.push(line)
          }
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

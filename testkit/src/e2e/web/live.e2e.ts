// Live and citable, in a real Chromium against the product with its processors running: a
// settlement mined on the OG anvil appears in the open settlements list without a reload, pushed
// over the API's live subscription; and a permalink pinned at an OG block lists exactly the
// settlements SQL counts at or below that block. Run by browser.e2e.test.ts after every other suite, on
// the shared product's stack: its processors run and it mines blocks, which the other suites must not see.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import { query } from '@og-explorer/indexer/lib/testing/postgres'
import type { Browser, Page } from 'playwright-core'
import { findChromium, launchChromium } from '../../browser/chromium'
import { startLiveProduct, type LiveProduct } from './live-product'
import { sharedProduct } from './product'

const WEB_DIR = path.dirname(require.resolve('@og-explorer/web/package.json'))
const SHOTS = process.env.LIVE_SHOTS_DIR ?? path.join(WEB_DIR, 'artifacts')
const chromiumPath = findChromium()
/** in the page: the pager says "1–25 of <want>" */
const TOTAL_IS = (want: number) =>
  Number((document.querySelector('[data-testid="pager-summary"]')?.textContent ?? '').split(' of ')[1]?.replace(/[^\d]/g, '')) === want

if (!chromiumPath) {
  console.log('[live e2e] skipped: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)')
  test('live explorer in Chromium', { skip: 'no Chromium found' }, () => {})
} else {
  describe('live and citable explorer in Chromium', { timeout: 420_000 }, () => {
    let product: LiveProduct
    let browser: Browser

    before(
      async () => {
        assert.ok(fs.existsSync(path.join(WEB_DIR, 'dist/index.html')), 'web/dist is missing: npm run build -w web')
        fs.mkdirSync(SHOTS, { recursive: true })
        browser = await launchChromium(chromiumPath)
        product = await startLiveProduct({}, (await sharedProduct()).stack)
      },
      { timeout: 300_000 },
    )

    after(async () => {
      await browser?.close()
      await product?.close()
    })

    async function openSettlements(width: number, search = ''): Promise<Page> {
      const context = await browser.newContext({ viewport: { width, height: 900 } })
      const page = await context.newPage()
      await page.goto(`${product.url}/settlements${search}`)
      await page.waitForSelector('[data-testid="settlements-table"] tbody tr', { timeout: 30_000 })
      return page
    }

    for (const width of [1440, 390]) {
      test(`at ${width} px a settlement mined on the OG chain appears in the open list without a reload`, async () => {
        const page = await openSettlements(width)
        // a marker on the window: a reload would drop it
        await page.evaluate(() => {
          ;(window as unknown as { __noReload: boolean }).__noReload = true
        })
        const before = Number((await page.textContent('[data-testid="pager-summary"]'))?.split(' of ')[1]?.replace(/[^\d]/g, ''))
        // the page's one stream is open before the block is mined
        await page.waitForSelector('[data-testid="page-as-of"]', { timeout: 15_000 })
        const mined = await product.mineSettlement()
        const row = page.locator(`[data-testid="settlements-table"] tbody tr:has(a[href="/tx/${mined.txHash}"])`)
        await row.first().waitFor({ timeout: 20_000 })
        const seenAfterMs = Date.now() - mined.minedAt
        assert.equal(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload), true, 'the page was not reloaded')
        assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation').length), 1)
        // newest first: the new settlement leads the list, highlighted
        const firstRow = page.locator('[data-testid="settlements-table"] tbody tr').first()
        assert.equal(await firstRow.locator(`a[href="/tx/${mined.txHash}"]`).count(), 1)
        assert.match((await firstRow.getAttribute('class')) ?? '', /highlight/)
        // the total follows the database, counted here independently
        const [{ n }] = await query<{ n: string }>(product.dbUrl, 'select count(*) as n from settlement')
        await page.waitForFunction(TOTAL_IS, Number(n), { timeout: 15_000 })
        assert.ok(Number(n) > before)
        console.log(`[live e2e] ${width} px: the row showed ${seenAfterMs} ms after the block was mined`)
        const noSideways = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
        assert.ok(noSideways, `the page scrolls sideways at ${width} px`)
        await page.screenshot({ path: path.join(SHOTS, `live-settlements-${width}.png`), fullPage: false })
        await page.context().close()
      })
    }

    test("a permalink pins the OG head: the list's count equals SQL count(*) at or below that block", async () => {
      // a block in the middle of the indexed settlements, so the pin really cuts the list
      const [{ pin }] = await query<{ pin: number }>(product.dbUrl, 'select percentile_disc(0.5) within group (order by block_number) as pin from settlement')
      // the permalink the bar offers carries both heads; the test sets the OG one lower
      const page = await openSettlements(1440)
      const href = await page.getAttribute('[data-testid="permalink"]', 'href')
      assert.match(href ?? '', /[?&]og=\d+&base=\d+/)
      await page.goto(`${product.url}/settlements?og=${pin}`)
      await page.waitForSelector('[data-testid="page-as-of"][data-pinned="true"]', { timeout: 15_000 })
      await page.waitForSelector('[data-testid="settlements-table"] tbody tr', { timeout: 30_000 })
      await product.mineSettlement()
      const [{ n }] = await query<{ n: string }>(product.dbUrl, 'select count(*) as n from settlement where block_number <= $1', [pin])
      const [{ all }] = await query<{ all: string }>(product.dbUrl, 'select count(*) as all from settlement')
      assert.ok(Number(n) < Number(all), 'the pin leaves later settlements out')
      await page.waitForFunction(TOTAL_IS, Number(n), { timeout: 15_000 })
      const summary = await page.textContent('[data-testid="pager-summary"]')
      assert.equal(Number((summary ?? '').split(' of ')[1]?.replace(/[^\d]/g, '')), Number(n))
      const bar = await page.textContent('[data-testid="page-as-of"]')
      assert.match(bar ?? '', /Pinned at OG block/)
      assert.match(bar ?? '', /cannot be pinned/)
      await page.screenshot({ path: path.join(SHOTS, 'live-pinned-1440.png') })
      await page.click('[data-testid="show-latest"]')
      await page.waitForSelector('[data-testid="page-as-of"]:not([data-pinned])', { timeout: 15_000 })
      await page.context().close()
    })
  })
}

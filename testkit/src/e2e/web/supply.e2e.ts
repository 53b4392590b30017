// The supply chart's seam in a real Chromium: where the observed circulating line ends, the forecast
// starts at the same value, its next point adds only what the typed schedule unlocks outside the
// airdrop, and the unclaimed airdrop is named apart. Every expected figure is computed here from
// the indexed database (raw Transfer and Unlock rows) and common's schedule, not asked of the API.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import { ALLOCATIONS, OPG_TOTAL_SUPPLY, allocationAmount, projectedUnlocked } from '@og-explorer/common'
import { Client } from 'pg'
import type { Browser, Page } from 'playwright-core'
import { findChromium, launchChromium } from '../../browser/chromium'
import { sharedProduct, type Product } from './product'

const WEB_DIR = path.dirname(require.resolve('@og-explorer/web/package.json'))
const ARTIFACTS = path.join(WEB_DIR, 'artifacts')
const ZERO = '0x0000000000000000000000000000000000000000'
const chromiumPath = findChromium()

/** the API's percentOfSupply, redone: share of total supply in percent, floored to 4 decimals */
const percentOf = (wei: bigint) => Number((wei * 1_000_000n) / OPG_TOTAL_SUPPLY) / 10_000

async function seamFigure(page: Page, testId: string, attribute: string): Promise<number> {
  const v = await page.getAttribute(`[data-testid="${testId}"]`, attribute)
  assert.ok(v !== null && v !== '', `${testId} has ${attribute}`)
  return Number(v)
}

if (!chromiumPath) {
  test('supply seam in Chromium', { skip: 'no Chromium found' }, () => {})
} else {
  describe('supply seam in Chromium', { timeout: 420_000 }, () => {
    let product: Product
    let browser: Browser
    let db: Client

    before(
      async () => {
        assert.ok(fs.existsSync(path.join(WEB_DIR, 'dist/index.html')), 'web/dist is missing: npm run build -w web')
        fs.mkdirSync(ARTIFACTS, { recursive: true })
        browser = await launchChromium(chromiumPath)
        product = await sharedProduct()
        db = new Client({ connectionString: product.dbUrl })
        await db.connect()
      },
      { timeout: 300_000 },
    )

    after(async () => {
      await db?.end()
      await browser?.close()
    })

    /** circulating supply as of t from raw transfers: total minus what the non-circulating accounts held before t */
    async function circulatingBefore(t: number): Promise<bigint> {
      const { rows } = await db.query<{ locked: string }>(
        `SELECT (coalesce(sum(CASE WHEN tr.to_id = a.id THEN tr.amount ELSE 0 END), 0)
               - coalesce(sum(CASE WHEN tr.from_id = a.id THEN tr.amount ELSE 0 END), 0))::text AS locked
           FROM account a JOIN transfer tr ON (tr.to_id = a.id OR tr.from_id = a.id) AND tr.timestamp < $1
          WHERE NOT a.circulating AND a.id <> $2`,
        [new Date(t).toISOString(), ZERO],
      )
      return OPG_TOTAL_SUPPLY - BigInt(rows[0].locked)
    }

    test('the forecast starts at the last observed value, adds only non-airdrop unlocks, and names the unclaimed airdrop', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
      const page = await context.newPage()
      await page.goto(`${product.url}/`)
      await page.waitForSelector('[data-testid="supply-seam"]', { timeout: 30_000 })
      const t1 = await seamFigure(page, 'seam-observed', 'data-t')
      const observed = await circulatingBefore(t1)
      assert.equal(await seamFigure(page, 'seam-observed', 'data-percent'), percentOf(observed), 'last observed point against raw transfers')
      // the seam itself: the first forecast point is the last observed point
      assert.equal(await seamFigure(page, 'seam-observed', 'data-forecast-percent'), percentOf(observed), 'first forecast == last observed')

      const t2 = await seamFigure(page, 'seam-forecast', 'data-t')
      const unlocked = ALLOCATIONS.filter((a) => a.id !== 'airdrop').reduce(
        (sum, a) => sum + projectedUnlocked(a, Math.floor(t2 / 1000)) - projectedUnlocked(a, Math.floor(t1 / 1000)),
        0n,
      )
      assert.equal(await seamFigure(page, 'seam-forecast', 'data-percent'), percentOf(observed + unlocked), 'next forecast point')

      const airdrop = ALLOCATIONS.find((a) => a.id === 'airdrop')
      assert.ok(airdrop, 'the tokenomics table has an airdrop')
      const { rows } = await db.query<{ claimed: string }>(
        `SELECT coalesce(sum(amount), 0)::text AS claimed FROM unlock WHERE allocation = 'airdrop' AND timestamp < $1`,
        [new Date(t1).toISOString()],
      )
      assert.equal(
        await seamFigure(page, 'seam-unclaimed', 'data-percent'),
        percentOf(allocationAmount(airdrop) - BigInt(rows[0].claimed)),
        'unclaimed airdrop',
      )
      assert.match((await page.locator('#supply').textContent()) ?? '', /Forecast assumes: Starts at the last observed circulating supply\./)
      await page.locator('#supply').screenshot({ path: path.join(ARTIFACTS, 'supply-seam.png') })
      await context.close()
    })
  })
}

// The analyst's token page in a real Chromium: the allocation table's unlocked amounts, the next
// unlock and a vesting contract's page. Every expected figure is computed here, from raw Unlock and
// Transfer rows of the indexed database and from common's schedule, never asked of the API.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import { ALLOCATIONS, DAY_MS, TGE_TIMESTAMP, addMonths, projectedUnlocked, scheduleTimes } from '@og-explorer/common'
import { Client } from 'pg'
import type { Browser, Page } from 'playwright-core'
import { findChromium, launchChromium } from '../../browser/chromium'
import { sharedProduct, type Product } from './product'

const WEB_DIR = path.dirname(require.resolve('@og-explorer/web/package.json'))
const SHOTS = process.env.SHOTS_DIR || path.join(WEB_DIR, 'artifacts')
const AXE = require.resolve('axe-core/axe.min.js')
const chromiumPath = findChromium()

/** Runs in the page after axe.min.js is injected: the serious and critical violations, one line each. */
async function seriousViolations(): Promise<string[]> {
  // axe is the global the injected axe.min.js defines
  const axe = (window as any).axe
  const result = await axe.run(document, { resultTypes: ['violations'] })
  return result.violations
    .filter((v: { impact: string | null }) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v: { id: string; help: string; nodes: Array<{ target: unknown[] }> }) =>
        `${v.id}: ${v.help} at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    )
}

async function wei(page: Page, selector: string): Promise<bigint> {
  const v = await page.getAttribute(selector, 'data-wei')
  assert.ok(v !== null && /^\d+$/.test(v), `${selector} has data-wei, got ${v}`)
  return BigInt(v)
}

/**
 * The next unlock after `atMs`, from common's per-second rule: an allocation's TGE share at TGE,
 * then one period per calendar month after its cliff, each worth what the rule unlocks over it.
 */
function nextUnlockBySchedule(atMs: number): { date: number; amount: bigint } | null {
  const starts: { date: number; amount: bigint }[] = []
  for (const a of ALLOCATIONS) {
    const { cliffEnd } = scheduleTimes(a)
    const atTge = projectedUnlocked(a, TGE_TIMESTAMP)
    if (atTge > 0n) starts.push({ date: TGE_TIMESTAMP * 1000, amount: atTge })
    for (let k = 0; k < a.vestingMonths; k++) {
      const from = addMonths(cliffEnd, k)
      const amount = projectedUnlocked(a, addMonths(cliffEnd, k + 1)) - projectedUnlocked(a, from)
      if (amount > 0n) starts.push({ date: from * 1000, amount })
    }
  }
  const after = starts.filter((s) => s.date > atMs)
  if (after.length === 0) return null
  const date = Math.min(...after.map((s) => s.date))
  return { date, amount: after.filter((s) => s.date === date).reduce((sum, s) => sum + s.amount, 0n) }
}

if (!chromiumPath) {
  test('token page in Chromium', { skip: 'no Chromium found' }, () => {})
} else {
  describe('token page in Chromium', { timeout: 420_000 }, () => {
    let product: Product
    let browser: Browser
    let db: Client

    before(
      async () => {
        assert.ok(fs.existsSync(path.join(WEB_DIR, 'dist/index.html')), 'web/dist is missing: npm run build -w web')
        fs.mkdirSync(SHOTS, { recursive: true })
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

    /** the reference day, from the database: the end of the last indexed Base day (never past now) */
    async function referenceTime(): Promise<number> {
      const { rows } = await db.query<{ d: Date | null }>(`SELECT max(date) AS d FROM base_daily_stat`)
      return rows[0].d ? Math.min(Date.now(), rows[0].d.getTime() + DAY_MS) : Date.now()
    }

    async function noSideScroll(page: Page, what: string): Promise<void> {
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      assert.ok(wide <= 1, `${what}: the page scrolls sideways by ${wide} px`)
    }

    test('the allocation table: unlocked per allocation with on-chain sources equals raw Unlock rows; locked + unlocked = total', async () => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
      const page = await context.newPage()
      await page.goto(`${product.url}/token`)
      try {
        await page.waitForSelector('[data-testid="alloc-unlocked-ecosystem"]', { timeout: 60_000 })
      } catch (error) {
        // say what the page showed instead
        console.log(`[token e2e] the allocation table did not load; the page says: ${(await page.locator('main').textContent())?.slice(0, 2000)}`)
        await page.screenshot({ path: path.join(SHOTS, 'token-allocations-failed.png'), fullPage: true })
        throw error
      }
      const { rows } = await db.query<{ allocation: string; amount: string }>(`SELECT allocation, sum(amount)::text AS amount FROM unlock GROUP BY allocation`)
      const observed = new Map(rows.map((r) => [r.allocation, BigInt(r.amount)]))
      assert.ok(observed.size >= 2, `the devnet unlocks from several allocations, got ${[...observed.keys()]}`)
      for (const a of ALLOCATIONS) {
        const basis = await page.getAttribute(`[data-testid="alloc-basis-${a.id}"]`, 'data-basis')
        const unlocked = await wei(page, `[data-testid="alloc-unlocked-${a.id}"]`)
        const sql = observed.get(a.id)
        if (sql !== undefined) {
          assert.equal(basis, 'OBSERVED', `${a.id} has Unlock rows`)
          assert.equal(unlocked, sql, `${a.id}: unlocked on the page against sum(unlock.amount)`)
        } else {
          assert.equal(basis, 'PROJECTED', `${a.id} has no Unlock rows`)
        }
        const total = await wei(page, `[data-testid="alloc-total-${a.id}"]`)
        const locked = await wei(page, `[data-testid="alloc-locked-${a.id}"]`)
        if (unlocked <= total) assert.equal(locked + unlocked, total, `${a.id}: locked + unlocked = total`)
      }
      await page.locator('[data-testid="allocation-table"]').screenshot({ path: path.join(SHOTS, 'token-allocations-1440.png') })
      await context.close()
    })

    test('the next unlock and the calendar: amount and date from the schedule, the April 2027 cliff listed', async () => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
      const page = await context.newPage()
      await page.goto(`${product.url}/token`)
      await page.waitForSelector('[data-testid="next-unlock"]', { timeout: 30_000 })
      const at = await referenceTime()
      const expected = nextUnlockBySchedule(at)
      assert.ok(expected, 'a next unlock exists after the devnet head')
      assert.equal(Date.parse((await page.getAttribute('[data-testid="next-unlock"]', 'data-date')) ?? ''), expected.date, 'next unlock date')
      assert.equal(await wei(page, '[data-testid="next-unlock"]'), expected.amount, 'next unlock amount')
      const text = (await page.locator('[data-testid="next-unlock"]').textContent()) ?? ''
      const days = Math.ceil((expected.date - at) / DAY_MS)
      assert.match(text, new RegExp(`Next unlock in ${days} days?`), text)
      assert.match(text, /of circulating supply/)
      // the countdown runs: two readings a little over a second apart differ
      const first = await page.locator('[data-testid="next-unlock-countdown"]').textContent()
      // it ticks once a second: the wait ends at the first change, and fails if none comes within a few seconds
      await page.waitForFunction((was) => document.querySelector('[data-testid="next-unlock-countdown"]')?.textContent !== was, first, { timeout: 5_000 })
      assert.notEqual(await page.locator('[data-testid="next-unlock-countdown"]').textContent(), first, 'the countdown ticks')

      const calendar = page.locator('[data-testid="unlock-calendar"]')
      await calendar.waitFor()
      if (at < Date.parse('2027-04-21T00:00:00Z')) {
        const cliffRow = calendar.locator('tr', { hasText: '2027-04-21' })
        assert.equal(await cliffRow.count(), 1, 'the April 2027 cliff is in the calendar')
        assert.match((await cliffRow.textContent()) ?? '', /cliff ends[\s\S]*Core Contributors/)
      }
      await page.locator('section[aria-label="Unlock calendar"]').screenshot({ path: path.join(SHOTS, 'token-calendar-1440.png') })
      await page.screenshot({ path: path.join(SHOTS, 'token-1440.png'), fullPage: true })
      await context.close()
    })

    test("a vesting contract's page: released = its Unlock rows, remaining = its transfers in − out", async () => {
      const { rows } = await db.query<{ source: string; released: string }>(
        `SELECT source, sum(amount)::text AS released FROM unlock WHERE source_kind = 'vesting' GROUP BY source ORDER BY count(*) DESC LIMIT 1`,
      )
      assert.ok(rows[0], 'the devnet releases from a vesting contract')
      const { source, released } = rows[0]
      const [balance] = (
        await db.query<{ held: string }>(
          `SELECT (coalesce(sum(amount) FILTER (WHERE to_id = $1), 0) - coalesce(sum(amount) FILTER (WHERE from_id = $1), 0))::text AS held
             FROM transfer WHERE to_id = $1 OR from_id = $1`,
          [source],
        )
      ).rows
      const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
      const page = await context.newPage()
      await page.goto(`${product.url}/accounts/${source}`)
      await page.waitForSelector('[data-testid="vesting-panel"]', { timeout: 30_000 })
      assert.equal(await wei(page, '[data-testid="vesting-released"]'), BigInt(released), 'released against sum(unlock.amount)')
      assert.equal(await wei(page, '[data-testid="vesting-remaining"]'), BigInt(balance.held), 'remaining against raw transfers')
      // the panel is the first thing below the address
      const panelTop = await page.locator('#vesting-schedule').evaluate((e) => e.getBoundingClientRect().top)
      const kpisTop = await page.locator('.kpis').evaluate((e) => e.getBoundingClientRect().top)
      assert.ok(panelTop < kpisTop, 'the account page opens on its schedule')
      await page.locator('#vesting-schedule').screenshot({ path: path.join(SHOTS, 'vesting-1440.png') })
      await context.close()
    })

    test('a team vesting contract before its cliff: nothing released, the next release is the cliff month', async () => {
      const { rows } = await db.query<{ id: string }>(`SELECT id FROM account WHERE category = 'vesting' AND label ILIKE 'Core Contributors%'`)
      const { rows: released } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM unlock WHERE allocation = 'coreContributors'`)
      if (!rows[0] || released[0].n > 0 || (await referenceTime()) >= Date.parse('2027-04-21T00:00:00Z')) return
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
      const page = await context.newPage()
      await page.goto(`${product.url}/accounts/${rows[0].id}`)
      await page.waitForSelector('[data-testid="vesting-panel"]', { timeout: 30_000 })
      assert.equal(await wei(page, '[data-testid="vesting-released"]'), 0n)
      assert.match((await page.locator('[data-testid="vesting-next"]').textContent()) ?? '', /^2027-04-21/)
      await noSideScroll(page, 'vesting page at 390 px')
      await page.screenshot({ path: path.join(SHOTS, 'vesting-core-390.png'), fullPage: true })
      await context.close()
    })

    // the token page itself is one of every page a11y.e2e.ts runs axe on at both widths; a vesting page is not
    test('axe-core finds no serious or critical violation on a vesting page, at 1440 and 390 px', async () => {
      const { rows } = await db.query<{ source: string }>(`SELECT source FROM unlock WHERE source_kind = 'vesting' LIMIT 1`)
      const found: string[] = []
      for (const width of [1440, 390]) {
        // the app's CSP allows only its own scripts; axe is injected by the test
        const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true })
        for (const [route, ready] of [[`/accounts/${rows[0].source}`, '[data-testid="vesting-panel"]']]) {
          const page = await context.newPage()
          await page.goto(`${product.url}${route}`)
          await page.waitForSelector(ready, { timeout: 60_000 })
          await page.waitForFunction(() => document.querySelectorAll('.skeleton, [role=status]').length === 0, undefined, { timeout: 30_000 })
          await page.addScriptTag({ path: AXE })
          for (const v of await page.evaluate(seriousViolations)) found.push(`${route} at ${width} px: ${v}`)
          await page.close()
        }
        await context.close()
      }
      assert.deepEqual(found, [])
    })

    test('at 390 px the token page does not scroll sideways and keeps the next unlock', async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true })
      const page = await context.newPage()
      await page.goto(`${product.url}/token`)
      await page.waitForSelector('[data-testid="unlock-calendar"]', { timeout: 30_000 })
      await page.waitForSelector('[data-testid="allocation-table"]', { timeout: 30_000 })
      await noSideScroll(page, 'token page at 390 px')
      assert.ok(await page.locator('[data-testid="next-unlock"]').isVisible())
      await page.locator('[data-testid="allocation-table"]').screenshot({ path: path.join(SHOTS, 'token-allocations-390.png') })
      await page.locator('[data-testid="unlock-calendar"]').screenshot({ path: path.join(SHOTS, 'token-calendar-390.png') })
      await context.close()
    })
  })
}

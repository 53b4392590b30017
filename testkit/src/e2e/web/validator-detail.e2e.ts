// A delegator's validator pages in a real Chromium, against figures recomputed here in SQL from
// the raw validator, staking_event and delegation rows (not asked of the API): a slashed
// validator's loss per 1,000 OPG (slashed amount ÷ the stake before it, that stake walked back from
// the current one through the later events), each jail's earliest end and the unjail that ended it,
// the count and the largest of its current delegations (ordered by the numeric column: an alias cast to text would sort as text), and the ranking CSV's rows against the
// ranking API. The devnet slashes Atlas on day 80 and jails Flaky Node for downtime on day 150.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import { Client } from 'pg'
import type { Browser, Page } from 'playwright-core'
import { findChromium, launchChromium } from '../../browser/chromium'
import { sharedProduct, type Product } from './product'

const WEB_DIR = path.dirname(require.resolve('@og-explorer/web/package.json'))
const ARTIFACTS = path.join(WEB_DIR, 'artifacts')
const chromiumPath = findChromium()
/** og-evm's downtime_jail_duration (docs/sources.md §8) */
const DOWNTIME_JAIL_MS = 600_000

/** Every slash with the stake just before it: the current stake minus what the events of later blocks moved, plus the slash itself. */
const SLASH_SQL = `
WITH moves AS (
  SELECT v.id AS validator, e.block_number,
         CASE WHEN e.kind IN ('CREATE_VALIDATOR', 'DELEGATE', 'CANCEL_UNBONDING') AND e.validator_id = v.id THEN e.amount
              WHEN e.kind IN ('UNBOND', 'SLASH') AND e.validator_id = v.id THEN -e.amount
              WHEN e.kind = 'REDELEGATE' THEN (CASE WHEN e.dst_validator_id = v.id THEN e.amount ELSE 0 END) - (CASE WHEN e.validator_id = v.id THEN e.amount ELSE 0 END)
              ELSE 0 END AS delta
    FROM validator v JOIN staking_event e ON (e.validator_id = v.id OR e.dst_validator_id = v.id) AND e.amount IS NOT NULL)
SELECT s.id, s.validator_id AS validator, s.amount::text AS amount,
       (v.tokens - coalesce((SELECT sum(m.delta) FROM moves m WHERE m.validator = s.validator_id AND m.block_number > s.block_number), 0) + s.amount)::text AS before
  FROM staking_event s JOIN validator v ON v.id = s.validator_id
 WHERE s.kind = 'SLASH' ORDER BY s.amount DESC, s.id`

/** Every jail with the first unjail after it. */
const JAIL_SQL = `
SELECT j.id, j.validator_id AS validator, j.timestamp,
       (SELECT min(u.timestamp) FROM staking_event u WHERE u.validator_id = j.validator_id AND u.kind = 'UNJAIL' AND u.block_number >= j.block_number
          AND NOT EXISTS (SELECT 1 FROM staking_event j2 WHERE j2.validator_id = j.validator_id AND j2.kind = 'JAIL' AND j2.block_number > j.block_number AND j2.block_number <= u.block_number AND j2.id <> j.id)) AS unjailed
  FROM staking_event j WHERE j.kind = 'JAIL' ORDER BY j.timestamp DESC, j.id`

/**
 * A page's width beyond the viewport: a phone must never scroll sideways. Read once the layout has
 * settled after a resize (the tables fold into cards on the next render), so it waits up to 5 s for
 * the page to fit and returns the last width measured.
 */
async function overflow(page: Page): Promise<number> {
  const measure = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  const deadline = Date.now() + 5_000
  let over = await measure()
  while (over > 0 && Date.now() < deadline) {
    await page.waitForTimeout(100)
    over = await measure()
  }
  return over
}

/** RFC 4180 rows of a CSV text (quotes doubled inside quoted fields); note lines (#) left out. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    const cells: string[] = []
    let cell = ''
    let quoted = false
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]
      if (quoted && ch === '"' && line[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = !quoted
      else if (ch === ',' && !quoted) {
        cells.push(cell)
        cell = ''
      } else cell += ch
    }
    cells.push(cell)
    rows.push(cells)
  }
  return rows
}

if (!chromiumPath) {
  test('validator detail in Chromium', { skip: 'no Chromium found' }, () => {})
} else {
  describe('validator detail in Chromium', { timeout: 420_000 }, () => {
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

    test("a slashed validator's loss per 1,000 OPG and its jails' ends, as SQL computes them", async () => {
      const slashes = (await db.query(SLASH_SQL)).rows
      const jails = (await db.query(JAIL_SQL)).rows
      assert.ok(jails.length > 0, 'the devnet jails a validator')
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
      const page = await context.newPage()
      if (slashes.length > 0) {
        const s = slashes[0]
        const want = (1000 * Number((BigInt(s.amount) * 10n ** 12n) / BigInt(s.before))) / 1e12
        await page.goto(`${product.url}/validators/${s.validator}?tab=slashing`)
        const loss = page.locator(`[data-testid="slashing-table"] [data-testid="slash-loss"][data-slashed="${s.amount}"]`)
        await loss.waitFor({ timeout: 30_000 })
        const shown = Number(await loss.getAttribute('data-loss-per-1000'))
        assert.ok(Math.abs(shown - want) < 1e-6, `loss per 1,000 OPG ${shown} vs SQL ${want}`)
        assert.match((await loss.textContent()) ?? '', new RegExp(`${want.toFixed(2)} OPG lost per 1,000 OPG delegated`))
        assert.match((await page.getByTestId('slashing-table').textContent()) ?? '', /not reported by the chain/)
        await page.screenshot({ path: path.join(ARTIFACTS, 'validator-slash-1280.png'), fullPage: true })
      } else {
        console.log('# the devnet indexed no slash: only the jail detail is checked')
      }

      // the newest jail: its earliest end is the jail time + the downtime jail duration, and the unjail that ended it
      const j = jails[0]
      await page.goto(`${product.url}/validators/${j.validator}?tab=slashing`)
      await page.waitForSelector('[data-testid="slashing-table"] [data-testid="jail-until"]', { timeout: 30_000 })
      const until = await page.$$eval('[data-testid="slashing-table"] [data-testid="jail-until"] time', (ts) => ts.map((t) => t.getAttribute('datetime')))
      const jailAt = new Date(j.timestamp).getTime()
      assert.ok(
        until.some((t) => t && Date.parse(t) === jailAt + DOWNTIME_JAIL_MS),
        `jailed until ${new Date(jailAt + DOWNTIME_JAIL_MS).toISOString()} among ${until.join(', ')}`,
      )
      if (j.unjailed)
        assert.ok(
          until.some((t) => t && Date.parse(t) === new Date(j.unjailed).getTime()),
          'the unjail that ended it',
        )

      // at 390 px the events table scrolls inside its card, never the page
      await page.setViewportSize({ width: 390, height: 844 })
      const over = await overflow(page)
      assert.ok(over <= 0, `no sideways page scroll at 390 px (${over} px over)`)
      await page.screenshot({ path: path.join(ARTIFACTS, 'validator-jail-390.png'), fullPage: true })
      await context.close()
    })

    test('the delegation count and the largest delegation match the raw delegation rows; pages move through them', async () => {
      const [top] = (
        await db.query(
          `SELECT d.validator_id AS validator, count(*) OVER (PARTITION BY d.validator_id)::int AS n, d.delegator, d.amount::text AS amount
             FROM delegation d WHERE d.shares > 0 ORDER BY n DESC, d.validator_id, d.amount DESC, d.id LIMIT 1`,
        )
      ).rows
      assert.ok(top, 'the devnet has delegations')
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
      const page = await context.newPage()
      await page.goto(`${product.url}/validators/${top.validator}?tab=delegators`)
      const count = page.getByTestId('delegation-count')
      await page.waitForSelector('[data-testid="delegation-count"][data-count]:not([data-count=""])', { timeout: 30_000 })
      assert.equal(Number(await count.getAttribute('data-count')), top.n, 'count of current delegations')
      await page.waitForSelector('[data-testid="delegators-table"] tbody tr a[href^="/accounts/"]', { timeout: 30_000 })
      const first = await page.$eval('[data-testid="delegators-table"] tbody tr a[href^="/accounts/"]', (a) => a.getAttribute('href'))
      const shownRows = await page.$$eval('[data-testid="delegators-table"] tbody tr', (trs) => trs.slice(0, 3).map((tr) => tr.textContent))
      const sqlTop = (
        await db.query(
          `SELECT d.delegator, d.amount::text AS amount FROM delegation d WHERE d.validator_id = $1 AND d.shares > 0 ORDER BY d.amount DESC, d.id LIMIT 3`,
          [top.validator],
        )
      ).rows
      assert.equal(first, `/accounts/${top.delegator}`, `the largest delegation first: page ${JSON.stringify(shownRows)} SQL ${JSON.stringify(sqlTop)}`)
      if (top.n > 25) {
        await page.getByRole('button', { name: 'Next →' }).click()
        await page.waitForURL(/page=2/)
        await page.waitForSelector('[data-testid="pager-summary"]:has-text("26–")', { timeout: 30_000 })
      }
      await page.screenshot({ path: path.join(ARTIFACTS, 'validator-delegations-1280.png'), fullPage: true })
      await page.setViewportSize({ width: 390, height: 844 })
      await page.screenshot({ path: path.join(ARTIFACTS, 'validator-delegations-390.png'), fullPage: true })
      const over = await overflow(page)
      assert.ok(over <= 0, `no sideways page scroll at 390 px (${over} px over)`)
      await context.close()
    })

    test('the ranking CSV has a row per validator with the ranking API rank, id and net; the validators page links it', async () => {
      const res = await fetch(`${product.url}/export/validator-ranking.csv`)
      assert.equal(res.status, 200)
      const text = await res.text()
      assert.match(text, /^# formula: net_per_1000_opg = /m)
      const [header, ...rows] = parseCsv(text)
      const col = (name: string) => header.indexOf(name)
      const api = await product.gql<{ validatorRanking: { validators: { rank: number; netPer1000: number; validator: { id: string } }[] } }>(
        '{ validatorRanking(orderBy: NET_DESC) { validators { rank netPer1000 validator { id } } } }',
      )
      assert.equal(rows.length, api.validatorRanking.validators.length)
      for (const [i, v] of api.validatorRanking.validators.entries()) {
        assert.equal(Number(rows[i][col('rank')]), v.rank)
        assert.equal(rows[i][col('validator')], v.validator.id)
        assert.equal(Number(rows[i][col('net_per_1000_opg')]), v.netPer1000)
      }
      // commission moves over 1 % a day, recomputed from the raw changes: each change against the rate before the first change of the 24 h ending at it
      const over = new Set(
        (
          await db.query(
            `SELECT DISTINCT c.validator_id AS v FROM commission_change c
              WHERE abs(c.rate - (SELECT c2.previous_rate FROM commission_change c2 WHERE c2.validator_id = c.validator_id
                                     AND c2.timestamp > c.timestamp - interval '24 hours' AND c2.timestamp <= c.timestamp ORDER BY c2.timestamp, c2.id LIMIT 1)) > 0.010000001`,
          )
        ).rows.map((r) => r.v),
      )
      for (const r of rows) assert.equal(r[col('commission_exceeds_max_change')] === 'true', over.has(r[col('validator')]), `${r[col('validator')]} exceeds`)

      const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
      const page = await context.newPage()
      await page.goto(`${product.url}/validators`)
      await page.waitForSelector('[data-testid="validators-table"] [data-testid="net"]', { timeout: 30_000 })
      assert.equal(await page.getByTestId('ranking-csv').getAttribute('href'), '/export/validator-ranking.csv')
      assert.match((await page.getByTestId('commission-rules').textContent()) ?? '', /at least 5%.*at most 50%.*1% a day/)
      await page.screenshot({ path: path.join(ARTIFACTS, 'validators-csv-390.png'), fullPage: true })
      await context.close()
    })
  })
}

// "Organic or farming?" on a small indexed devnet, API and page. Every expected figure is recomputed
// here from the raw payment (and transfer) rows, wallet by wallet in TypeScript, without the API's
// modules: new and returning payers per period, the cohort retention triangle, the top-10 payers'
// shares, payments per wallet, each spike's drivers, and one account's usage profile. The overview
// and an account page are then opened in Chromium at 1440 and 390 px and checked against the same
// recomputation.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import { DAY_MS, floorToBucket, nextBucket } from '@og-explorer/common'
import { Client } from 'pg'
import type { Browser } from 'playwright-core'
import { findChromium, launchChromium } from '../../browser/chromium'
import { sharedProduct, type Product } from './product'

const WEB_DIR = path.dirname(require.resolve('@og-explorer/web/package.json'))
const ARTIFACTS = path.join(WEB_DIR, 'artifacts')
const chromiumPath = findChromium()

interface Pay {
  payer: string
  t: number
  amount: bigint
  tee: string | null
}

type Interval = 'DAY' | 'WEEK'

/** new/returning per period and the retention triangle, from their definitions */
function cohortsOf(pays: Pay[], buckets: number[], interval: Interval) {
  const first = new Map<string, number>()
  for (const p of pays) first.set(p.payer, Math.min(first.get(p.payer) ?? Infinity, p.t))
  const payersIn = new Map<number, Set<string>>(buckets.map((b) => [b, new Set()]))
  for (const p of pays) payersIn.get(floorToBucket(p.t, interval))?.add(p.payer)
  const firstBucket = (w: string) => floorToBucket(first.get(w) as number, interval)
  const periods = buckets.map((b) => {
    const ws = [...(payersIn.get(b) as Set<string>)]
    const fresh = ws.filter((w) => firstBucket(w) === b).length
    return { payers: ws.length, newPayers: fresh, returningPayers: ws.length - fresh }
  })
  const cohorts = buckets.map((b, i) => {
    const members = [...(payersIn.get(b) as Set<string>)].filter((w) => firstBucket(w) === b)
    return {
      size: members.length,
      retention: buckets.slice(i + 1).map((later) => members.filter((w) => payersIn.get(later)?.has(w)).length),
    }
  })
  return { periods, cohorts }
}

/** the top-10 shares, distinct payers and payments per wallet over a set of payments */
function concentrationOf(pays: Pay[]) {
  const per = new Map<string, { n: number; opg: bigint }>()
  for (const p of pays) {
    const e = per.get(p.payer) ?? { n: 0, opg: 0n }
    e.n++
    e.opg += p.amount
    per.set(p.payer, e)
  }
  const ns = [...per.values()].map((e) => e.n).sort((a, b) => b - a)
  const opgs = [...per.values()].map((e) => e.opg).sort((a, b) => (b > a ? 1 : b < a ? -1 : 0))
  const total = opgs.reduce((s, a) => s + a, 0n)
  const top = opgs.slice(0, 10).reduce((s, a) => s + a, 0n)
  const asc = [...ns].reverse()
  const mid = asc.length >> 1
  return {
    payers: per.size,
    payments: pays.length,
    topPaymentsShare: pays.length ? ns.slice(0, 10).reduce((s, n) => s + n, 0) / pays.length : null,
    topOpgShare: total > 0n ? Number(top) / Number(total) : null,
    mean: per.size ? pays.length / per.size : null,
    median: per.size ? (asc.length % 2 ? asc[mid] : (asc[mid - 1] + asc[mid]) / 2) : null,
  }
}

const close = (a: number | null, b: number | null, what: string) => {
  if (a === null || b === null) return assert.equal(a, b, what)
  assert.ok(Math.abs(a - b) < 1e-9, `${what}: ${a} against ${b}`)
}

describe('organic usage against raw payment rows', { timeout: 600_000 }, () => {
  let product: Product
  let db: Client
  let browser: Browser | undefined
  let pays: Pay[]
  let lastDay: number

  before(
    async () => {
      product = await sharedProduct()
      db = new Client({ connectionString: product.dbUrl })
      await db.connect()
      const { rows } = await db.query<{ payer: string; t: Date; amount: string; tee: string | null }>(
        `SELECT payer_id AS payer, timestamp AS t, amount::text AS amount, tee_id AS tee FROM payment`,
      )
      pays = rows.map((r) => ({ payer: r.payer, t: r.t.getTime(), amount: BigInt(r.amount), tee: r.tee }))
      const [d] = (await db.query<{ d: Date }>(`SELECT max(date) AS d FROM base_daily_stat`)).rows
      lastDay = d.d.getTime()
      if (chromiumPath) {
        fs.mkdirSync(ARTIFACTS, { recursive: true })
        fs.mkdirSync('/tmp/shots/s3', { recursive: true })
        browser = await launchChromium(chromiumPath)
      }
    },
    { timeout: 400_000 },
  )

  after(async () => {
    await browser?.close()
    await db?.end()
  })

  const bucketsOf = (from: number, to: number, interval: Interval) => {
    const out: number[] = []
    for (let t = floorToBucket(from, interval); t <= to; t = nextBucket(t, interval)) out.push(t)
    return out
  }

  for (const interval of ['DAY', 'WEEK'] as const) {
    test(`payerCohorts and payerConcentration by ${interval} match the payment rows`, async () => {
      assert.ok(pays.length > 100, `the devnet has payments (${pays.length})`)
      const from = Math.min(...pays.map((p) => p.t))
      const buckets = bucketsOf(from, lastDay, interval)
      const vars = { from: new Date(from).toISOString(), to: new Date(lastDay).toISOString(), interval }
      const d = await product.gql(
        `query ($from: DateTime, $to: DateTime, $interval: PeriodInterval!) {
          payerCohorts(from: $from, to: $to, interval: $interval) { periods { t payers newPayers returningPayers } cohorts { t size retention { offset wallets share } } }
          payerConcentration(from: $from, to: $to, interval: $interval) {
            overall { payers payments topPaymentsShare topOpgShare paymentsPerWalletMean paymentsPerWalletMedian }
            periods { t payers payments topPaymentsShare topOpgShare paymentsPerWalletMedian }
          }
        }`,
        vars,
      )
      const inRange = pays.filter((p) => p.t >= buckets[0] && p.t < nextBucket(buckets[buckets.length - 1], interval))
      const want = cohortsOf(pays, buckets, interval)
      assert.deepEqual(
        d.payerCohorts.periods.map((p: { t: string }) => Date.parse(p.t)),
        buckets,
      )
      assert.deepEqual(
        d.payerCohorts.periods.map(({ payers, newPayers, returningPayers }: Record<string, number>) => ({ payers, newPayers, returningPayers })),
        want.periods,
      )
      assert.deepEqual(
        d.payerCohorts.cohorts.map((c: { size: number; retention: { wallets: number }[] }) => ({ size: c.size, retention: c.retention.map((r) => r.wallets) })),
        want.cohorts,
      )
      for (const c of d.payerCohorts.cohorts) for (const r of c.retention) close(r.share, c.size ? r.wallets / c.size : 0, 'retention share')
      const all = concentrationOf(inRange)
      const o = d.payerConcentration.overall
      assert.equal(o.payers, all.payers)
      assert.equal(o.payments, all.payments)
      close(o.topPaymentsShare, all.topPaymentsShare, 'top-10 share of payments')
      close(o.topOpgShare, all.topOpgShare, 'top-10 share of OPG')
      close(o.paymentsPerWalletMean, all.mean, 'mean payments per wallet')
      close(o.paymentsPerWalletMedian, all.median, 'median payments per wallet')
      // the same figures as CSV files: header first, one row per period, notes last
      const qs = `interval=${interval}&from=${encodeURIComponent(vars.from)}&to=${encodeURIComponent(vars.to)}`
      const cohortFile = await (await fetch(`${product.url}/export/payer-cohorts.csv?${qs}`)).text()
      const rows = cohortFile
        .trimEnd()
        .split('\n')
        .filter((l) => !l.startsWith('#'))
        .slice(1)
        .map((l) => l.split(','))
      assert.deepEqual(
        rows.map((r) => ({ payers: Number(r[1]), newPayers: Number(r[2]), returningPayers: Number(r[3]) })),
        want.periods,
        'payer-cohorts.csv',
      )
      assert.deepEqual(
        rows.map((r, i) => r.slice(4, 4 + want.cohorts[i].retention.length).map(Number)),
        want.cohorts.map((c) => c.retention),
        'payer-cohorts.csv triangle',
      )
      const concentrationFile = await (await fetch(`${product.url}/export/payer-concentration.csv?${qs}`)).text()
      const whole = concentrationFile
        .split('\n')
        .find((l) => l.startsWith('whole range,'))
        ?.split(',')
      assert.ok(whole, 'payer-concentration.csv has the whole range')
      close(Number(whole[6]), all.topPaymentsShare, 'top-10 share in the CSV')
      for (const p of d.payerConcentration.periods) {
        const t = Date.parse(p.t)
        const c = concentrationOf(inRange.filter((x) => floorToBucket(x.t, interval) === t))
        assert.equal(p.payers, c.payers)
        close(p.topPaymentsShare, c.topPaymentsShare, `top-10 share ${p.t}`)
        close(p.topOpgShare, c.topOpgShare, `top-10 OPG share ${p.t}`)
        close(p.paymentsPerWalletMedian, c.median, `median ${p.t}`)
      }
    })
  }

  test('usageSpikes finds the farming spike and its drivers match the payment rows', async () => {
    const d = await product.gql(
      `{ usageSpikes(interval: DAY, from: "2026-04-21") { window spikes { t payments newWalletPayments newWallets newWalletsNotReturned } } }`,
    )
    assert.ok(d.usageSpikes.spikes.length >= 1, 'the simulated farming spike is detected')
    const first = new Map<string, number>()
    const last = new Map<string, number>()
    for (const p of pays) {
      first.set(p.payer, Math.min(first.get(p.payer) ?? Infinity, p.t))
      last.set(p.payer, Math.max(last.get(p.payer) ?? -Infinity, p.t))
    }
    for (const s of d.usageSpikes.spikes) {
      const t = Date.parse(s.t)
      const inDay = pays.filter((p) => p.t >= t && p.t < t + DAY_MS)
      const fresh = inDay.filter((p) => (first.get(p.payer) as number) >= t)
      const freshWallets = new Set(fresh.map((p) => p.payer))
      assert.equal(s.payments, inDay.length, `payments on ${s.t}`)
      assert.equal(s.newWalletPayments, fresh.length, `new-wallet payments on ${s.t}`)
      assert.equal(s.newWallets, freshWallets.size)
      assert.equal(s.newWalletsNotReturned, [...freshWallets].filter((w) => (last.get(w) as number) < t + DAY_MS).length)
    }
  })

  test('accountUsage of the largest payer matches its rows and its first inbound transfer', async () => {
    const counts = new Map<string, number>()
    for (const p of pays) counts.set(p.payer, (counts.get(p.payer) ?? 0) + 1)
    const [payer] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]
    const d = await product.gql(
      `query ($id: String!) { accountUsage(id: $id) { payments activeDays distinctTees paymentShare fundedBy { from amount timestamp } } }`,
      {
        id: payer,
      },
    )
    const mine = pays.filter((p) => p.payer === payer)
    const u = d.accountUsage
    assert.equal(u.payments, mine.length)
    assert.equal(u.activeDays, new Set(mine.map((p) => floorToBucket(p.t, 'DAY'))).size)
    assert.equal(u.distinctTees, new Set(mine.map((p) => p.tee).filter((t) => t !== null)).size)
    close(u.paymentShare, mine.length / pays.length, 'share of network payments')
    const { rows } = await db.query<{ from_id: string; amount: string; timestamp: Date }>(
      `SELECT from_id, amount::text AS amount, timestamp FROM transfer WHERE to_id = $1 ORDER BY timestamp, block_number, id LIMIT 1`,
      [payer],
    )
    assert.equal(u.fundedBy?.from ?? null, rows[0]?.from_id ?? null)
    if (rows[0]) assert.equal(Date.parse(u.fundedBy.timestamp), rows[0].timestamp.getTime())
  })

  test('the overview panel and an account page show the recomputed figures, at 1440 and 390 px', {
    skip: chromiumPath ? false : 'no Chromium found',
  }, async () => {
    assert.ok(fs.existsSync(path.join(WEB_DIR, 'dist/index.html')), 'web/dist is missing: npm run build -w web')
    const b = browser as Browser
    // the page's 30-day range: the last 30 indexed days, per day
    const from = lastDay - 29 * DAY_MS
    const inRange = pays.filter((p) => p.t >= from && p.t < lastDay + DAY_MS)
    const firstEver = new Map<string, number>()
    for (const p of pays) firstEver.set(p.payer, Math.min(firstEver.get(p.payer) ?? Infinity, p.t))
    const all = concentrationOf(inRange)
    const newPayers = new Set(inRange.filter((p) => (firstEver.get(p.payer) as number) >= from).map((p) => p.payer)).size
    const spikes = await product.gql(`query ($from: DateTime!, $to: DateTime!) { usageSpikes(from: $from, to: $to, interval: DAY) { spikes { t } } }`, {
      from: new Date(from).toISOString().slice(0, 10),
      to: new Date(lastDay).toISOString().slice(0, 10),
    })
    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ]) {
      const context = await b.newContext({ viewport: { width, height } })
      const page = await context.newPage()
      await page.goto(`${product.url}/?range=30d`)
      const figures = page.locator('[data-testid="organic-figures"]')
      await figures.waitFor({ timeout: 30_000 })
      assert.equal(Number(await figures.getAttribute('data-payers')), all.payers, 'distinct payers on the page')
      assert.equal(Number(await figures.getAttribute('data-new-payers')), newPayers, 'new payers on the page')
      close(Number(await figures.getAttribute('data-top-payments-share')), all.topPaymentsShare, 'top-10 share on the page')
      await page.locator('[data-testid="usage-chart"] .recharts-surface').first().waitFor({ timeout: 30_000 })
      await page.locator('[data-testid="organic-payers-chart"] .recharts-surface').first().waitFor({ timeout: 30_000 })
      assert.equal(
        await page.locator('[data-testid="usage-chart"] .usage-spike-marker').count(),
        spikes.usageSpikes.spikes.length,
        'spikes marked on the usage chart',
      )
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      assert.ok(wide <= 0, `no sideways scroll at ${width} px (${wide} px too wide)`)
      // the panel's hints are definitions a keyboard and a finger reach, not title-only hints
      assert.equal(await page.locator('#organic [data-testid="organic-spikes"] [title], #organic a[download][title]').count(), 0, 'no title-only hints')
      const cohortsHelp = page.getByRole('button', { name: 'What is in the cohorts CSV?' })
      await cohortsHelp.focus()
      assert.equal(await cohortsHelp.getAttribute('aria-expanded'), 'true', 'the cohorts CSV definition opens on focus')
      await cohortsHelp.blur()
      const spikeNotes = await page.locator('#organic [data-testid="organic-spikes"] li [role="tooltip"]').allTextContents()
      const spikeItems = await page.locator('#organic [data-testid="organic-spikes"] li').count()
      assert.equal(spikeNotes.length, spikeItems, 'each spike has its "never paid again" definition')
      for (const note of spikeNotes) assert.match(note, /days? indexed after this (day|week)/)
      await page.locator('#organic').screenshot({ path: `/tmp/shots/s3/organic-${width}.png` })
      await page.locator('#usage').screenshot({ path: `/tmp/shots/s3/usage-${width}.png` })
      await page.locator('#organic').screenshot({ path: path.join(ARTIFACTS, `organic-${width}.png`) })

      const top = [...new Set(inRange.map((p) => p.payer))][0]
      await page.goto(`${product.url}/accounts/${top}`)
      const profile = page.locator('[data-testid="usage-profile"]')
      await profile.waitFor({ timeout: 30_000 })
      const mine = pays.filter((p) => p.payer === top)
      assert.equal(Number(await profile.getAttribute('data-active-days')), new Set(mine.map((p) => floorToBucket(p.t, 'DAY'))).size)
      const { rows } = await db.query<{ from_id: string }>(`SELECT from_id FROM transfer WHERE to_id = $1 ORDER BY timestamp, block_number, id LIMIT 1`, [top])
      assert.equal(await profile.getAttribute('data-funded-by'), rows[0]?.from_id ?? '')
      const wideAccount = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      assert.ok(wideAccount <= 0, `account page: no sideways scroll at ${width} px`)
      await profile.screenshot({ path: `/tmp/shots/s3/usage-profile-${width}.png` })
      await context.close()
    }
  })
})

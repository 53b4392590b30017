// The explorer in a real Chromium against the real product on a small simulated devnet: every
// page opens without errors, search lands on the right page, and the figures on the page equal the
// API's answers, asked directly here. Screenshots of every page go to web/artifacts/.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { findChromium, launchChromium } from '../../browser/chromium'
import { sharedProduct, type Product } from './product'

// the web package's folder: its build (dist/) is what the API serves, and screenshots go beside it
const WEB_DIR = path.dirname(require.resolve('@og-explorer/web/package.json'))
const ARTIFACTS = path.join(WEB_DIR, 'artifacts')
const chromiumPath = findChromium()

/** digits of a title like "6,171 inferences" */
const integerIn = (s: string | null) => Number((s ?? '').replace(/[^\d]/g, ''))

/** "166,973,912.9276 OPG" → wei, without floats */
function weiIn(title: string | null): bigint {
  const m = /(-?[\d,]+)(?:\.(\d+))? OPG/.exec(title ?? '')
  assert.ok(m, `no OPG amount in "${title}"`)
  return BigInt(m[1].replace(/,/g, '')) * 10n ** 18n + BigInt((m[2] ?? '').padEnd(18, '0') || '0')
}

if (!chromiumPath) {
  console.log('[web e2e] skipped: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)')
  test('explorer in Chromium', { skip: 'no Chromium found' }, () => {})
} else {
  describe('explorer in Chromium', { timeout: 420_000 }, () => {
    let product: Product
    let browser: Browser
    let context: BrowserContext
    const problems: string[] = []

    before(
      async () => {
        assert.ok(fs.existsSync(path.join(WEB_DIR, 'dist/index.html')), 'web/dist is missing: npm run build -w web')
        fs.mkdirSync(ARTIFACTS, { recursive: true })
        const started = Date.now()
        // assigned one by one, so `after` closes whichever started even when the other failed
        browser = await launchChromium(chromiumPath)
        product = await sharedProduct()
        console.log(`[web e2e] product on ${product.url} after ${((Date.now() - started) / 1000).toFixed(0)} s`)
        context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'America/New_York' })
      },
      { timeout: 300_000 },
    )

    after(async () => {
      await browser?.close()
    })

    function watch(page: Page, name: string): void {
      page.on('pageerror', (e) => problems.push(`${name}: ${e.message}`))
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`${name}: console: ${m.text()}`)
      })
      page.on('response', (r) => {
        if (r.status() >= 400 && !r.url().includes('favicon')) problems.push(`${name}: HTTP ${r.status()} ${r.url()}`)
      })
    }

    /** Opens a route and waits until every panel has left its loading state. */
    async function open(route: string, name: string, page?: Page): Promise<Page> {
      const p = page ?? (await context.newPage())
      if (!page) watch(p, name)
      await p.goto(`${product.url}${route}`)
      await settle(p)
      return p
    }

    async function settle(p: Page): Promise<void> {
      await p.waitForSelector('main h1, main .state', { timeout: 20_000 })
      await p.waitForFunction(() => document.querySelectorAll('.skeleton, [role=status]').length === 0, undefined, { timeout: 20_000 })
    }

    async function shoot(p: Page, name: string): Promise<void> {
      await p.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true })
    }

    const title = (p: Page, testId: string) => p.getAttribute(`[data-testid="${testId}-value"]`, 'title')

    test('overview: headline figures are the API’s, every chart cites the indexed blocks', async () => {
      const page = await open('/', 'overview')
      const api = await product.gql(`{
        proofCoverage(by: DAY) { total { settled verified } }
        payingWallets: accountsConnection(orderBy: [id_ASC], where: { paymentsMade_gt: 0 }) { totalCount }
        enabledTees: teeNodesConnection(orderBy: [id_ASC], where: { enabled_eq: true }) { totalCount }
        lastPrice: priceCandles(where: { interval_eq: HOUR }, orderBy: [start_DESC], limit: 1) { close }
        latest: dailyStats(orderBy: [date_DESC], limit: 1) { circulatingSupply }
        unlockPressure(windowDays: 30) { nextCliff { daysUntil } }
        squidStatus { og { height } base { height } }
      }`)
      assert.equal(integerIn(await title(page, 'kpi-inferences')), api.proofCoverage.total.settled)
      assert.equal(integerIn(await title(page, 'kpi-verified')), api.proofCoverage.total.verified)
      assert.equal(integerIn(await title(page, 'kpi-wallets')), api.payingWallets.totalCount)
      assert.equal(integerIn(await title(page, 'kpi-tees')), api.enabledTees.totalCount)
      assert.equal(await title(page, 'kpi-price'), `$${api.lastPrice[0].close} USD`)
      assert.equal(weiIn(await title(page, 'kpi-circulating')), BigInt(api.latest[0].circulatingSupply))
      assert.match((await title(page, 'kpi-cliff')) ?? '', new RegExp(`^${api.unlockPressure.nextCliff.daysUntil} days`))
      for (const id of ['usage', 'supply', 'pressure', 'coverage-mode', 'coverage-tee']) {
        const card = page.locator(`#${id}`)
        assert.equal(await card.locator('[data-chain="og"]').getAttribute('data-height'), String(api.squidStatus.og.height), `${id} cites the OG head`)
        assert.equal(await card.locator('[data-chain="base"]').getAttribute('data-height'), String(api.squidStatus.base.height), `${id} cites the Base head`)
        // the GraphiQL link carries a query that runs as opened (its variables written in)
        const href = await card.getByText('GraphiQL ↗').getAttribute('href')
        assert.match(href ?? '', /^\/graphql\?query=/)
        await product.gql(new URL(href!, product.url).searchParams.get('query')!)
        assert.ok((await card.locator('svg.recharts-surface').count()) > 0, `${id} draws a chart`)
      }
      assert.ok((await page.locator('#usage .recharts-bar-rectangle').count()) > 0, 'the usage chart has bars')
      // the mode table shows what the chart's own query (its GraphiQL link) answers
      const link = new URL((await page.locator('#coverage-mode').getByText('GraphiQL ↗').getAttribute('href'))!, product.url)
      const coverage = await product.gql(link.searchParams.get('query')!, JSON.parse(link.searchParams.get('variables') ?? '{}'))
      const table = await page
        .getByTestId('coverage-mode-table')
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)))
      assert.deepEqual(
        table.map((cells) => [cells[0], Number(cells[1]!.replace(/,/g, '')), Number(cells[2]!.replace(/,/g, ''))]),
        [...coverage.byMode.rows]
          .sort((a: { settled: number }, b: { settled: number }) => b.settled - a.settled)
          .map((r: { key: string; settled: number; verified: number }) => [r.key, r.settled, r.verified]),
      )
      await shoot(page, 'overview-1280')

      // the range is in the URL, and the chart follows it
      await page.locator('nav[aria-label="Time range"]').getByText('7D').click()
      await page.waitForURL(/range=7d/)
      const days = () => page.locator('#usage .recharts-bar-rectangle path').evaluateAll((bars) => new Set(bars.map((b) => b.getAttribute('x'))).size)
      // the 30-day chart stays until the 7-day answer arrives
      await page
        .waitForFunction(
          () => new Set([...document.querySelectorAll('#usage .recharts-bar-rectangle path')].map((b) => b.getAttribute('x'))).size === 7,
          undefined,
          { timeout: 20_000 },
        )
        .catch(() => undefined)
      assert.equal(await days(), 7, 'seven days of bars for 7D')

      const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true })
      const small = await phone.newPage()
      watch(small, 'overview-390')
      await small.goto(`${product.url}/`)
      await settle(small)
      const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      assert.ok(overflow <= 1, `the overview fits a 390 px screen (overflows by ${overflow} px)`)
      await shoot(small, 'overview-390')
      await phone.close()
    })

    test('settlements: the list total and a filter match the API', async () => {
      const page = await open('/settlements', 'settlements')
      const all = await product.gql(
        `{ settlementsConnection(orderBy: [id_ASC]) { totalCount } batches: settlementsConnection(orderBy: [id_ASC], where: { kind_eq: BATCH }) { totalCount } }`,
      )
      assert.match(
        (await page.getByTestId('pager-summary').textContent()) ?? '',
        new RegExp(`of ${all.settlementsConnection.totalCount.toLocaleString('en-US')}$`),
      )
      await shoot(page, 'settlements')
      await page.getByLabel('Kind').selectOption('BATCH')
      await page.waitForURL(/kind=BATCH/)
      await page.waitForFunction(
        (n) => document.querySelector('[data-testid="pager-summary"]')?.textContent?.endsWith(`of ${n}`),
        all.batches.totalCount.toLocaleString('en-US'),
      )
      const kinds = await page.locator('[data-testid="settlements-table"] tbody tr td:nth-child(2)').allTextContents()
      assert.ok(kinds.length > 0 && kinds.every((k) => k === 'Batch'), 'only batches after filtering')
      await page.goto(`${product.url}/inferences`)
      await settle(page)
      await shoot(page, 'inferences')
    })

    test('settlement detail: Merkle root, blob, leaves and verdicts as indexed', async () => {
      const { settlements } = await product.gql(
        `{ settlements(where: { kind_eq: BATCH, invalidSignatures_gt: 0 }, orderBy: [inferenceCount_ASC], limit: 1) { id merkleRoot blobId txHash inferenceCount invalidSignatures } }`,
      )
      const s = settlements[0]
      assert.ok(s, 'the simulation injects bad signatures')
      const page = await open(`/settlements/${s.id}`, 'settlement')
      // the tab says which settlement, shortened the way lists show it
      assert.equal(await page.title(), `Settlement ${s.id.slice(0, 6)}…${s.id.slice(66)} · OpenGradient Explorer`)
      assert.equal(await page.getByTestId('merkle-root').locator('[title]').first().getAttribute('title'), s.merkleRoot)
      assert.equal(await page.getByTestId('blob-id').locator('[title]').first().getAttribute('title'), s.blobId)
      assert.equal(await page.getByTestId('og-tx').locator('a').getAttribute('title'), s.txHash)
      const rows = page.locator('[data-testid="leaves-table"] tbody tr')
      assert.equal(await rows.count(), Math.min(50, s.inferenceCount))
      if (s.inferenceCount <= 50) assert.equal(await page.locator('[data-testid="leaves-table"]').getByText('Signature invalid').count(), s.invalidSignatures)
      await shoot(page, 'settlement-detail')
      await rows.first().getByText('Details').click()
      await page.waitForURL(/\/inferences\//)
      await settle(page)
      assert.ok((await page.getByTestId('inference-answer').textContent())?.length)
      await shoot(page, 'inference-detail')
    })

    test('search: a settlement tx hash opens the settlement, a TEE id opens the node', async () => {
      const { settlements, teeNodes } = await product.gql(`{
        settlements(where: { kind_eq: INDIVIDUAL }, orderBy: [blockNumber_DESC], limit: 20) { id txHash }
        teeNodes(where: { enabled_eq: true }, orderBy: [inferenceCount_DESC], limit: 1) { id uptime heartbeatCount }
      }`)
      // a transaction with exactly one event, so the search is unambiguous
      const counts = new Map<string, number>()
      for (const s of settlements) counts.set(s.txHash, (counts.get(s.txHash) ?? 0) + 1)
      const single = settlements.find((s: { txHash: string }) => counts.get(s.txHash) === 1)
      const hits = (await product.gql(`query($q: String!) { search(q: $q) { hits { kind } } }`, { q: single.txHash })).search.hits
      assert.deepEqual(hits.map((h: { kind: string }) => h.kind).sort(), ['SETTLEMENT', 'TRANSACTION'])

      const page = await open('/tees', 'search')
      await page.keyboard.press('/')
      await page.keyboard.type(single.txHash)
      await page.keyboard.press('Enter')
      await page.waitForURL(`**/settlements/${single.id}`)
      await settle(page)

      await page.keyboard.press('/')
      await page.keyboard.type(teeNodes[0].id.toUpperCase().replace('0X', '0x'))
      await page.keyboard.press('Enter')
      await page.waitForURL(`**/tees/${teeNodes[0].id}`)
      await settle(page)
      assert.equal(await page.getByTestId('tee-id').textContent(), teeNodes[0].id)
      assert.equal(await title(page, 'tee-uptime'), `${teeNodes[0].uptime * 100}%`)
      assert.equal(integerIn(await title(page, 'tee-heartbeats')), teeNodes[0].heartbeatCount)
      assert.ok((await page.locator('[data-testid="heartbeat-chart"] .recharts-scatter-symbol').count()) > 0)
      await shoot(page, 'tee-detail')

      // the start of a hash suggests matches while typing, and a suggestion opens its page
      await page.keyboard.press('/')
      await page.keyboard.type(single.txHash.slice(0, 12))
      const suggestion = page.getByTestId('search-suggestions').getByRole('option').filter({ hasText: single.id })
      await suggestion.first().waitFor({ timeout: 10_000 })
      await suggestion.first().click()
      await page.waitForURL(`**/settlements/${single.id}`)
      await settle(page)

      // an ambiguous query lists its hits instead of guessing
      await page.goto(`${product.url}/search?q=vesting`)
      await settle(page)
      await shoot(page, 'search-results')
    })

    test('TEE nodes and validators: lists and ranking as the API has them', async () => {
      const api = await product.gql(`{
        teeNodesConnection(orderBy: [id_ASC]) { totalCount }
        validatorRanking { validators { risk expectedLossPer1000 validator { id } } }
      }`)
      const tees = await open('/tees', 'tees')
      assert.equal(await tees.locator('[data-testid="tees-table"] tbody tr').count(), Math.min(25, api.teeNodesConnection.totalCount))
      await shoot(tees, 'tees')

      const page = await open('/validators', 'validators')
      const risks = (await page.getByTestId('risk-score').allTextContents()).map(Number)
      assert.deepEqual(
        risks,
        api.validatorRanking.validators.map((v: { risk: number }) => Number(v.risk.toFixed(1))),
      )
      const losses = (await page.getByTestId('expected-loss').allTextContents()).map((t) => Number(t.replace(' OPG', '')))
      assert.deepEqual(
        losses,
        api.validatorRanking.validators.map((v: { expectedLossPer1000: number }) => Number(v.expectedLossPer1000.toFixed(2))),
      )
      assert.match((await page.getByTestId('risk-formula').textContent()) ?? '', /Risk score/)
      await shoot(page, 'validators')

      // sorting by stake, largest first, is a permalink
      await page.goto(`${product.url}/validators?sort=-stake`)
      await settle(page)
      const worst = api.validatorRanking.validators.at(-1)
      const detail = await open(`/validators/${worst.validator.id}`, 'validator')
      assert.equal(Number(await title(detail, 'validator-risk')), worst.risk)
      assert.ok((await detail.locator('[data-testid="stake-chart"] .recharts-line').count()) > 0)
      await shoot(detail, 'validator-detail')
    })

    test('token, payments and an address: totals and balances match the API', async () => {
      const api = await product.gql(`{
        holders: accountsConnection(orderBy: [id_ASC], where: { balance_gt: "0" }) { totalCount }
        paymentsConnection(orderBy: [id_ASC]) { totalCount }
        payers: accounts(orderBy: [paymentsMade_DESC], limit: 1) { id balance paidTotal paymentsMade }
        payments(orderBy: [timestamp_DESC], limit: 1) { id txHash }
        pcrs(limit: 1) { id }
      }`)
      const token = await open('/token', 'token')
      assert.equal(integerIn(await title(token, 'token-holders')), api.holders.totalCount)
      assert.ok((await token.locator('[data-testid="candle-chart"] .recharts-bar-rectangle').count()) > 0)
      await shoot(token, 'token')

      const payments = await open('/payments', 'payments')
      assert.match(
        (await payments.getByTestId('pager-summary').textContent()) ?? '',
        new RegExp(`of ${api.paymentsConnection.totalCount.toLocaleString('en-US')}$`),
      )
      await shoot(payments, 'payments')

      const payer = api.payers[0]
      const account = await open(`/accounts/${payer.id}`, 'account')
      assert.equal(weiIn(await title(account, 'account-balance')), BigInt(payer.balance))
      assert.equal(weiIn(await title(account, 'account-paid')), BigInt(payer.paidTotal))
      assert.match((await account.getByTestId('pager-summary').textContent()) ?? '', new RegExp(`of ${payer.paymentsMade.toLocaleString('en-US')}$`))
      await shoot(account, 'account')

      const tx = await open(`/tx/${api.payments[0].txHash}`, 'transaction')
      assert.equal(await tx.getByTestId('tx-hash').locator('[title]').first().getAttribute('title'), api.payments[0].txHash)
      await shoot(tx, 'transaction')
      const event = await open(`/payments/${api.payments[0].id}`, 'payment')
      await shoot(event, 'payment-detail')
      const pcr = await open(`/pcrs/${api.pcrs[0].id}`, 'pcr')
      await shoot(pcr, 'pcr')
      const events = await product.gql(`{
        transfers(limit: 1, orderBy: [blockNumber_DESC]) { id }
        swaps(limit: 1, orderBy: [blockNumber_DESC]) { id }
        stakingEvents(limit: 1, where: { kind_eq: SLASH }) { id }
        heartbeats(limit: 1, orderBy: [blockNumber_DESC]) { id }
        unlocks(limit: 1, orderBy: [timestamp_DESC]) { id }
      }`)
      for (const [route, list] of [
        ['transfers', events.transfers],
        ['swaps', events.swaps],
        ['staking-events', events.stakingEvents],
        ['heartbeats', events.heartbeats],
        ['unlocks', events.unlocks],
      ] as const) {
        assert.ok(list[0], `the devnet has a ${route} row`)
        const p = await open(`/${route}/${list[0].id}`, route)
        assert.match((await p.locator('main').textContent()) ?? '', new RegExp(list[0].id.slice(0, 20)))
        await shoot(p, `event-${route}`)
        await p.close()
      }
      // a path no page owns, and an id no record can have: HTTP 404 with the app's card and a title saying so
      // (opened without the watch, which counts every 4xx as a problem)
      const missing = await context.newPage()
      assert.equal((await missing.goto(`${product.url}/no-such-page`))?.status(), 404)
      await settle(missing)
      assert.equal(await missing.locator('h1').textContent(), 'Page not found')
      assert.equal(await missing.title(), 'Page not found · OpenGradient Explorer')
      assert.equal((await missing.goto(`${product.url}/settlements/not-an-id`))?.status(), 404)
      await settle(missing)
      assert.match((await missing.getByTestId('malformed-id').textContent()) ?? '', /not-an-id.*transaction hash and log index/)
      // an address path from another explorer lands on ours
      const [richest] = (await product.gql('{ accounts(orderBy: [balance_DESC], limit: 1) { id } }')).accounts
      await missing.goto(`${product.url}/address/${richest.id}`)
      await missing.waitForURL(`**/accounts/${richest.id}`)
      await missing.close()
    })

    test('no page logged an error or got a failed response', () => {
      assert.deepEqual(problems, [])
    })
  })
}

// "Did this inference really run?" in a real Chromium against the product on a small devnet: a failed
// batch's page says why in words that match its statusReason and its declared size; an inference's
// "verify it yourself" panel shows the root its settlement carries, and the script it offers, run
// here with node and viem on that real inference, prints "valid"; the overview and the inference
// list state the same declared and expanded figures, and a search that finds nothing names the
// batches that could not be expanded. Every expected figure is computed here with SQL over raw rows.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import { query } from '@og-explorer/indexer/lib/testing/postgres'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { findChromium, launchChromium } from '../../browser/chromium'
import { sharedProduct, type Product } from './product'

const WEB_DIR = path.dirname(require.resolve('@og-explorer/web/package.json'))
const SHOTS = process.env.SHOTS_DIR ?? path.join(WEB_DIR, 'artifacts')
const chromiumPath = findChromium()

const int = (n: number) => n.toLocaleString('en-US')
const digits = (s: string | null) => Number((s ?? '').replace(/[^\d]/g, ''))

/** the words each failure reason must bring to the page (status-words.ts says them in full) */
const REASON_WORDS: Record<string, (attempts: number) => RegExp> = {
  'blob-missing': (n) => new RegExp(`could not be fetched from Walrus after ${n} attempts?`),
  'root-mismatch': () => /rebuild a different Merkle root from the one on chain/,
  'size-mismatch': () => /different number of leaves/,
  malformed: () => /not in the published format/,
  'bad-blob-id': () => /blob id that cannot be read/,
}

/** Runs the page's script as a visitor would (node check.mjs with viem installed) from a folder where viem resolves. */
function runScript(script: string): string {
  const dir = fs.mkdtempSync(path.join(__dirname, '.verify-'))
  try {
    fs.writeFileSync(path.join(dir, 'check.mjs'), script)
    return (
      execFileSync(process.execPath, [path.join(dir, 'check.mjs')], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .pop() ?? ''
    )
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (!chromiumPath) {
  test('proofs in Chromium', { skip: 'no Chromium found' }, () => {})
} else {
  describe('proofs in Chromium', { timeout: 420_000 }, () => {
    let product: Product
    let browser: Browser
    let context: BrowserContext
    const sql = <T = any>(text: string, params: unknown[] = []) => query<T>(product.dbUrl, text, params) // eslint-disable-line @typescript-eslint/no-explicit-any

    before(
      async () => {
        assert.ok(fs.existsSync(path.join(WEB_DIR, 'dist/index.html')), 'web/dist is missing: npm run build -w web')
        fs.mkdirSync(SHOTS, { recursive: true })
        browser = await launchChromium(chromiumPath)
        product = await sharedProduct()
        context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
      },
      { timeout: 300_000 },
    )

    after(async () => {
      await browser?.close()
    })

    async function open(route: string, width = 1440): Promise<Page> {
      const page = await context.newPage()
      await page.setViewportSize({ width, height: 900 })
      await page.goto(`${product.url}${route}`)
      await page.waitForSelector('main h1, main .state', { timeout: 20_000 })
      await page.waitForFunction(() => document.querySelectorAll('.skeleton, [role=status]').length === 0, undefined, { timeout: 20_000 })
      return page
    }

    async function shoot(page: Page, name: string): Promise<void> {
      await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
    }

    async function noSideScroll(page: Page, what: string): Promise<void> {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      assert.ok(overflow <= 1, `${what} scrolls sideways by ${overflow}px at 390 px`)
    }

    test('a failed batch page says why, with its declared size and "Checked at"', async () => {
      const failed = await sql<{ id: string; status: string; status_reason: string; batch_size: number; attempts: number }>(
        `SELECT id, status, status_reason, batch_size, attempts FROM settlement
         WHERE kind = 'BATCH' AND status IN ('MISSING', 'INVALID') AND inference_count = 0 ORDER BY status, block_number`,
      )
      assert.ok(failed.length > 0, 'the devnet has failed batches')
      const reasons = new Set(failed.map((f) => f.status_reason))
      // one batch per reason the devnet produced
      for (const reason of reasons) {
        const s = failed.find((f) => f.status_reason === reason)!
        const page = await open(`/settlements/${s.id}`)
        const sentence = (await page.getByTestId('verdict-sentence').textContent()) ?? ''
        assert.ok(
          sentence.startsWith(`${int(s.batch_size)} ${s.batch_size === 1 ? 'inference' : 'inferences'} declared; `),
          `${reason}: "${sentence}" states the declared ${s.batch_size}`,
        )
        assert.ok(REASON_WORDS[reason], `a test phrase for ${reason}`)
        assert.match(sentence, REASON_WORDS[reason](s.attempts), `${reason}: "${sentence}"`)
        assert.equal(await page.getByText('Checked at', { exact: true }).count(), 1)
        assert.equal(await page.getByText('Verified at', { exact: true }).count(), 0)
        if (reason === 'blob-missing') {
          await shoot(page, 'proofs-failed-batch-1440')
          await page.setViewportSize({ width: 390, height: 844 })
          await noSideScroll(page, 'failed batch')
          await shoot(page, 'proofs-failed-batch-390')
        }
        await page.close()
      }
    })

    test("an inference's verify panel shows its settlement's root, and its script says valid", async () => {
      const [row] = await sql<{ id: string; merkle_root: string; input_hash: string; leaf_index: number }>(
        `SELECT i.id, s.merkle_root, i.input_hash, i.leaf_index FROM inference i JOIN settlement s ON s.id = i.settlement_id
         WHERE s.kind = 'BATCH' AND s.status = 'VERIFIED' AND s.inference_count > 2 ORDER BY s.block_number, i.leaf_index DESC LIMIT 1`,
      )
      assert.ok(row, 'the devnet has a verified batch')
      const page = await open(`/inferences/${row.id}`)
      await page.getByTestId('verify-script').waitFor({ timeout: 20_000 })
      assert.equal(await page.locator('[data-testid="verify-onchain-root"] [title]').first().getAttribute('title'), row.merkle_root)
      assert.equal(await page.locator('[data-testid="verify-rebuilt-root"] [title]').first().getAttribute('title'), row.merkle_root)
      assert.ok((await page.locator('[data-testid="verify-path"] [title]').count()) > 0, 'the path has steps')
      const script = (await page.getByTestId('verify-script').textContent()) ?? ''
      assert.ok(script.includes(row.input_hash), 'the script carries this inference')
      assert.ok(script.includes(row.merkle_root), 'the script checks against the root in the database')
      assert.equal(runScript(script), 'valid')
      // one changed hex digit of the signature, and the same script says INVALID
      const sig = /const signature = '0x([0-9a-f]+)'/.exec(script)!
      const flipped = script.replace(sig[0], `const signature = '0x${sig[1].slice(0, -1)}${sig[1].endsWith('0') ? '1' : '0'}'`)
      assert.equal(runScript(flipped), 'INVALID')
      await shoot(page, 'proofs-inference-1440')
      await page.setViewportSize({ width: 390, height: 844 })
      await noSideScroll(page, 'inference page')
      await shoot(page, 'proofs-inference-390')
      await page.close()
    })

    test('leaf numbers count from 1: the inference page labels its leaf and links it with the number the settlement page shows', async () => {
      // the largest batch's last leaf: past the first 50 when the devnet has a batch that large, so the link must open its page
      const [row] = await sql<{ id: string; settlement_id: string; leaf_index: number; inference_count: number }>(
        `SELECT i.id, i.settlement_id, i.leaf_index, s.inference_count FROM inference i JOIN settlement s ON s.id = i.settlement_id
         WHERE s.kind = 'BATCH' AND s.inference_count > 2 ORDER BY s.inference_count DESC, s.block_number, i.leaf_index DESC LIMIT 1`,
      )
      assert.ok(row, 'the devnet has an expanded batch')
      const n = row.leaf_index + 1
      // the indexer's id ends in the tree's index, counted from 0; the page's label counts from 1
      assert.ok(row.id.endsWith(`-${row.leaf_index}`), `${row.id} ends in its leaf index`)
      const page = await open(`/inferences/${row.id}`)
      assert.equal((await page.getByTestId('inference-leaf').textContent())?.trim(), `leaf ${int(n)} of ${int(row.inference_count)}`)
      const link = page.getByTestId('settlement-leaf-link')
      assert.equal(await link.getAttribute('href'), `/settlements/${row.settlement_id}?leaf=${n}`)
      await link.click()
      await page.waitForURL((u) => u.pathname === `/settlements/${row.settlement_id}` && u.searchParams.get('leaf') === String(n))
      const picked = page.locator('[data-testid="leaves-table"] tbody tr.highlight')
      await picked.waitFor({ timeout: 20_000 })
      assert.equal(await picked.count(), 1, 'one leaf is picked')
      assert.equal((await picked.locator('td').first().textContent())?.trim(), int(n), 'the picked row shows the number in the URL')
      assert.equal(await picked.locator('a[href^="/inferences/"]').getAttribute('href'), `/inferences/${row.id}`, 'and it is this inference')
      await page.getByRole('heading', { name: `Verify leaf ${int(n)} yourself` }).waitFor({ timeout: 20_000 })
      // the verify panel names the inference by its id and labels it with the same 1-based number
      await page.locator('[data-testid="verify-yourself"]').waitFor({ timeout: 20_000 })
      await page
        .getByText(`(leaf ${int(n)} of ${int(row.inference_count)})`)
        .first()
        .waitFor({ timeout: 20_000 })
      await shoot(page, 'proofs-leaf-picked-1440')
      await page.setViewportSize({ width: 390, height: 844 })
      await noSideScroll(page, 'settlement with a leaf picked')
      await shoot(page, 'proofs-leaf-picked-390')
      await page.close()
      // a number the settlement does not have (0 was the first leaf before ?leaf= counted from 1) says which exist
      const none = await open(`/settlements/${row.settlement_id}?leaf=0`)
      assert.match((await none.getByTestId('no-such-leaf').textContent()) ?? '', new RegExp(`numbered 1 to ${int(row.inference_count)}`))
      assert.equal(await none.locator('[data-testid="leaves-table"] tbody tr.highlight').count(), 0)
      await none.close()
    })

    test('the overview and the inference list state the declared and expanded figures SQL counts', async () => {
      const [raw] = await sql<{ declared: string; expanded: string }>(
        `SELECT (SELECT sum(coalesce(batch_size, 1)) FROM settlement)::text AS declared, (SELECT count(*) FROM inference)::text AS expanded`,
      )
      const [daily] = await sql<{ settled: string }>(`SELECT sum(inferences_settled)::text AS settled FROM og_daily_stat`)
      const declared = Number(raw.declared)
      const expanded = Number(raw.expanded)
      assert.equal(Number(daily.settled), declared, 'the daily counters add up to the settlements')
      assert.ok(declared > expanded, 'the devnet has inferences that could not be expanded')
      const overview = await open('/')
      assert.equal(digits(await overview.getAttribute('[data-testid="kpi-inferences-value"]', 'title')), declared)
      assert.equal(
        (await overview.getByTestId('kpi-inferences-split').textContent())?.trim(),
        `declared; ${int(expanded)} expanded, ${int(declared - expanded)} not`,
      )
      await shoot(overview, 'proofs-overview-1440')
      await overview.setViewportSize({ width: 390, height: 844 })
      await shoot(overview, 'proofs-overview-390')
      await overview.close()
      const list = await open('/inferences')
      await list.getByTestId('declared-vs-expanded').waitFor()
      assert.equal(digits(await list.getByTestId('declared').textContent()), declared)
      assert.equal(digits(await list.getByTestId('expanded').textContent()), expanded)
      assert.equal(digits(await list.getByTestId('not-expanded').textContent()), declared - expanded)
      await list.close()
    })

    test('a search that finds nothing names the batches that could not be expanded', async () => {
      const [u] = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM settlement WHERE kind IN ('BATCH', 'LEGACY_BATCH') AND inference_count < coalesce(batch_size, 0)`,
      )
      assert.ok(u.n > 0)
      const page = await open(`/search?q=0x${'ab'.repeat(32)}`)
      await page.getByTestId('unexpanded-hint').waitFor({ timeout: 20_000 })
      assert.equal(digits(await page.getByTestId('unexpanded-count').textContent()), u.n)
      await page.close()
      // an inference id inside a batch that was not expanded: the page names that batch
      const [m] = await sql<{ id: string }>(`SELECT id FROM settlement WHERE kind = 'BATCH' AND status = 'MISSING' ORDER BY block_number LIMIT 1`)
      const byId = await open(`/search?q=${m.id}-0`)
      await byId.getByTestId('unexpanded-hint').waitFor({ timeout: 20_000 })
      assert.match((await byId.getByTestId('unexpanded-hint').textContent()) ?? '', /names a leaf of a batch of/)
      assert.equal((await byId.locator(`[data-testid="unexpanded-hint"] a[href="/settlements/${m.id}"]`).count()) > 0, true)
      await byId.close()
    })
  })
}

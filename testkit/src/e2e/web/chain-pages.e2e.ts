// Transaction and block pages in a real Chromium against the product on a small devnet: what the pages say about a
// settlement's transaction (status, block, fee, the decoded BatchSettlement) and about its block (transaction count)
// equals what the devnet's anvil answers when asked here directly with viem. Screenshots go to /tmp/shots/wb1/.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { createPublicClient, decodeEventLog, erc20Abi, http, type Abi, type Hex } from 'viem'
import { findChromium, launchChromium } from '../../browser/chromium'
import { sharedProduct, type Product } from './product'

const WEB_DIR = path.dirname(require.resolve('@og-explorer/web/package.json'))
const ABI_DIR = path.join(path.dirname(require.resolve('@og-explorer/indexer/package.json')), 'abi')
const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots/wb1'
const chromiumPath = findChromium()

/** every event of the indexer's ABIs, the independent decoder's view of what a log says */
function allEvents(): Abi {
  const seen = new Set<string>()
  const events: Abi = []
  for (const file of fs.readdirSync(ABI_DIR).filter((f) => f.endsWith('.json'))) {
    const raw = JSON.parse(fs.readFileSync(path.join(ABI_DIR, file), 'utf8'))
    for (const e of (Array.isArray(raw) ? raw : raw.abi) as Array<{ type: string; name: string; inputs: Array<{ type: string }> }>) {
      const key = `${e.name}(${e.inputs.map((i) => i.type).join(',')})`
      if (e.type === 'event' && !seen.has(key)) {
        seen.add(key)
        ;(events as unknown[]).push(e)
      }
    }
  }
  return events
}

/** viem's decoded value as the page writes it: numbers in decimal, bytes and addresses in lowercase hex */
const asText = (v: unknown): string => (typeof v === 'bigint' ? v.toString() : typeof v === 'string' ? v.toLowerCase() : JSON.stringify(v))

if (!chromiumPath) {
  test('chain pages in Chromium', { skip: 'no Chromium found' }, () => {})
} else {
  describe('transaction and block pages in Chromium', { timeout: 420_000 }, () => {
    let product: Product
    let browser: Browser
    const problems: string[] = []

    before(
      async () => {
        assert.ok(fs.existsSync(path.join(WEB_DIR, 'dist/index.html')), 'web/dist is missing: npm run build -w web')
        fs.mkdirSync(SHOTS, { recursive: true })
        browser = await launchChromium(chromiumPath)
        product = await sharedProduct()
      },
      { timeout: 300_000 },
    )

    after(async () => {
      await browser?.close()
    })

    async function open(route: string, width: number): Promise<Page> {
      const context = await browser.newContext({ viewport: { width, height: 900 } })
      const page = await context.newPage()
      page.on('pageerror', (e) => problems.push(`${route}: ${e.message}`))
      page.on('response', (r) => {
        if (r.status() >= 400 && !r.url().includes('favicon')) problems.push(`${route}: HTTP ${r.status()} ${r.url()}`)
      })
      await page.goto(`${product.url}${route}`)
      await page.waitForSelector('main h1, main .state', { timeout: 20_000 })
      await page.waitForFunction(() => document.querySelectorAll('.skeleton, [role=status]').length === 0, undefined, { timeout: 30_000 })
      return page
    }

    const overflow = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

    test('a settlement’s transaction page shows the node’s status, block, fee and decoded BatchSettlement', async () => {
      const { settlements } = await product.gql(
        `{ settlements(orderBy: [blockNumber_DESC], limit: 1, where: { kind_eq: BATCH }) { txHash blockNumber merkleRoot } }`,
      )
      const { txHash } = settlements[0] as { txHash: Hex }
      const og = createPublicClient({ transport: http(product.rpcUrls.og) })
      const [receipt, head] = await Promise.all([og.getTransactionReceipt({ hash: txHash }), og.getBlockNumber()])
      const events = allEvents()
      const settled = receipt.logs
        .map((l) => {
          try {
            return decodeEventLog({ abi: events, data: l.data, topics: l.topics })
          } catch {
            return null
          }
        })
        .find((d) => d?.eventName === 'BatchSettlement')
      assert.ok(settled, 'anvil’s receipt holds a BatchSettlement')

      const page = await open(`/tx/${txHash}`, 1440)
      assert.equal((await page.getByTestId('tx-status').textContent())?.trim(), receipt.status === 'success' ? 'Success' : 'Failed')
      assert.equal(Number((await page.getByTestId('tx-block').textContent())?.replace(/,/g, '')), Number(receipt.blockNumber))
      const confirmations = Number((await page.getByTestId('tx-confirmations').textContent())?.replace(/[^\d]/g, ''))
      // the devnet is still; a block mined meanwhile would add one
      assert.ok(
        confirmations >= Number(head - receipt.blockNumber + 1n) && confirmations <= Number(head - receipt.blockNumber + 2n),
        `${confirmations} confirmations`,
      )
      assert.equal(await page.getByTestId('tx-fee').getAttribute('data-wei'), (receipt.gasUsed * receipt.effectiveGasPrice).toString())

      const log = page.locator('[data-testid="tx-log"][data-event="BatchSettlement"]').first()
      const shown = Object.fromEntries(
        await log.locator('[data-testid="tx-log-arg"]').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-name'), r.getAttribute('data-value')])),
      )
      const expected = Object.fromEntries(Object.entries(settled.args as unknown as Record<string, unknown>).map(([k, v]) => [k, asText(v)]))
      assert.deepEqual(shown, expected, 'every field of the event as viem decodes it from anvil’s receipt')
      await page.screenshot({ path: path.join(SHOTS, 'tx-1440.png'), fullPage: true })

      const phone = await open(`/tx/${txHash}`, 390)
      assert.ok((await overflow(phone)) <= 1, `the transaction page fits 390 px (overflows by ${await overflow(phone)} px)`)
      await phone.screenshot({ path: path.join(SHOTS, 'tx-390.png'), fullPage: true })
    })

    test('a priced transfer: its fee and value are the receipt’s, and it heads the overview’s latest transactions', async () => {
      // the devnet's gas is free, so one transfer with a price makes the fee a figure worth checking
      const og = createPublicClient({ transport: http(product.rpcUrls.og) })
      const from = '0x00000000000000000000000000000000000e2e01'
      const to = '0x00000000000000000000000000000000000b0b02'
      await og.request({ method: 'anvil_setBalance' as never, params: [from, '0x8ac7230489e80000'] as never })
      const hash = (await og.request({
        method: 'eth_sendTransaction' as never,
        params: [{ from, to, value: '0x14d1120d7b160000', gas: '0x5208', gasPrice: '0xb2d05e00' }] as never,
      })) as Hex
      const latest = await og.getBlock()
      await og.request({ method: 'evm_mine' as never, params: [Number(latest.timestamp) + 2] as never })
      const receipt = await og.getTransactionReceipt({ hash })
      const fee = receipt.gasUsed * receipt.effectiveGasPrice
      assert.ok(fee > 0n)

      const page = await open(`/tx/${hash}`, 1440)
      assert.equal(await page.getByTestId('tx-fee').getAttribute('data-wei'), fee.toString())
      assert.match((await page.getByTestId('tx-fee').textContent()) ?? '', /^0\.000063 OPG$/)
      assert.equal(Number((await page.getByTestId('tx-block').textContent())?.replace(/,/g, '')), Number(receipt.blockNumber))
      assert.ok(await page.getByText('1.5 OPG').isVisible(), 'the value in the chain’s coin')
      assert.ok(await page.getByText('plain transfer (no call data)').isVisible())
      await page.screenshot({ path: path.join(SHOTS, 'tx-priced-1440.png'), fullPage: true })

      const home = await open('/', 1440)
      const firstTx = await home.getByTestId('latest-transactions').locator('li a').first().getAttribute('href')
      assert.equal(firstTx, `/tx/${hash}`)
    })

    test('a block page’s transaction count is eth_getBlockByNumber’s', async () => {
      const { settlements } = await product.gql(`{ settlements(orderBy: [blockNumber_DESC], limit: 1) { blockNumber } }`)
      const number = settlements[0].blockNumber as number
      const og = createPublicClient({ transport: http(product.rpcUrls.og) })
      const block = await og.getBlock({ blockNumber: BigInt(number) })
      const page = await open(`/blocks/og/${number}`, 1440)
      assert.equal(Number(await page.getByTestId('block-tx-count').getAttribute('data-count')), block.transactions.length)
      assert.ok(block.transactions.length > 0)
      assert.equal(await page.locator('main table tbody tr').count(), Math.min(25, block.transactions.length))
      await page.screenshot({ path: path.join(SHOTS, 'block-1440.png'), fullPage: true })
      const phone = await open(`/blocks/og/${number}`, 390)
      assert.ok((await overflow(phone)) <= 1, `the block page fits 390 px (overflows by ${await overflow(phone)} px)`)
      await phone.screenshot({ path: path.join(SHOTS, 'block-390.png'), fullPage: true })
    })

    test('the home page lists the node’s newest blocks; an address page says contract or EOA; the token page names the OPG contract', async () => {
      const og = createPublicClient({ transport: http(product.rpcUrls.og) })
      const home = await open('/', 1440)
      const first = await home.getByTestId('latest-blocks').locator('li a').first().textContent()
      const head = Number(await og.getBlockNumber())
      assert.ok(Math.abs(Number(first?.replace(/,/g, '')) - head) <= 1, `newest block ${first} against the node's ${head}`)
      await home.locator('#latest-chain').screenshot({ path: path.join(SHOTS, 'latest-1440.png') })

      const { settlements } = await product.gql(`{ settlements(orderBy: [blockNumber_DESC], limit: 1) { txHash } }`)
      const tx = await og.getTransaction({ hash: settlements[0].txHash })
      const contract = await open(`/accounts/${tx.to}`, 1440)
      await contract.getByTestId('address-kind').waitFor()
      assert.equal(await contract.locator('[data-testid="address-kind"] [data-chain="og"]').getAttribute('data-kind'), 'CONTRACT')
      const sender = await open(`/accounts/${tx.from.toLowerCase()}`, 390)
      await sender.getByTestId('address-kind').waitFor()
      assert.equal(await sender.locator('[data-testid="address-kind"] [data-chain="og"]').getAttribute('data-kind'), 'EOA')
      await sender.screenshot({ path: path.join(SHOTS, 'address-390.png') })

      // the token page's contract is an ERC-20 whose symbol, asked of the Base node, is OPG
      const { opgToken } = await product.gql(`{ opgToken { address } }`)
      const base = createPublicClient({ transport: http(product.rpcUrls.base) })
      assert.equal(await base.readContract({ address: opgToken.address, abi: erc20Abi, functionName: 'symbol' }), 'OPG')
      const token = await open('/token', 390)
      await token.getByTestId('opg-contract').waitFor()
      assert.equal(await token.locator('[data-testid="opg-contract"] [title]').first().getAttribute('title'), opgToken.address)
      assert.deepEqual(problems, [])
    })
  })
}

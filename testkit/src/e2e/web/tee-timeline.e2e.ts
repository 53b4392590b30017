// The TEE heartbeat timeline of the devnet's maintenance node (disabled on day 60, enabled again on day 62) in a
// real Chromium: every heartbeat's "late" mark equals the one recomputed here from raw rows, the heartbeat table in
// SQL and the registry's TEEDisabled / TEEEnabled logs read from the chain, with the gap measured on the clock that
// stops while the node is disabled. The first heartbeat after the re-enable, whose raw gap is days, is not late.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import { JsonRpcClient } from '@og-explorer/devnet'
import { Client } from 'pg'
import type { Browser } from 'playwright-core'
import { findChromium, launchChromium } from '../../browser/chromium'
import { teeLifecycleFromChain } from '../../stack/tee-lifecycle'
import { sharedProduct, type Product } from './product'

const WEB_DIR = path.dirname(require.resolve('@og-explorer/web/package.json'))
const ARTIFACTS = path.join(WEB_DIR, 'artifacts')
const chromiumPath = findChromium()

if (!chromiumPath) {
  test('TEE heartbeat timeline in Chromium', { skip: 'no Chromium found' }, () => {})
} else {
  describe('TEE heartbeat timeline in Chromium', { timeout: 420_000 }, () => {
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

    test('a re-enabled node: late marks as recomputed from heartbeat rows and the chain; the first beat after the enable is on time', async () => {
      // the node the devnet took down for maintenance: the one the chain shows disabled and enabled again
      const registries = (await db.query<{ registry: string }>('SELECT DISTINCT registry FROM tee_node')).rows.map((r) => r.registry)
      const lifecycle = await teeLifecycleFromChain(new JsonRpcClient(product.rpcUrls.og), registries)
      const maintained = [...lifecycle].find(([, node]) => node.disabled.some(([, to]) => to !== null))
      assert.ok(maintained, 'the devnet enabled a node again after maintenance')
      const [id, chainNode] = maintained
      const [node] = (await db.query('SELECT heartbeat_max_age FROM tee_node WHERE id = $1', [id])).rows
      assert.ok(node, `the maintenance node ${id} is indexed`)
      const maxAge = Number(node.heartbeat_max_age)
      // its finished disabled spans in ms; the shared product mines nothing after indexing to the head
      const spans = chainNode.disabled.filter((span): span is [number, number] => span[1] !== null).map(([from, to]) => [from * 1000, to * 1000])

      // every heartbeat's gap from the raw rows, less the disabled time inside it
      const beats = (await db.query<{ timestamp: Date }>('SELECT timestamp FROM heartbeat WHERE tee_id = $1 ORDER BY timestamp, id', [id])).rows.map((r) =>
        r.timestamp.getTime(),
      )
      const expected = beats.map((t, i) => {
        if (i === 0) return false
        const disabled = spans.reduce((ms, [from, to]) => ms + Math.max(0, Math.min(t, to) - Math.max(beats[i - 1], from)), 0)
        return (t - beats[i - 1] - disabled) / 1000 > maxAge
      })
      // the devnet relays the node's overdue heartbeat in the block that enables it again, after the enable
      const afterEnable = beats.findIndex((t) => t >= spans[0][1])
      assert.ok(afterEnable > 0, 'a heartbeat after the re-enable')
      assert.ok((beats[afterEnable] - beats[afterEnable - 1]) / 1000 > maxAge, 'its raw gap is longer than heartbeatMaxAge (the old mark was late)')
      assert.equal(expected[afterEnable], false, 'by the rule, the first beat after the re-enable is on time')

      for (const [width, height] of [
        [1440, 900],
        [390, 844],
      ]) {
        const context = await browser.newContext({ viewport: { width, height } })
        const page = await context.newPage()
        await page.goto(`${product.url}/tees/${id}`)
        const card = page.locator('.card', { has: page.getByTestId('heartbeat-chart') })
        await card.getByTestId('heartbeat-chart').locator('.recharts-surface').waitFor({ timeout: 30_000 })
        await card.getByRole('button', { name: 'Show as table' }).click()
        const rows = await card
          .locator('.chart-table-box tbody tr')
          .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')))
        assert.equal(rows.length, Math.min(beats.length, 1000), 'one row per heartbeat the page reads')
        assert.deepEqual(
          rows.map((r) => r[3] === 'true'),
          expected.slice(0, rows.length),
          'late marks as recomputed from heartbeat rows and the chain',
        )
        assert.equal(rows[afterEnable][3], 'false', 'the first beat after the re-enable is not marked late')
        assert.ok(Number(rows[afterEnable][2].replace(/,/g, '')) >= 24, `its disabled hours are shown (${rows[afterEnable][2]})`)
        const lateShown = Number(/; (\d+) of/.exec((await card.textContent()) ?? '')?.[1])
        assert.equal(lateShown, expected.slice(0, rows.length).filter(Boolean).length, 'the subtitle counts the late beats')
        const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        assert.ok(wide <= 0, `no sideways scroll at ${width} px (${wide} px too wide)`)
        await card.screenshot({ path: path.join(ARTIFACTS, `tee-timeline-${width}.png`) })
        await context.close()
      }
    })
  })
}

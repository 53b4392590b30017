// Every page of the explorer at a phone's width (390 px) and a desktop's (1440 px) in a real Chromium:
// the page never scrolls sideways (tables scroll or fold inside their own box), and the columns a
// delegator decides on (net, risk, commission, stake) and a TEE node's uptime are on screen at 390 px
// without scrolling anything sideways. Screenshots go to web/artifacts/phones/.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { before, describe, test } from 'node:test'
import { findChromium } from '../../browser/chromium'
import { sharedProduct, type Product } from './product'
import { PASS_VIEWPORTS, routePass } from './route-pass'

const WEB_DIR = path.dirname(require.resolve('@og-explorer/web/package.json'))
const chromiumPath = findChromium()

if (!chromiumPath) {
  test('explorer on phones', { skip: 'no Chromium found' }, () => {})
} else {
  describe('explorer at 390 px and 1440 px', { timeout: 600_000 }, () => {
    let product: Product

    before(
      async () => {
        assert.ok(fs.existsSync(path.join(WEB_DIR, 'dist/index.html')), 'web/dist is missing: npm run build -w web')
        product = await sharedProduct()
      },
      { timeout: 300_000 },
    )

    // every page is opened once per width for this suite and the accessibility one (route-pass.ts)
    for (const [width] of PASS_VIEWPORTS) {
      test(`no page scrolls sideways at ${width} px`, async () => {
        const wide: string[] = []
        for (const { route, width: m } of await routePass(chromiumPath, product, width)) {
          if (m.scrollWidth > m.innerWidth) wide.push(`${route.name}: ${m.scrollWidth} px wide in ${m.innerWidth} px\n    ${m.offenders.join('\n    ')}`)
        }
        if (wide.length) console.log(`[phones] pages wider than ${width} px:\n  ${wide.join('\n  ')}`)
        assert.deepEqual(wide, [])
      })
    }

    test('at 390 px the deciding columns are on screen without scrolling sideways', async () => {
      const missing: string[] = []
      const visits = await routePass(chromiumPath, product, 390)
      for (const name of ['validators', 'tees']) {
        const visit = visits.find((v) => v.route.name === name)
        assert.ok(visit?.offScreen, `the ${name} page was visited and its columns measured`)
        if (visit.offScreen.length) missing.push(`${name}: ${visit.offScreen.join(', ')}`)
      }
      assert.deepEqual(missing, [])
    })
  })
}

// Every page of the explorer at a phone's width (390 px) and a desktop's (1440 px) in a real Chromium:
// the page never scrolls sideways (tables scroll or fold inside their own box), and the columns a
// delegator decides on (net, risk, commission, stake) and a TEE node's uptime are on screen at 390 px
// without scrolling anything sideways. Screenshots go to web/artifacts/phones/.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { findChromium, launchChromium } from '../../browser/chromium'
import { everyRoute, settle, type RouteCase } from './every-route'
import { sharedProduct, type Product } from './product'

const WEB_DIR = path.dirname(require.resolve('@og-explorer/web/package.json'))
const ARTIFACTS = path.join(WEB_DIR, 'artifacts', 'phones')
const chromiumPath = findChromium()

interface Width {
  scrollWidth: number
  innerWidth: number
  /** the outermost elements that stick out of the viewport outside any scroll box: what to fix */
  offenders: string[]
}

/** Runs in the page: how wide the document is, and which elements make it so. */
function measureWidth(): Width {
  const w = window.innerWidth
  const clipped = (el: Element) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX
      if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true
    }
    return false
  }
  const describe = (el: Element) => {
    const r = el.getBoundingClientRect()
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''
    const id = el.id ? `#${el.id}` : ''
    const testId = el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : ''
    return `${el.tagName.toLowerCase()}${id}${cls}${testId} right=${Math.round(r.right)} "${(el.textContent ?? '').trim().slice(0, 40)}"`
  }
  const wide = Array.from(document.querySelectorAll('body *')).filter((el) => {
    const r = el.getBoundingClientRect()
    return r.width > 0 && r.right > w + 1 && !clipped(el)
  })
  // the outermost ones only: their children stick out because they do
  const outermost = wide.filter((el) => !wide.some((o) => o !== el && o.contains(el)))
  return { scrollWidth: document.documentElement.scrollWidth, innerWidth: w, offenders: outermost.slice(0, 8).map(describe) }
}

/** Runs in the page: the first row's cells of these columns that are not fully on screen. */
function offScreenCells([testId, keys]: [string, string[]]): string[] {
  const row = document.querySelector(`[data-testid="${testId}"] tbody tr`)
  if (!row) return [`no row in ${testId}`]
  return keys.filter((key) => {
    const cell = row.querySelector(`td[data-col="${key}"]`)
    if (!cell) return true
    const r = cell.getBoundingClientRect()
    return r.width === 0 || r.left < 0 || r.right > window.innerWidth + 1
  })
}

if (!chromiumPath) {
  test('explorer on phones', { skip: 'no Chromium found' }, () => {})
} else {
  describe('explorer at 390 px and 1440 px', { timeout: 600_000 }, () => {
    let product: Product
    let browser: Browser
    let routes: RouteCase[]

    before(
      async () => {
        assert.ok(fs.existsSync(path.join(WEB_DIR, 'dist/index.html')), 'web/dist is missing: npm run build -w web')
        fs.mkdirSync(ARTIFACTS, { recursive: true })
        browser = await launchChromium(chromiumPath)
        product = await sharedProduct()
        routes = await everyRoute(product)
      },
      { timeout: 300_000 },
    )

    after(async () => {
      await browser?.close()
    })

    async function visit(width: number, height: number, check: (page: Page, route: RouteCase) => Promise<void>, only?: string[]): Promise<void> {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, isMobile: width < 500, hasTouch: width < 500 })
      try {
        for (const route of routes.filter((r) => !only || only.includes(r.name))) {
          const page = await context.newPage()
          await page.goto(`${product.url}${route.path}`)
          await settle(page)
          await check(page, route)
          await page.screenshot({ path: path.join(ARTIFACTS, `${route.name}-${width}.png`), fullPage: true })
          await page.close()
        }
      } finally {
        await context.close()
      }
    }

    for (const [width, height] of [
      [390, 844],
      [1440, 900],
    ]) {
      test(`no page scrolls sideways at ${width} px`, async () => {
        const wide: string[] = []
        await visit(width, height, async (page, route) => {
          const m = await page.evaluate(measureWidth)
          if (m.scrollWidth > m.innerWidth) wide.push(`${route.name}: ${m.scrollWidth} px wide in ${m.innerWidth} px\n    ${m.offenders.join('\n    ')}`)
        })
        if (wide.length) console.log(`[phones] pages wider than ${width} px:\n  ${wide.join('\n  ')}`)
        assert.deepEqual(wide, [])
      })
    }

    test('at 390 px the deciding columns are on screen without scrolling sideways', async () => {
      const missing: string[] = []
      await visit(
        390,
        844,
        async (page, route) => {
          const decisive: Record<string, [string, string[]]> = {
            validators: ['validators-table', ['net', 'risk', 'commission', 'stake']],
            tees: ['tees-table', ['uptime']],
          }
          const want = decisive[route.name]
          if (!want) return
          const off = await page.evaluate(offScreenCells, want)
          if (off.length) missing.push(`${route.name}: ${off.join(', ')}`)
        },
        ['validators', 'tees'],
      )
      assert.deepEqual(missing, [])
    })
  })
}

// One visit of every page at one width for the suites that check something of each page: the layout checks
// (phones.e2e.ts) and axe (a11y.e2e.ts) read the same loaded page, so each page is opened and settled once per
// width instead of once per suite. Every probe runs on every page; each suite asserts on its own results.
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../../browser/chromium'
import { everyRoute, settle, type RouteCase } from './every-route'
import type { Product } from './product'

const WEB_DIR = path.dirname(require.resolve('@og-explorer/web/package.json'))
export const PHONE_SHOTS = path.join(WEB_DIR, 'artifacts', 'phones')
const AXE = require.resolve('axe-core/axe.min.js')

export interface Violation {
  id: string
  impact: string | null
  help: string
  targets: string[]
}

export interface Width {
  scrollWidth: number
  innerWidth: number
  /** the outermost elements that stick out of the viewport outside any scroll box: what to fix */
  offenders: string[]
}

export interface RouteVisit {
  route: RouteCase
  width: Width
  /** for the pages with deciding columns: those of the first row not fully on screen */
  offScreen?: string[]
  violations: Violation[]
  /** how long axe took on the page, printed with the time to settle so a slow page stands out */
  axeMs: number
}

/** the columns a delegator decides on, and a TEE node's uptime, per page that has them */
export const DECIDING_COLUMNS: Record<string, [string, string[]]> = {
  validators: ['validators-table', ['net', 'risk', 'commission', 'stake']],
  tees: ['tees-table', ['uptime']],
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

/** Runs in the page after axe.min.js is injected: the violations of every rule axe runs by default. */
async function runAxe(): Promise<Violation[]> {
  // axe is the global the injected axe.min.js defines
  const axe = (window as any).axe
  const result = await axe.run(document, { resultTypes: ['violations'] })
  return result.violations.map((v: { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')),
  }))
}

async function probe(page: Page, route: RouteCase, width: number): Promise<RouteVisit> {
  // layout first, on the page as the app left it; axe is injected last
  const measured = await page.evaluate(measureWidth)
  const deciding = DECIDING_COLUMNS[route.name]
  const offScreen = deciding ? await page.evaluate(offScreenCells, deciding) : undefined
  await page.screenshot({ path: path.join(PHONE_SHOTS, `${route.name}-${width}.png`), fullPage: true })
  const shot = Date.now()
  await page.addScriptTag({ path: AXE })
  const violations = await page.evaluate(runAxe)
  return { route, width: measured, offScreen, violations, axeMs: Date.now() - shot }
}

async function visitAll(chromiumPath: string, product: Product, width: number, height: number): Promise<RouteVisit[]> {
  fs.mkdirSync(PHONE_SHOTS, { recursive: true })
  const routes = await everyRoute(product)
  const browser: Browser = await launchChromium(chromiumPath)
  try {
    // a phone at 390 px (touch, mobile viewport); the app's CSP allows only its own scripts, and axe is injected by the test
    const context = await browser.newContext({
      viewport: { width, height },
      deviceScaleFactor: 1,
      isMobile: width < 500,
      hasTouch: width < 500,
      bypassCSP: true,
    })
    const visits: RouteVisit[] = []
    const started = Date.now()
    for (const route of routes) {
      const opened = Date.now()
      const page = await context.newPage()
      await page.goto(`${product.url}${route.path}`)
      await settle(page)
      const settled = Date.now()
      const visit = await probe(page, route, width)
      visits.push(visit)
      await page.close()
      console.log(`[pages ${width}] ${route.name}: settled in ${settled - opened} ms, probes ${Date.now() - settled} ms (axe ${visit.axeMs} ms)`)
    }
    console.log(`[pages ${width}] ${routes.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    return visits
  } finally {
    await browser.close()
  }
}

/** the widths every page is checked at (a phone's, a desktop's), with their viewport heights */
export const PASS_VIEWPORTS: ReadonlyArray<readonly [number, number]> = [
  [390, 844],
  [1440, 900],
]

const passes = new Map<number, Promise<RouteVisit[]>>()

/**
 * Every page at this width, visited once per process whichever suite asks first. The first call starts every
 * width at once: a page's time is mostly the API answering and the renderer drawing, which overlap.
 */
export function routePass(chromiumPath: string, product: Product, width: number): Promise<RouteVisit[]> {
  for (const [w, h] of PASS_VIEWPORTS) {
    if (passes.has(w)) continue
    const pass = visitAll(chromiumPath, product, w, h)
    // a failed pass is not cached: the next suite tries again and reports its own failure
    pass.catch(() => passes.delete(w))
    passes.set(w, pass)
  }
  const pass = passes.get(width)
  if (!pass) throw new Error(`no page pass at ${width} px; the widths are ${PASS_VIEWPORTS.map(([w]) => w).join(', ')}`)
  return pass
}

// npm run bench:web -- <api-url> [--runs N] [--json FILE]
// Measures the two speed figures of the web app, prints them and writes them to --json FILE
// (default bench/results/web.json):
//  1. initial JavaScript, gzipped: the entry chunk and every chunk it imports statically, read from
//     the Vite build manifest (web/dist/.vite/manifest.json); lazily loaded pages are not counted;
//  2. time to first render of the overview in Chromium: from navigation start until the headline
//     figures show API data, and until every chart has drawn (as the page itself times it, see
//     drawn-marks.ts), against the API at <api-url>. The API serves the app itself (web/dist); one
//     that does not is given this build on a local port with the API paths proxied to it. Median of
//     N cold loads.
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { parseArgs } from 'node:util'
import { freePort } from '@og-explorer/devnet'
import { findChromium, launchChromium } from '@og-explorer/testkit/lib/browser/chromium'
import { initialChunks } from '@og-explorer/web/lib/scripts/initial-chunks'
import { DIST_DIR, startWebServer } from '@og-explorer/web/lib/scripts/web-server'
import { captureMachine } from '../machine'
import { OVERVIEW_CHARTS, recordDrawnMarks, type DrawnMarks } from './drawn-marks'
import { resultFile, writeResult } from '../results/files'
import { webResultSchema, type WebResult } from '../results/schema'

const gzipSize = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(DIST_DIR, file)), { level: 9 }).length
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** The budgets the web app is held to, printed beside the figures (the report marks them too). */
const JS_BUDGET_KB = 300
const RENDER_BUDGET_MS = 1500

/**
 * How long a new context's page is left before it navigates. Opening a context opens a window, and headless
 * Chromium goes on building it (its own pages and processes) for a while after newPage() returns; on a small
 * machine that work took the cores the page's load needed, and the figure measured the window as much as the app. A
 * visitor's browser is open before they navigate, so the load is timed once the window has settled; the context is
 * still new, so nothing of the app is cached.
 */
const SETTLE_MS = 2000

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '5' }, json: { type: 'string', default: resultFile('web') } },
})

/** Median time to the headline figures and to every chart over `runs` cold loads in Chromium; or why it was skipped. */
async function firstRender(apiUrl: string | undefined, runs: number): Promise<{ firstRender: WebResult['firstRender']; skipped: string | null }> {
  if (!apiUrl) return { firstRender: null, skipped: 'no API URL given (e.g. http://127.0.0.1:4350)' }
  const chromium = findChromium()
  if (!chromium) return { firstRender: null, skipped: 'no Chromium found (apt-get install chromium)' }
  const servesApp = await fetch(new URL('/', apiUrl), { headers: { accept: 'text/html' } })
    .then((r) => r.ok && (r.headers.get('content-type') ?? '').startsWith('text/html'))
    .catch(() => false)
  const server = servesApp ? { url: apiUrl.replace(/\/+$/, ''), close: async () => {} } : await startWebServer({ api: apiUrl, port: await freePort() })
  console.log(servesApp ? `the API at ${apiUrl} serves the app` : `the app is served from ${server.url}, API paths proxied to ${apiUrl}`)
  const browser = await launchChromium(chromium)
  try {
    const figures: number[] = []
    const charts: number[] = []
    for (let i = 0; i < runs; i++) {
      // a new context each time: no cache, no service worker, a cold load
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
      await context.addInitScript(recordDrawnMarks, OVERVIEW_CHARTS)
      const page = await context.newPage()
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
      await page.goto(`${server.url}/`, { waitUntil: 'commit' })
      const marks = await page.waitForFunction(
        () => {
          const m = (window as unknown as { __drawn?: DrawnMarks }).__drawn
          return m?.headline !== undefined && m.charts !== undefined ? m : null
        },
        undefined,
        { timeout: 30_000 },
      )
      const { headline, charts: drawn } = (await marks.jsonValue()) as Required<DrawnMarks>
      figures.push(headline)
      charts.push(drawn)
      await context.close()
      console.log(`cold load ${i + 1} of ${runs}: ${figures[i].toFixed(0)} ms to the headline figures, ${charts[i].toFixed(0)} ms to every chart`)
    }
    return { firstRender: { headlineMs: Math.round(median(figures)), allChartsMs: Math.round(median(charts)), runs, apiUrl }, skipped: null }
  } finally {
    await browser.close()
    await server.close()
  }
}

async function main(): Promise<void> {
  const apiUrl = positionals[0]
  const runs = Number(values.runs) || 5
  const manifestFile = path.join(DIST_DIR, '.vite/manifest.json')
  if (!fs.existsSync(manifestFile)) throw new Error('no build manifest: run npm run build -w web first')
  const { js, css } = initialChunks(JSON.parse(fs.readFileSync(manifestFile, 'utf8')))
  const jsBytes = js.reduce((s, f) => s + gzipSize(f), 0)
  const cssBytes = css.reduce((s, f) => s + gzipSize(f), 0)
  console.log(
    `initial JavaScript: ${kb(jsBytes)} gzipped in ${js.length} file(s) (${js.join(', ')}); budget ${JS_BUDGET_KB} KB${jsBytes > JS_BUDGET_KB * 1024 ? ' — OVER BUDGET' : ''}`,
  )
  console.log(`initial CSS: ${kb(cssBytes)} gzipped`)
  const render = await firstRender(apiUrl, runs)
  if (render.firstRender) {
    const r = render.firstRender
    console.log(
      `first render of the overview: ${r.headlineMs} ms to the headline figures, ${r.allChartsMs} ms to every chart (median of ${runs} cold loads against ${apiUrl}); budget ${RENDER_BUDGET_MS} ms`,
    )
  } else {
    console.log(`first render of the overview: skipped (${render.skipped})`)
  }
  writeResult(values.json, webResultSchema, {
    kind: 'web',
    machine: captureMachine(),
    initialJs: { gzipBytes: jsBytes, files: js },
    initialCss: { gzipBytes: cssBytes },
    ...render,
  })
  console.log(`[bench:web] figures written to ${values.json}`)
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})

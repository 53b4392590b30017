// node web/lib/scripts/bench-web.js <api-url> [--runs N]
// Prints the two speed figures of the web app:
//  1. initial JavaScript, gzipped: the entry chunk and every chunk it imports statically, read from
//     the Vite build manifest (web/dist/.vite/manifest.json); lazily loaded pages are not counted;
//  2. time to first render of the overview in Chromium: from navigation start until the headline
//     figures show API data, and until every chart has drawn, against the API at <api-url>. The API
//     serves the app itself (web/dist); one that does not is given this build on a local port with
//     the API paths proxied to it. Median of N cold loads.
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { freePort } from '@og-explorer/devnet'
import { findChromium, launchChromium } from '../e2e/chromium'
import { DIST_DIR, startWebServer } from './web-server'

interface ManifestChunk {
  file: string
  isEntry?: boolean
  imports?: string[]
  css?: string[]
}

export function initialChunks(manifest: Record<string, ManifestChunk>): { js: string[]; css: string[] } {
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry)
  if (!entry) throw new Error('the manifest has no entry chunk')
  const seen = new Set<string>()
  const walk = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    for (const dep of manifest[key].imports ?? []) walk(dep)
  }
  walk(entry)
  const chunks = [...seen].map((k) => manifest[k])
  return { js: chunks.map((c) => c.file), css: [...new Set(chunks.flatMap((c) => c.css ?? []))] }
}

const gzipSize = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(DIST_DIR, file)), { level: 9 }).length
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const apiUrl = args.find((a) => !a.startsWith('--'))
  const runs = Number(args[args.indexOf('--runs') + 1]) || 5
  const manifestFile = path.join(DIST_DIR, '.vite/manifest.json')
  if (!fs.existsSync(manifestFile)) throw new Error('no build manifest: run npm run build -w web first')
  const { js, css } = initialChunks(JSON.parse(fs.readFileSync(manifestFile, 'utf8')))
  const jsBytes = js.reduce((s, f) => s + gzipSize(f), 0)
  const cssBytes = css.reduce((s, f) => s + gzipSize(f), 0)
  console.log(`initial JavaScript: ${kb(jsBytes)} gzipped in ${js.length} file(s) (${js.join(', ')}); budget 300 KB${jsBytes > 300 * 1024 ? ' — OVER BUDGET' : ''}`)
  console.log(`initial CSS: ${kb(cssBytes)} gzipped`)
  if (!apiUrl) {
    console.log('first render of the overview: skipped (give the API URL, e.g. http://127.0.0.1:4350)')
    return
  }
  const chromium = findChromium()
  if (!chromium) {
    console.log('first render of the overview: skipped (no Chromium found; apt-get install chromium)')
    return
  }
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
      const page = await context.newPage()
      await page.goto(`${server.url}/`, { waitUntil: 'commit' })
      await page.waitForSelector('[data-testid="kpi-inferences-value"]', { timeout: 30_000 })
      figures.push(await page.evaluate(() => performance.now()))
      await page.waitForFunction(() => document.querySelectorAll('main .recharts-surface').length >= 5 && document.querySelectorAll('.skeleton, [role=status]').length === 0, undefined, { timeout: 30_000 })
      charts.push(await page.evaluate(() => performance.now()))
      await context.close()
    }
    console.log(`first render of the overview: ${median(figures).toFixed(0)} ms to the headline figures, ${median(charts).toFixed(0)} ms to every chart (median of ${runs} cold loads against ${apiUrl}); budget 1500 ms`)
  } finally {
    await browser.close()
    await server.close()
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err)
    process.exit(1)
  })
}

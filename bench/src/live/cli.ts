// npm run bench:live [-- --events 20] [--subscribers 1000] [--json FILE]
// Block-to-browser latency of the live subscription on a small devnet with both processors running:
// a legacy settlement is mined on the OG anvil N times, and each is timed until its row is in
// Postgres (the processor's part), until an SSE client of `live` receives it, and until Chromium
// shows it in the open settlements list without a reload; median and p95 of each. Then N idle
// subscribers are opened against the API (its own process) and its RSS delta per subscriber read.
// Writes bench/results/live.json (or --json FILE).
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { query } from '@og-explorer/indexer/lib/testing/postgres'
import { findChromium, launchChromium } from '@og-explorer/testkit/lib/browser/chromium'
import { startLiveProduct } from '@og-explorer/testkit/lib/e2e/web/live-product'
import { captureMachine } from '../machine'
import { resultFile, writeResult } from '../results/files'
import { liveResultSchema } from './schema'
import { openLive, type SseStream } from './sse-client'

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '20' },
    subscribers: { type: 'string', default: '1000' },
    json: { type: 'string', default: resultFile('live') },
  },
})
const log = (line: string) => console.log(`[bench:live] ${line}`)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
/** the OG processor's head poll (indexer/src/og/processor.ts) and the API's live poll default (api/src/live/config.ts) */
const PROCESSOR_HEAD_POLL_MS = 1000
const LIVE_POLL_MS = Number(process.env.API_LIVE_POLL_MS || 250)

function spread(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b)
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]
  return { medianMs: at(0.5), p95Ms: at(0.95), maxMs: s[s.length - 1] }
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1])
  return kb / 1024
}

async function main(): Promise<void> {
  const events = Number(values.events)
  const subscribers = Number(values.subscribers)
  if (!Number.isInteger(events) || events < 1) throw new Error(`--events must be a positive whole number, got "${values.events}"`)
  if (!Number.isInteger(subscribers) || subscribers < 1) throw new Error(`--subscribers must be a positive whole number, got "${values.subscribers}"`)
  const chromium = findChromium()
  if (!chromium) throw new Error('no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)')
  const startedAt = new Date().toISOString()
  log('simulating and indexing a small devnet, then restarting its processors at the head…')
  const product = await startLiveProduct({ API_LIVE_MAX_SUBSCRIBERS: String(subscribers + 50), API_LIVE_MAX_PER_CLIENT: String(subscribers + 50) })
  const browser = await launchChromium(chromium)
  const streams: SseStream[] = []
  try {
    const seen = new Map<string, number>()
    const waiters = new Map<string, () => void>()
    const client = openLive(product.url, (data, at) => {
      for (const s of data?.data?.live?.newSettlements ?? []) {
        seen.set(s.txHash, at)
        waiters.get(s.txHash)?.()
      }
    })
    await client.opened
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage()
    await page.goto(`${product.url}/settlements`)
    await page.waitForSelector('[data-testid="settlements-table"] tbody tr', { timeout: 60_000 })
    await page.waitForSelector('[data-testid="page-as-of"]', { timeout: 30_000 })
    await page.evaluate(() => {
      const shown: Record<string, number> = {}
      ;(window as unknown as { __shown: Record<string, number> }).__shown = shown
      new MutationObserver(() => {
        document.querySelectorAll('[data-testid="settlements-table"] tbody tr a[href^="/tx/"]').forEach((a) => {
          const tx = (a.getAttribute('href') ?? '').slice(4)
          if (!(tx in shown)) shown[tx] = Date.now()
        })
      }).observe(document.body, { childList: true, subtree: true })
    })
    // one warm-up block: the processors' first batch after the restart is not a steady-state figure
    await product.mineSettlement()
    await sleep(3000)
    const indexed: number[] = []
    const sse: number[] = []
    const shown: number[] = []
    for (let i = 0; i < events; i++) {
      const mined = await product.mineSettlement()
      const t0 = mined.minedAt
      const sseAt = new Promise<number>((resolve) => {
        const now = seen.get(mined.txHash)
        if (now) resolve(now)
        else waiters.set(mined.txHash, () => resolve(seen.get(mined.txHash) as number))
      })
      const dbAt = (async () => {
        for (;;) {
          const rows = await query(product.dbUrl, 'select 1 from settlement where tx_hash = $1', [mined.txHash])
          if (rows.length > 0) return Date.now()
          await sleep(10)
        }
      })()
      // read in the page, when the row is inserted (a MutationObserver), not when a poll from here finds it
      const shownAt = page
        .waitForFunction((tx) => (window as unknown as { __shown?: Record<string, number> }).__shown?.[tx], mined.txHash, { timeout: 30_000, polling: 50 })
        .then((h) => h.jsonValue() as Promise<number>)
      const [d, s, b] = await Promise.all([dbAt, sseAt, shownAt])
      indexed.push(d - t0)
      sse.push(s - t0)
      shown.push(b - t0)
      log(`event ${i + 1}/${events}: in Postgres ${d - t0} ms, SSE ${s - t0} ms, on the page ${b - t0} ms`)
      // blocks a varying time apart, so they do not fall on the same phase of the polls
      await sleep(400 + Math.floor(Math.random() * 900))
    }
    client.close()
    await page.context().close()

    log(`opening ${subscribers} idle subscribers…`)
    await sleep(1000)
    const before = rssMb(product.apiPid)
    for (let i = 0; i < subscribers; i += 100) {
      const batch = Array.from({ length: Math.min(100, subscribers - i) }, () => openLive(product.url, () => {}))
      streams.push(...batch)
      await Promise.all(batch.map((b) => b.opened))
    }
    // the streams settle (first pushes sent, buffers released) before the reading
    await sleep(3000)
    const after = rssMb(product.apiPid)
    const kbPer = ((after - before) * 1024) / subscribers
    log(`API RSS ${before.toFixed(1)} MB → ${after.toFixed(1)} MB with ${subscribers} idle subscribers: ${kbPer.toFixed(1)} KB each`)

    const result = {
      machine: captureMachine(),
      startedAt,
      events,
      latency: { indexed: spread(indexed), sse: spread(sse), browser: spread(shown) },
      stagesMedianMs: {
        indexer: spread(indexed).medianMs,
        apiPush: Math.max(0, spread(sse).medianMs - spread(indexed).medianMs),
        browserRefetch: Math.max(0, spread(shown).medianMs - spread(sse).medianMs),
      },
      idle: { subscribers, apiRssBeforeMb: before, apiRssAfterMb: after, kbPerSubscriber: kbPer },
      settings: { livePollMs: LIVE_POLL_MS, processorHeadPollMs: PROCESSOR_HEAD_POLL_MS },
    }
    writeResult(values.json!, liveResultSchema, result)
    const l = result.latency
    log(
      `median / p95: in Postgres ${l.indexed.medianMs} / ${l.indexed.p95Ms} ms, SSE ${l.sse.medianMs} / ${l.sse.p95Ms} ms, on the page ${l.browser.medianMs} / ${l.browser.p95Ms} ms (target: median under 1000 ms)`,
    )
    log(`written to ${values.json}`)
  } finally {
    for (const s of streams) s.close()
    await browser.close()
    await product.close()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})

/**
 * /healthz probed from a thread of its own. The abuse case's attacker reads and parses every answer
 * it gets (forty list pages at once); a prober on the same event loop would wait behind that parsing
 * before it could even see the API's answer, and count the harness's own delay as the API's. A public
 * API's liveness probe is another machine's client, so it is timed on its own event loop here.
 */
import { Worker } from 'node:worker_threads'

const PROBER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
let running = true
parentPort.on('message', (m) => { if (m === 'stop') running = false })
;(async () => {
  while (running) {
    const started = performance.now()
    let ok = false
    try {
      const res = await fetch(workerData.url, { headers: workerData.headers })
      await res.arrayBuffer()
      ok = res.status === 200
    } catch {}
    parentPort.postMessage({ ms: performance.now() - started, ok })
    await new Promise((r) => setTimeout(r, workerData.intervalMs))
  }
  parentPort.postMessage('stopped')
})()
`

export interface HealthProber {
  /** latencies since the last `take`, and how many probes failed */
  take(): { ms: number[]; failed: number }
  stop(): Promise<void>
}

export function startHealthProber(baseUrl: string, headers: Record<string, string>, intervalMs: number): HealthProber {
  const worker = new Worker(PROBER_SOURCE, { eval: true, workerData: { url: `${baseUrl}/healthz`, headers, intervalMs } })
  let ms: number[] = []
  let failed = 0
  const stopped = new Promise<void>((resolve) => {
    worker.on('message', (m: { ms: number; ok: boolean } | 'stopped') => {
      if (m === 'stopped') return resolve()
      if (m.ok) ms.push(m.ms)
      else failed++
    })
    worker.once('exit', () => resolve())
    worker.once('error', () => resolve())
  })
  return {
    take() {
      const out = { ms, failed }
      ms = []
      failed = 0
      return out
    },
    async stop() {
      worker.postMessage('stop')
      const timer = setTimeout(() => void worker.terminate(), 2000)
      await stopped
      clearTimeout(timer)
      await worker.terminate()
    },
  }
}

import assert from 'node:assert/strict'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { test } from 'node:test'
import { BlobFetcher } from './blob-fetcher'

/** A real aggregator on loopback whose answer per blob id is scripted by the test. */
async function aggregator(answer: (id: string, attempt: number) => { status: number; body?: string; delayMs?: number; bytes?: number }) {
  const attempts = new Map<string, number>()
  const server = http.createServer((req, res) => {
    const id = decodeURIComponent(req.url!.replace('/v1/blobs/', ''))
    const n = (attempts.get(id) ?? 0) + 1
    attempts.set(id, n)
    const a = answer(id, n)
    setTimeout(() => {
      res.writeHead(a.status)
      res.end(a.bytes ? Buffer.alloc(a.bytes, 'x') : (a.body ?? ''))
    }, a.delayMs ?? 0)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, attempts, close: () => new Promise<void>((r) => server.close(() => r())) }
}

test('blobs arrive through retries; missing ones are declared after the 404 budget; oversized and slow answers are retried, never taken', async () => {
  const server = await aggregator((id, attempt) => {
    if (id === 'ok') return { status: 200, body: 'payload ok' }
    if (id === 'flaky') return attempt < 3 ? { status: 503 } : { status: 200, body: 'payload flaky' }
    if (id === 'slow') return attempt < 2 ? { status: 200, body: 'too late', delayMs: 3_000 } : { status: 200, body: 'payload slow' }
    if (id === 'huge') return attempt < 2 ? { status: 200, bytes: 5_000 } : { status: 200, body: 'payload huge' }
    return { status: 404 }
  })
  const fetcher = new BlobFetcher(server.url, { timeoutMs: 1_000, baseDelayMs: 10, maxDelayMs: 40, notFoundAttempts: 3, maxBlobBytes: 1_000 })
  try {
    for (const id of ['ok', 'flaky', 'slow', 'huge', 'gone']) fetcher.request(id)
    fetcher.request('ok') // asking twice costs nothing
    await fetcher.idle()
    assert.equal(fetcher.depth, 0)
    assert.deepEqual(fetcher.readyIds().sort(), ['flaky', 'gone', 'huge', 'ok', 'slow'])
    assert.deepEqual(fetcher.take('ok'), { kind: 'ok', body: 'payload ok', attempts: 1 })
    assert.deepEqual(fetcher.take('flaky'), { kind: 'ok', body: 'payload flaky', attempts: 3 })
    assert.equal((fetcher.take('slow') as { body: string }).body, 'payload slow')
    assert.equal((fetcher.take('huge') as { body: string }).body, 'payload huge')
    const gone = fetcher.take('gone')
    assert.equal(gone?.kind, 'missing')
    assert.equal(server.attempts.get('gone'), 3)
    assert.equal(server.attempts.get('ok'), 1)
    // a result is handed out once
    assert.equal(fetcher.take('ok'), undefined)
    assert.equal(fetcher.stats.fetched, 4)
    assert.equal(fetcher.stats.missing, 1)
  } finally {
    fetcher.stop()
    await server.close()
  }
})

test('an aggregator that is down only delays: the blob arrives once it is back', async () => {
  let up = false
  const server = await aggregator(() => (up ? { status: 200, body: 'late payload' } : { status: 502 }))
  const fetcher = new BlobFetcher(server.url, { timeoutMs: 200, baseDelayMs: 10, maxDelayMs: 20 })
  try {
    fetcher.request('b1')
    await new Promise((r) => setTimeout(r, 150))
    assert.equal(fetcher.take('b1'), undefined)
    assert.ok(fetcher.stats.retries >= 2, `retries ${fetcher.stats.retries}`)
    up = true
    await fetcher.idle()
    assert.equal((fetcher.take('b1') as { body: string }).body, 'late payload')
  } finally {
    fetcher.stop()
    await server.close()
  }
})

test('only blobs asked for as batch dumps go through the analyser', async () => {
  const server = await aggregator((id) => ({ status: 200, body: `body of ${id}` }))
  const analysed: string[] = []
  const fetcher = new BlobFetcher(server.url, {
    baseDelayMs: 10,
    analyze: async (body) => {
      analysed.push(body)
      return { ok: false, reason: 'malformed' }
    },
  })
  try {
    fetcher.request('batch')
    fetcher.request('individual', { analyze: false })
    await fetcher.idle()
    assert.deepEqual(analysed, ['body of batch'])
    assert.deepEqual(fetcher.take('individual'), { kind: 'ok', body: 'body of individual', attempts: 1 })
    assert.deepEqual(fetcher.take('batch'), { kind: 'ok', body: 'body of batch', attempts: 1, analysis: { ok: false, reason: 'malformed' } })
  } finally {
    fetcher.stop()
    await server.close()
  }
})

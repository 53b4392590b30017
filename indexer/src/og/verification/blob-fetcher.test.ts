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
    await fetcher.settled()
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
    await fetcher.settled()
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
    await fetcher.settled()
    assert.deepEqual(analysed, ['body of batch'])
    assert.deepEqual(fetcher.take('individual'), { kind: 'ok', body: 'body of individual', attempts: 1 })
    assert.deepEqual(fetcher.take('batch'), { kind: 'ok', body: 'body of batch', attempts: 1, analysis: { ok: false, reason: 'malformed' } })
  } finally {
    fetcher.stop()
    await server.close()
  }
})

test('progress survives a restart: a fetcher seeded from the stored progress finishes the 404 budget instead of starting it over', async () => {
  const server = await aggregator(() => ({ status: 404 }))
  const options = { baseDelayMs: 20, maxDelayMs: 40, notFoundAttempts: 4 }
  const first = new BlobFetcher(server.url, options)
  let stored = { attempts: 0, notFound: 0, nextAt: 0 }
  try {
    first.request('gone')
    // what the handler writes to the settlement after each batch, until the process "dies"
    while (stored.notFound < 2) {
      await new Promise((r) => setTimeout(r, 5))
      stored = first.takeProgress().get('gone') ?? stored
    }
  } finally {
    first.stop()
  }
  assert.equal(first.take('gone'), undefined, 'not declared before the budget is spent')
  const askedBefore = server.attempts.get('gone')!
  const second = new BlobFetcher(server.url, options)
  try {
    second.request('gone', { progress: stored })
    await second.settled()
    const result = second.take('gone')
    assert.equal(result?.kind, 'missing')
    // the second process asked only for the rest of the budget, and its count goes on from the row
    assert.equal(server.attempts.get('gone')! - askedBefore, 4 - stored.notFound)
    assert.equal(result?.attempts, stored.attempts + 4 - stored.notFound)
    assert.deepEqual(second.takeProgress(), new Map(), 'a blob with a result needs no progress written')
  } finally {
    second.stop()
    await server.close()
  }
})

test('a restarted fetcher keeps the stored backoff: no request before the stored next try', async () => {
  const server = await aggregator(() => ({ status: 200, body: 'payload' }))
  const fetcher = new BlobFetcher(server.url, { baseDelayMs: 10 })
  try {
    const nextAt = Date.now() + 300
    fetcher.request('waiting', { progress: { attempts: 5, notFound: 0, nextAt } })
    fetcher.request('new') // an unrelated blob is fetched at once, and must not move the wake-up later
    await new Promise((r) => setTimeout(r, 150))
    assert.equal(server.attempts.get('waiting'), undefined)
    assert.equal(server.attempts.get('new'), 1)
    await fetcher.settled()
    assert.ok(Date.now() >= nextAt)
    assert.deepEqual(fetcher.take('waiting'), { kind: 'ok', body: 'payload', attempts: 6 })
  } finally {
    fetcher.stop()
    await server.close()
  }
})

test("503 BLOB_UNAVAILABLE counts toward the not-found budget and ends 'unavailable'; a plain 503 is retried forever", async () => {
  let busy = 0
  const server = await aggregator((id) => {
    if (id === 'expired') return { status: 503, body: JSON.stringify({ code: 'BLOB_UNAVAILABLE', error: 'blob is past its storage period' }) }
    busy++
    return busy <= 5 ? { status: 503, body: 'overloaded' } : { status: 200, body: 'finally' }
  })
  const fetcher = new BlobFetcher(server.url, { baseDelayMs: 5, maxDelayMs: 10, notFoundAttempts: 3 })
  try {
    fetcher.request('expired')
    fetcher.request('busy')
    await fetcher.settled()
    const expired = fetcher.take('expired')
    assert.equal(expired?.kind, 'unavailable')
    assert.equal(server.attempts.get('expired'), 3)
    assert.equal((fetcher.take('busy') as { body: string }).body, 'finally')
    assert.equal(fetcher.stats.unavailable, 1)
  } finally {
    fetcher.stop()
    await server.close()
  }
})

test('at most maxHeld results wait at a time: no fetch starts until results are taken, and every blob still arrives', async () => {
  const server = await aggregator((id) => ({ status: 200, body: `payload ${id}` }))
  const fetcher = new BlobFetcher(server.url, { concurrency: 2, maxHeld: 3 })
  const ids = Array.from({ length: 10 }, (_, i) => `b${i}`)
  try {
    for (const id of ids) fetcher.request(id)
    const taken = new Map<string, string>()
    let rounds = 0
    while (taken.size < ids.length) {
      await fetcher.settled()
      rounds++
      const ready = fetcher.readyIds()
      assert.ok(ready.length <= 3, `${ready.length} results held`)
      const asked = [...server.attempts.values()].reduce((a, n) => a + n, 0)
      assert.equal(asked, taken.size + ready.length, 'a blob was fetched while the bound was full')
      for (const id of ready) taken.set(id, (fetcher.take(id) as { body: string }).body)
    }
    assert.equal(rounds, Math.ceil(ids.length / 3))
    assert.deepEqual(
      [...taken].sort(([a], [b]) => a.localeCompare(b)),
      ids.map((id) => [id, `payload ${id}`]).sort(([a], [b]) => a.localeCompare(b)),
    )
    assert.equal(fetcher.depth, 0)
  } finally {
    fetcher.stop()
    await server.close()
  }
})

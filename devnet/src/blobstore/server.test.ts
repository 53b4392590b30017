import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import http from 'node:http'
import { blobIdFor } from '@og-explorer/proofs'
import { createBlobStore } from './store'
import { startBlobServer } from './server'

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'blobstore-test-'))
after(() => fs.rmSync(tmp, { recursive: true, force: true }))

test('store: put/get/has, content addressing, layout, atomic writes leave no temp files', () => {
  const store = createBlobStore(path.join(tmp, 'a'))
  const content = JSON.stringify({ hello: 'walrus' })
  const id = store.put(content)
  assert.equal(id, blobIdFor(content))
  assert.equal(id.length, 43)
  assert.equal(store.put(Buffer.from(content)), id) // idempotent, same id for same bytes
  assert.ok(store.has(id))
  assert.equal(store.get(id)?.toString('utf8'), content)
  assert.ok(fs.existsSync(path.join(store.dir, id.slice(0, 2), id)))
  assert.equal(store.get('missing'), undefined)
  assert.equal(store.has('missing'), false)
  assert.equal(store.get('../etc/passwd'), undefined)
  assert.throws(() => store.putWithId('a/b', 'x'))
  store.putWithId('custom-id_1', new Uint8Array([1, 2, 3]))
  assert.deepEqual([...store.get('custom-id_1')!], [1, 2, 3])
  store.putWithId('custom-id_1', 'overwritten')
  assert.equal(store.get('custom-id_1')?.toString(), 'overwritten')
  const leftovers = fs
    .readdirSync(store.dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.tmp'))
  assert.deepEqual(leftovers, [])
  // a second store over the same dir sees the same blobs
  assert.equal(createBlobStore(store.dir).get(id)?.toString('utf8'), content)
})

test('store: many blobs', () => {
  const store = createBlobStore(path.join(tmp, 'many'))
  const n = 3000
  const t0 = performance.now()
  const ids = Array.from({ length: n }, (_, i) => store.put(`blob-${i}`))
  const ms = performance.now() - t0
  assert.equal(new Set(ids).size, n)
  for (const i of [0, 1234, n - 1]) assert.equal(store.get(ids[i])?.toString(), `blob-${i}`)
  const dirs = fs.readdirSync(store.dir)
  assert.ok(dirs.length > 1000 && dirs.length <= 4096, `${dirs.length} fan-out dirs`)
  console.log(`# blob store put: ${((ms * 1000) / n).toFixed(0)} µs/blob`)
})

test('server: GET blob, 404, 400, 405, healthz, HEAD', async () => {
  const store = createBlobStore(path.join(tmp, 'srv'))
  const server = await startBlobServer({ store, port: 0 })
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/)
    const bytes = Buffer.from([0, 1, 2, 250, 255, ...Buffer.from('{"x":1}')])
    const id = store.put(bytes)

    let r = await fetch(`${server.url}/v1/blobs/${id}`)
    assert.equal(r.status, 200)
    assert.equal(r.headers.get('content-type'), 'application/octet-stream')
    assert.deepEqual(Buffer.from(await r.arrayBuffer()), bytes)

    r = await fetch(`${server.url}/v1/blobs/${blobIdFor('never stored')}`)
    assert.equal(r.status, 404)
    assert.deepEqual(await r.json(), { error: 'blob not found' })

    for (const bad of ['bad.id', 'a%2Fb', 'x'.repeat(129), '', 'a/b', '%00']) {
      r = await fetch(`${server.url}/v1/blobs/${bad}`)
      assert.equal(r.status, 400, `id ${JSON.stringify(bad)}`)
      await r.arrayBuffer()
    }

    for (const method of ['PUT', 'POST', 'DELETE']) {
      r = await fetch(`${server.url}/v1/blobs/${id}`, { method, body: method === 'DELETE' ? undefined : 'x' })
      assert.equal(r.status, 405)
      await r.arrayBuffer()
    }
    assert.ok(store.has(id))

    r = await fetch(`${server.url}/v1/blobs/${id}`, { method: 'HEAD' })
    assert.equal(r.status, 200)
    assert.equal(r.headers.get('content-length'), String(bytes.length))

    r = await fetch(`${server.url}/healthz`)
    assert.equal(r.status, 200)
    await r.arrayBuffer()

    r = await fetch(`${server.url}/nope`)
    assert.equal(r.status, 404)
    await r.arrayBuffer()

    // path traversal attempts through a raw request (fetch would normalise "..")
    const status = await new Promise<number>((resolve, reject) => {
      http
        .get(`${server.url}/v1/blobs/..%2F..%2Fetc%2Fpasswd`, (res) => {
          res.resume()
          resolve(res.statusCode!)
        })
        .on('error', reject)
    })
    assert.equal(status, 400)
  } finally {
    await server.close()
  }
})

test('server: faults are deterministic and adjustable at runtime', async () => {
  const store = createBlobStore(path.join(tmp, 'faults'))
  const content = JSON.stringify({ values: Array.from({ length: 50 }, (_, i) => i) })
  const id = store.put(content)
  const server = await startBlobServer({ store })
  const fetchFate = async () => {
    const r = await fetch(`${server.url}/v1/blobs/${id}`)
    const body = Buffer.from(await r.arrayBuffer())
    if (r.status === 503) return 'F'
    assert.equal(r.status, 200)
    try {
      JSON.parse(body.toString('utf8'))
      assert.equal(body.toString('utf8'), content)
      return 'O'
    } catch {
      return 'G'
    }
  }
  const run = async (k: number) => {
    let s = ''
    for (let i = 0; i < k; i++) s += await fetchFate()
    return s
  }
  try {
    server.setFaults({ failRate: 0.3, garbageRate: 0.2 })
    const a = await run(100)
    server.setFaults({ failRate: 0.3, garbageRate: 0.2 })
    const b = await run(100)
    assert.equal(a, b, 'same fates after reset')
    const fails = [...a].filter((c) => c === 'F').length
    const garbage = [...a].filter((c) => c === 'G').length
    assert.ok(fails >= 25 && fails <= 35, `fails ${fails}`)
    assert.ok(garbage >= 8 && garbage <= 22, `garbage ${garbage}`) // 0.2 of the non-failed ~70
    server.setFaults({ failRate: 0.3, garbageRate: 0.2, seed: 7 })
    assert.notEqual(await run(100), a, 'seed changes the sequence')

    server.setFaults({ failRate: 1 })
    assert.equal(await run(5), 'FFFFF')
    server.setFaults({ garbageRate: 1 })
    assert.equal(await run(5), 'GGGGG')
    server.setFaults({ latencyMs: 150 })
    const t0 = performance.now()
    assert.equal(await run(2), 'OO')
    assert.ok(performance.now() - t0 >= 290)
    server.setFaults({})
    assert.equal(await run(20), 'O'.repeat(20))
    assert.throws(() => server.setFaults({ failRate: 2 }))
    const s = server.stats()
    assert.ok(s.injectedFailures > 0 && s.injectedGarbage > 0 && s.served > 0)
  } finally {
    await server.close()
  }
})

test('server: past its storage period a blob is answered 503 BLOB_UNAVAILABLE, on the clock it is given', async () => {
  const store = createBlobStore(path.join(tmp, 'retention'))
  const day = 86_400_000
  const chainNow = Date.UTC(2026, 6, 15)
  const old = store.put('stored 141 days before the chain now')
  const fresh = store.put('stored 139 days before the chain now')
  store.setStoredAt(old, chainNow - 141 * day)
  store.setStoredAt(fresh, chainNow - 139 * day)
  assert.equal(store.storedAt(old), chainNow - 141 * day)
  assert.equal(store.storedAt('absent'), undefined)
  const server = await startBlobServer({ store })
  const get = async (id: string) => {
    const r = await fetch(`${server.url}/v1/blobs/${id}`)
    return { status: r.status, body: await r.text() }
  }
  try {
    // no storage period unless one is set
    assert.equal((await get(old)).status, 200)
    server.setRetention({ days: 140, now: () => chainNow })
    const expired = await get(old)
    assert.equal(expired.status, 503)
    assert.equal(JSON.parse(expired.body).code, 'BLOB_UNAVAILABLE')
    assert.equal((await get(fresh)).body, 'stored 139 days before the chain now')
    // a blob never stored is still a plain 404, and a later clock expires the fresh one too
    assert.equal((await get('neverStored')).status, 404)
    server.setRetention({ days: 140, now: () => chainNow + 2 * day })
    assert.equal((await get(fresh)).status, 503)
    server.setRetention(undefined)
    assert.equal((await get(old)).status, 200)
    assert.equal(server.stats().expired, 2)
    assert.throws(() => server.setRetention({ days: -1 }))
  } finally {
    await server.close()
  }
})

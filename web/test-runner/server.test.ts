// createWebHandler, the part of the web the API process runs: against a scratch dist folder.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { before, describe, test } from 'node:test'
import type { createWebHandler as Factory } from '../server'
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createWebHandler } = require('../../server.js') as { createWebHandler: typeof Factory }

describe('createWebHandler', () => {
  let handle: ReturnType<typeof Factory>
  const script = `console.log(${JSON.stringify('x'.repeat(4000))})`
  before(() => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'og-web-dist-'))
    fs.mkdirSync(path.join(dist, 'assets'))
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>')
    fs.writeFileSync(path.join(dist, 'assets/index-abc123.js'), script)
    fs.writeFileSync(path.join(dist, 'robots.txt'), 'User-agent: *')
    fs.writeFileSync(path.join(os.tmpdir(), 'outside.txt'), 'secret')
    handle = createWebHandler(dist)
  })
  const get = (p: string, headers: Record<string, string> = {}, method = 'GET') => handle(new Request(`http://web${p}`, { method, headers }))

  test('serves hashed assets with their type and a year of immutable cache', async () => {
    const res = (await get('/assets/index-abc123.js'))!
    assert.equal(res.status, 200)
    assert.equal(res.headers.get('content-type'), 'text/javascript; charset=utf-8')
    assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable')
    assert.equal(await res.text(), script)
  })
  test('compresses text for clients that accept gzip and answers 304 to a matching etag', async () => {
    const res = (await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip, br' }))!
    assert.equal(res.headers.get('content-encoding'), 'gzip')
    assert.equal(zlib.gunzipSync(Buffer.from(await res.arrayBuffer())).toString(), script)
    const again = (await get('/assets/index-abc123.js', { 'if-none-match': res.headers.get('etag')! }))!
    assert.equal(again.status, 304)
  })
  test('answers client routes with index.html, revalidated', async () => {
    const addr = '0x1234567890123456789012345678901234567890'
    for (const route of ['/', `/settlements/0x${'ab'.repeat(32)}-1`, `/accounts/${addr}?tab=transfers`, '/tees/']) {
      const res = (await get(route))!
      assert.equal(res.status, 200, route)
      assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8')
      assert.equal(res.headers.get('cache-control'), 'no-cache')
      assert.match(await res.text(), /id="root"/)
    }
    assert.equal((await get('/robots.txt'))!.headers.get('cache-control'), 'no-cache')
  })
  test('a path no page owns, or an id no record can have, gets the page (its card and search) with status 404', async () => {
    for (const route of ['/nope', '/settlements/0xabc-1/extra', '/blocks/og', '/settlements/0xabc-1', '/accounts/0x12']) {
      const res = (await get(route))!
      assert.equal(res.status, 404, route)
      assert.match(await res.text(), /id="root"/)
    }
  })
  test('paths other explorers use redirect to ours, keeping the query string', async () => {
    const addr = '0x1234567890123456789012345678901234567890'
    const res = (await get(`/address/${addr}?tab=transfers`))!
    assert.equal(res.status, 301)
    assert.equal(res.headers.get('location'), `/accounts/${addr}?tab=transfers`)
    assert.equal((await get('/block/42'))!.headers.get('location'), '/search?q=42')
  })
  test('leaves the API paths and non-GET requests to the API', async () => {
    for (const p of ['/graphql', '/graphql?query={a}', '/export/settlements.csv', '/healthz', '/readyz', '/metrics']) assert.equal(await get(p), null, p)
    assert.equal(await get('/settlements', {}, 'POST'), null)
  })
  test('HEAD has the headers and no body', async () => {
    const res = (await get('/assets/index-abc123.js', {}, 'HEAD'))!
    assert.equal(res.status, 200)
    assert.equal(res.headers.get('content-length'), String(script.length))
    assert.equal(await res.text(), '')
  })
  test('a missing asset is a 404, never the page, and nothing outside dist is served', async () => {
    assert.equal((await get('/assets/gone-123.js'))!.status, 404)
    assert.equal((await get('/favicon.ico'))!.status, 404)
    const escaped = (await get('/../outside.txt'))!
    assert.notEqual(await escaped.text(), 'secret')
    const encoded = await get('/%2e%2e/outside.txt')
    assert.ok(encoded === null || (await encoded.text()) !== 'secret')
  })
})

import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import http from 'node:http'
import { freePort } from '@og-explorer/devnet'
import { startRpcProxy, type RpcFaultKind, type RpcProxy } from './rpc-proxy'

// A stand-in node at height 100 that answers eth_blockNumber, eth_getBlockByNumber and echoes the rest.
const HEAD = 100
let upstream: http.Server
let upstreamUrl: string
const seen: unknown[] = []

function answer(call: any) {
  if (call.method === 'eth_blockNumber') return { jsonrpc: '2.0', id: call.id, result: `0x${HEAD.toString(16)}` }
  if (call.method === 'eth_getBlockByNumber') {
    const n = call.params[0] === 'latest' ? HEAD : Number(BigInt(call.params[0]))
    return { jsonrpc: '2.0', id: call.id, result: n > HEAD ? null : { number: `0x${n.toString(16)}`, hash: `0x${n}` } }
  }
  return { jsonrpc: '2.0', id: call.id, result: call.method }
}

before(async () => {
  upstream = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      const parsed = JSON.parse(body)
      seen.push(parsed)
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(Array.isArray(parsed) ? parsed.map(answer) : answer(parsed)))
    })
  })
  const port = await freePort()
  await new Promise<void>((r) => upstream.listen(port, '127.0.0.1', r))
  upstreamUrl = `http://127.0.0.1:${port}`
})

after(() => upstream.close())

async function withProxy(kind: RpcFaultKind | undefined, run: (proxy: RpcProxy) => Promise<void>, extra = {}) {
  const proxy = await startRpcProxy(upstreamUrl, { rates: kind ? { [kind]: 1 } : {}, holdMs: 300, latencyMs: 150, lagBlocks: 3, ...extra })
  try {
    await run(proxy)
  } finally {
    await proxy.close()
  }
}

const post = (url: string, body: unknown, signal?: AbortSignal) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal })
const batch = [
  { jsonrpc: '2.0', id: 7, method: 'eth_blockNumber', params: [] },
  { jsonrpc: '2.0', id: 8, method: 'eth_getBlockByNumber', params: ['0x62', false] },
  { jsonrpc: '2.0', id: 9, method: 'eth_chainId', params: [] },
]

test('without faults, JSON-RPC arrays pass through whole and in order', async () => {
  await withProxy(undefined, async (proxy) => {
    const replies = await (await post(proxy.url, batch)).json()
    assert.deepEqual(replies, batch.map(answer))
    assert.deepEqual(seen.at(-1), batch)
    assert.equal(proxy.stats().calls, 3)
  })
})

test('429 carries Retry-After; 5xx is one of 500/502/503', async () => {
  await withProxy(
    'rate-limit',
    async (proxy) => {
      const res = await post(proxy.url, batch)
      assert.equal(res.status, 429)
      assert.equal(res.headers.get('retry-after'), '2')
      assert.equal(proxy.stats().injected['rate-limit'], 1)
    },
    { retryAfterSeconds: 2 },
  )
  await withProxy('server-error', async (proxy) => {
    assert.ok([500, 502, 503].includes((await post(proxy.url, batch)).status))
  })
})

test('a malformed body is not JSON; a dropped connection fails the read', async () => {
  await withProxy('malformed', async (proxy) => {
    const res = await post(proxy.url, batch)
    assert.equal(res.status, 200)
    await assert.rejects(res.json())
  })
  await withProxy('drop', async (proxy) => {
    await assert.rejects(async () => (await post(proxy.url, batch)).text())
  })
})

test('a timeout holds the request until the client gives up', async () => {
  await withProxy(
    'timeout',
    async (proxy) => {
      const started = Date.now()
      await assert.rejects(post(proxy.url, batch, AbortSignal.timeout(100)))
      assert.ok(Date.now() - started >= 90)
    },
    { holdMs: 5_000 },
  )
})

test('latency delays the answer and keeps it intact', async () => {
  await withProxy('latency', async (proxy) => {
    const started = Date.now()
    assert.deepEqual(await (await post(proxy.url, batch)).json(), batch.map(answer))
    assert.ok(Date.now() - started >= 140)
  })
})

test('a lagging node reports head − k and knows no block above it, inside arrays too', async () => {
  await withProxy('lag', async (proxy) => {
    const replies = (await (
      await post(proxy.url, [
        { jsonrpc: '2.0', id: 1, method: 'eth_blockNumber', params: [] },
        { jsonrpc: '2.0', id: 2, method: 'eth_getBlockByNumber', params: ['0x64', false] },
        { jsonrpc: '2.0', id: 3, method: 'eth_getBlockByNumber', params: ['0x61', false] },
        { jsonrpc: '2.0', id: 4, method: 'eth_getBlockByNumber', params: ['latest', false] },
      ])
    ).json()) as any[]
    assert.equal(replies[0].result, '0x61')
    assert.equal(replies[1].result, null)
    assert.equal(replies[2].result.number, '0x61')
    assert.equal(replies[3].result.number, '0x61')
  })
})

test('atLeast guarantees the planned faults and limits cap them', async () => {
  const proxy = await startRpcProxy(upstreamUrl, { rates: { 'rate-limit': 1 }, limits: { 'rate-limit': 2 }, atLeast: { 'server-error': 3 }, seed: 3 })
  try {
    for (let i = 0; i < 40 && proxy.shortOf().length; i++) await post(proxy.url, batch)
    assert.deepEqual(proxy.shortOf(), [])
    assert.equal(proxy.stats().injected['rate-limit'], 2)
    assert.ok(proxy.stats().injected['server-error'] >= 3)
  } finally {
    await proxy.close()
  }
})

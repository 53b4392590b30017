// The chain client against a real local HTTP server: retries after 429 and 5xx (honouring Retry-After), deadlines,
// the concurrency cap, the cache of final blocks, and the mapping of a silent node to CHAIN_UNAVAILABLE.
import assert from 'node:assert/strict'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, test } from 'node:test'
import { GraphQLError } from 'graphql'
import { ChainReader } from './chain-reader'
import { readingChain } from './errors'
import { Lru } from './lru'
import { ChainUnavailableError, RpcClient, retryAfterMs } from './rpc-client'

type Handler = (body: { id: number; method: string; params: unknown[] }, res: http.ServerResponse) => void

const servers: http.Server[] = []
after(() => servers.forEach((s) => s.close()))

async function node(handler: Handler): Promise<{ url: string; calls: Array<{ method: string; at: number }> }> {
  const calls: Array<{ method: string; at: number }> = []
  const server = http.createServer((req, res) => {
    let raw = ''
    req.on('data', (c) => (raw += c))
    req.on('end', () => {
      const body = JSON.parse(raw)
      calls.push({ method: body.method, at: Date.now() })
      handler(body, res)
    })
  })
  servers.push(server)
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, calls }
}

const answer = (res: http.ServerResponse, id: number, result: unknown) => {
  res.setHeader('content-type', 'application/json')
  res.end(JSON.stringify({ jsonrpc: '2.0', id, result }))
}

test('a 429 with Retry-After is waited out, then the answer is returned', async () => {
  let n = 0
  const { url, calls } = await node((body, res) => {
    if (n++ === 0) {
      res.writeHead(429, { 'retry-after': '1' })
      res.end('slow down')
    } else answer(res, body.id, '0x10')
  })
  const client = new RpcClient({ url, timeoutMs: 2000, concurrency: 2, retries: 2 })
  assert.equal(await client.call('eth_blockNumber'), '0x10')
  assert.equal(calls.length, 2)
  assert.ok(calls[1].at - calls[0].at >= 950, `waited ${calls[1].at - calls[0].at} ms, as Retry-After asked`)
})

test('5xx after every retry, a JSON-RPC error and a timeout are ChainUnavailableError, each after a bounded number of calls', async () => {
  const failing = await node((_b, res) => {
    res.writeHead(503)
    res.end()
  })
  const c1 = new RpcClient({ url: failing.url, timeoutMs: 2000, concurrency: 2, retries: 2, backoffMs: 10 })
  await assert.rejects(c1.call('eth_blockNumber'), (e: Error) => e instanceof ChainUnavailableError && e.reason === 'http')
  assert.equal(failing.calls.length, 3, 'the first call and two retries')

  const erring = await node((b, res) => {
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify({ jsonrpc: '2.0', id: b.id, error: { code: -32603, message: 'internal' } }))
  })
  await assert.rejects(
    new RpcClient({ url: erring.url, timeoutMs: 2000, concurrency: 1, retries: 2 }).call('eth_getCode'),
    (e: Error) => e instanceof ChainUnavailableError && e.reason === 'rpc-error',
  )
  assert.equal(erring.calls.length, 1, 'a JSON-RPC error is an answer: not retried')

  const silent = await node(() => {})
  const started = Date.now()
  await assert.rejects(
    new RpcClient({ url: silent.url, timeoutMs: 300, concurrency: 1, retries: 2 }).call('eth_blockNumber'),
    (e: Error) => e instanceof ChainUnavailableError && e.reason === 'timeout',
  )
  assert.ok(Date.now() - started < 2000)

  const longWait = await node((_b, res) => {
    res.writeHead(429, { 'retry-after': '60' })
    res.end()
  })
  await assert.rejects(new RpcClient({ url: longWait.url, timeoutMs: 2000, concurrency: 1, retries: 2 }).call('eth_blockNumber'), ChainUnavailableError)
  assert.equal(longWait.calls.length, 1, 'a minute-long Retry-After is not waited for inside a request')
})

test('readingChain maps a node that did not answer to CHAIN_UNAVAILABLE and lets other errors through', async () => {
  const refused = new RpcClient({ url: 'http://127.0.0.1:1', timeoutMs: 500, concurrency: 1, retries: 0 })
  await assert.rejects(
    readingChain('og', () => refused.call('eth_blockNumber')),
    (e: GraphQLError) =>
      e instanceof GraphQLError && e.extensions.code === 'CHAIN_UNAVAILABLE' && e.extensions.chain === 'og' && !/127\.0\.0\.1/.test(e.message),
  )
  await assert.rejects(
    readingChain('base', () => Promise.reject(new TypeError('bug'))),
    (e: Error) => e instanceof TypeError,
  )
})

test('no more than `concurrency` calls are on the wire at once', async () => {
  let open = 0
  let most = 0
  const { url } = await node((b, res) => {
    most = Math.max(most, ++open)
    setTimeout(() => {
      open--
      answer(res, b.id, '0x1')
    }, 30)
  })
  const client = new RpcClient({ url, timeoutMs: 2000, concurrency: 3, retries: 0 })
  await Promise.all(Array.from({ length: 12 }, () => client.call('eth_chainId')))
  assert.equal(most, 3)
})

test('blocks deeper than cacheDepth are read once; blocks near the head are read again', async () => {
  const { url, calls } = await node((b, res) => {
    if (b.method === 'eth_blockNumber') return answer(res, b.id, '0x64') // 100
    const n = b.params[0] as string
    answer(res, b.id, {
      number: n,
      hash: `0x${'0'.repeat(63)}1`,
      parentHash: '0x',
      timestamp: '0x1',
      gasUsed: '0x0',
      gasLimit: '0x0',
      miner: '0x',
      transactions: [],
    })
  })
  const reader = new ChainReader('og', url, { timeoutMs: 2000, concurrency: 4, retries: 0, cacheEntries: 10, cacheDepth: 12, headTtlMs: 60_000 })
  for (let i = 0; i < 3; i++) {
    await reader.block(50, false)
    await reader.block(95, false)
  }
  const reads = (n: number) => calls.filter((c) => c.method === 'eth_getBlockByNumber').length - n
  assert.equal(calls.filter((c) => c.method === 'eth_blockNumber').length, 1, 'the head is shared within its TTL')
  assert.equal(reads(0), 4, 'block 50 once (final), block 95 three times (within 12 of the head)')
})

test('the LRU forgets the least recently used entry', () => {
  const lru = new Lru<string, number>(2)
  lru.set('a', 1)
  lru.set('b', 2)
  lru.get('a')
  lru.set('c', 3)
  assert.equal(lru.get('b'), undefined)
  assert.equal(lru.get('a'), 1)
  assert.equal(lru.size, 2)
})

test('Retry-After in seconds and as an HTTP date', () => {
  assert.equal(retryAfterMs('3'), 3000)
  assert.equal(retryAfterMs(new Date(10_000).toUTCString(), 4_000), 6_000)
  assert.equal(retryAfterMs(null), undefined)
  assert.equal(retryAfterMs('soon'), undefined)
})

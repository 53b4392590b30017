import assert from 'node:assert/strict'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, test } from 'node:test'
import { EvmBatchProcessor } from '@subsquid/evm-processor'
import { useGateway } from './authenticated-gateway'
import { GatewayAccessError, probeGateway, rpcOnlyCostLine, CONFIG_ERROR_EXIT_CODE } from './gateway-check'

// A recording HTTP server in the gateway's place: these tests are about what the client sends, so
// it answers the three calls with fixed, well-formed replies (the devnet gateway's own tests cover
// answering queries, and base/gateway.e2e.test.ts indexes through it).
const KEY = 'sqd_test_key'
const seen: { method: string; path: string; headers: http.IncomingHttpHeaders }[] = []
let server: http.Server
let url = ''

before(async () => {
  server = http.createServer((req, res) => {
    seen.push({ method: req.method!, path: req.url!, headers: req.headers })
    if (req.headers.authorization !== `Bearer ${KEY}`) {
      res.writeHead(401, { 'content-type': 'text/plain' }).end('invalid API key')
      return
    }
    req.resume()
    req.on('end', () => {
      if (req.url === '/network/base/height') res.writeHead(200, { 'content-type': 'text/plain' }).end('7')
      else if (req.url === '/network/base/7/worker') res.writeHead(200, { 'content-type': 'text/plain' }).end(`${url.replace('/network/base', '')}/worker/0`)
      else if (req.url === '/worker/0' && req.method === 'POST')
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([{ header: { number: 7, hash: '0x07', parentHash: '0x06' } }]))
      else res.writeHead(404).end()
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/network/base`
})

after(() => new Promise<void>((r) => server.close(() => r())))

const archiveOf = (p: EvmBatchProcessor<any>) =>
  (p as unknown as { getArchiveDataSource(): { getFinalizedHeight(): Promise<number>; getBlockHash(h: number): Promise<string> } }).getArchiveDataSource()

test('the processor’s gateway client sends the key on the router’s and the worker’s requests', async () => {
  seen.length = 0
  const processor = useGateway(new EvmBatchProcessor(), { url, apiKey: KEY })
  const archive = archiveOf(processor)
  assert.equal(archiveOf(processor), archive, 'built once, as the library memoises it')
  assert.equal(await archive.getFinalizedHeight(), 7)
  assert.equal(await archive.getBlockHash(7), '0x07')
  assert.deepEqual(
    seen.map((r) => `${r.method} ${r.path}`),
    ['GET /network/base/height', 'GET /network/base/7/worker', 'POST /worker/0'],
  )
  for (const r of seen) {
    assert.equal(r.headers.authorization, `Bearer ${KEY}`)
    assert.equal(r.headers.token, KEY)
    assert.ok(r.headers['x-squid-id'], 'the squid id the library sends is kept')
  }
})

test('the library’s own client (setGateway) sends no key: the reason this module exists', async () => {
  seen.length = 0
  const plain = new EvmBatchProcessor().setGateway(url)
  await assert.rejects(
    Promise.race([archiveOf(plain).getFinalizedHeight(), new Promise((_, reject) => setTimeout(() => reject(new Error('no answer')), 5000))]),
    (error: any) => error?.response?.status === 401 || /401/.test(String(error?.message)),
  )
  assert.equal(seen[0].headers.authorization, undefined)
})

test('the start probe: a refused key is a configuration error naming SQD_API_KEY; the right key reads the height', async () => {
  await assert.rejects(probeGateway(url, 'wrong'), (error: unknown) => {
    assert.ok(error instanceof GatewayAccessError)
    assert.equal(error.exitCode, CONFIG_ERROR_EXIT_CODE)
    assert.match(error.message, /refused the API key in SQD_API_KEY \(HTTP 401/)
    return true
  })
  await assert.rejects(probeGateway(url, undefined), /requires an API key and SQD_API_KEY is not set/)
  assert.deepEqual(await probeGateway(url, KEY), { ok: true, height: 7 })
  // no answer is not a verdict on the key: reported, left to the client's retries
  const closed = `http://127.0.0.1:1/network/base`
  const probe = await probeGateway(closed, KEY)
  assert.equal(probe.ok, false)
})

test('the RPC-only cost line counts the blocks to the head and prices them at the stated rate', () => {
  const line = rpcOnlyCostLine({ from: 44_700_000, head: 54_500_000, rateLimit: 10 })
  assert.match(line, /9,800,001 blocks from 44700000 to the head 54500000/)
  // 9,800,001 blocks at 10 blocks/s (the configured limit is below the default rate)
  assert.match(line, /about 11\.3 days at 10 blocks\/s/)
  assert.match(rpcOnlyCostLine({ from: 100, head: 99 }), /0 blocks .* about 0 s at 25 blocks\/s/)
})

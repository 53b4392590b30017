import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { StateReader } from './state-reader'

/** A JSON-RPC endpoint whose next answers are scripted; once the script is used up it answers every call. */
type Scripted = { status: number; body?: unknown; headers?: Record<string, string> }
let script: Scripted[] = []
let requests: any[][] = []
let server: http.Server
let url: string

before(async () => {
  server = http.createServer(async (req, res) => {
    let text = ''
    for await (const chunk of req) text += chunk
    const body = JSON.parse(text)
    requests.push(body)
    const next = script.shift()
    if (next) {
      res.writeHead(next.status, { 'content-type': 'application/json', ...next.headers })
      return res.end(typeof next.body === 'string' ? next.body : JSON.stringify(next.body ?? {}))
    }
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(
      JSON.stringify(
        body.map((c: any) => ({ jsonrpc: '2.0', id: c.id, result: c.method === 'eth_blockNumber' ? '0x10' : `0x${c.params[1] === 'latest' ? 'aa' : 'bb'}` })),
      ),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

after(() => server.close())

/** waits are recorded and move a fake clock instead of taking time */
function reader(options: ConstructorParameters<typeof StateReader>[3] = {}) {
  const waits: number[] = []
  let now = 0
  const r = new StateReader(url, 100, () => {}, {
    sleep: async (ms) => {
      waits.push(ms)
      now += ms
    },
    now: () => now,
    ...options,
  })
  return { r, waits }
}
const reads = (n: number, block: number | 'latest' = 5) =>
  Array.from({ length: n }, (_, i) => ({ to: `0x${'1'.repeat(39)}${i % 10}`, data: '0x12345678', block }))
const reset = (s: Scripted[]) => {
  script = s
  requests = []
}

test('429 with Retry-After is waited out as the server asks, and the reads then succeed', async () => {
  reset([{ status: 429, headers: { 'retry-after': '2' } }, { status: 503 }])
  const { r, waits } = reader()
  const results = await r.callEach(reads(3))
  assert.deepEqual(results, ['0xbb', '0xbb', '0xbb'])
  assert.equal(requests.length, 3)
  assert.equal(waits[0], 2_000, 'Retry-After honoured')
  assert.ok(waits[1] > 0 && waits[1] <= 500, 'then the reader backs off by itself')
})

test('per-call rate-limit errors inside an HTTP 200 are retried like a 429', async () => {
  reset([{ status: 200, body: [{ jsonrpc: '2.0', id: 1, error: { code: -32005, message: 'request rate exceeded' } }] }])
  const { r } = reader()
  assert.deepEqual(await r.callEach(reads(1, 'latest')), ['0xaa'])
  assert.equal(requests.length, 2)
  assert.equal(requests[1][0].params[1], 'latest', 'a latest read is sent with the latest tag')
})

test('a storm that outlasts the retry budget gives one Error per read, never a throw and never an empty answer', async () => {
  reset(Array.from({ length: 50 }, () => ({ status: 429, headers: { 'retry-after': '1' } })))
  const { r, waits } = reader({ retry: { maxAttempts: 4 } })
  const results = await r.callMany(reads(250))
  assert.equal(results.length, 250)
  assert.ok(results.every((x) => x instanceof Error && /failed after 4 attempts.*HTTP 429/.test(x.message)))
  assert.equal(requests.length, 4, 'the rest of the reads are not tried against an endpoint that refused the first ones')
  assert.equal(requests[0].length, 3, 'a batch call carries up to a hundred reads')
  assert.deepEqual(waits, [1_000, 1_000, 1_000])
})

test('a refusal that retrying cannot fix (HTTP 400) fails the reads at once', async () => {
  reset([{ status: 400, body: { error: 'bad request' } }])
  const { r, waits } = reader()
  const [result] = await r.callEach(reads(1))
  assert.ok(result instanceof Error && /HTTP 400/.test(result.message))
  assert.deepEqual(waits, [])
})

test('the waiting budget bounds the retries as well as the attempt count', async () => {
  reset(Array.from({ length: 50 }, () => ({ status: 429, headers: { 'retry-after': '10' } })))
  const { r, waits } = reader({ retry: { maxAttempts: 100, budgetMs: 25_000, maxDelayMs: 10_000 } })
  const [result] = await r.callEach(reads(1))
  assert.ok(result instanceof Error)
  assert.deepEqual(waits, [10_000, 10_000])
})

test("the reader's share of the endpoint's rate limit paces its calls", async () => {
  reset([])
  const { r, waits } = reader({ rateLimit: 50 })
  await r.callEach(reads(300))
  // three requests of 100 calls at 50 a second, burst 50: the first waits for a full bucket and
  // leaves 50 of debt, each later one pays 100 more: 2 s + 2 s
  assert.deepEqual(waits, [2_000, 2_000])
})

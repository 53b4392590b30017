import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { test } from 'node:test'
import { createClientLimits } from './client-limits'
import { LIVENESS, withFrontDoor } from './front-door'

test('the front door answers /healthz itself, before the API handler, and passes everything else on', async () => {
  const reached: string[] = []
  const server = createServer(
    withFrontDoor((req, res) => {
      reached.push(`${req.method} ${req.url}`)
      res.end('api')
    }),
  )
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  try {
    const health = await fetch(`${url}/healthz`)
    assert.equal(health.status, 200)
    assert.deepEqual(await health.json(), LIVENESS)
    assert.equal(health.headers.get('cache-control'), 'no-store')
    assert.equal((await fetch(`${url}/healthz`, { method: 'HEAD' })).status, 200)
    assert.deepEqual(reached, [], 'the API handler never saw the probes')
    await (await fetch(`${url}/healthz?verbose`)).text()
    await (await fetch(`${url}/graphql`, { method: 'POST', body: '{}' })).text()
    assert.deepEqual(reached, ['GET /healthz?verbose', 'POST /graphql'])
  } finally {
    await new Promise((r) => server.close(r))
  }
})

test('the front door gives /graphql requests their client place: past the in-flight limit 429 at once, past the turns held unread, in order', async () => {
  const seen: string[] = []
  const holding: (() => void)[] = []
  const server = createServer(
    withFrontDoor(
      (req, res) => {
        seen.push(String(req.headers['x-n']))
        // the API answers when the test lets it
        holding.push(() => res.end('{"data":{}}'))
      },
      { limits: createClientLimits({ max: 1000, windowSeconds: 60, maxInFlight: 3, maxRunning: 1, trustProxy: true }) },
    ),
  )
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const post = (n: number, client = '203.0.113.1') =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'x-n': String(n), 'x-forwarded-for': client, 'content-type': 'application/json' }, body: '{}' })
  const waitFor = async (f: () => boolean) => {
    for (let i = 0; i < 200 && !f(); i++) await new Promise((r) => setTimeout(r, 5))
    assert.ok(f())
  }
  try {
    const open = [post(1)]
    await waitFor(() => seen.length === 1)
    open.push(post(2), post(3))
    await new Promise((r) => setTimeout(r, 50))
    const refused = await post(4)
    assert.equal(refused.status, 429)
    assert.equal(refused.headers.get('retry-after'), '1')
    // the draft's fields: both quotas named, none of the in-flight one left; the window counted all four requests
    assert.equal(refused.headers.get('ratelimit-policy'), '"window";q=1000;w=60, "in-flight";q=3;qu="concurrent-requests"')
    assert.match(refused.headers.get('ratelimit') ?? '', /^"window";r=996;t=\d+, "in-flight";r=0$/)
    assert.equal(refused.headers.get('ratelimit-remaining'), '996')
    assert.equal(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code, 'RATE_LIMITED')
    // another client is neither refused nor kept waiting behind the first one's requests
    const other = post(5, '198.51.100.9')
    await waitFor(() => seen.includes('5'))
    assert.deepEqual(seen, ['1', '5'], 'of the first client only one is worked on; the others wait unread')
    holding.splice(1, 1)[0]()
    assert.equal((await other).status, 200)
    for (let k = 0; k < 3; k++) {
      await waitFor(() => holding.length > 0)
      holding.shift()!()
    }
    for (const r of await Promise.all(open)) assert.equal(r.status, 200)
    assert.deepEqual(seen, ['1', '5', '2', '3'], 'the waiting requests went on in the order they came')
  } finally {
    server.closeAllConnections()
    await new Promise((r) => server.close(r))
  }
})

test('the front door refuses a client past its window at once, with the RateLimit fields, and reports its own answers for /metrics', async () => {
  const observed: string[] = []
  let reached = 0
  const server = createServer(
    withFrontDoor(
      (_req, res) => {
        reached++
        res.end('{"data":{}}')
      },
      {
        limits: createClientLimits({ max: 2, windowSeconds: 60, maxInFlight: 16, maxRunning: 4, trustProxy: false }),
        observe: (route, status, seconds) => {
          assert.ok(seconds >= 0 && seconds < 1)
          observed.push(`${route} ${status}`)
        },
      },
    ),
  )
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  try {
    const post = () => fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    for (const r of [await post(), await post()]) assert.equal(r.status, 200)
    const refused = await post()
    assert.equal(refused.status, 429)
    const retryAfter = Number(refused.headers.get('retry-after'))
    assert.ok(retryAfter >= 1 && retryAfter <= 60, 'Retry-After: until the window turns')
    assert.equal(refused.headers.get('ratelimit'), `"window";r=0;t=${retryAfter}`)
    assert.equal(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code, 'RATE_LIMITED')
    assert.equal(reached, 2, 'the refused request never reached the API')
    await (await fetch(`${url}/healthz`)).text()
    assert.deepEqual(observed, ['graphql 429', 'health 200'], "the door's own answers, and only those (the API counts its own)")
  } finally {
    server.closeAllConnections()
    await new Promise((r) => server.close(r))
  }
})

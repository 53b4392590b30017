import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { IncomingMessage } from 'node:http'
import { createSchema, createYoga } from 'graphql-yoga'
import { markAdmitted } from './client-admission'
import { createClientLimits } from './client-limits'
import { FixedWindowLimiter, InFlightLimiter, rateLimitHeaders, useRateLimit } from './rate-limit'

test('allows max requests per window per client, then refuses until the window turns', () => {
  let now = 60_000 * 100 + 15_000
  const limiter = new FixedWindowLimiter(3, 60, () => now)
  const decisions = [1, 2, 3, 4].map(() => limiter.hit('a'))
  assert.deepEqual(
    decisions.map((d) => [d.allowed, d.remaining]),
    [
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
    ],
  )
  assert.equal(decisions[3].resetSeconds, 45)
  assert.equal(limiter.hit('b').allowed, true, 'another client has its own budget')
  now += 45_000
  assert.deepEqual([limiter.hit('a').allowed, limiter.hit('a').remaining], [true, 1])
})

test('headers follow the RateLimit header fields draft (and keep the earlier draft fields)', () => {
  assert.deepEqual(rateLimitHeaders({ allowed: true, limit: 10, remaining: 4, resetSeconds: 7 }, { windowSeconds: 60, maxInFlight: 16 }), {
    'RateLimit-Limit': '10',
    'RateLimit-Remaining': '4',
    'RateLimit-Reset': '7',
    'RateLimit-Policy': '"window";q=10;w=60, "in-flight";q=16;qu="concurrent-requests"',
    RateLimit: '"window";r=4;t=7',
  })
  const inFlight = rateLimitHeaders({ allowed: true, limit: 10, remaining: 3, resetSeconds: 7 }, { windowSeconds: 60, maxInFlight: 16 }, 0)
  assert.equal(inFlight.RateLimit, '"window";r=3;t=7, "in-flight";r=0', 'an in-flight refusal says none of that quota is left')
  // an in-flight limit switched off (a bench sets it huge) is not advertised as a quota
  const off = rateLimitHeaders({ allowed: true, limit: 10, remaining: 3, resetSeconds: 7 }, { windowSeconds: 60, maxInFlight: 1_000_000 }, 0)
  assert.equal(off['RateLimit-Policy'], '"window";q=10;w=60')
  assert.equal(off.RateLimit, '"window";r=3;t=7')
})

test('in-flight limit: a client holds at most max requests open; releases free its slots and forget it', () => {
  const open = new InFlightLimiter(2)
  assert.deepEqual([open.tryAcquire('a'), open.tryAcquire('a'), open.tryAcquire('a')], [true, true, false])
  assert.equal(open.tryAcquire('b'), true, 'another client is not affected')
  open.release('a')
  assert.equal(open.tryAcquire('a'), true)
  open.release('a')
  open.release('a')
  open.release('b')
  assert.equal(open.clients(), 0, 'no entry stays for a client with nothing open')
})

test('in-flight limit over HTTP: requests past the limit get 429 RATE_LIMITED with Retry-After at once, and slots come back', async () => {
  let releaseAll!: () => void
  const gate = new Promise<void>((r) => (releaseAll = r))
  const yoga = createYoga({
    schema: createSchema({ typeDefs: 'type Query { slow: Int! fast: Int! }', resolvers: { Query: { slow: () => gate.then(() => 1), fast: () => 2 } } }),
    logging: false,
    plugins: [
      useRateLimit({ limits: createClientLimits({ max: 1000, windowSeconds: 60, trustProxy: false, maxInFlight: 3, maxRunning: 3 }), paths: /^\/graphql/ }),
    ],
  })
  const ask = (query: string) =>
    yoga.fetch('http://api.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })
  const held = [ask('{ slow }'), ask('{ slow }'), ask('{ slow }')]
  await new Promise((r) => setTimeout(r, 20))
  const started = performance.now()
  const refused = await ask('{ fast }')
  const refusedMs = performance.now() - started
  assert.equal(refused.status, 429)
  assert.equal(refused.headers.get('retry-after'), '1')
  assert.equal((await refused.json()).errors[0].extensions.code, 'RATE_LIMITED')
  assert.ok(refusedMs < 100, `refused after ${refusedMs} ms`)
  releaseAll()
  for (const r of await Promise.all(held)) assert.equal(r.status, 200)
  const after = await ask('{ fast }')
  assert.equal(after.status, 200)
  assert.deepEqual((await after.json()).data, { fast: 2 })
})

test('client turns over HTTP: of a client in-flight requests only maxRunning are worked on, the rest wait (not refused) and all are answered', async () => {
  let running = 0
  let most = 0
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { work: Int! }',
      resolvers: {
        Query: {
          work: async () => {
            most = Math.max(most, ++running)
            await new Promise((r) => setTimeout(r, 15))
            running--
            return 1
          },
        },
      },
    }),
    logging: false,
    plugins: [
      useRateLimit({ limits: createClientLimits({ max: 1000, windowSeconds: 60, trustProxy: false, maxInFlight: 8, maxRunning: 2 }), paths: /^\/graphql/ }),
    ],
  })
  const ask = () =>
    yoga.fetch('http://api.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ work }' }) })
  const replies = await Promise.all(Array.from({ length: 10 }, ask))
  const statuses = replies.map((r) => r.status).sort()
  // 8 in flight (2 worked on, 6 waiting), the 2 past the in-flight limit refused at once
  assert.deepEqual(statuses, [200, 200, 200, 200, 200, 200, 200, 200, 429, 429])
  assert.equal(most, 2, 'never more than two worked on at once')
})

test('a request the front door admitted is not counted again by the plugin (window limit only)', async () => {
  let releaseAll!: () => void
  const gate = new Promise<void>((r) => (releaseAll = r))
  const yoga = createYoga({
    schema: createSchema({ typeDefs: 'type Query { slow: Int! }', resolvers: { Query: { slow: () => gate.then(() => 1) } } }),
    logging: false,
    plugins: [
      useRateLimit({ limits: createClientLimits({ max: 1000, windowSeconds: 60, trustProxy: false, maxInFlight: 1, maxRunning: 1 }), paths: /^\/graphql/ }),
    ],
  })
  const ask = (req?: object) =>
    yoga.fetch(
      'http://api.test/graphql',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ slow }' }) },
      req ? { req } : {},
    )
  const doorDecision = { allowed: true, limit: 1000, remaining: 990, resetSeconds: 12 }
  const admitted = [{}, {}].map((req) => {
    markAdmitted(req as IncomingMessage, doorDecision)
    return ask(req)
  })
  const plain = [ask(), ask()]
  await new Promise((r) => setTimeout(r, 20))
  releaseAll()
  const answers = await Promise.all(admitted)
  assert.deepEqual(
    answers.map((r) => r.status),
    [200, 200],
  )
  assert.equal(answers[0].headers.get('ratelimit'), '"window";r=990;t=12', "the door's window count is the one reported")
  // without the door's mark the plugin's own limit of one applies
  assert.deepEqual((await Promise.all(plain)).map((r) => r.status).sort(), [200, 429])
})

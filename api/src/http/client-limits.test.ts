import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { test } from 'node:test'
import { createSchema, createYoga } from 'graphql-yoga'
import { createClientLimits } from './client-limits'
import { withFrontDoor } from './front-door'
import { useRateLimit } from './rate-limit'

test('a client has one window whether the front door or the API plugin counted its requests; preflights count in neither', async () => {
  const limits = createClientLimits({ max: 3, windowSeconds: 60, maxInFlight: 16, maxRunning: 4, trustProxy: true })
  const yoga = createYoga({
    schema: createSchema({ typeDefs: 'type Query { one: Int! }', resolvers: { Query: { one: () => 1 } } }),
    logging: false,
    plugins: [useRateLimit({ limits, paths: /^\/graphql/ })],
  })
  const server = createServer(withFrontDoor(yoga, { limits }))
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`
  const headers = { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' }
  const body = JSON.stringify({ query: '{ one }' })
  try {
    // two through the door: it counts them and the plugin leaves them alone
    for (let i = 0; i < 2; i++) assert.equal((await fetch(url, { method: 'POST', headers, body })).status, 200)
    // a preflight and a request that reach the plugin without the door (as yoga.fetch does)
    const preflight = await yoga.fetch(url, {
      method: 'OPTIONS',
      headers: { ...headers, origin: 'https://example.org', 'access-control-request-method': 'POST' },
    })
    assert.notEqual(preflight.status, 429)
    const third = await yoga.fetch(url, { method: 'POST', headers, body })
    assert.equal(third.status, 200)
    assert.equal(third.headers.get('ratelimit-remaining'), '0', 'the plugin saw the two the door counted, and not the preflight')
    // the fourth, at the door again, is past the one window
    const fourth = await fetch(url, { method: 'POST', headers, body })
    assert.equal(fourth.status, 429)
    assert.equal(((await fourth.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code, 'RATE_LIMITED')
  } finally {
    server.closeAllConnections()
    await new Promise((r) => server.close(r))
  }
})

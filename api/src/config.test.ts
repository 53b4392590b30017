import assert from 'node:assert/strict'
import { test } from 'node:test'
import { loadConfig } from './config'

test('an empty variable means unset: the default applies and an empty URL is not an invalid one', () => {
  const config = loadConfig({ API_DATABASE_URL: '', DATABASE_URL: 'postgres://reader@localhost/og', API_PORT: '', API_TRUST_PROXY: '', API_CACHE_TTL_MS: ' ' })
  assert.equal(config.databaseUrl, 'postgres://reader@localhost/og', 'an empty API_DATABASE_URL falls back to DATABASE_URL')
  assert.equal(config.port, 4350)
  assert.equal(config.rateLimit.trustProxy, false)
  assert.equal(config.cacheTtlMs, 2000)
  assert.throws(() => loadConfig({ API_DATABASE_URL: '', DATABASE_URL: '' }), /API_DATABASE_URL \(or DATABASE_URL\) must name/)
})

test('by default one client may not hold half the pool (its queries leave connections for everyone else), yet a browser loading a page is never refused', () => {
  const config = loadConfig({ API_DATABASE_URL: 'postgres://reader@localhost/og' })
  // a browser opens at most six HTTP/1.1 connections per origin, so a page's parallel requests must all fit
  assert.ok(config.rateLimit.maxInFlight >= 6, `${config.rateLimit.maxInFlight} in flight per client`)
  assert.ok(config.budget.maxClientQueries * 2 <= config.poolSize, `${config.budget.maxClientQueries} queries per client on a pool of ${config.poolSize}`)
  // a load test from one address raises it explicitly
  const raised = loadConfig({ API_DATABASE_URL: 'postgres://reader@localhost/og', API_MAX_IN_FLIGHT: '1000000', API_MAX_CLIENT_QUERIES: '1000000' })
  assert.equal(raised.rateLimit.maxInFlight, 1_000_000)
  assert.equal(raised.budget.maxClientQueries, 1_000_000)
})

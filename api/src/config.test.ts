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

test('the heavy lane is on by default with one place, a bounded queue and a per-client share below it; each knob is read and checked', () => {
  const config = loadConfig({ API_DATABASE_URL: 'postgres://reader@localhost/og' })
  const lane = config.heavyLane
  assert.equal(lane.enabled, true)
  assert.equal(lane.concurrency, 1)
  assert.ok(lane.perClient <= lane.queue, 'one client cannot fill the queue alone')
  // an analyst's page (20 rows and their relations) stays in the light lane
  assert.ok(lane.rows > 40)
  const set = loadConfig({
    API_DATABASE_URL: 'postgres://reader@localhost/og',
    API_HEAVY_LANE: 'false',
    API_HEAVY_ROWS: '500',
    API_HEAVY_WORK: '9000',
    API_HEAVY_CONCURRENCY: '2',
    API_HEAVY_QUEUE: '0',
    API_HEAVY_PER_CLIENT: '3',
    API_HEAVY_QUEUE_MS: '1500',
    API_HEAVY_POOL_SIZE: '2',
  }).heavyLane
  assert.deepEqual(set, { enabled: false, rows: 500, work: 9000, concurrency: 2, queue: 0, perClient: 3, queueMs: 1500, poolSize: 2 })
  assert.throws(() => loadConfig({ API_DATABASE_URL: 'postgres://reader@localhost/og', API_HEAVY_CONCURRENCY: '0' }), /API_HEAVY_CONCURRENCY/)
  assert.throws(() => loadConfig({ API_DATABASE_URL: 'postgres://reader@localhost/og', API_HEAVY_LANE: 'yes' }), /API_HEAVY_LANE/)
})

test('a client has as many requests worked on at once as pool connections it may hold, unless set', () => {
  const base = { API_DATABASE_URL: 'postgres://reader@localhost/og' }
  const config = loadConfig(base)
  assert.equal(config.rateLimit.maxRunning, config.budget.maxClientQueries)
  assert.ok(config.rateLimit.maxRunning < config.rateLimit.maxInFlight, 'the rest of its in-flight requests wait their turn')
  // a load test from one address that raises the query share raises this with it
  assert.equal(loadConfig({ ...base, API_MAX_CLIENT_QUERIES: '1000000' }).rateLimit.maxRunning, 1_000_000)
  assert.equal(loadConfig({ ...base, API_MAX_CLIENT_RUNNING: '3' }).rateLimit.maxRunning, 3)
  assert.equal(loadConfig({ ...base, API_MAX_CLIENT_RUNNING: '' }).rateLimit.maxRunning, config.budget.maxClientQueries)
  assert.throws(() => loadConfig({ ...base, API_MAX_CLIENT_RUNNING: '0' }), /API_MAX_CLIENT_RUNNING/)
})

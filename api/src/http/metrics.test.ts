import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createSchema, createYoga } from 'graphql-yoga'
import type { Db } from '../db/db'
import type { HeadsReader } from '../heads'
import { createMetrics } from './metrics'

/** no database and no head: /metrics must still answer (the gauges read -1 and 0) */
const db = { pool: { totalCount: 0, idleCount: 0, waitingCount: 0 } } as unknown as Db
const heads = { get: async () => ({}) } as unknown as HeadsReader

test("answers the front door gave (/healthz, its 429s) are counted with the API's own, per route and status", async () => {
  const metrics = createMetrics(db, heads)
  const yoga = createYoga({ schema: createSchema({ typeDefs: 'type Query { a: Int }' }), logging: false, plugins: [metrics.plugin] })
  metrics.observe('health', 200, 0.0004)
  metrics.observe('health', 200, 0.0002)
  metrics.observe('graphql', 429, 0.0003)
  await (await yoga.fetch('http://api.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ a }"}' })).text()
  const text = await (await yoga.fetch('http://api.test/metrics')).text()
  const value = (series: string) =>
    Number(
      text
        .split('\n')
        .find((l) => l.startsWith(`${series} `))
        ?.split(' ')[1],
    )
  assert.equal(value('og_api_http_requests_total{route="health",status="200"}'), 2)
  assert.equal(value('og_api_http_requests_total{route="graphql",status="429"}'), 1)
  assert.equal(value('og_api_http_requests_total{route="graphql",status="200"}'), 1, 'the API handler is still counted by the plugin')
  assert.equal(value('og_api_http_request_duration_seconds_count{route="health"}'), 2)
  assert.ok(Math.abs(value('og_api_http_request_duration_seconds_sum{route="health"}') - 0.0006) < 1e-9)
  assert.equal(value('og_api_http_request_duration_seconds_bucket{le="0.001",route="health"}'), 2)
})

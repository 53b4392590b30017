import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadConfig } from '@og-explorer/api/lib/config'
import { createApi } from '@og-explorer/api/lib/yoga'
import type { Api } from '@og-explorer/api/lib/yoga'
import type { E2eContext } from './context'

export interface LimitApis {
  /** response cache on, default limits */
  cached: Api
  /** 3 requests per window */
  tiny: Api
  /** statement_timeout of 1 ms */
  slow: Api
  /** a database that does not answer */
  broken: Api
}

async function code(c: E2eContext, query: string, variables?: Record<string, unknown>, api?: Api): Promise<string | undefined> {
  const r = await c.gql(query, variables, { api })
  assert.ok(r.errors?.length, `expected an error for ${query.slice(0, 80)}`)
  assert.ok(r.data == null || Object.values(r.data).every((v) => v === null), 'no data with a rejected query')
  return r.errors![0].extensions?.code
}

export function limitCases(ctx: () => E2eContext, apis: () => LimitApis): void {
  describe('hostile and invalid queries are rejected with codes', () => {
    test('too deep', async () => {
      let q = 'id'
      for (let i = 0; i < 6; i++) q = `inferences(limit: 1) { settlement { ${q} } }`
      assert.equal(await code(ctx(), `{ settlements(limit: 1) { ${q} } }`), 'DEPTH_LIMIT')
    })

    test('too costly', async () => {
      const fields =
        'id kind relay txHash blockNumber timestamp merkleRoot batchSize blobId teeId ethAddress status statusReason attempts verifiedAt inferenceCount validSignatures invalidSignatures'
      const tee =
        'id registry owner teeType paymentAddress endpoint publicKey pcrHash enabled registeredAt uptime heartbeats(limit: 5) { id reportedAt timestamp gapSeconds }'
      const node = `${fields} teeNode { ${tee} } inferences(limit: 5) { id status mode teeNode { ${tee} } settlement { ${fields} } }`
      // armor's cost: objects 2, scalars 1, ×1.5 per level, × first on connections
      const aliases = Array.from({ length: 3 }, (_, i) => `a${i}: settlementsConnection(orderBy: id_ASC, first: 1000) { edges { node { ${node} } } }`).join(
        '\n',
      )
      const r = await ctx().gql(`{ ${aliases} }`)
      assert.equal(r.errors?.[0].extensions?.code, 'COST_LIMIT')
      assert.match(r.errors![0].message, /Query Cost limit of 250000 exceeded/)
    })

    test('alias bombs', async () => {
      const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: settlementsConnection(orderBy: id_ASC) { totalCount }`).join(' ')
      assert.equal(await code(ctx(), `{ ${aliases} }`), 'ALIAS_LIMIT')
    })

    test('too many tokens', async () => {
      assert.equal(await code(ctx(), `{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} }`), 'TOKEN_LIMIT')
    })

    test('too many directives', async () => {
      assert.equal(await code(ctx(), `{ __typename ${'@include(if: true) '.repeat(30)} }`), 'DIRECTIVE_LIMIT')
    })

    test('pages above 1,000 rows', async () => {
      const c = ctx()
      assert.equal(await code(c, `{ settlements(limit: 1001) { id } }`), 'PAGE_SIZE_LIMIT')
      assert.equal(await code(c, `{ settlementsConnection(orderBy: id_ASC, first: 5000) { totalCount } }`), 'PAGE_SIZE_LIMIT')
      assert.equal(await code(c, `{ validators { delegations(limit: 100000) { id } } }`), 'PAGE_SIZE_LIMIT')
      const r = await c.gql(`{ settlements(limit: 1001) { id } }`)
      assert.match(r.errors![0].message, /maximum page size of 1000/)
    })

    test('invalid arguments and variables', async () => {
      const c = ctx()
      assert.equal(await code(c, `{ settlements(limit: "ten") { id } }`), 'BAD_USER_INPUT')
      assert.equal(await code(c, `query($l: Int) { settlements(limit: $l) { id } }`, { l: 'ten' }), 'BAD_USER_INPUT')
      assert.equal(await code(c, `{ payments(where: {amount_gt: "1.5"}) { id } }`), 'BAD_USER_INPUT')
      assert.equal(await code(c, `query($w: PaymentWhereInput) { payments(where: $w) { id } }`, { w: { timestamp_gte: 'yesterday' } }), 'BAD_USER_INPUT')
      assert.equal(await code(c, `{ settlements(where: {kind_eq: NOPE}) { id } }`), 'BAD_USER_INPUT')
      assert.equal(await code(c, `{ settlements(offset: -5) { id } }`), 'BAD_USER_INPUT')
      assert.equal(await code(c, `{ settlementsConnection(orderBy: id_ASC, after: "'; select 1") { totalCount } }`), 'BAD_USER_INPUT')
      assert.equal(await code(c, `{ timeSeries(metric: PAYMENTS, from: "2026-07-01", to: "2026-06-01") { to } }`), 'BAD_USER_INPUT')
      assert.equal(await code(c, `{ unlockPressure(windowDays: 0) { at } }`), 'BAD_USER_INPUT')
      assert.equal(await code(c, `{ supplySchedule(from: "2000-01-01", to: "2030-01-01", interval: DAY) { totalSupply } }`), 'RANGE_TOO_LARGE')
      assert.equal(await code(c, `{ settlements { nope } }`), 'GRAPHQL_VALIDATION_FAILED')
      assert.equal(await code(c, `{ settlements { id `), 'GRAPHQL_PARSE_FAILED')
    })

    test('filters too deep or too wide, even through variables that no query-size limit sees', async () => {
      let w: Record<string, unknown> = { kind_eq: 'BATCH' }
      for (let i = 0; i < 12; i++) w = { OR: [w, { inferences_some: { status_eq: 'INVALID' } }] }
      assert.equal(await code(ctx(), `query($w: SettlementWhereInput) { settlements(where: $w) { id } }`, { w }), 'FILTER_TOO_COMPLEX')
      const wide = { OR: Array.from({ length: 500 }, (_, i) => ({ blockNumber_eq: i })) }
      assert.equal(await code(ctx(), `query($w: SettlementWhereInput) { settlements(where: $w) { id } }`, { w: wide }), 'FILTER_TOO_COMPLEX')
    })

    test('statement_timeout cancels a slow query with QUERY_TIMEOUT', async () => {
      const slow = `{ inferencesConnection(orderBy: id_ASC, where: {settlement: {inferences_some: {inputHash_containsInsensitive: "ab", outputHash_containsInsensitive: "cd"}}}) { totalCount } }`
      assert.equal(await code(ctx(), slow, undefined, apis().slow), 'QUERY_TIMEOUT')
    })

    test('internal failures are masked', async () => {
      const r = await ctx().gql(`{ settlements(limit: 1) { id } }`, undefined, { api: apis().broken })
      assert.equal(r.errors?.[0].message, 'Unexpected error.')
      assert.ok(!JSON.stringify(r).includes('ECONNREFUSED'), 'no connection details leak')
    })

    test('rate limit: RateLimit-* headers on every response, 429 with Retry-After past the limit', async () => {
      const c = ctx()
      const remaining: string[] = []
      for (let i = 0; i < 3; i++) {
        const r = await c.gql(`{ __typename }`, undefined, { api: apis().tiny })
        assert.equal(r.status, 200)
        assert.equal(r.headers.get('ratelimit-limit'), '3')
        assert.ok(Number(r.headers.get('ratelimit-reset')) > 0)
        remaining.push(r.headers.get('ratelimit-remaining')!)
      }
      assert.deepEqual(remaining, ['2', '1', '0'])
      const refused = await c.gql(`{ __typename }`, undefined, { api: apis().tiny })
      assert.equal(refused.status, 429)
      assert.ok(Number(refused.headers.get('retry-after')) > 0)
      assert.equal(refused.errors?.[0].extensions?.code, 'RATE_LIMITED')
    })

    test('request bodies above the size limit are refused before parsing', async () => {
      const res = await ctx().api.yoga.fetch('http://api.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(300_000) } }),
      })
      assert.equal(res.status, 413)
      assert.equal((await res.json()).errors[0].extensions.code, 'REQUEST_TOO_LARGE')
    })
  })

  describe("request budget: the issue's expensive requests are refused before they run, large answers still served", () => {
    const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join('\n')} }`

    test('15 aliases of a day-by-day supplySchedule: COST_LIMIT; one of them is served', async () => {
      const field =
        'supplySchedule(interval: DAY, from: "2026-04-21", to: "2031-04-01") { allocations { id points { t projected observed } } circulating { t projected observed } }'
      const r = await ctx().gql(aliases(15, field))
      assert.equal(r.errors?.[0].extensions?.code, 'COST_LIMIT')
      assert.match(r.errors![0].message, /estimated work of \d+ is above the \d+ a request may use/)
      assert.equal(r.data ?? null, null)
      const one = await ctx().gql(`{ ${field} }`)
      assert.equal(one.errors, undefined)
      assert.ok(one.data.supplySchedule.circulating.length > 1800)
    })

    test('nested pages that multiply past the row limit: RESPONSE_TOO_LARGE before any row is read', async () => {
      const r = await ctx().gql(`{ settlements(limit: 1000) { id inferences(limit: 1000) { id teeNode { id } } } }`)
      assert.equal(r.errors?.[0].extensions?.code, 'RESPONSE_TOO_LARGE')
      // 1,000 settlements, 1,000 inferences under each, and each inference's TEE node read by id
      assert.match(r.errors![0].message, new RegExp(`may read up to ${1000 + 1000 * 1000 + 1000 * 1000} rows`))
    })

    test('an OR of 99 inferences_every with _containsInsensitive: FILTER_TOO_COMPLEX', async () => {
      const w = { OR: Array.from({ length: 99 }, (_, i) => ({ inferences_every: { inputHash_containsInsensitive: `ab${i}` } })) }
      assert.equal(
        await code(ctx(), `query($w: SettlementWhereInput) { settlementsConnection(orderBy: id_ASC, where: $w) { totalCount } }`, { w }),
        'FILTER_TOO_COMPLEX',
      )
    })

    test('15 aliases of inferences(limit: 1000) are served, serialised in slices, equal to the database', async () => {
      const c = ctx()
      const r = await c.gql(aliases(15, 'inferences(limit: 1000, orderBy: id_ASC) { id status }'))
      assert.equal(r.errors, undefined)
      const rows = await c.sql(`select id, status from inference order by id limit 1000`)
      // Postgres and the API may order ids differently only if collations differ; compare as sets
      for (let i = 0; i < 15; i++) {
        assert.equal(r.data[`a${i}`].length, rows.length)
        assert.deepEqual(new Set(r.data[`a${i}`].map((x: any) => `${x.id}:${x.status}`)), new Set(rows.map((x) => `${x.id}:${x.status}`)))
      }
    })

    test('a full introspection (what GraphiQL sends) fits the budget, and repeats answer the same', async () => {
      const { getIntrospectionQuery } = await import('graphql')
      const first = await ctx().gql(getIntrospectionQuery())
      assert.equal(first.errors, undefined)
      const second = await ctx().gql(getIntrospectionQuery())
      assert.deepEqual(second.errors, undefined)
      assert.deepEqual(second.data, first.data)
      assert.ok(first.data.__schema.types.length > 100)
    })

    test('/readyz turns red while no pooled connection can be had, and green again after', async () => {
      const api = createApi(loadConfig({ API_DATABASE_URL: ctx().stack.dbUrl, API_POOL_SIZE: '1' }), { responseCache: false, logging: false })
      try {
        assert.equal((await api.yoga.fetch('http://api.test/readyz')).status, 200)
        const held = await api.db.pool.connect()
        let red: Response
        try {
          const started = performance.now()
          red = await api.yoga.fetch('http://api.test/readyz')
          assert.ok(performance.now() - started < 2500, 'the probe gives up after its timeout')
          assert.equal((await api.yoga.fetch('http://api.test/healthz')).status, 200, 'liveness does not depend on the pool')
        } finally {
          held.release()
        }
        assert.equal(red.status, 503)
        assert.match((await red.json()).reason, /no database connection within 1000 ms|waited for a database connection/)
        await new Promise((r) => setTimeout(r, 100))
        assert.equal((await api.yoga.fetch('http://api.test/readyz')).status, 200)
      } finally {
        await api.close()
      }
    })
  })

  describe('status, health, metrics, web app and caching', () => {
    test('/metrics: requests, error codes, indexed heads and the pool in Prometheus format', async () => {
      const c = ctx()
      await c.gql(`{ settlements(limit: 5000) { id } }`)
      const text = await (await c.api.yoga.fetch('http://api.test/metrics')).text()
      assert.match(text, /og_api_http_requests_total\{route="graphql",status="200"\} \d+/)
      assert.match(text, /og_api_graphql_errors_total\{code="PAGE_SIZE_LIMIT"\} [1-9]/)
      const [{ height }] = await c.sql(
        `select max(height) height from (select height from og_processor.status union all select height from og_processor.hot_block) h`,
      )
      assert.match(text, new RegExp(`og_api_indexed_height\\{chain="og"\\} ${height}\\b`))
      assert.match(text, /og_api_db_pool_clients\{state="total"\} \d+/)
    })

    test('the built web app is served on the same port: files, app routes, and the API paths untouched', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-web-'))
      fs.mkdirSync(path.join(dir, 'assets'))
      fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>explorer</title>')
      fs.writeFileSync(path.join(dir, 'assets', 'app-1.js'), 'console.log(1)')
      const api = createApi(loadConfig({ API_DATABASE_URL: ctx().stack.dbUrl, WEB_DIST_DIR: dir }))
      try {
        const get = (p: string) => api.yoga.fetch(`http://api.test${p}`)
        const settlement = `/settlements/0x${'ab'.repeat(32)}-1`
        const validator = `/validators/0x${'01'.repeat(20)}`
        for (const route of ['/', settlement, validator]) {
          const r = await get(route)
          assert.equal(r.status, 200, route)
          assert.match(await r.text(), /<title>explorer<\/title>/, route)
        }
        // a path no page owns, or an id no record could have, is a 404 with the app (which explains it)
        for (const route of ['/settlements/0xabc-1', '/no-such-page']) {
          const r = await get(route)
          assert.equal(r.status, 404, route)
          assert.match(await r.text(), /<title>explorer<\/title>/, route)
        }
        const js = await get('/assets/app-1.js')
        assert.match(js.headers.get('content-type')!, /javascript/)
        assert.match(js.headers.get('cache-control')!, /immutable/)
        assert.equal((await get('/assets/missing.js')).status, 404)
        assert.equal((await get('/%2e%2e/%2e%2e/package.json')).status, 404)
        assert.equal((await get('/healthz')).status, 200)
        const gql = await ctx().gql(`{ squidStatus { height } }`, undefined, { api })
        assert.ok(gql.data.squidStatus.height > 0)
      } finally {
        await api.close()
        fs.rmSync(dir, { recursive: true, force: true })
      }
    })

    test('every response carries the indexed heads, equal to the processors state', async () => {
      const c = ctx()
      const r = await c.gql(`{ squidStatus { height og { height hash } base { height hash } } }`)
      for (const chain of ['og', 'base'] as const) {
        const [head] = await c.sql(
          `select height, hash from (select height, hash from ${chain}_processor.status union all select height, hash from ${chain}_processor.hot_block) h order by height desc limit 1`,
        )
        assert.deepEqual(r.extensions?.indexedHeads[chain], { chain, height: head.height, hash: head.hash })
        assert.deepEqual(r.data.squidStatus[chain], { height: head.height, hash: head.hash })
      }
      assert.equal(r.data.squidStatus.height, Math.min(r.data.squidStatus.og.height, r.data.squidStatus.base.height))
      const errored = await c.gql(`{ settlements(limit: 5000) { id } }`)
      assert.ok(errored.extensions?.indexedHeads.og, 'error responses say as of when too')
    })

    test('/healthz and /readyz', async () => {
      const c = ctx()
      assert.equal((await c.api.yoga.fetch('http://api.test/healthz')).status, 200)
      const ready = await c.api.yoga.fetch('http://api.test/readyz')
      assert.equal(ready.status, 200)
      assert.equal((await ready.json()).status, 'ready')
      const broken = await apis().broken.yoga.fetch('http://api.test/readyz')
      assert.equal(broken.status, 503)
      assert.equal((await apis().broken.yoga.fetch('http://api.test/healthz')).status, 200)
    })

    test('the response cache answers a repeated query without touching the database', async () => {
      const c = ctx()
      const api = apis().cached
      const q = `{ settlements(limit: 3, orderBy: blockNumber_DESC) { id teeNode { id } } }`
      const first = await c.gql(q, undefined, { api })
      const pool = api.db.pool
      const original = pool.query.bind(pool)
      let queries = 0
      ;(pool as any).query = (...args: any[]) => {
        if (typeof args[0] === 'string' && !args[0].includes('_processor') && !args[0].includes('to_regclass')) queries++
        return (original as any)(...args)
      }
      try {
        const second = await c.gql(q, undefined, { api })
        assert.deepEqual(second.data, first.data)
        assert.deepEqual(second.extensions?.indexedHeads, first.extensions?.indexedHeads)
      } finally {
        ;(pool as any).query = original
      }
      assert.equal(queries, 0)
    })
  })
}

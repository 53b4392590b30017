import { after, test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { loadConfig } from '../config'
import { createApi, type Api } from '../yoga'

// Everything here is decided before the database is asked, so an unreachable one is enough.
const NO_DB = 'postgres://nobody:nothing@127.0.0.1:1/none'
const apis: Api[] = []
function api(env: Record<string, string> = {}): Api {
  // one client sending each test's requests at once: the per-client limits are not what these tests check
  const a = createApi(loadConfig({ API_DATABASE_URL: NO_DB, API_RATE_LIMIT: '100000', API_MAX_IN_FLIGHT: '100', ...env }), {
    logging: false,
    responseCache: false,
  })
  apis.push(a)
  return a
}
after(() => Promise.all(apis.map((a) => a.close())))

async function post(a: Api, body: string, headers: Record<string, string> = {}) {
  const res = await a.yoga.fetch('http://api.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })
  return { status: res.status, headers: res.headers, body: await res.json() }
}
const gql = (a: Api, query: string, variables?: unknown, headers?: Record<string, string>) => post(a, JSON.stringify({ query, variables }), headers)

test('NUL characters, absurd nesting, impossible dates and out-of-range numbers are BAD_USER_INPUT, never a 500', async () => {
  const a = api()
  const n = 20_000
  const deep = `{"query":"query($w: SettlementWhereInput) { settlements(where: $w) { id } }","variables":{"w":${'{"AND":['.repeat(n)}{"id_eq":"x"}${']}'.repeat(n)}}}`
  const cases: [string, Promise<{ status: number; body: any }>][] = [
    ['deep variables', post(a, deep)],
    ['NUL in a variable', gql(a, 'query($id: String!) { settlementById(id: $id) { id } }', { id: 'a\u0000b' })],
    ['NUL in a literal', gql(a, '{ settlements(where: {id_eq: "a\\u0000b"}) { id } }')],
    ['February 31', gql(a, '{ settlements(where: {timestamp_gte: "2026-02-31"}) { id } }')],
    ['year 0000', gql(a, 'query($t: DateTime) { settlements(where: {timestamp_gte: $t}) { id } }', { t: '0000-01-01' })],
    ['exponent 999999999', gql(a, '{ payments(where: {amountUsd_gt: "1e999999999"}) { id } }')],
    ['BigInt beyond numeric', gql(a, 'query($x: BigInt) { payments(where: {amount_gt: $x}) { id } }', { x: '1'.repeat(131073) })],
  ]
  for (const [name, pending] of cases) {
    const res = await pending
    assert.ok(res.status === 200 || res.status === 400, `${name}: status ${res.status}`)
    assert.equal(res.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', `${name}: ${JSON.stringify(res.body).slice(0, 300)}`)
  }
})

test('the CSV triggers of issue 14 are 400 BAD_USER_INPUT before anything streams', async () => {
  const a = api()
  for (const where of [
    { id_eq: 'a\u0000b' },
    { amount_gt: '1e999999999' },
    { timestamp_gte: '0000-01-01' },
    { timestamp_gte: '2026-02-31' },
    {
      AND: [
        {
          AND: [
            {
              AND: [
                {
                  AND: [
                    {
                      AND: [
                        {
                          AND: [
                            {
                              AND: [
                                {
                                  AND: [
                                    {
                                      AND: [
                                        {
                                          AND: [
                                            {
                                              AND: [
                                                {
                                                  AND: [{ AND: [{ AND: [{ AND: [{ AND: [{ AND: [{ AND: [{ AND: [{ AND: [{ AND: [{}] }] }] }] }] }] }] }] }] }],
                                                },
                                              ],
                                            },
                                          ],
                                        },
                                      ],
                                    },
                                  ],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ]) {
    const res = await a.yoga.fetch(`http://api.test/export/transfers.csv?where=${encodeURIComponent(JSON.stringify(where))}`)
    assert.equal(res.status, 400, JSON.stringify(where))
    assert.equal((await res.json()).errors[0].extensions.code, 'BAD_USER_INPUT')
  }
})

test('no database connection: the CSV route answers 503 OVERLOADED with Retry-After and no stack or paths', async () => {
  const res = await api().yoga.fetch('http://api.test/export/transfers.csv')
  assert.equal(res.status, 503)
  assert.ok(Number(res.headers.get('retry-after')) > 0)
  const text = await res.text()
  assert.equal(JSON.parse(text).errors[0].extensions.code, 'OVERLOADED')
  assert.doesNotMatch(text, /\bat \w|\/work\/|node_modules|\.js:\d+|ECONNREFUSED/)
})

test('CORS: only listed origins get access, never with credentials; preflights answer the same way', async () => {
  const a = api({ API_CORS_ORIGINS: 'https://explorer.example, https://other.example' })
  const ok = await gql(a, '{ __typename }', undefined, { origin: 'https://other.example' })
  assert.equal(ok.headers.get('access-control-allow-origin'), 'https://other.example')
  assert.equal(ok.headers.get('access-control-allow-credentials'), null)
  assert.match(ok.headers.get('vary')!, /Origin/)
  const evil = await gql(a, '{ __typename }', undefined, { origin: 'https://evil.example' })
  assert.equal(evil.headers.get('access-control-allow-origin'), null)
  const pre = await a.yoga.fetch('http://api.test/graphql', {
    method: 'OPTIONS',
    headers: { origin: 'https://explorer.example', 'access-control-request-method': 'POST' },
  })
  assert.equal(pre.status, 204)
  assert.equal(pre.headers.get('access-control-allow-origin'), 'https://explorer.example')
  const badPre = await a.yoga.fetch('http://api.test/graphql', {
    method: 'OPTIONS',
    headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
  })
  assert.equal(badPre.headers.get('access-control-allow-origin'), null)
  // the default is same-origin only: no CORS headers for anyone
  const none = await gql(api(), '{ __typename }', undefined, { origin: 'https://explorer.example' })
  assert.equal(none.headers.get('access-control-allow-origin'), null)
  assert.throws(() => loadConfig({ API_DATABASE_URL: NO_DB, API_CORS_ORIGINS: '*' }), /API_CORS_ORIGINS/)
  assert.throws(() => loadConfig({ API_DATABASE_URL: NO_DB, API_CORS_ORIGINS: 'https://a.example/path' }), /API_CORS_ORIGINS/)
})

test('security headers on API answers and on the web app; the built app has no inline script its CSP would block', async () => {
  const a = api()
  const res = await gql(a, '{ __typename }')
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff')
  assert.equal(res.headers.get('referrer-policy'), 'no-referrer')
  assert.match(res.headers.get('content-security-policy')!, /frame-ancestors 'none'/)
  const dist = loadConfig({ API_DATABASE_URL: NO_DB }).webDistDir
  if (!fs.existsSync(path.join(dist, 'index.html'))) return
  const page = await a.yoga.fetch('http://api.test/', { headers: { accept: 'text/html' } })
  const csp = page.headers.get('content-security-policy')!
  assert.match(csp, /script-src 'self'(;|$)/)
  assert.match(csp, /frame-ancestors 'none'/)
  const html = await page.text()
  // every script is a file from this origin; an inline one would need its hash in the policy
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    assert.match(m[1], /\bsrc="\//, m[0].slice(0, 80))
    assert.equal(m[2].trim(), '')
  }
})

test('GraphiQL: a small page and static files with gzip, ETag and a year of caching; scripts only from files', async () => {
  const a = api()
  const page = await a.yoga.fetch('http://api.test/graphql', { headers: { accept: 'text/html' } })
  assert.equal(page.status, 200)
  const html = await page.text()
  assert.ok(html.length < 4096, `${html.length} bytes`)
  assert.match(page.headers.get('content-security-policy')!, /script-src 'self';/)
  assert.doesNotMatch(html, /<script>(?!<)/, 'no inline script')
  const again = await a.yoga.fetch('http://api.test/graphql', { headers: { accept: 'text/html', 'if-none-match': page.headers.get('etag')! } })
  assert.equal(again.status, 304)
  const src = /<script src="([^"]+)"/.exec(html)![1]
  const js = await a.yoga.fetch(`http://api.test${src}`, { headers: { 'accept-encoding': 'gzip' } })
  assert.equal(js.status, 200)
  assert.equal(js.headers.get('content-encoding'), 'gzip')
  assert.match(js.headers.get('cache-control')!, /max-age=31536000.*immutable/)
  const body = gunzipSync(Buffer.from(await js.arrayBuffer())).toString()
  assert.match(body, /renderYogaGraphiQL/)
  const cached = await a.yoga.fetch(`http://api.test${src}`, { headers: { 'if-none-match': js.headers.get('etag')! } })
  assert.equal(cached.status, 304)
  // the workers it asks for by URL are there too
  for (const worker of body.matchAll(/"([a-z]+\.worker\.js)"/g)) {
    const w = await a.yoga.fetch(`http://api.test${src.replace('graphiql.js', worker[1])}`, { method: 'HEAD' })
    assert.equal(w.status, 200, worker[1])
  }
  // a link with ?query= (the web app's "GraphiQL" links) opens the page, which reads the query from the URL;
  // a client asking for JSON gets the query run
  const link = await a.yoga.fetch('http://api.test/graphql?query=%7B__typename%7D', { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } })
  assert.match(link.headers.get('content-type')!, /text\/html/)
  const run = await a.yoga.fetch('http://api.test/graphql?query=%7B__typename%7D', { headers: { accept: 'application/json' } })
  assert.deepEqual((await run.json()).data, { __typename: 'Query' })
})

test('the rate limit covers GraphiQL, its page and its files', async () => {
  const a = api({ API_RATE_LIMIT: '2', API_RATE_WINDOW_S: '3600' })
  const page = await a.yoga.fetch('http://api.test/graphql', { headers: { accept: 'text/html' } })
  assert.equal(page.status, 200)
  const src = /<script src="([^"]+)"/.exec(await page.text())![1]
  assert.equal((await a.yoga.fetch(`http://api.test${src}`)).status, 200)
  assert.equal((await a.yoga.fetch('http://api.test/graphql', { headers: { accept: 'text/html' } })).status, 429)
  assert.equal((await a.yoga.fetch(`http://api.test${src}`)).status, 429)
})

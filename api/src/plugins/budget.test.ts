import { after, test } from 'node:test'
import assert from 'node:assert/strict'
import { loadConfig } from '../config'
import { createApi, type Api } from '../yoga'

// refusals are decided before the database is asked, so an unreachable one is enough
const NO_DB = 'postgres://nobody:nothing@127.0.0.1:1/none'
// the heavy lane's queue waits long enough for its worker thread to start on a busy machine; a client may have 4
// requests worked on at once (the default, set here so these tests do not depend on it), more than its 2 places in the
// lane, so the lane's own per-client refusal is what they meet
const api: Api = createApi(loadConfig({ API_DATABASE_URL: NO_DB, API_RATE_LIMIT: '100000', API_HEAVY_QUEUE_MS: '60000', API_MAX_CLIENT_RUNNING: '4' }), {
  logging: false,
  responseCache: false,
})
after(() => api.close())

async function ask(query: string, variables: unknown, accept = 'application/json') {
  const res = await api.yoga.fetch('http://api.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept },
    body: JSON.stringify({ query, variables }),
  })
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } }
}

const NESTED = 'query($n: Int) { settlements(limit: $n) { id inferences(limit: $n) { id } } }'

test('a request refused before validation answers as one refused at execution: 200, its code, no data', async () => {
  for (const accept of ['application/json', 'application/graphql-response+json']) {
    const r = await ask(NESTED, { n: 1000 }, accept)
    assert.equal(r.status, 200, accept)
    assert.equal(r.body.errors?.[0]?.extensions?.code, 'RESPONSE_TOO_LARGE')
    assert.equal(r.body.data, undefined)
  }
})

test('the refusal is not remembered for the query text: the same text with small variables is not refused', async () => {
  assert.equal((await ask(NESTED, { n: 1000 })).body.errors?.[0]?.extensions?.code, 'RESPONSE_TOO_LARGE')
  // validated and executed now; with no database it fails there, but not with a budget code
  const small = await ask(NESTED, { n: 2 })
  assert.ok(!['RESPONSE_TOO_LARGE', 'COST_LIMIT'].includes(small.body.errors?.[0]?.extensions?.code ?? ''), JSON.stringify(small.body))
})

test('an OR of 99 relation filters in a variable is refused before it is coerced', async () => {
  const w = { OR: Array.from({ length: 99 }, (_, i) => ({ inferences_every: { inputHash_containsInsensitive: `${i}ab` } })) }
  const r = await ask('query($w: SettlementWhereInput) { settlementsConnection(orderBy: id_ASC, where: $w) { totalCount } }', { w })
  assert.equal(r.body.errors?.[0]?.extensions?.code, 'FILTER_TOO_COMPLEX')
})

test('a heavy request runs in the heavy lane: answered by its worker with the same masking, and one client past its share is refused at once with 429', async () => {
  const HEAVY = '{ inferences(limit: 1000) { id status } }'
  const send = () =>
    api.yoga.fetch('http://api.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: HEAVY }),
    })
  const answeredBefore = api.lane?.runner.answered ?? 0
  const replies = await Promise.all([send(), send(), send()])
  const bodies = (await Promise.all(replies.map((r) => r.json()))) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }[]
  const refused = replies.map((r, i) => ({ status: r.status, retryAfter: r.headers.get('retry-after'), code: bodies[i].errors?.[0]?.extensions?.code }))
  // one place and one queued per client: the third of three at once is refused without waiting for the others
  const limited = refused.filter((r) => r.code === 'RATE_LIMITED')
  assert.equal(limited.length, 1, JSON.stringify(refused))
  assert.equal(limited[0].status, 429)
  assert.equal(limited[0].retryAfter, '1')
  assert.equal((api.lane?.runner.answered ?? 0) - answeredBefore, 2, `the two admitted were answered by the worker thread: ${JSON.stringify(refused)}`)
  // the other two ran in the worker against no database: a masked error (or the pool's overload code), never internals
  for (const b of bodies.filter((b) => b.errors?.[0]?.extensions?.code !== 'RATE_LIMITED')) {
    const e = b.errors?.[0]
    assert.ok(e, JSON.stringify(b))
    assert.ok(e.message === 'Unexpected error.' || e.extensions?.code === 'OVERLOADED', JSON.stringify(b))
    assert.doesNotMatch(JSON.stringify(b), /ECONNREFUSED|127\.0\.0\.1:1|at .*\.js/)
  }
})

test('a heavy request from a client holding its share of the heavy lane is refused before validation, with 429 RATE_LIMITED', async () => {
  const lane = api.lane!
  // the client (yoga.fetch has no socket: 'local') takes its whole share, as its earlier requests would: one
  // place running, the rest waiting behind it (each counts as held from the call on)
  const places = Array.from({ length: lane.admission.limits.perClient }, () => lane.admission.admit('local'))
  try {
    // an unknown field only full validation reports: refused before it, the answer is the lane's code, not a validation error
    const r = await ask('{ inferences(limit: 1000) { id status notAField } }', {})
    assert.equal(r.status, 429, JSON.stringify(r.body))
    assert.equal(r.body.errors?.[0]?.extensions?.code, 'RATE_LIMITED')
    assert.equal(r.body.data ?? null, null)
    // a light request of the same client is not the lane's business
    const light = await ask('{ inferences(limit: 5) { id notAField } }', {})
    assert.equal(light.body.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED', JSON.stringify(light.body))
  } finally {
    // each release hands the running place to the next waiter
    for (const place of places) (await place)()
  }
  // with its share given back, the same heavy text is judged by validation again
  const after = await ask('{ inferences(limit: 1000) { id status notAField } }', {})
  assert.equal(after.body.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED', JSON.stringify(after.body))
})

test('a client refused for its share of the heavy lane is then worked on one request at a time; another client is not', async () => {
  const fresh: Api = createApi(loadConfig({ API_DATABASE_URL: NO_DB, API_RATE_LIMIT: '100000', API_HEAVY_QUEUE_MS: '60000' }), {
    logging: false,
    responseCache: false,
  })
  try {
    const turns = fresh.limits.admission.turns
    assert.equal(turns.limitFor('local'), fresh.limits.settings.maxRunning)
    const lane = fresh.lane!
    // the client (yoga.fetch has no socket: 'local') holds its whole share, so its next heavy request is refused
    const places = Array.from({ length: lane.admission.limits.perClient }, () => lane.admission.admit('local'))
    try {
      const res = await fresh.yoga.fetch('http://api.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: '{ inferences(limit: 1000) { id status } }' }),
      })
      assert.equal(res.status, 429)
      assert.equal(turns.limitFor('local'), 1, 'its other requests now wait their turn one by one')
      assert.equal(turns.limitFor('203.0.113.9'), fresh.limits.settings.maxRunning)
    } finally {
      for (const p of places) (await p)()
    }
  } finally {
    await fresh.close()
  }
})

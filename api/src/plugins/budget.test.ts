import { after, test } from 'node:test'
import assert from 'node:assert/strict'
import { loadConfig } from '../config'
import { createApi, type Api } from '../yoga'

// refusals are decided before the database is asked, so an unreachable one is enough
const NO_DB = 'postgres://nobody:nothing@127.0.0.1:1/none'
const api: Api = createApi(loadConfig({ API_DATABASE_URL: NO_DB, API_RATE_LIMIT: '100000' }), { logging: false, responseCache: false })
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

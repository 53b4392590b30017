import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createSchema, createYoga } from 'graphql-yoga'
import type { HeadsReader, IndexedHeads } from '../heads'
import { useHeadAwareResponseCache, type ResponseCacheOptions } from './response-cache'
import { useIndexedHeads } from './indexed-heads'

function setup(options: ResponseCacheOptions) {
  let height = 10
  const calls = { n: 0 }
  const heads: HeadsReader = {
    get: async (): Promise<IndexedHeads> => ({ og: { chain: 'og', height, hash: `0x${'a'.repeat(63)}${height % 10}` }, base: null }),
  }
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: `type Query { echo(s: String!): String! big(n: Int!): [String!]! fails: String }`,
      resolvers: {
        Query: {
          echo: (_: unknown, { s }: { s: string }) => `${s}#${++calls.n}`,
          big: (_: unknown, { n }: { n: number }) => (calls.n++, Array.from({ length: n }, (_, i) => `row ${i}`)),
          fails: () => {
            calls.n++
            throw new Error('boom')
          },
        },
      },
    }),
    logging: false,
    plugins: [useHeadAwareResponseCache(heads, options), useIndexedHeads(heads)],
  })
  const post = async (query: string, variables?: object, accept = 'application/json') => {
    const res = await yoga.fetch('http://api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept },
      body: JSON.stringify({ query, variables }),
    })
    return { status: res.status, type: res.headers.get('content-type'), body: await res.text() }
  }
  return { post, calls, advance: () => height++ }
}

test("a repeated query is answered with the first answer's bytes, without running resolvers", async () => {
  const { post, calls } = setup({ ttlMs: 60_000 })
  const first = await post('query($s: String!) { echo(s: $s) }', { s: 'x' })
  const second = await post('query($s: String!) { echo(s: $s) }', { s: 'x' })
  assert.equal(calls.n, 1)
  assert.deepEqual(second, first)
  assert.equal(JSON.parse(second.body).data.echo, 'x#1')
  assert.equal(JSON.parse(second.body).extensions.indexedHeads.og.height, 10, 'the stored bytes keep the heads they reflect')
  await post('query($s: String!) { echo(s: $s) }', { s: 'y' })
  assert.equal(calls.n, 2, 'other variables are another entry')
})

test('a new indexed head makes every entry stale', async () => {
  const { post, calls, advance } = setup({ ttlMs: 60_000 })
  await post('{ echo(s: "x") }')
  advance()
  const after = JSON.parse((await post('{ echo(s: "x") }')).body)
  assert.equal(calls.n, 2)
  assert.equal(after.data.echo, 'x#2')
  assert.equal(after.extensions.indexedHeads.og.height, 11)
})

test('entries expire after the TTL', async () => {
  const { post, calls } = setup({ ttlMs: 30 })
  await post('{ echo(s: "x") }')
  await new Promise((r) => setTimeout(r, 60))
  await post('{ echo(s: "x") }')
  assert.equal(calls.n, 2)
})

test('answers with errors are not stored', async () => {
  const { post, calls } = setup({ ttlMs: 60_000 })
  const a = await post('{ fails }')
  const b = await post('{ fails }')
  assert.equal(calls.n, 2)
  assert.equal(JSON.parse(b.body).errors[0].message, JSON.parse(a.body).errors[0].message)
})

test('each Accept media type keeps its own content type', async () => {
  const { post, calls } = setup({ ttlMs: 60_000 })
  const json = await post('{ echo(s: "x") }', undefined, 'application/json')
  const gql = await post('{ echo(s: "x") }', undefined, 'application/graphql-response+json')
  const gqlAgain = await post('{ echo(s: "x") }', undefined, 'application/graphql-response+json')
  assert.equal(calls.n, 2)
  assert.match(json.type!, /^application\/json/)
  assert.match(gql.type!, /^application\/graphql-response\+json/)
  assert.equal(gqlAgain.type, gql.type)
})

test('the byte budget evicts the oldest entries and skips oversized answers', async () => {
  const { post, calls } = setup({ ttlMs: 60_000, maxBytes: 3_000, maxEntryBytes: 2_000 })
  await post('{ big(n: 200) }') // ~2.4 KB: served, never stored
  await post('{ big(n: 200) }')
  assert.equal(calls.n, 2)
  await post('{ big(n: 100) }') // ~1.2 KB each: the third one pushes the first out
  await post('{ big(n: 101) }')
  await post('{ big(n: 102) }')
  assert.equal(calls.n, 5)
  await post('{ big(n: 102) }')
  await post('{ big(n: 101) }')
  assert.equal(calls.n, 5, 'the newest two are still stored')
  await post('{ big(n: 100) }')
  assert.equal(calls.n, 6, 'the oldest was evicted')
})

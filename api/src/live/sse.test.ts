import assert from 'node:assert/strict'
import path from 'node:path'
import { test } from 'node:test'
import { createYoga } from 'graphql-yoga'
import { loadModel } from '../model/load-model'
import { buildSchema } from '../schema/build-schema'
import type { LiveSource } from './events'
import { LiveHub } from './hub'
import { useLiveHub } from './plugin'

const SCHEMA_FILE = path.resolve(__dirname, '../../../schema.graphql')

/** The `live` subscription over yoga's Server-Sent Events, as a browser's EventSource asks for it. */
function server(maxSubscribers = 5) {
  const state = { og: 100 }
  const source: LiveSource = {
    heads: async () => ({ og: { height: state.og, hash: `0x${state.og}` }, base: null }),
    settlements: async (after, upTo) =>
      Array.from({ length: upTo - after }, (_, i) => ({
        id: `0xaa-${upTo - i}`,
        kind: 'LEGACY_SINGLE',
        txHash: '0xaa',
        blockNumber: upTo - i,
        timestamp: new Date(0).toISOString(),
        status: 'VERIFIED',
        inferenceCount: 1,
        teeId: null,
      })),
    payments: async () => [],
  }
  const hub = new LiveHub(source, { maxSubscribers, maxPerClient: 10, pollMs: 10, maxRows: 50, queue: 4 })
  const yoga = createYoga({ schema: buildSchema(loadModel(SCHEMA_FILE)), plugins: [useLiveHub(hub)], logging: false, maskedErrors: true })
  return { state, hub, yoga }
}

const QUERY = 'subscription { live { heads { og { height observedAt } base { height } } newSettlements { id blockNumber kind } settlementsTruncated missed } }'

async function open(yoga: ReturnType<typeof server>['yoga'], signal: AbortSignal) {
  const res = await yoga.fetch(`http://localhost/graphql?query=${encodeURIComponent(QUERY)}`, { headers: { accept: 'text/event-stream' }, signal })
  assert.equal(res.status, 200)
  assert.match(res.headers.get('content-type') ?? '', /text\/event-stream/)
  const reader = res.body!.getReader()
  const decoder = new TextDecoder()
  let buffer = ''
  return {
    reader,
    /** the next `event: next` payload; comment lines (the heartbeats) are skipped */
    async next(): Promise<any> {
      for (;;) {
        const end = buffer.indexOf('\n\n')
        if (end >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const data = block.split('\n').find((l) => l.startsWith('data: '))
          if (block.includes('event: next') && data) return JSON.parse(data.slice(6))
          continue
        }
        const { value, done } = await reader.read()
        if (done) throw new Error('stream ended')
        buffer += decoder.decode(value, { stream: true })
      }
    },
  }
}

test('a GET with Accept: text/event-stream streams the heads, then the settlements of each new block', async () => {
  const { state, hub, yoga } = server()
  const abort = new AbortController()
  const stream = await open(yoga, abort.signal)
  const first = await stream.next()
  assert.equal(first.data.live.heads.og.height, 100)
  assert.equal(first.data.live.heads.base, null)
  assert.ok(!Number.isNaN(Date.parse(first.data.live.heads.og.observedAt)))
  state.og = 102
  const second = await stream.next()
  assert.deepEqual(
    second.data.live.newSettlements.map((s: { blockNumber: number }) => s.blockNumber),
    [102, 101],
  )
  assert.equal(second.data.live.newSettlements[0].kind, 'LEGACY_SINGLE')
  assert.equal(hub.size, 1)
  // the browser goes away: the subscription and, with it, the poller end
  await stream.reader.cancel()
  abort.abort()
  for (let i = 0; i < 50 && hub.size > 0; i++) await new Promise((r) => setTimeout(r, 10))
  assert.equal(hub.size, 0)
  hub.close()
})

test('above the subscriber limit the stream answers OVERLOADED with the limit in its message', async () => {
  const { hub, yoga } = server(1)
  const abort = new AbortController()
  const stream = await open(yoga, abort.signal)
  await stream.next()
  const refused = await open(yoga, abort.signal)
  const answer = await refused.next()
  assert.equal(answer.errors[0].extensions.code, 'OVERLOADED')
  assert.match(answer.errors[0].message, /limit of 1 live subscriptions/)
  abort.abort()
  hub.close()
})

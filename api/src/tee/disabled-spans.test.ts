import assert from 'node:assert/strict'
import { test } from 'node:test'
import { disabledSpans, TEE_DISABLED_TOPIC, TEE_ENABLED_TOPIC } from './disabled-spans'

const log = (enabled: boolean, block: number, at: number, logIndex = 0) => ({ enabled, block, at, logIndex })

test('topic0 of the lifecycle events are the documented ones', () => {
  // contracts/src/documented-events.ts, from the registry's published ABI
  assert.equal(TEE_DISABLED_TOPIC, '0x01c235337ed5406ee8cebb3f299d60f237a2837430f8a14fbc81f94ce50236b6')
  assert.equal(TEE_ENABLED_TOPIC, '0xcfe7e61b35fbf35c6b0d5c7ebe6feb619ab832dc476c4a02dbdc041fb92b5ca6')
})

test('a disable opens a span and the next enable closes it, in block order', () => {
  const spans = disabledSpans([log(true, 30, 3000), log(false, 10, 1000), log(false, 40, 4000)])
  assert.deepEqual(spans, [
    { disabledAt: 1000, disabledBlock: 10, enabledAt: 3000, enabledBlock: 30 },
    { disabledAt: 4000, disabledBlock: 40, enabledAt: null, enabledBlock: null },
  ])
})

test('a repeated disable keeps the start; an enable without a known start counts no span', () => {
  const spans = disabledSpans([log(true, 5, 500), log(false, 10, 1000), log(false, 12, 1200), log(true, 20, 2000), log(true, 21, 2100)])
  assert.deepEqual(spans, [{ disabledAt: 1000, disabledBlock: 10, enabledAt: 2000, enabledBlock: 20 }])
})

test('two events in one block are ordered by log index', () => {
  const spans = disabledSpans([log(true, 10, 1000, 3), log(false, 10, 1000, 1)])
  assert.deepEqual(spans, [{ disabledAt: 1000, disabledBlock: 10, enabledAt: 1000, enabledBlock: 10 }])
})

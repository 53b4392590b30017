import { test } from 'node:test'
import assert from 'node:assert/strict'
import { DEFAULT_RETRY, isRateLimitReply, isRetryableStatus, parseRetryAfter, retryDelay } from './rpc-retry'

test('Retry-After is read as seconds or as an HTTP date', () => {
  assert.equal(parseRetryAfter('3'), 3_000)
  assert.equal(parseRetryAfter('0.5'), 500)
  const now = Date.UTC(2026, 0, 1, 12)
  assert.equal(parseRetryAfter(new Date(now + 7_000).toUTCString(), now), 7_000)
  assert.equal(parseRetryAfter('soon'), undefined)
  assert.equal(parseRetryAfter(null), undefined)
})

test('429, 408 and 5xx are worth another attempt; other 4xx are not', () => {
  assert.deepEqual([429, 408, 500, 502, 503, 400, 401, 403, 404, 413].map(isRetryableStatus), [true, true, true, true, true, false, false, false, false, false])
})

test('per-call rate-limit errors are told from ordinary call failures', () => {
  assert.equal(isRateLimitReply({ error: { code: -32005, message: 'limit exceeded' } }), true)
  assert.equal(isRateLimitReply({ error: { code: 429, message: 'x' } }), true)
  assert.equal(isRateLimitReply({ error: { code: -32000, message: 'Too Many Requests' } }), true)
  assert.equal(isRateLimitReply({ error: { code: 3, message: 'execution reverted' } }), false)
  assert.equal(isRateLimitReply({ error: { code: -32000, message: 'missing trie node' } }), false)
  assert.equal(isRateLimitReply({ result: '0x' }), false)
})

test('waits grow exponentially with jitter, capped, and follow the server when it says', () => {
  const policy = { ...DEFAULT_RETRY, baseMs: 100, maxDelayMs: 1_000 }
  assert.equal(
    retryDelay(policy, 0, undefined, () => 1),
    100,
  )
  assert.equal(
    retryDelay(policy, 3, undefined, () => 1),
    800,
  )
  assert.equal(
    retryDelay(policy, 3, undefined, () => 0),
    400,
  )
  assert.equal(
    retryDelay(policy, 10, undefined, () => 1),
    1_000,
  )
  assert.equal(retryDelay(policy, 0, 700), 700)
  assert.equal(retryDelay(policy, 0, 3_600_000), 1_000, 'a hostile Retry-After is capped')
})

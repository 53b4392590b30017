import { test } from 'node:test'
import assert from 'node:assert/strict'
import { FixedWindowLimiter, rateLimitHeaders } from './rate-limit'

test('allows max requests per window per client, then refuses until the window turns', () => {
  let now = 60_000 * 100 + 15_000
  const limiter = new FixedWindowLimiter(3, 60, () => now)
  const decisions = [1, 2, 3, 4].map(() => limiter.hit('a'))
  assert.deepEqual(decisions.map((d) => [d.allowed, d.remaining]), [[true, 2], [true, 1], [true, 0], [false, 0]])
  assert.equal(decisions[3].resetSeconds, 45)
  assert.equal(limiter.hit('b').allowed, true, 'another client has its own budget')
  now += 45_000
  assert.deepEqual([limiter.hit('a').allowed, limiter.hit('a').remaining], [true, 1])
})

test('headers follow the RateLimit header fields draft', () => {
  assert.deepEqual(rateLimitHeaders({ allowed: true, limit: 10, remaining: 4, resetSeconds: 7 }, 60), {
    'RateLimit-Limit': '10',
    'RateLimit-Remaining': '4',
    'RateLimit-Reset': '7',
    'RateLimit-Policy': '10;w=60',
  })
})

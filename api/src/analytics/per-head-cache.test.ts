import { test } from 'node:test'
import assert from 'node:assert/strict'
import { cachePer, PerHeadCache } from './per-head-cache'

test('a value is computed once per head and arguments, and again once a head moves', async () => {
  const cache = new PerHeadCache<string>(8)
  let computed = 0
  const compute = (v: string) => async () => `${v}#${++computed}`
  assert.equal(await cache.get('og:1|base:1', 'DAY', compute('a')), 'a#1')
  assert.equal(await cache.get('og:1|base:1', 'DAY', compute('a')), 'a#1')
  assert.equal(await cache.get('og:1|base:1', 'WEEK', compute('b')), 'b#2')
  assert.equal(await cache.get('og:2|base:1', 'DAY', compute('a')), 'a#3')
  // the old head's entries went with it
  assert.equal(cache.size(), 1)
})

test('requests arriving while the first computes share its work', async () => {
  const cache = new PerHeadCache<number>(8)
  let calls = 0
  let release!: (n: number) => void
  const slow = () => {
    calls++
    return new Promise<number>((r) => (release = r))
  }
  const first = cache.get('h', 'k', slow)
  const second = cache.get('h', 'k', slow)
  release(42)
  assert.deepEqual(await Promise.all([first, second]), [42, 42])
  assert.equal(calls, 1)
})

test('a failure is not kept: the next request computes again', async () => {
  const cache = new PerHeadCache<number>(8)
  await assert.rejects(
    cache.get('h', 'k', async () => Promise.reject(new Error('db down'))),
    /db down/,
  )
  assert.equal(await cache.get('h', 'k', async () => 7), 7)
})

test('the oldest entry makes room when the cache is full', async () => {
  const cache = new PerHeadCache<string>(2)
  await cache.get('h', 'a', async () => 'a1')
  await cache.get('h', 'b', async () => 'b1')
  await cache.get('h', 'c', async () => 'c1')
  assert.equal(cache.size(), 2)
  assert.equal(await cache.get('h', 'a', async () => 'a2'), 'a2')
  assert.equal(await cache.get('h', 'c', async () => 'c2'), 'c1')
})

test('each owner (API instance) has its own cache', async () => {
  const cacheOf = cachePer<object, string>(4)
  const one = {}
  const two = {}
  assert.equal(cacheOf(one), cacheOf(one))
  await cacheOf(one).get('h', 'k', async () => 'from one')
  assert.equal(await cacheOf(two).get('h', 'k', async () => 'from two'), 'from two')
})

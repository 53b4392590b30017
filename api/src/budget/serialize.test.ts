import { test } from 'node:test'
import assert from 'node:assert/strict'
import { serializeInSlices } from './serialize'

function randomTree(depth: number, seed: { n: number }): unknown {
  const r = () => (seed.n = (seed.n * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  if (depth === 0) return [null, true, 42, -1.5, 'a"b\\c\u2028', ''][Math.floor(r() * 6)]
  if (r() < 0.4) return Array.from({ length: Math.floor(r() * 5) }, () => randomTree(depth - 1, seed))
  const o: Record<string, unknown> = {}
  for (let i = 0; i < Math.floor(r() * 5); i++) o[`k${i}"`] = randomTree(depth - 1, seed)
  if (r() < 0.2) o.skipped = undefined
  return o
}

test('the sliced JSON is exactly JSON.stringify', async () => {
  for (let s = 1; s < 60; s++) {
    const tree = randomTree(5, { n: s })
    assert.equal(await serializeInSlices(tree, { maxChars: 1e9, sliceMs: 0 }), JSON.stringify(tree))
  }
  const answer = { inferences: Array.from({ length: 300 }, (_, i) => ({ id: `i${i}`, status: 'VALID', settlement: { id: `s${i}`, tee: null } })) }
  assert.equal(await serializeInSlices(answer, { maxChars: 1e9, sliceMs: 1 }), JSON.stringify(answer))
})

test('a large answer yields to other work between slices', async () => {
  const big = { rows: Array.from({ length: 200_000 }, (_, i) => ({ id: i, text: 'x'.repeat(20), nested: { a: [i, i + 1] } })) }
  let ranBeforeTheEnd = 0
  const timer = setInterval(() => ranBeforeTheEnd++, 0)
  const text = await serializeInSlices(big, { maxChars: 1e9, sliceMs: 2 })
  clearInterval(timer)
  assert.equal(text.length, JSON.stringify(big).length)
  assert.ok(ranBeforeTheEnd > 0, 'a timer ran while the answer was being built')
})

test('the size limit stops the work as soon as it is passed, with RESPONSE_TOO_LARGE', async () => {
  let visited = 0
  const rows = Array.from({ length: 100_000 }, (_, i) => ({
    get id() {
      visited++
      return i
    },
    text: 'y'.repeat(50),
  }))
  await assert.rejects(serializeInSlices({ rows }, { maxChars: 10_000, sliceMs: 5 }), (e: any) => e.extensions?.code === 'RESPONSE_TOO_LARGE')
  assert.ok(visited < 1000, `stopped after ${visited} of 100000 rows`)
})

test('a spent time budget stops serialisation between slices', async () => {
  const rows = Array.from({ length: 100_000 }, (_, i) => ({ id: i, more: [i] }))
  let checks = 0
  const checkTime = () => {
    if (++checks > 2) throw Object.assign(new Error('spent'), { spent: true })
  }
  await assert.rejects(serializeInSlices({ rows }, { maxChars: 1e9, sliceMs: 0, checkTime }), (e: any) => e.spent === true)
})

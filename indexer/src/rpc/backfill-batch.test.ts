import assert from 'node:assert/strict'
import fs from 'node:fs'
import { test } from 'node:test'
import { setBackfillBatchBlocks } from './backfill-batch'

// eslint-disable-next-line @typescript-eslint/no-require-imports
const ingest = require('@subsquid/util-internal-ingest-tools')

/** The ranges the library's cold ingest hands out for blocks 0..to when asked for `splitSize`. */
async function splits(splitSize: number, to: number): Promise<[number, number][]> {
  const seen: [number, number][] = []
  const batches = ingest.coldIngest({
    getFinalizedHeight: async () => to,
    getSplit: async (split: { range: { from: number; to: number } }) => {
      seen.push([split.range.from, split.range.to])
      return []
    },
    requests: [{ range: { from: 0, to }, request: {} }],
    splitSize,
    concurrency: 1,
    stopOnHead: true,
  })
  for await (const _ of batches) void _
  return seen
}

/** Splits must tile 0..to with no gap or overlap; returns their sizes. */
function sizes(ranges: [number, number][], to: number): number[] {
  let next = 0
  for (const [from, end] of ranges) {
    assert.equal(from, next, `split ${from}..${end} leaves a gap or overlaps`)
    next = end + 1
  }
  assert.equal(next, to + 1)
  return ranges.map(([from, end]) => end - from + 1)
}

test('a larger backfill batch reaches the library the processor calls', async () => {
  assert.equal(setBackfillBatchBlocks(100).installed, true)
  const big = sizes(await splits(10, 249), 249)
  assert.equal(big.length, 3)
  assert.ok(
    big.every((n) => n > 10 && n <= 100),
    `sizes ${big}`,
  )
  // installing again replaces the size rather than wrapping the wrapper
  assert.equal(setBackfillBatchBlocks(50).installed, true)
  const smaller = sizes(await splits(10, 249), 249)
  assert.equal(smaller.length, 5)
  assert.ok(
    smaller.every((n) => n <= 50),
    `sizes ${smaller}`,
  )
  // a library asking for more than the setting keeps its own size
  assert.equal(sizes(await splits(125, 249), 249).length, 2)
})

test('the evm-processor client reads coldIngest from the module at call time', () => {
  // If this changes, setBackfillBatchBlocks would silently stop working: fail here instead.
  const client = fs.readFileSync(require.resolve('@subsquid/evm-processor/lib/ds-rpc/client.js'), 'utf8')
  assert.match(client, /\(0, util_internal_ingest_tools_1\.coldIngest\)\(/)
})

test('a size that is not a positive whole number is refused', () => {
  assert.throws(() => setBackfillBatchBlocks(0), /positive whole number/)
  assert.throws(() => setBackfillBatchBlocks(2.5), /positive whole number/)
})

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createIndexerMetrics } from './metrics'
import { createProgress, formatDuration, progressLine } from './progress'

test('durations read as people say them', () => {
  assert.equal(formatDuration(45.4), '45 s')
  assert.equal(formatDuration(192), '3 min 12 s')
  assert.equal(formatDuration(7_500), '2 h 5 min')
  assert.equal(formatDuration(Infinity), 'unknown')
})

test('a progress line gives position, lag, speed, ETA and the last batch with units', () => {
  const line = progressLine(
    'og',
    { block: 1_000, head: 5_000, target: 5_000 },
    { blocks: 500, events: 12_000, seconds: 10 },
    { firstBlock: 801, lastBlock: 1_000, events: 2_400, phases: { read: 0.2, write: 0.15 } },
  )
  assert.equal(
    line,
    '[og] block 1,000 of 5,000 · head lag 4,000 blocks · 1,200 events/s · 50 blocks/s · ETA 1 min 20 s · last batch 200 blocks, 2,400 events (read 0.20, write 0.15 s)',
  )
  assert.match(
    progressLine('base', { block: 10, head: 10, target: 10 }, { blocks: 0, events: 0, seconds: 0 }, { firstBlock: 10, lastBlock: 10, events: 0, phases: {} }),
    /at head/,
  )
})

test("reports are throttled to the interval, always printed at a bounded run's last block, and feed the metrics", async () => {
  const m = createIndexerMetrics()
  let clock = 0
  const lines: string[] = []
  let heads = 0
  const report = createProgress({
    chain: 'base',
    head: async () => (++heads, 900),
    toBlock: 300,
    intervalMs: 10_000,
    print: (l) => lines.push(l),
    now: () => clock,
  })
  clock = 1_000
  await report({ firstBlock: 1, lastBlock: 100, events: 50, phases: { write: 0.1 } })
  clock = 2_000
  await report({ firstBlock: 101, lastBlock: 200, events: 70, phases: { write: 0.3 } })
  assert.equal(lines.length, 0)
  assert.equal(heads, 0)
  clock = 12_000
  await report({ firstBlock: 201, lastBlock: 250, events: 10, phases: { write: 0.2 } })
  assert.equal(lines.length, 1)
  // 250 blocks and 130 events in the 12 s since the start
  assert.match(lines[0], /block 250 of 300 · head lag 650 blocks · 11 events\/s · 21 blocks\/s/)
  clock = 13_000
  await report({ firstBlock: 251, lastBlock: 300, events: 5, phases: { write: 0.1 } })
  assert.equal(lines.length, 2)
  assert.match(lines[1], /block 300 of 300 .* target block reached/)
  const events = await m.events.get()
  assert.equal(events.values.find((v) => v.labels.chain === 'base')?.value, 135)
  const lag = await m.headLag.get()
  assert.equal(lag.values.find((v) => v.labels.chain === 'base')?.value, 600)
})

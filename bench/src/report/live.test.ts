import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readResultIfPresent, writeResult } from '../results/files'
import { liveResultSchema, summarySchema, type LiveResult, type Machine, type Summary } from '../results/schema'
import { renderBenchmarks } from './markdown'
import { reportRows } from './rows'
import { LIMITS, MEASURED_ELSEWHERE, TARGETS } from './targets'

const machine: Machine = {
  cores: 2,
  cpuModel: 'Test CPU',
  memoryGiB: 24,
  node: '20.20.2',
  platform: 'linux 6.1',
  loadAverage: [1, 1, 1],
  date: '2026-12-03T13:00:00.000Z',
}

/** A live result shaped like bench:live writes it: the stages are differences of the medians. */
function live(browserMedianMs: number): LiveResult {
  const indexed = { medianMs: 480, p95Ms: 910, maxMs: 1_020 }
  const sse = { medianMs: 640, p95Ms: 1_130, maxMs: 1_250 }
  const browser = { medianMs: browserMedianMs, p95Ms: browserMedianMs + 400, maxMs: browserMedianMs + 600 }
  return {
    machine,
    startedAt: '2026-12-03T12:58:00.000Z',
    events: 20,
    latency: { indexed, sse, browser },
    stagesMedianMs: { indexer: indexed.medianMs, apiPush: sse.medianMs - indexed.medianMs, browserRefetch: browserMedianMs - sse.medianMs },
    idle: { subscribers: 1_000, apiRssBeforeMb: 150.5, apiRssAfterMb: 171.25, kbPerSubscriber: ((171.25 - 150.5) * 1024) / 1_000 },
    settings: { livePollMs: 250, processorHeadPollMs: 1_000 },
  }
}

function summary(liveResult: LiveResult | null): Summary {
  return summarySchema.parse({
    kind: 'summary',
    machine,
    startedAt: '2026-12-03T12:50:00.000Z',
    command: 'npm run bench:report',
    index: null,
    mainnetBlocks: null,
    seed: null,
    api: null,
    web: null,
    live: liveResult,
  })
}

const liveLines = (md: string) => md.split('\n').filter((l) => l.startsWith('| live'))
const cells = (line: string) =>
  line
    .split('|')
    .slice(1, -1)
    .map((c) => c.trim())
const status = (line: string) => cells(line).at(-1)
const n = (x: number, digits = 0) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })

test('the block-to-browser row carries median, p95 and max and is judged against the 1 s median of issue 17', () => {
  const input = live(820)
  const md = renderBenchmarks(summary(input))
  const browser = liveLines(md).find((l) => l.startsWith('| live, block to browser'))!
  const b = input.latency.browser
  assert.equal(cells(browser)[2], `${n(b.medianMs)} ms; ${n(b.p95Ms)} ms; ${n(b.maxMs)} ms`)
  assert.ok(cells(browser)[1].includes(`${input.events} blocks`))
  assert.equal(cells(browser)[3], TARGETS.liveLatency.text)
  assert.equal(status(browser), 'met')

  const slow = renderBenchmarks(summary(live(1_350)))
  assert.equal(status(liveLines(slow).find((l) => l.startsWith('| live, block to browser'))!), '**MISSED**')
  assert.match(slow, /1 row misses its target/)
  // exactly at the limit is not under it
  assert.equal(LIMITS.liveBrowserMedianMs, 1_000)
  assert.equal(status(liveLines(renderBenchmarks(summary(live(1_000)))).find((l) => l.startsWith('| live, block to browser'))!), '**MISSED**')
})

test('each stage and the idle subscribers appear with their units and no verdict', () => {
  const input = live(820)
  const lines = liveLines(renderBenchmarks(summary(input)))
  assert.equal(lines.length, 5)
  const byName = (start: string) => lines.find((l) => l.startsWith(`| ${start}`))!
  const pg = byName('live, block to the row in Postgres')
  assert.equal(
    cells(pg)[2].split(' (')[0],
    `${n(input.latency.indexed.medianMs)} ms; ${n(input.latency.indexed.p95Ms)} ms; ${n(input.latency.indexed.maxMs)} ms`,
  )
  assert.ok(pg.includes('every 1,000 ms'))
  const sse = byName('live, block to an SSE client')
  assert.ok(cells(sse)[2].startsWith(`${n(input.latency.sse.medianMs)} ms; ${n(input.latency.sse.p95Ms)} ms`))
  assert.ok(sse.includes('every 250 ms'))
  // the stages add up to the browser median
  const stages = byName('live, where the browser median goes')
  const stageMs = cells(stages)[2]
    .split(' (')[0]
    .split('; ')
    .map((f) => Number(f.replace(/ ms$/, '').replace(/,/g, '')))
  assert.equal(
    stageMs.reduce((a, x) => a + x, 0),
    input.latency.browser.medianMs,
  )
  const idle = byName('live, idle subscribers')
  const kb = ((input.idle.apiRssAfterMb - input.idle.apiRssBeforeMb) * 1024) / input.idle.subscribers
  assert.ok(cells(idle)[2].startsWith(`${n(input.idle.subscribers)} subscribers; ${n(150.5)} MB; ${n(171.25)} MB; ${n(kb, 1)} KB`), cells(idle)[2])
  // issue 17 sets no number for memory: no target, no verdict
  assert.equal(cells(idle)[3], '—')
  for (const line of [pg, sse, stages, idle]) assert.equal(status(line), '')
})

test('without live.json the report says the live benchmark did not run, and no longer lists it as measured elsewhere', () => {
  const md = renderBenchmarks(summary(null))
  const lines = liveLines(md)
  assert.equal(lines.length, 1)
  assert.equal(status(lines[0]), 'not run')
  assert.ok(cells(lines[0])[3].includes(TARGETS.liveLatency.text))
  assert.ok(!md.includes('not measured yet'))
  assert.ok(!MEASURED_ELSEWHERE.some((t) => t.source === 'issue 17'))
  assert.ok(reportRows(summary(null)).every((r) => r.status !== 'met'))
})

test('a summary written before the live benchmark was in the report still reads, as not run', () => {
  const old = {
    kind: 'summary',
    machine,
    startedAt: machine.date,
    command: 'npm run bench',
    index: null,
    mainnetBlocks: null,
    seed: null,
    api: null,
    web: null,
  }
  assert.equal(summarySchema.parse(old).live, null)
})

test('live.json round-trips through the result files, and an absent one reads as null', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-live-'))
  try {
    const file = path.join(dir, 'live.json')
    assert.equal(readResultIfPresent(file, liveResultSchema), null)
    const input = live(700)
    writeResult(file, liveResultSchema, input)
    assert.deepEqual(readResultIfPresent(file, liveResultSchema), input)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})

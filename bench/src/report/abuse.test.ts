import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { CaseResult } from '@og-explorer/testkit/lib/faults/report'
import { abuseResultSchema, summarySchema } from '../results/schema'
import { renderBenchmarks } from './markdown'
import { abuseRow, reportRows } from './rows'
import { fillFromEarlier, resultDates } from './summary'
import { LIMITS } from './targets'

// rows as the fault runner writes them (typed by the testkit's own CaseResult, so a change there breaks this)
const attack = (name: string, figures: Record<string, number>, result: CaseResult['result'] = 'PASS'): CaseResult => ({
  name: `abuse: ${name}`,
  result,
  recoverSeconds: null,
  rowsCompared: 0,
  notes: '…',
  figures,
})
const run = (results: CaseResult[]) =>
  abuseResultSchema.parse(
    JSON.parse(JSON.stringify({ short: false, only: ['abuse'], seed: null, seconds: 44, finishedAt: '2026-12-03T16:00:00.000Z', results })),
  )

const healthy = () => [
  attack('aliases', { healthP99Ms: 22, steadyP99Ms: 40, slowestRejectionMs: 17, processReplaced: 0 }),
  attack('burst', { healthP99Ms: 61, steadyP99Ms: 30, processReplaced: 0 }),
  attack('exports', { healthP99Ms: 49, steadyP99Ms: 208, processReplaced: 0 }),
  // the closing row has no figures and is no attack
  { name: 'abuse: afterwards', result: 'PASS' as const, recoverSeconds: null, rowsCompared: 100, notes: '/readyz 200' },
]

test('the worst figure of each kind over the attacks, and the attack it came from', () => {
  const row = abuseRow(run(healthy()))
  assert.deepEqual(
    row.measured.map((f) => f.value),
    [61, 208, 17, 0],
  )
  assert.match(row.note ?? '', /3 attacks of the full set/)
  assert.match(row.note ?? '', /\/healthz worst in "burst"/)
  assert.match(row.note ?? '', /analyst worst in "exports"/)
  assert.equal(row.status, 'met')
})

test('one figure over its limit, a replaced process or a failed attack misses the target', () => {
  const over = healthy()
  over[1].figures!.healthP99Ms = LIMITS.attackHealthP99Ms
  assert.equal(abuseRow(run(over)).status, 'missed')
  const slowRejection = healthy()
  slowRejection[0].figures!.slowestRejectionMs = LIMITS.attackRejectionMs + 1
  assert.equal(abuseRow(run(slowRejection)).status, 'missed')
  const restarted = healthy()
  restarted[2].figures!.processReplaced = 1
  assert.equal(abuseRow(run(restarted)).status, 'missed')
  const failed = healthy()
  failed[0].result = 'FAIL'
  const row = abuseRow(run(failed))
  assert.equal(row.status, 'missed')
  assert.match(row.note ?? '', /failed: abuse: aliases/)
})

test('a p99 with nothing measured (NaN, written as null) cannot meet the target', () => {
  const rows = healthy()
  rows[0].figures!.steadyP99Ms = Number.NaN
  const only = run([rows[0]])
  assert.equal(only.results[0].figures?.steadyP99Ms, null)
  assert.equal(abuseRow(only).status, 'missed')
})

test('the report carries the row, and says "not run" without the result', () => {
  const base = { kind: 'summary', machine: { cores: 2, cpuModel: 'x', memoryGiB: 1, node: '20', platform: 'linux', loadAverage: [0, 0, 0], date: 'd' } }
  const empty = summarySchema.parse({ ...base, startedAt: 's', command: 'npm run bench', index: null, mainnetBlocks: null, seed: null, api: null, web: null })
  assert.equal(reportRows(empty).find((r) => r.targets.includes('apiUnderAttack'))?.status, 'not run')
  const summary = { ...empty, abuse: run(healthy()) }
  assert.equal(reportRows(summary).find((r) => r.targets.includes('apiUnderAttack'))?.status, 'met')
  assert.match(renderBenchmarks(summary), /API under attack \(the fault suite’s abuse case\)/)
})

test('bench:report keeps the earlier summary’s benchmarks that have no result file now, and prefers a fresh one', () => {
  const machine = { cores: 2, cpuModel: 'x', memoryGiB: 1, node: '20', platform: 'linux', loadAverage: [0, 0, 0], date: 'd' }
  const base = { kind: 'summary', machine, startedAt: 's', command: 'c', index: null, mainnetBlocks: null, seed: null, api: null, web: null }
  const earlier = summarySchema.parse({ ...base, abuse: run(healthy()) })
  const fresh = summarySchema.parse(base)
  assert.deepEqual(fillFromEarlier(fresh, earlier).abuse, earlier.abuse)
  assert.equal(fillFromEarlier(fresh, null).abuse, null)
  const newer = run(healthy().slice(0, 1))
  assert.deepEqual(fillFromEarlier({ ...fresh, abuse: newer }, earlier).abuse, newer)
  assert.deepEqual(resultDates(fillFromEarlier(fresh, earlier)), ['2026-12-03T16:00:00.000Z'])
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { InferenceMode, VerificationStatus as S } from '../model'
import { addFlows, countInference, groupColumn, inferenceGroupId, newInferenceGroup, newOgDailyStat, newOgHourlyStat } from './aggregates'

const at = new Date('2026-06-03T17:45:00Z')

test('a group follows an inference from settlement through its verdict', () => {
  const inference = { timestamp: at, teeId: '0xtee', mode: InferenceMode.TEE }
  const group = newInferenceGroup(inference)
  assert.equal(group.id, inferenceGroupId(inference))
  assert.equal(group.id, '2026-06-03|0xtee|TEE')
  assert.equal(group.date.toISOString(), '2026-06-03T00:00:00.000Z')
  countInference(group, S.PENDING)
  countInference(group, S.PENDING)
  countInference(group, S.VERIFIED, S.PENDING)
  countInference(group, S.MISSING, S.PENDING)
  assert.deepEqual([group.inferences, group.verified, group.invalid, group.pending, group.unverifiable], [2, 1, 1, 0, 0])
})

test('no TEE is the empty key, and every failed verdict counts as invalid', () => {
  assert.equal(inferenceGroupId({ timestamp: at, teeId: undefined, mode: InferenceMode.UNKNOWN }), '2026-06-03||UNKNOWN')
  assert.deepEqual([S.PARTIAL, S.INVALID, S.MISSING].map(groupColumn), ['invalid', 'invalid', 'invalid'])
  assert.deepEqual([S.VERIFIED, S.PENDING, S.UNVERIFIABLE].map(groupColumn), ['verified', 'pending', 'unverifiable'])
})

test('flows add to the day and to the hour alike', () => {
  const day = newOgDailyStat(at.getTime())
  const hour = newOgHourlyStat(at.getTime())
  for (const row of [day, hour]) {
    addFlows(row, { settlements: 1, inferencesSettled: 8, batchInferences: 8 })
    addFlows(row, { inferencesVerified: 7, inferencesFailed: 1 })
  }
  assert.equal(hour.id, '2026-06-03T17')
  assert.equal(hour.hour.toISOString(), '2026-06-03T17:00:00.000Z')
  for (const row of [day, hour])
    assert.deepEqual([row.settlements, row.inferencesSettled, row.batchInferences, row.inferencesVerified, row.inferencesFailed], [1, 8, 8, 7, 1])
})

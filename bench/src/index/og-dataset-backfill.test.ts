/**
 * OG backfilled from a synthetic dataset through the gateway path, with no chain behind it: 100 days
 * of the small scale (settlements with faults, TEE lifecycle, staking with a slash and a jail) are
 * written without anvil, served with their blobs and recorded state, indexed into a fresh Postgres,
 * and every OG table is held to the dataset's blocks, its recorded state and the simulator's ground truth.
 */
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { readGroundTruth, SCALES } from '@og-explorer/devnet'
import { generateDatasets } from '@og-explorer/devnet/lib/synth/write-base'
import { query, stopTestPostgres } from '../util/test-stack'
import { backfillDataset, type DatasetBackfill } from './dataset-backfill'
import { readOgDatasetFacts } from './og-dataset-facts'
import { compareOgWithDataset } from './og-dataset-truth'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-og-dataset-backfill-test-'))
const ogDir = path.join(dir, 'og')
let backfill: DatasetBackfill

before(async () => {
  await generateDatasets({ ogDir, scale: SCALES.small, seed: 5, end: Date.UTC(2026, 6, 30) / 1000, faultRate: 0.05, overwrite: true })
  backfill = await backfillDataset(ogDir, { chain: 'og' })
})

after(async () => {
  await stopTestPostgres()
  fs.rmSync(dir, { recursive: true, force: true })
})

test('the OG processor indexes every block of the dataset through the gateway and exits', () => {
  assert.equal(backfill.run.code, 0, backfill.run.tail)
  assert.ok(backfill.events > 1000, `${backfill.events} events`)
  assert.ok(backfill.served.gatewayQueries > 0, 'the blocks came through the gateway')
  assert.ok(backfill.served.blobs!.served > 100, `${backfill.served.blobs!.served} blobs fetched`)
})

test('its state reads are answered from the recorded state, and nothing it asked was refused', () => {
  assert.deepEqual(backfill.served.rpcRefused, {})
  for (const method of Object.keys(backfill.served.rpcAsked))
    assert.ok(['eth_chainId', 'eth_blockNumber', 'eth_getBlockByNumber', 'net_version', 'eth_call'].includes(method), method)
  for (const read of ['getTEE', 'heartbeatMaxAge', 'validator', 'delegation']) assert.ok((backfill.served.stateReads![read] ?? 0) > 0, `${read} read`)
})

test('every OG table equals the dataset’s blocks, its recorded state and its ground truth, every fault caught', () => {
  assert.deepEqual(backfill.truth.mismatches, [])
  assert.ok(backfill.truth.rowsCompared > 300, `${backfill.truth.rowsCompared} values compared`)
})

test('the comparison finds a missing batch settlement and a validator left unjailed', async () => {
  const [batch] = await query<{ id: string }>(backfill.dbUrl, `select id from settlement where kind = 'BATCH' order by id limit 1`)
  await query(backfill.dbUrl, 'delete from inference where settlement_id = $1', [batch.id])
  await query(backfill.dbUrl, 'delete from settlement where id = $1', [batch.id])
  await query(backfill.dbUrl, 'update validator set jailed = not jailed where id = (select id from validator order by id limit 1)')
  const { mismatches } = await compareOgWithDataset(backfill.dbUrl, await readOgDatasetFacts(ogDir), readGroundTruth(path.join(ogDir, 'ground-truth.json')))
  const named = (label: string) => mismatches.filter((m) => m.startsWith(label)).length
  assert.equal(named('settlements BATCH: rows'), 1, mismatches.join('\n'))
  assert.equal(named('settlements BATCH: digest'), 1, mismatches.join('\n'))
  assert.ok(
    mismatches.some((m) => /^validator 0x[0-9a-f]+ jailed/.test(m)),
    mismatches.join('\n'),
  )
  assert.equal(named('settlements INDIVIDUAL'), 0, mismatches.join('\n'))
})

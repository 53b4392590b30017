/**
 * Base backfilled from a synthetic dataset through the gateway path, with no chain behind it: three
 * weeks of the small scale are written without anvil, served, indexed into a fresh Postgres, and
 * every Base table is held to the dataset's blocks and the simulator's ground truth.
 */
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { SCALES } from '@og-explorer/devnet'
import { generateBaseDataset } from '@og-explorer/devnet/lib/synth/write-base'
import { readGroundTruth } from '@og-explorer/devnet'
import { query, stopTestPostgres } from '../util/test-stack'
import { backfillDataset, type DatasetBackfill } from './dataset-backfill'
import { readDatasetFacts, ZERO_ADDRESS } from './dataset-facts'
import { compareWithDataset } from './dataset-truth'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-dataset-backfill-test-'))
let backfill: DatasetBackfill

before(async () => {
  await generateBaseDataset({ dir: path.join(dir, 'base'), scale: SCALES.small, seed: 5, end: Date.UTC(2026, 4, 12) / 1000, overwrite: true })
  backfill = await backfillDataset(path.join(dir, 'base'))
})

after(async () => {
  await stopTestPostgres()
  fs.rmSync(dir, { recursive: true, force: true })
})

test('the processor indexes every block of the dataset and exits', () => {
  assert.equal(backfill.run.code, 0, backfill.run.tail)
  assert.ok(backfill.events > 1000, `${backfill.events} events`)
  assert.ok(backfill.served.gatewayQueries > 0, 'the blocks came through the gateway')
})

test('the node it needs answers only the chain id, the head and headers: nothing was refused', () => {
  assert.deepEqual(backfill.served.rpcRefused, {})
  assert.ok(backfill.served.rpcAsked.eth_chainId >= 1)
  for (const method of Object.keys(backfill.served.rpcAsked))
    assert.ok(['eth_chainId', 'eth_blockNumber', 'eth_getBlockByNumber', 'net_version'].includes(method), method)
})

test('every Base table equals the dataset’s blocks and its ground truth', () => {
  assert.deepEqual(backfill.truth.mismatches, [])
  assert.ok(backfill.truth.rowsCompared > 50, `${backfill.truth.rowsCompared} values compared`)
})

test('the comparison finds one wrong balance and one missing payment', async () => {
  const base = path.join(dir, 'base')
  await query(backfill.dbUrl, `update account set balance = balance + 1 where id = (select id from account where id <> $1 order by id limit 1)`, [ZERO_ADDRESS])
  await query(backfill.dbUrl, 'delete from payment where id = (select id from payment order by id limit 1)')
  const { mismatches } = await compareWithDataset(backfill.dbUrl, await readDatasetFacts(base), readGroundTruth(path.join(base, 'ground-truth.json')))
  const named = (label: string) => mismatches.filter((m) => m.startsWith(label)).length
  assert.equal(named('accounts: digest'), 1, mismatches.join('\n'))
  assert.equal(named('payments: rows'), 1, mismatches.join('\n'))
  assert.equal(named('payments (ground truth)'), 1, mismatches.join('\n'))
  assert.equal(named('transfers'), 0, mismatches.join('\n'))
})

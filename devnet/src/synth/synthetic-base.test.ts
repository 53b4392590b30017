/**
 * The synthetic Base history against the anvil one, on one devnet: its deployment blocks are read,
 * the same seed is written synthetically (no anvil), then simulated on anvil and recorded; the two
 * datasets must hold the same blocks, transactions and logs.
 */
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DatasetReader } from '../dataset/reader'
import { recordDataset } from '../dataset/recorder'
import type { DatasetBlock } from '../dataset/format'
import type { GroundTruth } from '../sim/ground-truth'
import { SCALES } from '../sim/scales'
import { simulate } from '../sim/simulate'
import { startTestDevnet } from '../testing/devnet'
import { readDeployPrefix } from './deploy-prefix'
import { writeSyntheticBase, type SyntheticBaseResult } from './write-base'

// Three weeks from TGE: the pool's seeding, weekly releases, a bridge transfer, grants, claims, swaps, payments and
// background tokens all occur; short enough that anvil's part stays within a light test's time.
const END = Date.UTC(2026, 4, 12) / 1000
const OPTIONS = { scale: SCALES.small, seed: 11, end: END, faultRate: 0.02, background: 2 }

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-synth-test-'))
let devnet: Awaited<ReturnType<typeof startTestDevnet>> | undefined
let synthetic: SyntheticBaseResult
let anvilTruth: GroundTruth
let synthBlocks: DatasetBlock[]
let anvilBlocks: DatasetBlock[]
let deployHead: number

before(async () => {
  devnet = await startTestDevnet()
  const prefix = await readDeployPrefix(devnet.base.url, devnet.og.url, devnet.deployments)
  deployHead = prefix.blocks.length - 1
  synthetic = await writeSyntheticBase(prefix, devnet.deployments, { ...OPTIONS, dir: path.join(dir, 'synthetic') })
  ;({ truth: anvilTruth } = await simulate({ deployments: devnet.deployments, og: devnet.ogWriter, base: devnet.baseWriter, blobs: devnet.blobStore }, OPTIONS))
  await recordDataset(devnet.base.url, path.join(dir, 'anvil'))
  const read = async (name: string) => {
    const reader = DatasetReader.open(path.join(dir, name))
    return reader.blocks(0, reader.manifest.height)
  }
  ;[synthBlocks, anvilBlocks] = await Promise.all([read('synthetic'), read('anvil')])
})

after(async () => {
  await devnet?.dispose()
  fs.rmSync(dir, { recursive: true, force: true })
})

test('the synthetic dataset holds the same blocks as the anvil one, with the same timestamps and transaction counts', () => {
  assert.equal(synthBlocks.length, anvilBlocks.length, 'blocks')
  assert.ok(synthBlocks.length > deployHead + 100, `${synthBlocks.length} blocks`)
  for (const [i, a] of anvilBlocks.entries()) {
    const s = synthBlocks[i]
    assert.equal(s.header.number, a.header.number)
    assert.equal(s.header.timestamp, a.header.timestamp, `block ${i} timestamp`)
    assert.equal(s.transactions.length, a.transactions.length, `block ${i} transactions`)
    if (i > 0) assert.equal(s.header.parentHash, synthBlocks[i - 1].header.hash, `block ${i} parent`)
  }
  // the deployment blocks are anvil's own, byte for byte
  assert.deepEqual(synthBlocks.slice(0, deployHead + 1), anvilBlocks.slice(0, deployHead + 1))
})

test('every transaction has the same sender, nonce, target, calldata and outcome', () => {
  for (const [i, a] of anvilBlocks.entries()) {
    for (const [j, at] of a.transactions.entries()) {
      const st = synthBlocks[i].transactions[j]
      const where = `block ${i} tx ${j}`
      assert.deepEqual([st.from, st.nonce, st.to, st.input], [at.from, at.nonce, at.to, at.input], where)
      const [sr, ar] = [synthBlocks[i].receipts![j], a.receipts![j]]
      assert.deepEqual([sr.status, sr.contractAddress ?? null], [ar.status, ar.contractAddress ?? null], `${where} receipt`)
    }
  }
})

test('every log is the same, byte for byte: block, log index, transaction index, address, topics and data', () => {
  const key = (b: DatasetBlock) => b.logs.map((l) => JSON.stringify([b.header.number, l.logIndex, l.transactionIndex, l.address, l.topics, l.data]))
  const synthLogs = synthBlocks.flatMap(key)
  const anvilLogs = anvilBlocks.flatMap(key)
  assert.ok(anvilLogs.length > 5000, `${anvilLogs.length} logs`)
  for (let i = 0; i < Math.max(synthLogs.length, anvilLogs.length); i++) assert.equal(synthLogs[i], anvilLogs[i], `log ${i}`)
  assert.equal(synthetic.logs + synthBlocks.slice(0, deployHead + 1).reduce((n, b) => n + b.logs.length, 0), anvilLogs.length)
})

test('the ground truth of both runs agrees on Base: events, payments, paying wallets and background', () => {
  assert.deepEqual(synthetic.truth.chains.base.events, anvilTruth.chains.base.events)
  assert.equal(synthetic.truth.chains.base.transactions, anvilTruth.chains.base.transactions)
  assert.deepEqual(synthetic.truth.payments, anvilTruth.payments)
  assert.deepEqual(synthetic.truth.background, anvilTruth.background)
  for (const name of [
    'Swap(address,address,int256,int256,uint160,uint128,int24)',
    'Claim(uint256,address,uint128)',
    'ERC20Released(address,uint256)',
    'Settled()',
  ])
    assert.ok((anvilTruth.chains.base.events[name] ?? 0) > 0, `${name} occurs`)
})

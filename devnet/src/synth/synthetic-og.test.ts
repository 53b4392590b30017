/**
 * The synthetic OG history against the anvil one, on one devnet: its deployment blocks are read, the
 * same seed is written synthetically (no anvil) into an OG dataset with its blobs, then simulated
 * on anvil and recorded; the two must hold the same blocks, transactions and logs, and the same blobs.
 */
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { FIXED_ADDRESSES } from '@og-explorer/common'
import { loadArtifact } from '@og-explorer/contracts'
import { encodeAbiParameters, encodeFunctionData, type Abi, type Hex } from 'viem'
import { JsonRpcClient } from '../chain/rpc'
import { startDatasetRpc } from '../dataset/head-rpc'
import { DatasetReader } from '../dataset/reader'
import { recordDataset } from '../dataset/recorder'
import type { DatasetBlock } from '../dataset/format'
import type { GroundTruth } from '../sim/ground-truth'
import { SCALES } from '../sim/scales'
import { simulate } from '../sim/simulate'
import { startTestDevnet } from '../testing/devnet'
import { readDeployPrefix } from './deploy-prefix'
import { writeSyntheticHistory, type SyntheticHistoryResult } from './write-history'

// 110 days from TGE: the legacy registry's retirement, the maintenance window, the commission hikes,
// the slash, jail and unjail, a validator joining late and the enclave upgrade all occur.
const END = Date.UTC(2026, 7, 9) / 1000
const OPTIONS = { scale: SCALES.small, seed: 5, end: END, faultRate: 0.05, background: 0 }

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-synth-og-test-'))
let devnet: Awaited<ReturnType<typeof startTestDevnet>> | undefined
let synthetic: SyntheticHistoryResult
let anvilTruth: GroundTruth
let synthBlocks: DatasetBlock[]
let anvilBlocks: DatasetBlock[]
let deployHead: number

before(async () => {
  devnet = await startTestDevnet()
  const prefix = await readDeployPrefix(devnet.base.url, devnet.og.url, devnet.deployments)
  deployHead = prefix.og.blocks.length - 1
  synthetic = await writeSyntheticHistory(prefix, devnet.deployments, { ...OPTIONS, ogDir: path.join(dir, 'synthetic') })
  ;({ truth: anvilTruth } = await simulate({ deployments: devnet.deployments, og: devnet.ogWriter, base: devnet.baseWriter, blobs: devnet.blobStore }, OPTIONS))
  await recordDataset(devnet.og.url, path.join(dir, 'anvil'))
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

test('the synthetic OG dataset holds the same blocks as the anvil one, with the same timestamps and transaction counts', () => {
  assert.equal(synthBlocks.length, anvilBlocks.length, 'blocks')
  assert.ok(synthBlocks.length > deployHead + 600, `${synthBlocks.length} blocks`)
  for (const [i, a] of anvilBlocks.entries()) {
    const s = synthBlocks[i]
    assert.equal(s.header.number, a.header.number)
    assert.equal(s.header.timestamp, a.header.timestamp, `block ${i} timestamp`)
    assert.equal(s.transactions.length, a.transactions.length, `block ${i} transactions`)
    if (i > 0) assert.equal(s.header.parentHash, synthBlocks[i - 1].header.hash, `block ${i} parent`)
  }
  assert.deepEqual(synthBlocks.slice(0, deployHead + 1), anvilBlocks.slice(0, deployHead + 1))
})

test('every OG transaction has the same sender, nonce, target, calldata and outcome', () => {
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

test('every OG log is the same, byte for byte: block, log index, transaction index, address, topics and data', () => {
  const key = (b: DatasetBlock) => b.logs.map((l) => JSON.stringify([b.header.number, l.logIndex, l.transactionIndex, l.address, l.topics, l.data]))
  const synthLogs = synthBlocks.flatMap(key)
  const anvilLogs = anvilBlocks.flatMap(key)
  assert.ok(anvilLogs.length > 1000, `${anvilLogs.length} logs`)
  for (let i = 0; i < Math.max(synthLogs.length, anvilLogs.length); i++) assert.equal(synthLogs[i], anvilLogs[i], `log ${i}`)
  const names = Object.keys(anvilTruth.chains.og.events)
  for (const event of [
    'BatchSettlement',
    'IndividualSettlement',
    'HeartbeatReceived',
    'TEEDisabled',
    'PCRRevoked',
    'Delegate',
    'Unbond',
    'Redelegate',
    'ValidatorUnjailed',
  ])
    assert.ok(
      names.some((n) => n.startsWith(`${event}(`)),
      `${event} occurs`,
    )
})

test('the blob store holds the same blobs, byte for byte', () => {
  const list = (root: string) =>
    fs
      .readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.startsWith('.'))
      .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
      .sort()
  const synthRoot = path.join(dir, 'synthetic', 'blobs')
  const anvilRoot = devnet!.blobStore.dir
  const [synth, anvil] = [list(synthRoot), list(anvilRoot)]
  assert.ok(anvil.length > 100, `${anvil.length} blobs`)
  assert.deepEqual(synth, anvil)
  for (const file of anvil) assert.ok(fs.readFileSync(path.join(synthRoot, file)).equals(fs.readFileSync(path.join(anvilRoot, file))), file)
})

/** every read the OG indexer makes, for every TEE, validator and delegation the history names */
function indexerReads(blocks: DatasetBlock[]): { to: string; data: Hex }[] {
  const registry = loadArtifact('TEERegistry').abi as Abi
  const staking = loadArtifact('StakingPrecompile').abi as Abi
  const stakingAt = FIXED_ADDRESSES.stakingPrecompile
  const registries = [devnet!.deployments.chains.og.contracts.TEERegistryLegacy.address, devnet!.deployments.chains.og.contracts.TEERegistry.address]
  const teeIds = new Set<string>()
  const validators = new Set<string>()
  const pairs = new Set<string>()
  for (const b of blocks)
    for (const l of b.logs) {
      if (l.topics.length >= 2 && registries.includes(l.address)) teeIds.add(l.topics[1])
      if (l.address === stakingAt && l.topics.length >= 3) {
        const [delegator, validator] = [`0x${l.topics[1].slice(26)}`, `0x${l.topics[2].slice(26)}`]
        validators.add(validator)
        pairs.add(`${delegator}/${validator}`)
      }
      if (l.address === stakingAt && l.topics.length === 2) validators.add(`0x${l.topics[1].slice(26)}`)
    }
  const reads: { to: string; data: Hex }[] = []
  for (const to of registries) {
    reads.push({ to, data: encodeFunctionData({ abi: registry, functionName: 'heartbeatMaxAge' }) })
    for (const teeId of teeIds) reads.push({ to, data: encodeFunctionData({ abi: registry, functionName: 'getTEE', args: [teeId] }) })
  }
  for (const v of validators) reads.push({ to: stakingAt, data: encodeFunctionData({ abi: staking, functionName: 'validator', args: [v] }) })
  for (const pair of pairs) {
    const [delegator, validator] = pair.split('/')
    reads.push({ to: stakingAt, data: encodeFunctionData({ abi: staking, functionName: 'delegation', args: [delegator, validator] }) })
  }
  const page = { key: '0x', offset: 0n, limit: 3n, countTotal: true, reverse: false }
  reads.push({ to: stakingAt, data: encodeFunctionData({ abi: staking, functionName: 'validators', args: ['', page] }) })
  reads.push({ to: stakingAt, data: encodeFunctionData({ abi: staking, functionName: 'validators', args: ['BOND_STATUS_BONDED', { ...page, offset: 2n }] }) })
  return reads
}

test('the recorded state answers the OG indexer reads at past blocks as anvil does, one by one and in batch calls', async () => {
  const endpoint = await startDatasetRpc({ datasetDir: path.join(dir, 'synthetic') })
  const [ours, anvil] = [new JsonRpcClient(endpoint.url), new JsonRpcClient(devnet!.og.url)]
  try {
    const reads = indexerReads(anvilBlocks)
    assert.ok(reads.length > 100, `${reads.length} reads`)
    const code = loadArtifact('BatchReader').bytecode as string
    const batch = (list: typeof reads) =>
      `${code}${encodeAbiParameters([{ type: 'address[]' }, { type: 'bytes[]' }], [list.map((r) => r.to as Hex), list.map((r) => r.data)]).slice(2)}`
    const reply = async (client: JsonRpcClient, call: object, block: string) => {
      try {
        return { result: await client.call<string>('eth_call', [call, block]) }
      } catch (error) {
        return { reverted: JSON.stringify((error as any).data ?? (error as Error).message) }
      }
    }
    const height = anvilBlocks.length - 1
    for (let n = deployHead; n <= height; n += Math.floor((height - deployHead) / 9)) {
      const tag = `0x${n.toString(16)}`
      for (let i = 0; i < reads.length; i += 40) {
        const chunk = reads.slice(i, i + 40)
        assert.deepEqual(await reply(ours, { data: batch(chunk) }, tag), await reply(anvil, { data: batch(chunk) }, tag), `batch at block ${n}`)
      }
      if (n === height)
        for (const r of reads) assert.deepEqual((await reply(ours, r, tag)).result, (await reply(anvil, r, tag)).result, `${r.data.slice(0, 10)} at block ${n}`)
    }
    assert.deepEqual(endpoint.refused(), {})
  } finally {
    await Promise.all([ours.close(), anvil.close(), endpoint.close()])
  }
})

test('the ground truth of both runs agrees on OG: events, settled counts, faults and incidents', () => {
  assert.deepEqual(synthetic.truth.chains.og.events, anvilTruth.chains.og.events)
  assert.equal(synthetic.truth.chains.og.transactions, anvilTruth.chains.og.transactions)
  assert.deepEqual(synthetic.truth.settled, anvilTruth.settled)
  assert.deepEqual(synthetic.truth.faults, anvilTruth.faults)
  assert.deepEqual(synthetic.truth.staking, anvilTruth.staking)
})

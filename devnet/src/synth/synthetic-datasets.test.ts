/**
 * The synthetic Base and OG histories against anvil's, from one run of a seed both ways (both-ways.ts):
 * each chain's two datasets must hold the same blocks, transactions and logs, OG's the same blobs, and
 * OG's recorded state must answer the indexer's reads at past blocks as anvil does.
 */
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { loadArtifact } from '@og-explorer/contracts'
import { encodeAbiParameters, type Hex } from 'viem'
import { JsonRpcClient } from '../chain/rpc'
import { startDatasetRpc } from '../dataset/head-rpc'
import type { DatasetBlock } from '../dataset/format'
import { SCALES } from '../sim/scales'
import { runBothWays, type BothWays, type ChainBothWays } from './both-ways'
import { ogIndexerReads } from './og-indexer-reads'

// 110 days from TGE. On Base: the pool's seeding, weekly releases, a bridge transfer, grants, claims, swaps, payments
// and background tokens. On OG: the legacy registry's retirement, the maintenance window, the commission hikes, the
// slash, jail and unjail, a validator joining late and the enclave upgrade. All occur.
const END = Date.UTC(2026, 7, 9) / 1000
const OPTIONS = { scale: SCALES.small, seed: 5, end: END, faultRate: 0.05, background: 2 }

let run: BothWays | undefined

before(async () => {
  run = await runBothWays(OPTIONS)
})

after(async () => {
  await run?.dispose()
})

/** same block numbers, timestamps, transaction counts and parent links, more than `history` blocks past the deployment */
function assertSameBlocks({ synthBlocks, anvilBlocks, deployHead }: ChainBothWays, history: number) {
  assert.equal(synthBlocks.length, anvilBlocks.length, 'blocks')
  assert.ok(synthBlocks.length > deployHead + history, `${synthBlocks.length} blocks`)
  for (const [i, a] of anvilBlocks.entries()) {
    const s = synthBlocks[i]
    assert.equal(s.header.number, a.header.number)
    assert.equal(s.header.timestamp, a.header.timestamp, `block ${i} timestamp`)
    assert.equal(s.transactions.length, a.transactions.length, `block ${i} transactions`)
    if (i > 0) assert.equal(s.header.parentHash, synthBlocks[i - 1].header.hash, `block ${i} parent`)
  }
  // the deployment blocks are anvil's own, byte for byte
  assert.deepEqual(synthBlocks.slice(0, deployHead + 1), anvilBlocks.slice(0, deployHead + 1))
}

function assertSameTransactions({ synthBlocks, anvilBlocks }: ChainBothWays) {
  for (const [i, a] of anvilBlocks.entries()) {
    for (const [j, at] of a.transactions.entries()) {
      const st = synthBlocks[i].transactions[j]
      const where = `block ${i} tx ${j}`
      assert.deepEqual([st.from, st.nonce, st.to, st.input], [at.from, at.nonce, at.to, at.input], where)
      const [sr, ar] = [synthBlocks[i].receipts![j], a.receipts![j]]
      assert.deepEqual([sr.status, sr.contractAddress ?? null], [ar.status, ar.contractAddress ?? null], `${where} receipt`)
    }
  }
}

/** every log the same, byte for byte, and more than `least` of them; returns how many anvil's dataset holds */
function assertSameLogs({ synthBlocks, anvilBlocks }: ChainBothWays, least: number): number {
  const key = (b: DatasetBlock) => b.logs.map((l) => JSON.stringify([b.header.number, l.logIndex, l.transactionIndex, l.address, l.topics, l.data]))
  const synthLogs = synthBlocks.flatMap(key)
  const anvilLogs = anvilBlocks.flatMap(key)
  assert.ok(anvilLogs.length > least, `${anvilLogs.length} logs`)
  for (let i = 0; i < Math.max(synthLogs.length, anvilLogs.length); i++) assert.equal(synthLogs[i], anvilLogs[i], `log ${i}`)
  return anvilLogs.length
}

describe('Base', () => {
  test('the synthetic dataset holds the same blocks as the anvil one, with the same timestamps and transaction counts', () => {
    assertSameBlocks(run!.base, 100)
  })

  test('every transaction has the same sender, nonce, target, calldata and outcome', () => {
    assertSameTransactions(run!.base)
  })

  test('every log is the same, byte for byte: block, log index, transaction index, address, topics and data', () => {
    const { synthBlocks, deployHead } = run!.base
    const anvilLogs = assertSameLogs(run!.base, 5000)
    assert.equal(run!.synthetic.base!.logs + synthBlocks.slice(0, deployHead + 1).reduce((n, b) => n + b.logs.length, 0), anvilLogs)
  })

  test('the ground truth of both runs agrees on Base: events, payments, paying wallets and background', () => {
    const { synthetic, anvilTruth } = run!
    assert.deepEqual(synthetic.truth.chains.base.events, anvilTruth.chains.base.events)
    assert.equal(synthetic.truth.chains.base.transactions, anvilTruth.chains.base.transactions)
    assert.deepEqual(synthetic.truth.payments, anvilTruth.payments)
    assert.deepEqual(synthetic.truth.background, anvilTruth.background)
    assert.ok((anvilTruth.background?.transactions ?? 0) > 0, 'background transactions occur')
    for (const name of [
      'Swap(address,address,int256,int256,uint160,uint128,int24)',
      'Claim(uint256,address,uint128)',
      'ERC20Released(address,uint256)',
      'Settled()',
    ])
      assert.ok((anvilTruth.chains.base.events[name] ?? 0) > 0, `${name} occurs`)
  })
})

describe('OG', () => {
  test('the synthetic OG dataset holds the same blocks as the anvil one, with the same timestamps and transaction counts', () => {
    assertSameBlocks(run!.og, 600)
  })

  test('every OG transaction has the same sender, nonce, target, calldata and outcome', () => {
    assertSameTransactions(run!.og)
  })

  test('every OG log is the same, byte for byte: block, log index, transaction index, address, topics and data', () => {
    assertSameLogs(run!.og, 1000)
    const names = Object.keys(run!.anvilTruth.chains.og.events)
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
    const synthRoot = path.join(run!.og.syntheticDir, 'blobs')
    const anvilRoot = run!.devnet.blobStore.dir
    const [synth, anvil] = [list(synthRoot), list(anvilRoot)]
    assert.ok(anvil.length > 100, `${anvil.length} blobs`)
    assert.deepEqual(synth, anvil)
    for (const file of anvil) assert.ok(fs.readFileSync(path.join(synthRoot, file)).equals(fs.readFileSync(path.join(anvilRoot, file))), file)
  })

  test('the recorded state answers the OG indexer reads at past blocks as anvil does, one by one and in batch calls', async () => {
    const { og, devnet } = run!
    const endpoint = await startDatasetRpc({ datasetDir: og.syntheticDir })
    const [ours, anvil] = [new JsonRpcClient(endpoint.url), new JsonRpcClient(devnet.og.url)]
    try {
      const reads = ogIndexerReads(og.anvilBlocks, devnet.deployments)
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
      const height = og.anvilBlocks.length - 1
      for (let n = og.deployHead; n <= height; n += Math.floor((height - og.deployHead) / 9)) {
        const tag = `0x${n.toString(16)}`
        for (let i = 0; i < reads.length; i += 40) {
          const chunk = reads.slice(i, i + 40)
          assert.deepEqual(await reply(ours, { data: batch(chunk) }, tag), await reply(anvil, { data: batch(chunk) }, tag), `batch at block ${n}`)
        }
        if (n === height)
          for (const r of reads)
            assert.deepEqual((await reply(ours, r, tag)).result, (await reply(anvil, r, tag)).result, `${r.data.slice(0, 10)} at block ${n}`)
      }
      assert.deepEqual(endpoint.refused(), {})
    } finally {
      await Promise.all([ours.close(), anvil.close(), endpoint.close()])
    }
  })

  test('the ground truth of both runs agrees on OG: events, settled counts, faults and incidents', () => {
    const { synthetic, anvilTruth } = run!
    assert.deepEqual(synthetic.truth.chains.og.events, anvilTruth.chains.og.events)
    assert.equal(synthetic.truth.chains.og.transactions, anvilTruth.chains.og.transactions)
    assert.deepEqual(synthetic.truth.settled, anvilTruth.settled)
    assert.deepEqual(synthetic.truth.faults, anvilTruth.faults)
    assert.deepEqual(synthetic.truth.staking, anvilTruth.staking)
  })
})

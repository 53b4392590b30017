import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { FIXED_ADDRESSES } from '@og-explorer/common'
import { verifyBatchBlob, verifyIndividualBlob, verifyTeeSignature, teeMessageHash } from '@og-explorer/proofs'
import { decodeEventLog, decodeFunctionResult, hexToString, toEventSelector, type Hex } from 'viem'
import { abiOf, encodeCall } from '../chain/contracts'
import type { JsonRpcClient } from '../chain/rpc'
import { startTestDevnet } from '../testing/devnet'
import type { GroundTruth } from './ground-truth'
import { SCALES } from './scales'
import { simulate } from './simulate'

// Long enough to cover the farming spike (day 55) and the slash (day 80), short enough for CI.
const END = Date.UTC(2026, 6, 15) / 1000
const SEED = 7

type TestDevnet = Awaited<ReturnType<typeof startTestDevnet>>
const runs: { devnet: TestDevnet; truth: GroundTruth }[] = []

const devnets: TestDevnet[] = []

async function run(background?: number): Promise<{ devnet: TestDevnet; truth: GroundTruth }> {
  const devnet = await startTestDevnet()
  devnets.push(devnet)
  const { truth } = await simulate(
    { deployments: devnet.deployments, og: devnet.ogWriter, base: devnet.baseWriter, blobs: devnet.blobStore },
    { scale: SCALES.small, seed: SEED, end: END, faultRate: 0.02, background },
  )
  return { devnet, truth }
}

// two runs at the default background level, and one without any background traffic
before(async () => {
  runs.push(...(await Promise.all([run(), run(), run(0)])))
})

after(async () => {
  // every devnet that started, including one whose twin failed
  await Promise.all(devnets.map((d) => d.dispose()))
})

test('the same seed gives the same event counts and the same final state on both chains', () => {
  const [a, b] = runs.map((r) => r.truth)
  for (const chain of ['og', 'base'] as const) {
    assert.deepEqual(a.chains[chain].events, b.chains[chain].events, `${chain} event counts`)
    assert.equal(a.chains[chain].head?.stateRoot, b.chains[chain].head?.stateRoot, `${chain} state root`)
    assert.equal(a.chains[chain].head?.number, b.chains[chain].head?.number)
  }
  assert.deepEqual(a.faults, b.faults)
  assert.ok(a.settled.batchLeaves > 1000, `batch leaves ${a.settled.batchLeaves}`)
})

test('background traffic leaves the OPG and OG history of a seed exactly as it is without it', () => {
  const [withBackground, , without] = runs.map((r) => r.truth)
  assert.ok(withBackground.background!.transactions > withBackground.chains.base.blocks, 'background in the Base blocks')
  assert.equal(without.background!.transactions, 0)
  for (const chain of ['og', 'base'] as const) {
    assert.deepEqual(withBackground.chains[chain].events, without.chains[chain].events, `${chain} event counts`)
    assert.equal(withBackground.chains[chain].transactions, without.chains[chain].transactions, `${chain} transactions`)
    assert.equal(withBackground.chains[chain].head?.number, without.chains[chain].head?.number)
  }
  assert.equal(withBackground.chains.og.head?.stateRoot, without.chains.og.head?.stateRoot, 'the OG chain is untouched')
  assert.deepEqual(withBackground.settled, without.settled)
  assert.deepEqual(withBackground.payments, without.payments)
  assert.deepEqual(withBackground.faults, without.faults)
  assert.deepEqual(withBackground.staking, without.staking)
})

test('every event count in the ground truth, background included, equals what eth_getLogs returns', async () => {
  const { devnet, truth } = runs[0]
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((s, n) => s + n, 0)
  for (const [chain, rpc] of [
    ['og', devnet.og.rpc],
    ['base', devnet.base.rpc],
  ] as const) {
    const logs = await getLogs(rpc, {})
    const fromSimulation = logs.filter((l) => Number(BigInt(l.blockNumber)) > deployHead(devnet, chain))
    const total = sum(truth.chains[chain].events) + (chain === 'base' ? sum(truth.background!.events) : 0)
    assert.equal(fromSimulation.length, total, `${chain} log count`)
  }
})

test('background x402 payments go through the same proxies as OPG ones, in other tokens only', async () => {
  const { devnet, truth } = runs[0]
  const bg = truth.background!
  assert.ok(bg.x402Payments.total > 0 && bg.erc20Transfers > 0)
  assert.equal(bg.x402Payments.byToken.OPG, undefined)
  const proxies = [FIXED_ADDRESSES.x402ExactProxy, FIXED_ADDRESSES.x402UptoProxy] as Hex[]
  const settled = await getLogs(devnet.base.rpc, { address: proxies, topics: [[toEventSelector('Settled()'), toEventSelector('SettledWithPermit()')]] })
  assert.equal(settled.length, truth.payments.count + bg.x402Payments.total)
  const senders = new Set(bg.facilitators.map((f) => f.toLowerCase()))
  const txs: any[] = []
  for (let i = 0; i < settled.length; i += 500) {
    txs.push(...(await devnet.base.rpc.batch<any>(settled.slice(i, i + 500).map((l) => ({ method: 'eth_getTransactionByHash', params: [l.transactionHash] })))))
  }
  assert.equal(
    txs.filter((tx) => senders.has(tx.from.toLowerCase())).length,
    bg.x402Payments.total,
    'background settlements come from the background facilitators',
  )
})

test('every batch blob rebuilds its on-chain root except the corrupted ones, and missing blobs are missing', async () => {
  const { devnet, truth } = runs[0]
  const relays = relayAddresses(devnet)
  const abi = abiOf('InferenceSettlementRelay')
  const logs = await getLogs(devnet.og.rpc, { address: relays, topics: [[toEventSelector('BatchSettlement(bytes32,uint256,bytes)')]] })
  assert.equal(logs.length, truth.settled.batches)
  const corrupt = new Set(truth.faults.filter((f) => f.kind === 'corrupt-batch').map((f) => f.blobId))
  const missing = new Set(truth.faults.filter((f) => f.kind === 'missing-blob' && f.settlement === 'batch').map((f) => f.blobId))
  assert.ok(corrupt.size > 0 && missing.size > 0, 'the run injected both kinds of batch fault')
  const seenCorrupt = new Set<string>()
  const seenMissing = new Set<string>()
  for (const log of logs) {
    const { args } = decodeEventLog({ abi, data: log.data, topics: log.topics }) as any
    const blobId = hexToString(args.walrusBlobId)
    const response = await fetch(`${devnet.blobServer.url}/v1/blobs/${blobId}`)
    if (response.status === 404) {
      seenMissing.add(blobId)
      continue
    }
    assert.equal(response.status, 200)
    const result = verifyBatchBlob(await response.text(), args.merkleRoot, args.batchSize)
    if (!result.ok) {
      assert.equal(result.reason, 'root-mismatch')
      seenCorrupt.add(blobId)
    }
  }
  assert.deepEqual([...seenCorrupt].sort(), [...corrupt].sort())
  assert.deepEqual([...seenMissing].sort(), [...missing].sort())
})

test('every TEE signature verifies against the key registered on chain, except the corrupted ones', async () => {
  const { devnet, truth } = runs[0]
  const keys = await registeredKeys(devnet)
  const relayAbi = abiOf('InferenceSettlementRelay')
  const expectedBad = new Set(truth.faults.filter((f) => f.kind === 'bad-signature').map((f) => `${f.teeId}:${f.inputHash}`))
  assert.ok(expectedBad.size > 0)
  const foundBad = new Set<string>()
  let verified = 0
  const check = (teeId: Hex, inputHash: Hex, outputHash: Hex, timestamp: bigint, signature: Hex) => {
    const key = keys.get(teeId.toLowerCase())
    assert.ok(key, `TEE ${teeId} is registered`)
    if (verifyTeeSignature(key, teeMessageHash(inputHash, outputHash, timestamp), signature)) verified++
    else foundBad.add(`${teeId}:${inputHash}`)
  }
  const batchLogs = await getLogs(devnet.og.rpc, { address: relayAddresses(devnet), topics: [[toEventSelector('BatchSettlement(bytes32,uint256,bytes)')]] })
  for (const log of batchLogs) {
    const { args } = decodeEventLog({ abi: relayAbi, data: log.data, topics: log.topics }) as any
    const response = await fetch(`${devnet.blobServer.url}/v1/blobs/${hexToString(args.walrusBlobId)}`)
    if (response.status !== 200) continue
    const result = verifyBatchBlob(await response.text(), args.merkleRoot)
    if (!result.ok) continue
    for (const leaf of result.leaves) check(leaf.teeId, leaf.inputHash, leaf.outputHash, BigInt(leaf.timestamp), leaf.signature)
  }
  const individualLogs = await getLogs(devnet.og.rpc, {
    address: relayAddresses(devnet),
    topics: [[toEventSelector('IndividualSettlement(bytes32,address,bytes32,bytes32,uint256,bytes,bytes)')]],
  })
  assert.equal(individualLogs.length, truth.settled.individual)
  for (const log of individualLogs) {
    const { args } = decodeEventLog({ abi: relayAbi, data: log.data, topics: log.topics }) as any
    const response = await fetch(`${devnet.blobServer.url}/v1/blobs/${hexToString(args.walrusBlobId)}`)
    if (response.status === 200) {
      const payload = verifyIndividualBlob(await response.text(), args)
      assert.ok(payload.ok, `individual payload matches its event (${!payload.ok && payload.reason})`)
    }
    check(args.teeId, args.inputHash, args.outputHash, args.timestamp, args.signature)
  }
  // Corrupt batches hide their leaves, so only the faults in readable blobs can be found.
  const unreadable = new Set(truth.faults.filter((f) => f.kind !== 'bad-signature' && f.settlement === 'batch').map((f) => f.blobId))
  const findable = new Set(truth.faults.filter((f) => f.kind === 'bad-signature' && !unreadable.has(f.blobId)).map((f) => `${f.teeId}:${f.inputHash}`))
  assert.deepEqual([...foundBad].sort(), [...findable].sort())
  assert.ok(verified > 1000, `verified ${verified}`)
})

test('slashing and jailing leave no EVM log but change the validator state the views report', async () => {
  const { devnet, truth } = runs[0]
  const slash = truth.staking.find((i) => i.kind === 'slash')
  assert.ok(slash, 'the run includes the slash')
  const unjailLogs = await getLogs(devnet.og.rpc, {
    address: ['0x0000000000000000000000000000000000000806'],
    topics: [[toEventSelector('ValidatorUnjailed(address)')]],
  })
  assert.equal(unjailLogs.length, truth.staking.filter((i) => i.kind === 'unjail').length)
  const data = await devnet.og.rpc.call<Hex>('eth_call', [
    { to: '0x0000000000000000000000000000000000000800', data: encodeCall('StakingPrecompile', 'validator', [slash.validator]) },
    'latest',
  ])
  const validator = decodeFunctionResult({ abi: abiOf('StakingPrecompile'), functionName: 'validator', data }) as any
  assert.equal(validator.jailed, false, 'unjailed again')
  // No log at the staking precompile mentions the slash: every log there is one of the documented events.
  const stakingLogs = await getLogs(devnet.og.rpc, { address: ['0x0000000000000000000000000000000000000800'] })
  const known = new Set(
    [
      'CreateValidator(address,uint256)',
      'EditValidator(address,int256,int256)',
      'Delegate(address,address,uint256,uint256)',
      'Unbond(address,address,uint256,uint256)',
      'Redelegate(address,address,address,uint256,uint256)',
      'CancelUnbondingDelegation(address,address,uint256,uint256)',
    ].map((s) => toEventSelector(s)),
  )
  for (const log of stakingLogs) assert.ok(known.has(log.topics[0]))
})

function deployHead(devnet: TestDevnet, chain: 'og' | 'base'): number {
  return Math.max(...Object.values(devnet.deployments.chains[chain].contracts).map((c) => c.block)) + 1
}

function relayAddresses(devnet: TestDevnet): Hex[] {
  const c = devnet.deployments.chains.og.contracts
  return [c.InferenceSettlementRelayV1.address, c.InferenceSettlementRelayV2.address] as Hex[]
}

async function registeredKeys(devnet: TestDevnet): Promise<Map<string, Hex>> {
  const keys = new Map<string, Hex>()
  const abi = abiOf('TEERegistry')
  for (const name of ['TEERegistryLegacy', 'TEERegistry']) {
    const address = devnet.deployments.chains.og.contracts[name].address as Hex
    const logs = await getLogs(devnet.og.rpc, { address: [address], topics: [[toEventSelector('TEERegistered(bytes32,address,uint8)')]] })
    for (const log of logs) {
      const teeId = log.topics[1] as Hex
      const data = await devnet.og.rpc.call<Hex>('eth_call', [{ to: address, data: encodeCall('TEERegistry', 'getTEEPublicKey', [teeId]) }, 'latest'])
      keys.set(teeId.toLowerCase(), decodeFunctionResult({ abi, functionName: 'getTEEPublicKey', data }) as Hex)
    }
  }
  return keys
}

async function getLogs(rpc: JsonRpcClient, filter: { address?: Hex[]; topics?: unknown[] }): Promise<any[]> {
  return rpc.call<any[]>('eth_getLogs', [{ fromBlock: '0x0', toBlock: 'latest', ...filter }])
}

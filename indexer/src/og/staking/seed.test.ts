import { test } from 'node:test'
import assert from 'node:assert/strict'
import { decodeFunctionData, encodeAbiParameters, getAddress } from 'viem'
import { Delegation, IndexingIssue, StakingEvent, Validator } from '../../model'
import type { CallRequest } from '../../rpc/state-reader'
import { stakingHandler } from './handler'
import { listValidators, VALIDATOR_LIST_BLOCKS, VALIDATOR_LIST_HEAD_RETRY_BLOCKS, VALIDATOR_LIST_RETRY_BLOCKS, ValidatorListSchedule } from './seed'
import { ADDR, block, fakeReader, functionResult, loadAbi, MemoryStore, profile, runBatch } from '../handler-fixtures'

const abi = loadAbi('StakingI')
const OPG = 10n ** 18n
const T0 = Date.UTC(2026, 4, 1) / 1000
const at = (h: number) => block(h, T0 + h * 2)
// five proof-of-authority validators, none of which ever emits a log
const POA = Array.from({ length: 5 }, (_, i) => `0x${(i + 1).toString(16).padStart(2, '0')}${'00'.repeat(18)}aa`)

const struct = (id: string, tokens: bigint, operatorAddress: string = getAddress(id)) => ({
  operatorAddress,
  consensusPubkey: 'AAAA',
  jailed: false,
  status: 3,
  tokens,
  delegatorShares: tokens * OPG,
  description: { moniker: `poa-${id.slice(2, 4)}`, identity: '', website: '', securityContact: '', details: '' },
  unbondingHeight: 0n,
  unbondingTime: 0n,
  commission: 5n * 10n ** 16n,
  minSelfDelegation: 1n,
})

/** A precompile that pages its list two at a time with an opaque key, as the Cosmos SDK does. */
function poaChain(options: { fail?: () => boolean; loopKey?: boolean } = {}) {
  return (c: CallRequest) => {
    if (options.fail?.()) return new Error('state pruned at this height')
    const { functionName, args } = decodeFunctionData({ abi: abi as any, data: c.data as `0x${string}` })
    const index = (id: string) => POA.findIndex((p) => p === id.toLowerCase())
    if (functionName === 'validators') {
      const { key } = (args as any)[1]
      const offset = key === '0x' ? 0 : Number(BigInt(key))
      const page = POA.slice(offset, offset + 2)
      const next = offset + 2 < POA.length ? encodeAbiParameters([{ type: 'uint256' }], [BigInt(options.loopKey ? 2 : offset + 2)]) : '0x'
      return functionResult(abi, 'validators', [page.map((id, i) => struct(id, BigInt(offset + i + 1) * 10n * OPG)), { nextKey: next, total: 0n }])
    }
    if (functionName === 'validator') {
      const i = index(args![0] as string)
      return functionResult(abi, 'validator', struct(POA[i], BigInt(i + 1) * 10n * OPG))
    }
    const [delegator, validator] = args as [string, string]
    const i = index(validator)
    const self = delegator.toLowerCase() === POA[i]
    return functionResult(abi, 'delegation', [self ? BigInt(i + 1) * 10n * OPG * OPG : 0n, { denom: 'ogwei', amount: self ? BigInt(i + 1) * 10n * OPG : 0n }])
  }
}

test('validators added without any log are seeded from the paginated list, with their self-bond', async () => {
  const store = new MemoryStore()
  const reader = fakeReader(poaChain())
  const running = [stakingHandler(profile)]
  await runBatch(store, reader, [{ header: at(50), logs: [] }], running)
  const rows = store.rows<Validator>(Validator).sort((a, b) => a.id.localeCompare(b.id))
  assert.deepEqual(
    rows.map((v) => v.id),
    POA,
  )
  assert.deepEqual(
    rows.map((v) => v.tokens),
    [10n, 20n, 30n, 40n, 50n].map((x) => x * OPG),
  )
  assert.deepEqual(
    rows.map((v) => [v.selfBond, v.delegatorCount, v.stateBlock, v.createdBlock]),
    POA.map((_, i) => [BigInt(i + 1) * 10n * OPG, 1, 50, 50]),
  )
  assert.equal(store.rows<Delegation>(Delegation).length, 5)
  assert.equal(store.rows<StakingEvent>(StakingEvent).length, 0, 'a first reading is a baseline, not a slash or a jail')
  const pages = reader.calls.filter((c) => c.data.startsWith('0x186b2167'))
  assert.equal(pages.length, 3, 'three pages of two')
  assert.ok(
    pages.every((c) => c.block === 50),
    'read at the batch block',
  )

  // the list is read again only after VALIDATOR_LIST_BLOCKS
  const before = reader.calls.length
  await runBatch(store, reader, [{ header: at(50 + VALIDATOR_LIST_BLOCKS - 1), logs: [] }], running)
  assert.equal(reader.calls.filter((c, i) => i >= before && c.data.startsWith('0x186b2167')).length, 0)
  await runBatch(store, reader, [{ header: at(50 + VALIDATOR_LIST_BLOCKS), logs: [] }], running)
  assert.equal(reader.calls.filter((c, i) => i >= before && c.data.startsWith('0x186b2167')).length, 3)
})

test('a list that cannot be read records state-read-failed, creates nothing, and is tried again later', async () => {
  const store = new MemoryStore()
  let fail = true
  const reader = fakeReader(poaChain({ fail: () => fail }))
  const running = [stakingHandler(profile)]
  await runBatch(store, reader, [{ header: at(10), logs: [] }], running)
  assert.equal(store.rows<Validator>(Validator).length, 0, 'no answer is not taken for "no validators"')
  assert.deepEqual(
    store.rows<IndexingIssue>(IndexingIssue).map((i) => i.reason),
    ['state-read-failed'],
  )
  fail = false
  await runBatch(store, reader, [{ header: at(10 + VALIDATOR_LIST_RETRY_BLOCKS - 1), logs: [] }], running)
  assert.equal(store.rows<Validator>(Validator).length, 0, 'not due yet')
  await runBatch(store, reader, [{ header: at(10 + VALIDATOR_LIST_RETRY_BLOCKS), logs: [] }], running)
  assert.equal(store.rows<Validator>(Validator).length, 5)
})

test('pagination that repeats a key is an error, not a list', async () => {
  const result = await listValidators(fakeReader(poaChain({ loopKey: true })), ADDR.staking, 1, 2)
  assert.ok(result instanceof Error && /repeats key/.test(result.message))
})

test('at the chain head a failed list is retried after a few blocks, not after its backoff', () => {
  const schedule = new ValidatorListSchedule()
  schedule.failed(5_000)
  assert.equal(schedule.due(5_000 + VALIDATOR_LIST_HEAD_RETRY_BLOCKS, false), false, 'a backfill batch waits out the backoff')
  assert.equal(schedule.due(5_000 + VALIDATOR_LIST_HEAD_RETRY_BLOCKS - 1, true), false)
  assert.equal(schedule.due(5_000 + VALIDATOR_LIST_HEAD_RETRY_BLOCKS, true), true)
  schedule.listed(5_010)
  assert.equal(schedule.due(5_020, true), false, 'after a success the head retry no longer applies')
})

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { FIXED_ADDRESSES } from '@og-explorer/common'
import { loadArtifact } from '@og-explorer/contracts'
import { decodeErrorResult, decodeFunctionResult, encodeAbiParameters, encodeFunctionData, parseAbi, toFunctionSelector, type Abi, type Hex } from 'viem'
import { OG_STATE, type RecordedValidator } from './og-state-keys'
import { CallNotServed, CallReverted, OgStateCalls } from './og-state-calls'
import { StateHistory } from './state-history'

const STAKING = FIXED_ADDRESSES.stakingPrecompile
const REGISTRY = '0x00000000000000000000000000000000000000aa'
const stakingAbi = loadArtifact('StakingPrecompile').abi as Abi
const registryAbi = loadArtifact('TEERegistry').abi as Abi
const A = '0x00000000000000000000000000000000000000a1'
const B = '0x00000000000000000000000000000000000000b2'
const D = '0x00000000000000000000000000000000000000d3'

const validator = (operator: string, tokens: bigint, shares: bigint, jailed = false): RecordedValidator => ({
  operatorAddress: operator,
  consensusPubkey: 'pk',
  jailed,
  status: jailed ? 2 : 3,
  tokens: tokens.toString(),
  delegatorShares: shares.toString(),
  description: { moniker: operator.slice(-2), identity: '', website: '', securityContact: '', details: '' },
  unbondingHeight: '0',
  unbondingTime: '0',
  commission: '50000000000000000',
  minSelfDelegation: '1',
})

function world() {
  const h = new StateHistory()
  h.add(1, OG_STATE.maxAge(REGISTRY), '1800')
  h.add(2, OG_STATE.validator(A), validator(A, 100n, 100n * 10n ** 18n) as any)
  h.add(3, OG_STATE.validator(B), validator(B, 50n, 50n * 10n ** 18n) as any)
  h.add(4, OG_STATE.shares(D, A), (30n * 10n ** 18n).toString())
  // a slash: tokens fall, shares stay, so the delegation is worth less from block 6 on
  h.add(6, OG_STATE.validator(A), validator(A, 95n, 130n * 10n ** 18n, true) as any)
  h.add(7, OG_STATE.maxAge(REGISTRY), '3600')
  return new OgStateCalls(h)
}

const call = (calls: OgStateCalls, to: string, abi: Abi, functionName: string, args: unknown[], block: number) =>
  decodeFunctionResult({ abi, functionName, data: calls.call(to.toLowerCase(), encodeFunctionData({ abi, functionName, args } as any), block) } as any) as any

test('heartbeatMaxAge and validator() are the newest recorded values at or before the block; an unknown validator is the empty struct', () => {
  const calls = world()
  assert.equal(call(calls, REGISTRY, registryAbi, 'heartbeatMaxAge', [], 6), 1800n)
  assert.equal(call(calls, REGISTRY, registryAbi, 'heartbeatMaxAge', [], 7), 3600n)
  assert.equal(call(calls, STAKING, stakingAbi, 'validator', [A], 5).tokens, 100n)
  const slashed = call(calls, STAKING, stakingAbi, 'validator', [A], 6)
  assert.deepEqual([slashed.tokens, slashed.jailed, slashed.status], [95n, true, 2])
  assert.equal(call(calls, STAKING, stakingAbi, 'validator', [B], 2).operatorAddress, '')
})

test('delegation() is worth shares × tokens / delegatorShares of the validator at that block', () => {
  const calls = world()
  const [shares, before] = call(calls, STAKING, stakingAbi, 'delegation', [D, A], 5)
  assert.deepEqual([shares, before.denom, before.amount], [30n * 10n ** 18n, 'ogwei', (30n * 10n ** 18n * 100n) / (100n * 10n ** 18n)])
  const [, after] = call(calls, STAKING, stakingAbi, 'delegation', [D, A], 6)
  assert.equal(after.amount, (30n * 10n ** 18n * 95n) / (130n * 10n ** 18n))
  const [none, nothing] = call(calls, STAKING, stakingAbi, 'delegation', [D, B], 9)
  assert.deepEqual([none, nothing.amount], [0n, 0n])
})

test('validators() pages by key in creation order and counts the total when asked', () => {
  const calls = world()
  const page = (key: Hex) => call(calls, STAKING, stakingAbi, 'validators', ['', { key, offset: 0n, limit: 1n, countTotal: true, reverse: false }], 9)
  const [first, firstPage] = page('0x')
  assert.deepEqual([first.map((v: any) => v.operatorAddress), firstPage.total], [[A], 2n])
  const [second, last] = page(firstPage.nextKey)
  assert.deepEqual([second.map((v: any) => v.operatorAddress), last.nextKey], [[B], '0x'])
  const [bonded] = call(
    calls,
    STAKING,
    stakingAbi,
    'validators',
    ['BOND_STATUS_BONDED', { key: '0x', offset: 0n, limit: 0n, countTotal: false, reverse: false }],
    9,
  )
  assert.deepEqual(
    bonded.map((v: any) => v.operatorAddress),
    [B],
  )
})

test('an unregistered TEE reverts TEENotFound, and a read outside the record is refused, not answered', () => {
  const calls = world()
  const data = encodeFunctionData({ abi: registryAbi, functionName: 'getTEE', args: [`0x${'11'.repeat(32)}`] })
  assert.throws(
    () => calls.call(REGISTRY, data, 9),
    (e: unknown) => e instanceof CallReverted && decodeErrorResult({ abi: registryAbi, data: e.data }).errorName === 'TEENotFound',
  )
  assert.throws(() => calls.call(REGISTRY, toFunctionSelector('getActiveTEEs(uint8)'), 9), CallNotServed)
  assert.throws(() => calls.call(undefined, '0x6080', 9), CallNotServed)
})

test('a batch call answers each of its reads as the single call would, failures included', () => {
  const calls = world()
  const reads = [
    { to: STAKING, data: encodeFunctionData({ abi: stakingAbi, functionName: 'validator', args: [A] }) },
    { to: REGISTRY, data: encodeFunctionData({ abi: registryAbi, functionName: 'getTEE', args: [`0x${'22'.repeat(32)}`] }) },
    { to: STAKING, data: encodeFunctionData({ abi: stakingAbi, functionName: 'delegation', args: [D, A] }) },
  ] as const
  const code = (loadArtifact('BatchReader').bytecode as string).toLowerCase()
  const batch = `${code}${encodeAbiParameters([{ type: 'address[]' }, { type: 'bytes[]' }], [reads.map((r) => r.to as Hex), reads.map((r) => r.data)]).slice(2)}`
  let reverted: CallReverted | undefined
  try {
    calls.call(undefined, batch, 6)
  } catch (error) {
    reverted = error as CallReverted
  }
  assert.ok(reverted instanceof CallReverted)
  const { args } = decodeErrorResult({ abi: parseAbi(['error Results(bool[] ok, bytes[] results)']), data: reverted.data })
  const [ok, results] = args as [boolean[], Hex[]]
  assert.deepEqual(ok, [true, false, true])
  assert.equal(results[0], calls.call(STAKING, reads[0].data, 6))
  assert.equal(results[2], calls.call(STAKING, reads[2].data, 6))
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { decodeFunctionData, getAddress } from 'viem'
import { CommissionChange, Delegation, IndexingIssue, OgDailyStat, StakingEvent, TeeNode, Validator } from '../../model'
import { stakingHandler } from './handler'
import { teeRegistryHandler } from '../tee/handler'
import type { CallRequest } from '../../rpc/state-reader'
import { ADDR, block, eventLog, fakeReader, functionResult, loadAbi, MemoryStore, profile, routed, runBatch } from '../handler-fixtures'

const stakingAbi = loadAbi('StakingI')
const slashingAbi = loadAbi('SlashingI')
const OPG = 10n ** 18n
const V = '0x1000000000000000000000000000000000000abc'
const W = '0x2000000000000000000000000000000000000def'
const D = '0x3000000000000000000000000000000000000fed'
const T0 = Date.UTC(2026, 4, 1) / 1000
const at = (h: number) => block(h, T0 + h * 2)
const stake = (b: ReturnType<typeof block>, i: number, name: string, args: Record<string, unknown>) =>
  routed('staking', ADDR.staking, b, `0xs${b.height}`, i, eventLog(stakingAbi, name, args))
const handlers = () => [teeRegistryHandler(profile), stakingHandler(profile)]

interface ValidatorState {
  tokens: bigint
  jailed?: boolean
  status?: number
  commission?: bigint
}
type Chain = { validators: Record<string, ValidatorState>; delegations: Record<string, [bigint, bigint]> }

/** Answers validator()/delegation() from a scripted chain state; anything else fails. */
function precompile(chain: () => Chain) {
  return (c: CallRequest) => {
    const { functionName, args } = decodeFunctionData({ abi: stakingAbi as any, data: c.data as `0x${string}` })
    const s = chain()
    if (functionName === 'validators')
      return functionResult(stakingAbi, 'validators', [Object.keys(s.validators).map((id) => struct(id, s.validators[id])), { nextKey: '0x', total: 0n }])
    if (functionName === 'validator') {
      const v = s.validators[(args![0] as string).toLowerCase()]
      if (!v) return new Error('no such validator in the script')
      return functionResult(stakingAbi, 'validator', struct(args![0] as string, v))
    }
    const [delegator, validator] = args as [string, string]
    const [shares, amount] = s.delegations[`${delegator.toLowerCase()}-${validator.toLowerCase()}`] ?? [0n, 0n]
    return functionResult(stakingAbi, 'delegation', [shares, { denom: 'ogwei', amount }])
  }
}

function struct(id: string, v: ValidatorState) {
  return {
    operatorAddress: getAddress(id),
    consensusPubkey: 'AAAA',
    jailed: v.jailed ?? false,
    status: v.status ?? 3,
    tokens: v.tokens,
    delegatorShares: v.tokens * OPG,
    description: { moniker: 'node-1', identity: '', website: '', securityContact: '', details: '' },
    unbondingHeight: 0n,
    unbondingTime: 0n,
    commission: v.commission ?? 5n * 10n ** 16n,
    minSelfDelegation: OPG,
  }
}

test('validators follow the precompile view; slashes and jails are inferred from state', async () => {
  const store = new MemoryStore()
  // a TEE node of the future operator, registered before the validator exists
  await store.upsert([
    new TeeNode({
      id: '0x' + 'ab'.repeat(32),
      registry: ADDR.registry,
      owner: V,
      teeType: 0,
      publicKey: '0x3082',
      enabled: true,
      registeredAt: new Date(T0 * 1000),
      registeredBlock: 1,
      heartbeatCount: 0,
      coveredSeconds: 0,
      uptime: 0,
      heartbeatMaxAge: 1800,
      inferenceCount: 0,
      validator: null,
    }),
  ])
  let chain: Chain = {
    validators: { [V]: { tokens: 150n * OPG } },
    delegations: { [`${V}-${V}`]: [100n * OPG * OPG, 100n * OPG], [`${D}-${V}`]: [50n * OPG * OPG, 50n * OPG] },
  }
  const reader = fakeReader(precompile(() => chain))
  const running = handlers() // one set for the whole run, as in the processor

  // batch 1: create + delegate
  const [b10, b11] = [at(10), at(11)]
  await runBatch(
    store,
    reader,
    [
      { header: b10, logs: [stake(b10, 0, 'CreateValidator', { validatorAddress: getAddress(V), value: 100n * OPG })] },
      {
        header: b11,
        logs: [stake(b11, 0, 'Delegate', { delegatorAddress: getAddress(D), validatorAddress: getAddress(V), amount: 50n * OPG, newShares: 50n * OPG * OPG })],
      },
    ],
    running,
  )
  let v = store.table('Validator').get(V) as Validator
  assert.deepEqual(
    [v.tokens, v.delegatorCount, v.selfBond, v.stateBlock, v.status, v.moniker, v.commissionRate.toString()],
    [150n * OPG, 2, 100n * OPG, 11, 'BONDED', 'node-1', '0.05'],
  )
  assert.deepEqual(
    store.rows<StakingEvent>(StakingEvent).map((e) => e.kind),
    ['CREATE_VALIDATOR', 'DELEGATE'],
  )
  assert.equal((store.table('Delegation').get(`${D}-${V}`) as Delegation).amount, 50n * OPG)
  assert.equal(((store.table('TeeNode').get('0x' + 'ab'.repeat(32)) as TeeNode).validator as Validator).id, V, 'node linked when its owner became a validator')
  let day = store.table('OgDailyStat').get('2026-05-01') as OgDailyStat
  assert.deepEqual([day.stakingEvents, day.totalStaked], [2, 150n * OPG])

  // batch 2: slashed 10% and jailed (no log), then D unbonds 20 → 150 - 15 - 20 = 115
  chain = {
    validators: { [V]: { tokens: 115n * OPG, jailed: true, status: 2 } },
    delegations: { [`${V}-${V}`]: [100n * OPG * OPG, 90n * OPG], [`${D}-${V}`]: [28n * OPG * OPG, 25n * OPG] },
  }
  const b20 = at(20)
  await runBatch(
    store,
    reader,
    [
      {
        header: b20,
        logs: [
          stake(b20, 0, 'Unbond', { delegatorAddress: getAddress(D), validatorAddress: getAddress(V), amount: 20n * OPG, completionTime: 2_000_000_000n }),
        ],
      },
    ],
    running,
  )
  v = store.table('Validator').get(V) as Validator
  assert.deepEqual(
    [v.tokens, v.jailed, v.status, v.slashCount, v.totalSlashed, v.jailCount, v.selfBond],
    [115n * OPG, true, 'UNBONDING', 1, 15n * OPG, 1, 90n * OPG],
  )
  const slash = store.table('StakingEvent').get(`state-${V}-20-SLASH`) as StakingEvent
  assert.deepEqual([slash.amount, slash.txHash, slash.detectedBy], [15n * OPG, null, 'state'])
  assert.ok(store.table('StakingEvent').get(`state-${V}-20-JAIL`))

  // batch 3: unjailed by log; nothing hidden
  chain = { ...chain, validators: { [V]: { tokens: 115n * OPG } } }
  const b30 = at(30)
  await runBatch(
    store,
    reader,
    [{ header: b30, logs: [routed('slashing', ADDR.slashing, b30, '0xu', 0, eventLog(slashingAbi, 'ValidatorUnjailed', { validator: getAddress(V) }))] }],
    running,
  )
  v = store.table('Validator').get(V) as Validator
  assert.deepEqual([v.jailed, v.jailCount, v.status], [false, 1, 'BONDED'])

  // batch 4: no logs for 100+ blocks → periodic read finds a silent slash
  chain = { ...chain, validators: { [V]: { tokens: 100n * OPG } } }
  const calls = reader.calls.length
  await runBatch(store, reader, [{ header: at(129), logs: [] }], running)
  assert.equal(reader.calls.length, calls, 'not due yet')
  await runBatch(store, reader, [{ header: at(130), logs: [] }], running)
  assert.equal((store.table('StakingEvent').get(`state-${V}-130-SLASH`) as StakingEvent).amount, 15n * OPG)
  assert.equal((store.table('Validator').get(V) as Validator).stateBlock, 130)

  // batch 5: commission edit and a redelegation to a validator created outside the EVM
  chain = {
    validators: { [V]: { tokens: 90n * OPG, commission: 6n * 10n ** 16n }, [W]: { tokens: 1010n * OPG } },
    delegations: { ...chain.delegations, [`${D}-${W}`]: [10n * OPG * OPG, 10n * OPG] },
  }
  const b140 = at(140)
  await runBatch(
    store,
    reader,
    [
      {
        header: b140,
        logs: [
          stake(b140, 0, 'EditValidator', { validatorAddress: getAddress(V), commissionRate: 6n * 10n ** 16n, minSelfDelegation: -1n }),
          stake(b140, 1, 'Redelegate', {
            delegatorAddress: getAddress(D),
            validatorSrcAddress: getAddress(V),
            validatorDstAddress: getAddress(W),
            amount: 10n * OPG,
            completionTime: 2_000_000_000n,
          }),
        ],
      },
    ],
    running,
  )
  const change = store.rows<CommissionChange>(CommissionChange)[0]
  assert.deepEqual([change.previousRate.toString(), change.rate.toString()], ['0.05', '0.06'])
  const w = store.table('Validator').get(W) as Validator
  assert.deepEqual(
    [w.tokens, w.stateBlock, w.slashCount, w.delegatorCount],
    [1010n * OPG, 140, 0, 1],
    'first read of an unknown validator is a baseline, not a slash',
  )
  assert.equal((store.table('Validator').get(V) as Validator).slashCount, 2)
  day = store.table('OgDailyStat').get('2026-05-01') as OgDailyStat
  assert.equal(day.totalStaked, 1100n * OPG)
  assert.equal(day.stakingEvents, store.rows<StakingEvent>(StakingEvent).length)
})

test('a failed read keeps the baseline consistent with the logs and records an issue', async () => {
  const store = new MemoryStore()
  let fail = false
  const answer = precompile(() => ({ validators: { [V]: { tokens: 100n * OPG } }, delegations: { [`${V}-${V}`]: [OPG, 100n * OPG] } }))
  const reader = fakeReader((c) => (fail ? new Error('header not found') : answer(c)))
  const running = handlers()
  const b1 = at(1)
  await runBatch(store, reader, [{ header: b1, logs: [stake(b1, 0, 'CreateValidator', { validatorAddress: getAddress(V), value: 100n * OPG })] }], running)
  fail = true
  const b2 = at(2)
  await runBatch(
    store,
    reader,
    [{ header: b2, logs: [stake(b2, 0, 'Delegate', { delegatorAddress: getAddress(D), validatorAddress: getAddress(V), amount: 5n * OPG, newShares: 5n })] }],
    running,
  )
  const v = store.table('Validator').get(V) as Validator
  assert.deepEqual([v.tokens, v.stateBlock, v.delegatorCount], [105n * OPG, 1, 2])
  assert.ok(store.rows<IndexingIssue>(IndexingIssue).every((i) => i.reason === 'state-read-failed'))
  assert.equal(store.rows<IndexingIssue>(IndexingIssue).length, 3) // validator, (D,V), (V,V)
})

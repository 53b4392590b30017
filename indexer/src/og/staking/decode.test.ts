import { test } from 'node:test'
import assert from 'node:assert/strict'
import { getAddress } from 'viem'
import { StakingEventKind as K } from '../../model'
import { decodeStakingLog, tokenMoves } from './decode'
import { eventLog, loadAbi } from '../handler-fixtures'

const staking = loadAbi('StakingI')
const distribution = loadAbi('DistributionI')
const slashing = loadAbi('SlashingI')
const V = getAddress('0x1000000000000000000000000000000000000abc')
const W = getAddress('0x2000000000000000000000000000000000000def')
const D = getAddress('0x3000000000000000000000000000000000000fed')
const v = V.toLowerCase()
const w = W.toLowerCase()
const d = D.toLowerCase()

test('CreateValidator is the operator delegating to itself', () => {
  assert.deepEqual(decodeStakingLog(eventLog(staking, 'CreateValidator', { validatorAddress: V, value: 10n ** 19n })), {
    kind: K.CREATE_VALIDATOR,
    validator: v,
    delegator: v,
    amount: 10n ** 19n,
  })
})

test('EditValidator: -1 means unchanged', () => {
  assert.deepEqual(decodeStakingLog(eventLog(staking, 'EditValidator', { validatorAddress: V, commissionRate: 6n * 10n ** 16n, minSelfDelegation: -1n })), {
    kind: K.EDIT_VALIDATOR,
    validator: v,
    commissionRate: 6n * 10n ** 16n,
    minSelfDelegation: undefined,
  })
  const e = decodeStakingLog(eventLog(staking, 'EditValidator', { validatorAddress: V, commissionRate: -1n, minSelfDelegation: 5n }))
  assert.equal(e?.commissionRate, undefined)
  assert.equal(e?.minSelfDelegation, 5n)
})

test('Delegate, Unbond, Redelegate, CancelUnbondingDelegation', () => {
  assert.deepEqual(decodeStakingLog(eventLog(staking, 'Delegate', { delegatorAddress: D, validatorAddress: V, amount: 100n, newShares: 100n * 10n ** 18n })), {
    kind: K.DELEGATE,
    delegator: d,
    validator: v,
    amount: 100n,
    newShares: 100n * 10n ** 18n,
  })
  assert.deepEqual(decodeStakingLog(eventLog(staking, 'Unbond', { delegatorAddress: D, validatorAddress: V, amount: 40n, completionTime: 1_800_000_000n })), {
    kind: K.UNBOND,
    delegator: d,
    validator: v,
    amount: 40n,
    completionTime: 1_800_000_000n,
  })
  assert.deepEqual(
    decodeStakingLog(eventLog(staking, 'Redelegate', { delegatorAddress: D, validatorSrcAddress: V, validatorDstAddress: W, amount: 7n, completionTime: 9n })),
    {
      kind: K.REDELEGATE,
      delegator: d,
      validator: v,
      dstValidator: w,
      amount: 7n,
      completionTime: 9n,
    },
  )
  assert.deepEqual(
    decodeStakingLog(eventLog(staking, 'CancelUnbondingDelegation', { delegatorAddress: D, validatorAddress: V, amount: 3n, creationHeight: 120n })),
    {
      kind: K.CANCEL_UNBONDING,
      delegator: d,
      validator: v,
      amount: 3n,
    },
  )
})

test('distribution and slashing events', () => {
  assert.deepEqual(decodeStakingLog(eventLog(distribution, 'WithdrawDelegatorReward', { delegatorAddress: D, validatorAddress: V, amount: 5n })), {
    kind: K.WITHDRAW_REWARD,
    delegator: d,
    validator: v,
    amount: 5n,
  })
  assert.deepEqual(decodeStakingLog(eventLog(distribution, 'ClaimRewards', { delegatorAddress: D, amount: 6n })), {
    kind: K.CLAIM_REWARDS,
    delegator: d,
    amount: 6n,
  })
  assert.deepEqual(decodeStakingLog(eventLog(slashing, 'ValidatorUnjailed', { validator: V })), { kind: K.UNJAIL, validator: v })
})

test('token moves: what each log explains about validator tokens', () => {
  const redelegate = decodeStakingLog(
    eventLog(staking, 'Redelegate', { delegatorAddress: D, validatorSrcAddress: V, validatorDstAddress: W, amount: 7n, completionTime: 9n }),
  )!
  assert.deepEqual(tokenMoves(redelegate), [
    { validator: v, delta: -7n, rounded: true },
    { validator: w, delta: 7n, rounded: true },
  ])
  assert.deepEqual(tokenMoves({ kind: K.CANCEL_UNBONDING, validator: v, delegator: d, amount: 3n }), [{ validator: v, delta: 3n, rounded: false }])
  assert.deepEqual(tokenMoves({ kind: K.WITHDRAW_REWARD, validator: v, delegator: d, amount: 3n }), [])
})

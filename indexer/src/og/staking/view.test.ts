import { test } from 'node:test'
import assert from 'node:assert/strict'
import { bondStatus, commissionFraction, decodeDelegationView, decodeValidatorView, delegationCall, validatorCall } from './view'
import { functionResult, loadAbi } from '../handler-fixtures'

const abi = loadAbi('StakingI')
const V = '0x1000000000000000000000000000000000000abc'

const view = (over: Record<string, unknown> = {}) => ({
  operatorAddress: '0x1000000000000000000000000000000000000ABC',
  consensusPubkey: 'AAAA',
  jailed: false,
  status: 3,
  tokens: 10n ** 20n,
  delegatorShares: 10n ** 38n,
  description: { moniker: 'node-1', identity: '', website: '', securityContact: '', details: '' },
  unbondingHeight: 0n,
  unbondingTime: 0n,
  commission: 5n * 10n ** 16n,
  minSelfDelegation: 10n ** 18n,
  ...over,
})

test('validator(): view mapped to the row fields', () => {
  const v = decodeValidatorView(functionResult(abi, 'validator', view()))
  assert.equal(v.exists, true)
  assert.equal(v.tokens, 10n ** 20n)
  assert.equal(v.delegatorShares, 10n ** 38n)
  assert.equal(v.status, 'BONDED')
  assert.equal(v.commissionRate.toString(), '0.05')
  assert.equal(v.minSelfDelegation, 10n ** 18n)
  assert.equal(v.moniker, 'node-1')
  assert.equal(validatorCall(V).slice(0, 10), '0x223b3b7a')
})

test('jailed and unbonding; an empty struct means no such validator', () => {
  const jailed = decodeValidatorView(functionResult(abi, 'validator', view({ jailed: true, status: 2 })))
  assert.equal(jailed.jailed, true)
  assert.equal(jailed.status, 'UNBONDING')
  const empty = decodeValidatorView(
    functionResult(
      abi,
      'validator',
      view({ operatorAddress: '', status: 0, tokens: 0n, description: { moniker: '', identity: '', website: '', securityContact: '', details: '' } }),
    ),
  )
  assert.equal(empty.exists, false)
  assert.equal(empty.moniker, null)
})

test('bond status enum and commission fixed point', () => {
  assert.deepEqual([0, 1, 2, 3, 9].map(bondStatus), ['UNSPECIFIED', 'UNBONDED', 'UNBONDING', 'BONDED', 'UNSPECIFIED'])
  assert.equal(commissionFraction(10n ** 18n).toString(), '1')
  assert.equal(commissionFraction(123456789012345678n).toString(), '0.123456789012345678')
  assert.equal(commissionFraction(0n).toString(), '0')
})

test('delegation(): shares and the coin amount', () => {
  assert.equal(delegationCall(V, V).slice(0, 10), '0x241774e6')
  const hex = functionResult(abi, 'delegation', [5n * 10n ** 36n, { denom: 'ogwei', amount: 5n * 10n ** 18n }])
  assert.deepEqual(decodeDelegationView(hex), { shares: 5n * 10n ** 36n, amount: 5n * 10n ** 18n })
})

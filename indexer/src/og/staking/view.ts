import { BigDecimal } from '@subsquid/big-decimal'
import * as staking from '../../abi/StakingI'
import { operatorId } from './operator'

/** The staking precompile's view of one validator, as the Validator row stores it. */
export interface ValidatorView {
  /** false when the precompile returned its empty struct (no such validator, e.g. removed) */
  exists: boolean
  tokens: bigint
  delegatorShares: bigint
  jailed: boolean
  status: string
  /** fraction, 0.05 = 5% */
  commissionRate: BigDecimal
  minSelfDelegation: bigint
  moniker: string | null
}

/** x/staking BondStatus: 0 unspecified, 1 unbonded, 2 unbonding, 3 bonded */
export function bondStatus(status: number): string {
  return ['UNSPECIFIED', 'UNBONDED', 'UNBONDING', 'BONDED'][status] ?? 'UNSPECIFIED'
}

/** Commission rates are sdk.Dec values: 18-decimal fixed point. */
export function commissionFraction(rate: bigint): BigDecimal {
  return BigDecimal(rate, 18)
}

export const validatorCall = (validator: string): string => staking.functions.validator.encode({ validatorAddress: validator })

type ValidatorStruct = ReturnType<typeof staking.functions.validator.decodeResult>

export function decodeValidatorView(resultHex: string): ValidatorView {
  return viewOf(staking.functions.validator.decodeResult(resultHex))
}

function viewOf(v: ValidatorStruct): ValidatorView {
  return {
    exists: v.operatorAddress !== '',
    tokens: v.tokens,
    delegatorShares: v.delegatorShares,
    jailed: v.jailed,
    status: bondStatus(v.status),
    commissionRate: commissionFraction(v.commission),
    minSelfDelegation: v.minSelfDelegation,
    moniker: v.description.moniker || null,
  }
}

/** The precompile takes the validator as a string and accepts 0x-hex as well as ogvaloper1… bech32. */
export const delegationCall = (delegator: string, validator: string): string =>
  staking.functions.delegation.encode({ delegatorAddress: delegator, validatorAddress: validator })

export function decodeDelegationView(resultHex: string): { shares: bigint; amount: bigint } {
  const d = staking.functions.delegation.decodeResult(resultHex)
  return { shares: d.shares, amount: d.balance.amount }
}

/** One page of the precompile's validator list: every status, `limit` at a time, from `key`. */
export const validatorsCall = (key: string, limit: number): string =>
  staking.functions.validators.encode({ status: '', pageRequest: { key, offset: 0n, limit: BigInt(limit), countTotal: false, reverse: false } })

export interface ValidatorPage {
  /** validator id (lowercase hex operator address) with its view */
  validators: { id: string; view: ValidatorView }[]
  /** '0x' on the last page */
  nextKey: string
  /** operator addresses that are neither hex nor bech32 (recorded, never guessed at) */
  unreadable: string[]
}

export function decodeValidatorPage(resultHex: string): ValidatorPage {
  const r = staking.functions.validators.decodeResult(resultHex)
  const page: ValidatorPage = { validators: [], nextKey: r.pageResponse.nextKey, unreadable: [] }
  for (const v of r.validators) {
    const id = operatorId(v.operatorAddress)
    if (id) page.validators.push({ id, view: viewOf(v) })
    else page.unreadable.push(v.operatorAddress)
  }
  return page
}

import { BigDecimal } from '@subsquid/big-decimal'
import * as staking from '../../abi/StakingI'

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

export function decodeValidatorView(resultHex: string): ValidatorView {
  const v = staking.functions.validator.decodeResult(resultHex)
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
export const delegationCall = (delegator: string, validator: string): string => staking.functions.delegation.encode({ delegatorAddress: delegator, validatorAddress: validator })

export function decodeDelegationView(resultHex: string): { shares: bigint; amount: bigint } {
  const d = staking.functions.delegation.decodeResult(resultHex)
  return { shares: d.shares, amount: d.balance.amount }
}

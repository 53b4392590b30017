import * as distribution from '../../abi/DistributionI'
import * as slashing from '../../abi/SlashingI'
import * as staking from '../../abi/StakingI'
import { StakingEventKind as K } from '../../model'

/**
 * One staking, distribution or slashing precompile log, flattened. Addresses are lowercase;
 * `validator` is the source validator of a redelegation.
 */
export interface StakingLog {
  kind: K
  validator?: string
  dstValidator?: string
  delegator?: string
  amount?: bigint
  /** Delegate: shares issued */
  newShares?: bigint
  /** unix seconds (Unbond, Redelegate) */
  completionTime?: bigint
  /** EditValidator: 18-decimal rate, undefined when the log says -1 (unchanged) */
  commissionRate?: bigint
  minSelfDelegation?: bigint
}

interface LogLike {
  topics: string[]
  data: string
}

const s = staking.events
const d = distribution.events
const lower = (a: string) => a.toLowerCase()
/** EditValidator's "do not modify" marker */
const UNCHANGED = -1n
const changed = (v: bigint) => (v === UNCHANGED ? undefined : v)

/** undefined for precompile events we do not index (gov-style extras, commission withdrawals, ...). */
export function decodeStakingLog(log: LogLike): StakingLog | undefined {
  switch (log.topics[0]) {
    case s.CreateValidator.topic: {
      const e = s.CreateValidator.decode(log)
      const v = lower(e.validatorAddress)
      return { kind: K.CREATE_VALIDATOR, validator: v, delegator: v, amount: e.value }
    }
    case s.EditValidator.topic: {
      const e = s.EditValidator.decode(log)
      return {
        kind: K.EDIT_VALIDATOR,
        validator: lower(e.validatorAddress),
        commissionRate: changed(e.commissionRate),
        minSelfDelegation: changed(e.minSelfDelegation),
      }
    }
    case s.Delegate.topic: {
      const e = s.Delegate.decode(log)
      return { kind: K.DELEGATE, delegator: lower(e.delegatorAddress), validator: lower(e.validatorAddress), amount: e.amount, newShares: e.newShares }
    }
    case s.Unbond.topic: {
      const e = s.Unbond.decode(log)
      return { kind: K.UNBOND, delegator: lower(e.delegatorAddress), validator: lower(e.validatorAddress), amount: e.amount, completionTime: e.completionTime }
    }
    case s.Redelegate.topic: {
      const e = s.Redelegate.decode(log)
      return {
        kind: K.REDELEGATE,
        delegator: lower(e.delegatorAddress),
        validator: lower(e.validatorSrcAddress),
        dstValidator: lower(e.validatorDstAddress),
        amount: e.amount,
        completionTime: e.completionTime,
      }
    }
    case s.CancelUnbondingDelegation.topic: {
      const e = s.CancelUnbondingDelegation.decode(log)
      return { kind: K.CANCEL_UNBONDING, delegator: lower(e.delegatorAddress), validator: lower(e.validatorAddress), amount: e.amount }
    }
    case d.WithdrawDelegatorReward.topic: {
      const e = d.WithdrawDelegatorReward.decode(log)
      return { kind: K.WITHDRAW_REWARD, delegator: lower(e.delegatorAddress), validator: lower(e.validatorAddress), amount: e.amount }
    }
    case d.ClaimRewards.topic: {
      const e = d.ClaimRewards.decode(log)
      return { kind: K.CLAIM_REWARDS, delegator: lower(e.delegatorAddress), amount: e.amount }
    }
    case slashing.events.ValidatorUnjailed.topic:
      return { kind: K.UNJAIL, validator: lower(slashing.events.ValidatorUnjailed.decode(log).validator) }
    default:
      return undefined
  }
}

/** Kinds that need the validator row to exist (the precompile reverts for unknown validators). */
export const NEEDS_VALIDATOR = new Set([K.CREATE_VALIDATOR, K.EDIT_VALIDATOR, K.DELEGATE, K.UNBOND, K.REDELEGATE, K.CANCEL_UNBONDING, K.UNJAIL])

/** Kinds that change a (delegator, validator) delegation. */
export const MOVES_STAKE = new Set([K.CREATE_VALIDATOR, K.DELEGATE, K.UNBOND, K.REDELEGATE, K.CANCEL_UNBONDING])

/** The validators whose tokens a log moves, with the signed amount for each. */
export function tokenMoves(e: StakingLog): { validator: string; delta: bigint; rounded: boolean }[] {
  const amount = e.amount ?? 0n
  if (!e.validator) return []
  switch (e.kind) {
    case K.CREATE_VALIDATOR:
    case K.DELEGATE:
    case K.CANCEL_UNBONDING:
      return [{ validator: e.validator, delta: amount, rounded: false }]
    case K.UNBOND:
      return [{ validator: e.validator, delta: -amount, rounded: true }]
    case K.REDELEGATE:
      // the destination receives the tokens the source released, which share truncation may make
      // a few wei less than the logged amount
      return [
        { validator: e.validator, delta: -amount, rounded: true },
        { validator: e.dstValidator!, delta: amount, rounded: true },
      ]
    default:
      return []
  }
}

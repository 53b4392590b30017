/** One validator's stake over time and the direction of each staking event, from its event history. */
import type { ValidatorQuery } from '../../generated/graphql'
import { unitsToNumber } from '../../lib/format'

export type StakingEventRow = ValidatorQuery['events'][number]

/** How an event moves this validator's stake, in ogwei; 0 for events that move none. */
export function stakeDelta(e: StakingEventRow, validatorId: string): bigint {
  const amount = e.amount == null ? 0n : BigInt(e.amount)
  const isSource = e.validator?.id === validatorId
  switch (e.kind) {
    case 'CREATE_VALIDATOR':
    case 'DELEGATE':
    case 'CANCEL_UNBONDING':
      return isSource ? amount : 0n
    case 'UNBOND':
    case 'SLASH':
      return isSource ? -amount : 0n
    case 'REDELEGATE':
      return (e.dstValidator?.id === validatorId ? amount : 0n) - (isSource ? amount : 0n)
    default:
      return 0n
  }
}

export interface StakePoint {
  t: number
  /** OPG staked after the event */
  stake: number
  kind: string
}

/**
 * Stake over time, walked back from the current stake through the staking events that move it
 * (the API keeps the current stake per validator and the network total per day, not a per-validator
 * series). The first point is the stake before the first event.
 */
export function stakeHistory(currentTokens: string, events: readonly StakingEventRow[], validatorId: string): StakePoint[] {
  let stake = BigInt(currentTokens)
  const points: StakePoint[] = []
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]
    const delta = stakeDelta(e, validatorId)
    if (delta === 0n && e.kind !== 'JAIL' && e.kind !== 'UNJAIL') continue
    points.push({ t: Date.parse(e.timestamp), stake: unitsToNumber(stake), kind: e.kind })
    stake -= delta
  }
  if (points.length > 0) points.push({ t: points[points.length - 1].t - 1, stake: unitsToNumber(stake < 0n ? 0n : stake), kind: 'before' })
  return points.reverse()
}

export type FlowDirection = 'in' | 'out' | 'none'

export function flowOf(e: StakingEventRow, validatorId: string): FlowDirection {
  const d = stakeDelta(e, validatorId)
  return d > 0n ? 'in' : d < 0n ? 'out' : 'none'
}

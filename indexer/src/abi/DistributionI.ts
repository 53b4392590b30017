import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    ClaimRewards: event("0x1f89f96333d3133000ee447473151fa9606543368f02271c9d95ae14f13bcc67", "ClaimRewards(address,uint256)", {"delegatorAddress": indexed(p.address), "amount": p.uint256}),
    WithdrawDelegatorReward: event("0xcf871d3149ad677b268b0238a4ffc6d4008f48a11e73468d05ff00e75f204035", "WithdrawDelegatorReward(address,address,uint256)", {"delegatorAddress": indexed(p.address), "validatorAddress": indexed(p.address), "amount": p.uint256}),
}

export class Contract extends ContractBase {
}

/// Event types
export type ClaimRewardsEventArgs = EParams<typeof events.ClaimRewards>
export type WithdrawDelegatorRewardEventArgs = EParams<typeof events.WithdrawDelegatorReward>

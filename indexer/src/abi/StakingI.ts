import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    CancelUnbondingDelegation: event("0x6dbe2fb6b2613bdd8e3d284a6111592e06c3ab0af846ff89b6688d48f408dbb5", "CancelUnbondingDelegation(address,address,uint256,uint256)", {"delegatorAddress": indexed(p.address), "validatorAddress": indexed(p.address), "amount": p.uint256, "creationHeight": p.uint256}),
    CreateValidator: event("0x9bdb560f8135cb46033a55410c14e14b1a7bc2d3f3e9973f4b49533e176468b0", "CreateValidator(address,uint256)", {"validatorAddress": indexed(p.address), "value": p.uint256}),
    Delegate: event("0x500599802164a08023e87ffc3eed0ba3ae60697b3083ba81d046683679d81c6b", "Delegate(address,address,uint256,uint256)", {"delegatorAddress": indexed(p.address), "validatorAddress": indexed(p.address), "amount": p.uint256, "newShares": p.uint256}),
    EditValidator: event("0xdce27cf2792bd8d8f28df5d2cdf379cd593414f21332370ca808c1e703eb4e1f", "EditValidator(address,int256,int256)", {"validatorAddress": indexed(p.address), "commissionRate": p.int256, "minSelfDelegation": p.int256}),
    Redelegate: event("0x82b07f2421474f1e3f1e0b34738cb5ffb925273f408e7591d9c803dcae8da657", "Redelegate(address,address,address,uint256,uint256)", {"delegatorAddress": indexed(p.address), "validatorSrcAddress": indexed(p.address), "validatorDstAddress": indexed(p.address), "amount": p.uint256, "completionTime": p.uint256}),
    Unbond: event("0x4bf8087be3b8a59c2662514df2ed4a3dcaf9ca22f442340cfc05a4e52343d18e", "Unbond(address,address,uint256,uint256)", {"delegatorAddress": indexed(p.address), "validatorAddress": indexed(p.address), "amount": p.uint256, "completionTime": p.uint256}),
}

export const functions = {
    delegation: viewFun("0x241774e6", "delegation(address,string)", {"delegatorAddress": p.address, "validatorAddress": p.string}, {"shares": p.uint256, "balance": p.struct({"denom": p.string, "amount": p.uint256})}),
    validator: viewFun("0x223b3b7a", "validator(address)", {"validatorAddress": p.address}, p.struct({"operatorAddress": p.string, "consensusPubkey": p.string, "jailed": p.bool, "status": p.uint8, "tokens": p.uint256, "delegatorShares": p.uint256, "description": p.struct({"moniker": p.string, "identity": p.string, "website": p.string, "securityContact": p.string, "details": p.string}), "unbondingHeight": p.int64, "unbondingTime": p.int64, "commission": p.uint256, "minSelfDelegation": p.uint256})),
    validators: viewFun("0x186b2167", "validators(string,(bytes,uint64,uint64,bool,bool))", {"status": p.string, "pageRequest": p.struct({"key": p.bytes, "offset": p.uint64, "limit": p.uint64, "countTotal": p.bool, "reverse": p.bool})}, {"validators": p.array(p.struct({"operatorAddress": p.string, "consensusPubkey": p.string, "jailed": p.bool, "status": p.uint8, "tokens": p.uint256, "delegatorShares": p.uint256, "description": p.struct({"moniker": p.string, "identity": p.string, "website": p.string, "securityContact": p.string, "details": p.string}), "unbondingHeight": p.int64, "unbondingTime": p.int64, "commission": p.uint256, "minSelfDelegation": p.uint256})), "pageResponse": p.struct({"nextKey": p.bytes, "total": p.uint64})}),
}

export class Contract extends ContractBase {

    delegation(delegatorAddress: DelegationParams["delegatorAddress"], validatorAddress: DelegationParams["validatorAddress"]) {
        return this.eth_call(functions.delegation, {delegatorAddress, validatorAddress})
    }

    validator(validatorAddress: ValidatorParams["validatorAddress"]) {
        return this.eth_call(functions.validator, {validatorAddress})
    }

    validators(status: ValidatorsParams["status"], pageRequest: ValidatorsParams["pageRequest"]) {
        return this.eth_call(functions.validators, {status, pageRequest})
    }
}

/// Event types
export type CancelUnbondingDelegationEventArgs = EParams<typeof events.CancelUnbondingDelegation>
export type CreateValidatorEventArgs = EParams<typeof events.CreateValidator>
export type DelegateEventArgs = EParams<typeof events.Delegate>
export type EditValidatorEventArgs = EParams<typeof events.EditValidator>
export type RedelegateEventArgs = EParams<typeof events.Redelegate>
export type UnbondEventArgs = EParams<typeof events.Unbond>

/// Function types
export type DelegationParams = FunctionArguments<typeof functions.delegation>
export type DelegationReturn = FunctionReturn<typeof functions.delegation>

export type ValidatorParams = FunctionArguments<typeof functions.validator>
export type ValidatorReturn = FunctionReturn<typeof functions.validator>

export type ValidatorsParams = FunctionArguments<typeof functions.validators>
export type ValidatorsReturn = FunctionReturn<typeof functions.validators>


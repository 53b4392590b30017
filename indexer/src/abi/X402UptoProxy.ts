import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    Settled: event("0x97088ec3606cfe8cc112180570d03fcde05f9b8e1bfef8e27784eaf5dd5691b6", "Settled()", {}),
    SettledWithPermit: event("0xde5b89d10fc800c459329c382fabfcad0be0ed7e5328e01fae04e507b09ef5d8", "SettledWithPermit()", {}),
}

export const functions = {
    settle: fun("0xff11e7b4", "settle(((address,uint256),uint256,uint256),uint256,address,(address,address,uint256),bytes)", {"permit": p.struct({"permitted": p.struct({"token": p.address, "amount": p.uint256}), "nonce": p.uint256, "deadline": p.uint256}), "amount": p.uint256, "owner": p.address, "witness": p.struct({"to": p.address, "facilitator": p.address, "validAfter": p.uint256}), "signature": p.bytes}, ),
    settleWithPermit: fun("0x016c1748", "settleWithPermit((uint256,uint256,bytes32,bytes32,uint8),((address,uint256),uint256,uint256),uint256,address,(address,address,uint256),bytes)", {"permit2612": p.struct({"value": p.uint256, "deadline": p.uint256, "r": p.bytes32, "s": p.bytes32, "v": p.uint8}), "permit": p.struct({"permitted": p.struct({"token": p.address, "amount": p.uint256}), "nonce": p.uint256, "deadline": p.uint256}), "amount": p.uint256, "owner": p.address, "witness": p.struct({"to": p.address, "facilitator": p.address, "validAfter": p.uint256}), "signature": p.bytes}, ),
}

export class Contract extends ContractBase {
}

/// Event types
export type SettledEventArgs = EParams<typeof events.Settled>
export type SettledWithPermitEventArgs = EParams<typeof events.SettledWithPermit>

/// Function types
export type SettleParams = FunctionArguments<typeof functions.settle>
export type SettleReturn = FunctionReturn<typeof functions.settle>

export type SettleWithPermitParams = FunctionArguments<typeof functions.settleWithPermit>
export type SettleWithPermitReturn = FunctionReturn<typeof functions.settleWithPermit>


import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    BatchSettlement: event("0xc2aff8d8a10a4543baabf39bd9ff45e7fc3881d19098df350a3b7f339e911127", "BatchSettlement(bytes32,uint256,bytes)", {"merkleRoot": indexed(p.bytes32), "batchSize": p.uint256, "walrusBlobId": p.bytes}),
    IndividualSettlement: event("0x74e71a1981c03bd0c36f3b1227f3ee2a34dca5d6fef25c4b2787e033ab60b782", "IndividualSettlement(bytes32,address,bytes32,bytes32,uint256,bytes,bytes)", {"teeId": indexed(p.bytes32), "ethAddress": indexed(p.address), "inputHash": p.bytes32, "outputHash": p.bytes32, "timestamp": p.uint256, "walrusBlobId": p.bytes, "signature": p.bytes}),
}

export const functions = {
    batchSettle: fun("0x1b243ae6", "batchSettle(bytes32,uint256,bytes)", {"_merkleRoot": p.bytes32, "_batchSize": p.uint256, "_walrusBlobId": p.bytes}, ),
    settleIndividual: fun("0x90480ad1", "settleIndividual(bytes32,bytes32,bytes32,uint256,address,bytes,bytes)", {"_teeId": p.bytes32, "_inputHash": p.bytes32, "_outputHash": p.bytes32, "_timestamp": p.uint256, "_ethAddress": p.address, "_walrusBlobId": p.bytes, "_signature": p.bytes}, ),
}

export class Contract extends ContractBase {
}

/// Event types
export type BatchSettlementEventArgs = EParams<typeof events.BatchSettlement>
export type IndividualSettlementEventArgs = EParams<typeof events.IndividualSettlement>

/// Function types
export type BatchSettleParams = FunctionArguments<typeof functions.batchSettle>
export type BatchSettleReturn = FunctionReturn<typeof functions.batchSettle>

export type SettleIndividualParams = FunctionArguments<typeof functions.settleIndividual>
export type SettleIndividualReturn = FunctionReturn<typeof functions.settleIndividual>


import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    BatchSettlement: event("0xfa7c610716cb742e297d9aaa305f688a478691d7bdda909887be587592075db0", "BatchSettlement(bytes32,uint256)", {"merkleRoot": indexed(p.bytes32), "batchSize": p.uint256}),
    Settlement: event("0x2dec475996b83d8f0b0b5863ea37b28d71de0e635fecf1042fd2c6e41b2bdda3", "Settlement(bytes32,bytes32)", {"inputHash": indexed(p.bytes32), "outputHash": indexed(p.bytes32)}),
    SettlementWithMetadata: event("0x699118b9cf4c170299a3cd2b24610f4bdd66f1492695baf29c49077ef64c056c", "SettlementWithMetadata(bytes32,bytes32,string,bytes,bytes)", {"inputHash": indexed(p.bytes32), "outputHash": indexed(p.bytes32), "modelInfo": p.string, "inputData": p.bytes, "outputData": p.bytes}),
}

export class Contract extends ContractBase {
}

/// Event types
export type BatchSettlementEventArgs = EParams<typeof events.BatchSettlement>
export type SettlementEventArgs = EParams<typeof events.Settlement>
export type SettlementWithMetadataEventArgs = EParams<typeof events.SettlementWithMetadata>

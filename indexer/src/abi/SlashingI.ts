import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    ValidatorUnjailed: event("0x9390b453426557da5ebdc31f19a37753ca04addf656d32f35232211bb2af3f19", "ValidatorUnjailed(address)", {"validator": indexed(p.address)}),
}

export class Contract extends ContractBase {
}

/// Event types
export type ValidatorUnjailedEventArgs = EParams<typeof events.ValidatorUnjailed>

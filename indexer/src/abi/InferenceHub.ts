import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    InferenceResult: event("0xc1396ff68bc2d8630100df29ce5561fa99078c602e8676ab72a53e37095d7168", "InferenceResult(((string,(int128,int128)[],uint32[])[],(string,string[])[],(string,string)[],bool))", {"output": p.struct({"numbers": p.array(p.struct({"name": p.string, "values": p.array(p.struct({"value": p.int128, "decimals": p.int128})), "shape": p.array(p.uint32)})), "strings": p.array(p.struct({"name": p.string, "values": p.array(p.string)})), "jsons": p.array(p.struct({"name": p.string, "value": p.string})), "is_simulation_result": p.bool})}),
    LLMChatResult: event("0x53fcd580be8545626a896d86eb76e16597d793de715dda5d21df71d303d1ff96", "LLMChatResult((string,(string,string,string,string,(string,string,string)[])))", {"response": p.struct({"finish_reason": p.string, "message": p.struct({"role": p.string, "content": p.string, "name": p.string, "tool_call_id": p.string, "tool_calls": p.array(p.struct({"id": p.string, "name": p.string, "arguments": p.string}))})})}),
    LLMCompletionResult: event("0xe522a1a92cb132ca102e36a004efceb8c83284b64164e0d128ddce12e86cab7b", "LLMCompletionResult((string))", {"response": p.struct({"answer": p.string})}),
}

export class Contract extends ContractBase {
}

/// Event types
export type InferenceResultEventArgs = EParams<typeof events.InferenceResult>
export type LLMChatResultEventArgs = EParams<typeof events.LLMChatResult>
export type LLMCompletionResultEventArgs = EParams<typeof events.LLMCompletionResult>

import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    LLMChat: event("0x4c92d3df7819fcd1c9f9663332f0a599a65eefdad2eaf9193cffb9dbf1919c3b", "LLMChat(string,(uint8,string,(string,string,string,string,(string,string,string)[])[],(string,string,string)[],string,uint32,string[],uint32),(string,(string,string,string,string,(string,string,string)[])))", {"inferenceID": p.string, "request": p.struct({"mode": p.uint8, "modelCID": p.string, "messages": p.array(p.struct({"role": p.string, "content": p.string, "name": p.string, "tool_call_id": p.string, "tool_calls": p.array(p.struct({"id": p.string, "name": p.string, "arguments": p.string}))})), "tools": p.array(p.struct({"description": p.string, "name": p.string, "parameters": p.string})), "tool_choice": p.string, "max_tokens": p.uint32, "stop_sequence": p.array(p.string), "temperature": p.uint32}), "response": p.struct({"finish_reason": p.string, "message": p.struct({"role": p.string, "content": p.string, "name": p.string, "tool_call_id": p.string, "tool_calls": p.array(p.struct({"id": p.string, "name": p.string, "arguments": p.string}))})})}),
    LLMCompletionEvent: event("0x51fe69d513d73ecde3fa3bf17584f7d2acfd5f0b13d367e898d6e11e742127a3", "LLMCompletionEvent(string,(uint8,string,string,uint32,string[],uint32),(string))", {"inferenceID": p.string, "request": p.struct({"mode": p.uint8, "modelCID": p.string, "prompt": p.string, "max_tokens": p.uint32, "stop_sequence": p.array(p.string), "temperature": p.uint32}), "response": p.struct({"answer": p.string})}),
    ModelInferenceEvent: event("0x1b283af3452f3718585ce100f80d9aa81fc60924db4a582a36db6aae3b109d87", "ModelInferenceEvent(string,(uint8,string,((string,(int128,int128)[],uint32[])[],(string,string[])[])),((string,(int128,int128)[],uint32[])[],(string,string[])[],(string,string)[],bool))", {"inferenceID": p.string, "request": p.struct({"mode": p.uint8, "modelCID": p.string, "input": p.struct({"numbers": p.array(p.struct({"name": p.string, "values": p.array(p.struct({"value": p.int128, "decimals": p.int128})), "shape": p.array(p.uint32)})), "strings": p.array(p.struct({"name": p.string, "values": p.array(p.string)}))})}), "response": p.struct({"numbers": p.array(p.struct({"name": p.string, "values": p.array(p.struct({"value": p.int128, "decimals": p.int128})), "shape": p.array(p.uint32)})), "strings": p.array(p.struct({"name": p.string, "values": p.array(p.string)})), "jsons": p.array(p.struct({"name": p.string, "value": p.string})), "is_simulation_result": p.bool})}),
}

export class Contract extends ContractBase {
}

/// Event types
export type LLMChatEventArgs = EParams<typeof events.LLMChat>
export type LLMCompletionEventEventArgs = EParams<typeof events.LLMCompletionEvent>
export type ModelInferenceEventEventArgs = EParams<typeof events.ModelInferenceEvent>

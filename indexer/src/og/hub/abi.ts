import { keccak256Hex } from '@og-explorer/proofs'
import { encodeAbiParameters, hexToBytes, parseAbiParameters } from 'viem'

/**
 * The request and response structs of the legacy inference precompile (IOGInference.sol), for
 * hashing with viem. Hashing goes through viem rather than re-encoding with @subsquid/evm-codec
 * because the latter lays out arrays of static structs (the tensors' (int128,int128)[] values)
 * with wrong offsets (@subsquid/evm-codec 0.3.0; decoding is correct).
 */
const STRUCTS = [
  'struct Number { int128 value; int128 decimals; }',
  'struct NumberTensor { string name; Number[] values; uint32[] shape; }',
  'struct StringTensor { string name; string[] values; }',
  'struct JsonScalar { string name; string value; }',
  'struct ModelInput { NumberTensor[] numbers; StringTensor[] strings; }',
  'struct ModelInferenceRequest { uint8 mode; string modelCID; ModelInput input; }',
  'struct ModelOutput { NumberTensor[] numbers; StringTensor[] strings; JsonScalar[] jsons; bool is_simulation_result; }',
  'struct ToolCall { string id; string name; string arguments; }',
  'struct ChatMessage { string role; string content; string name; string tool_call_id; ToolCall[] tool_calls; }',
  'struct ToolDefinition { string description; string name; string parameters; }',
  'struct LLMChatRequest { uint8 mode; string modelCID; ChatMessage[] messages; ToolDefinition[] tools; string tool_choice; uint32 max_tokens; string[] stop_sequence; uint32 temperature; }',
  'struct LLMChatResponse { string finish_reason; ChatMessage message; }',
  'struct LLMCompletionRequest { uint8 mode; string modelCID; string prompt; uint32 max_tokens; string[] stop_sequence; uint32 temperature; }',
  'struct LLMCompletionResponse { string answer; }',
]

const typeOf = (name: string) => parseAbiParameters([...STRUCTS, `${name} value`])

export const HUB_TYPES = {
  chatRequest: typeOf('LLMChatRequest'),
  chatResponse: typeOf('LLMChatResponse'),
  completionRequest: typeOf('LLMCompletionRequest'),
  completionResponse: typeOf('LLMCompletionResponse'),
  modelRequest: typeOf('ModelInferenceRequest'),
  modelOutput: typeOf('ModelOutput'),
}

/**
 * Nothing is published to verify a hub inference, so its hashes only have to be reproducible:
 * keccak256(abi.encode(value)), what Solidity's `keccak256(abi.encode(request))` gives. The
 * precompile's response and the hub's result have the same type, so both hash the output alike.
 */
export function abiHash(type: (typeof HUB_TYPES)[keyof typeof HUB_TYPES], value: unknown): string {
  return keccak256Hex(hexToBytes(encodeAbiParameters(type as any, [value] as any)))
}

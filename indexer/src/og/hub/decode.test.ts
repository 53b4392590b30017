import { test } from 'node:test'
import assert from 'node:assert/strict'
import { encodeAbiParameters, keccak256 } from 'viem'
import { InferenceMode } from '../../model'
import { decodeHubLog, inferenceMode } from './decode'
import { eventLog, loadAbi } from '../handler-fixtures'

const precompile = loadAbi('InferencePrecompile')
const hub = loadAbi('InferenceHub')
const param = (abi: ReturnType<typeof loadAbi>, event: string, name: string) => abi.find((x) => x.name === event)!.inputs.find((i) => i.name === name)!
const solidityHash = (p: unknown, value: unknown) => keccak256(encodeAbiParameters([p] as any, [value] as any))

export const completionRequest = {
  mode: 2,
  modelCID: 'meta-llama/Llama-3.2-3B-Instruct',
  prompt: 'Hello',
  max_tokens: 50,
  stop_sequence: ['\n'],
  temperature: 0,
}
export const chatRequest = {
  mode: 0,
  modelCID: 'Qm-chat',
  messages: [{ role: 'user', content: 'hi', name: '', tool_call_id: '', tool_calls: [] }],
  tools: [],
  tool_choice: '',
  max_tokens: 100,
  stop_sequence: [],
  temperature: 1,
}
export const chatResponse = {
  finish_reason: 'stop',
  message: { role: 'assistant', content: 'devnet response #1', name: '', tool_call_id: '', tool_calls: [{ id: 't', name: 'f', arguments: '{}' }] },
}
export const modelRequest = {
  mode: 1,
  modelCID: 'QmModel',
  input: { numbers: [{ name: 'x', values: [{ value: -15n, decimals: 1n }], shape: [1] }], strings: [{ name: 's', values: ['a', 'b'] }] },
}
export const modelOutput = {
  numbers: [{ name: 'output', values: [{ value: 4242n, decimals: 4n }], shape: [1] }],
  strings: [],
  jsons: [{ name: 'j', value: '{"a":1}' }],
  is_simulation_result: false,
}

test('LLMCompletionEvent: mode, model, and hashes equal to keccak256(abi.encode(...))', () => {
  const e = decodeHubLog(eventLog(precompile, 'LLMCompletionEvent', { inferenceID: '7', request: completionRequest, response: { answer: 'ok' } }))
  assert.deepEqual(e, {
    side: 'request',
    family: 'completion',
    inferenceId: '7',
    mode: InferenceMode.TEE,
    model: completionRequest.modelCID,
    inputHash: solidityHash(param(precompile, 'LLMCompletionEvent', 'request'), completionRequest),
    outputHash: solidityHash(param(precompile, 'LLMCompletionEvent', 'response'), { answer: 'ok' }),
  })
})

test('the hub result hashes its output exactly as the precompile hashes its response', () => {
  const pre = decodeHubLog(eventLog(precompile, 'LLMChat', { inferenceID: '1', request: chatRequest, response: chatResponse }))
  const res = decodeHubLog(eventLog(hub, 'LLMChatResult', { response: chatResponse }))
  assert.equal(pre?.side, 'request')
  assert.deepEqual(res, { side: 'result', family: 'chat', outputHash: pre!.outputHash })
  assert.equal(pre?.side === 'request' && pre.mode, InferenceMode.VANILLA)

  const model = decodeHubLog(eventLog(precompile, 'ModelInferenceEvent', { inferenceID: '2', request: modelRequest, response: modelOutput }))
  const result = decodeHubLog(eventLog(hub, 'InferenceResult', { output: modelOutput }))
  assert.equal(model?.side === 'request' && model.mode, InferenceMode.ZKML)
  assert.equal(model?.side === 'request' && model.inputHash, solidityHash(param(precompile, 'ModelInferenceEvent', 'request'), modelRequest))
  assert.deepEqual(result, { side: 'result', family: 'model', outputHash: model!.outputHash })
  assert.deepEqual(decodeHubLog(eventLog(hub, 'LLMCompletionResult', { response: { answer: 'ok' } })), {
    side: 'result',
    family: 'completion',
    outputHash: solidityHash(param(precompile, 'LLMCompletionEvent', 'response'), { answer: 'ok' }),
  })
})

test('modes outside 0..2 are UNKNOWN; unrelated topics are undefined', () => {
  assert.deepEqual([0, 1, 2, 3, 255].map(inferenceMode), [
    InferenceMode.VANILLA,
    InferenceMode.ZKML,
    InferenceMode.TEE,
    InferenceMode.UNKNOWN,
    InferenceMode.UNKNOWN,
  ])
  assert.equal(decodeHubLog({ topics: ['0x' + '00'.repeat(32)], data: '0x' }), undefined)
})

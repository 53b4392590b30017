import * as hub from '../../abi/InferenceHub'
import * as precompile from '../../abi/InferencePrecompile'
import { InferenceMode } from '../../model'
import { abiHash, HUB_TYPES as T } from './abi'

/** Which precompile event a hub result answers: each hub function emits one matching pair. */
export type HubFamily = 'chat' | 'completion' | 'model'

/** The 0xF4 precompile's event: request and response of one inference. */
export interface HubRequest {
  side: 'request'
  family: HubFamily
  inferenceId: string
  mode: InferenceMode
  model: string
  inputHash: string
  outputHash: string
}

/** InferenceHub's result event: the response only. */
export interface HubResult {
  side: 'result'
  family: HubFamily
  outputHash: string
}

export type HubLog = HubRequest | HubResult

interface LogLike {
  topics: string[]
  data: string
}

/** SDK InferenceMode: VANILLA = 0, ZKML = 1, TEE = 2. */
export function inferenceMode(mode: number): InferenceMode {
  return [InferenceMode.VANILLA, InferenceMode.ZKML, InferenceMode.TEE][mode] ?? InferenceMode.UNKNOWN
}

const p = precompile.events
const h = hub.events

function request(
  family: HubFamily,
  e: { inferenceID: string; request: { mode: number; modelCID: string } },
  hashes: { inputHash: string; outputHash: string },
): HubRequest {
  return { side: 'request', family, inferenceId: e.inferenceID, mode: inferenceMode(e.request.mode), model: e.request.modelCID, ...hashes }
}

/** undefined for topics that are not inference events. */
export function decodeHubLog(log: LogLike): HubLog | undefined {
  switch (log.topics[0]) {
    case p.LLMChat.topic: {
      const e = p.LLMChat.decode(log)
      return request('chat', e, { inputHash: abiHash(T.chatRequest, e.request), outputHash: abiHash(T.chatResponse, e.response) })
    }
    case p.LLMCompletionEvent.topic: {
      const e = p.LLMCompletionEvent.decode(log)
      return request('completion', e, { inputHash: abiHash(T.completionRequest, e.request), outputHash: abiHash(T.completionResponse, e.response) })
    }
    case p.ModelInferenceEvent.topic: {
      const e = p.ModelInferenceEvent.decode(log)
      return request('model', e, { inputHash: abiHash(T.modelRequest, e.request), outputHash: abiHash(T.modelOutput, e.response) })
    }
    case h.LLMChatResult.topic:
      return { side: 'result', family: 'chat', outputHash: abiHash(T.chatResponse, h.LLMChatResult.decode(log).response) }
    case h.LLMCompletionResult.topic:
      return { side: 'result', family: 'completion', outputHash: abiHash(T.completionResponse, h.LLMCompletionResult.decode(log).response) }
    case h.InferenceResult.topic:
      return { side: 'result', family: 'model', outputHash: abiHash(T.modelOutput, h.InferenceResult.decode(log).output) }
    default:
      return undefined
  }
}

import type { EvmBatchProcessor } from '@subsquid/evm-processor'

/**
 * True for the error node-fetch throws when a connection dies after the answer's headers, while its
 * body is being read ("Invalid response body while trying to fetch …: aborted").
 *
 * Subsquid's rpc-client retries timeouts, 429/502/503/504 and failures before any answer ("request to
 * … failed"), but not this one: it rejects the call and the processor exits, so every dropped
 * connection cost a restart. The processor only sends reads, so sending the call again is safe.
 */
export function isDroppedResponse(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const fetchError = error as Error & { type?: unknown }
  return fetchError.name === 'FetchError' && fetchError.type === 'system' && fetchError.message.startsWith('Invalid response body')
}

/** The one public hook of @subsquid/rpc-client's RpcClient that decides "retry with backoff" or "fail". */
export interface ConnectionErrorJudge {
  isConnectionError(error: Error): boolean
}

/** Makes a client treat a dropped response as a connection error: retried after its backoff, like a timeout. */
export function retryDroppedResponses<C extends ConnectionErrorJudge>(client: C): C {
  const judge = client.isConnectionError.bind(client)
  client.isConnectionError = (error: Error) => judge(error) || isDroppedResponse(error)
  return client
}

/**
 * The processor builds its RPC client itself, in a private memoised method (`getChainRpcClient` in
 * 1.27.3) with no option to change how errors are judged; this wraps the client it builds. The check
 * below turns an upgrade that renames the method into a clear error at start instead of silent restarts.
 */
export function retryDroppedResponsesIn(processor: EvmBatchProcessor<any>): void {
  const internals = processor as unknown as { getChainRpcClient?: () => ConnectionErrorJudge }
  const build = internals.getChainRpcClient
  if (typeof build !== 'function') throw new Error('@subsquid/evm-processor has no getChainRpcClient any more: see rpc/dropped-responses.ts')
  const wrapped = new WeakSet<ConnectionErrorJudge>()
  internals.getChainRpcClient = function (this: unknown) {
    const client = build.call(this)
    if (!wrapped.has(client)) {
      wrapped.add(client)
      retryDroppedResponses(client)
    }
    return client
  }
}

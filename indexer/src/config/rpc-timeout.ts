/**
 * How long one JSON-RPC request may take before it is abandoned and retried, when RPC_TIMEOUT_MS is
 * unset. It is @subsquid/evm-processor's own `requestTimeout` default, so the processors' client and
 * the indexer's other RPC reads (state reads, start checks, start-block discovery) give up together.
 */
export const DEFAULT_RPC_TIMEOUT_MS = 30_000

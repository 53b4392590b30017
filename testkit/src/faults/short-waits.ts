/**
 * The indexer settings the fault suite runs its processors with, so that an injected fault costs the
 * seconds a local devnet needs rather than the minutes a production endpoint is given. The faults
 * are the same: a request held past the client's timeout is still a timeout, and a blob store that
 * was down is still retried with a doubling wait, only up to a lower ceiling.
 */

/**
 * RPC_TIMEOUT_MS for every processor of the suite. A local anvil answers the largest request of the
 * small devnet well inside it, even on a loaded machine, so only the injected timeouts reach it.
 */
export const FAULT_RPC_TIMEOUT_MS = 5_000

/** how long the RPC proxy holds a 'timeout' request: past the client's timeout, so the client gives up first */
export const FAULT_RPC_HOLD_MS = FAULT_RPC_TIMEOUT_MS + 2_000

/**
 * BLOB_RETRY_MAX_DELAY_MS: after the bad-data case's outage a blob waits at most this long for its
 * next try, where the production ceiling would have it wait about as long as the outage lasted.
 */
export const FAULT_BLOB_RETRY_MAX_DELAY_MS = 2_000

export const SHORT_WAITS_ENV: Record<string, string> = {
  RPC_TIMEOUT_MS: String(FAULT_RPC_TIMEOUT_MS),
  BLOB_RETRY_MAX_DELAY_MS: String(FAULT_BLOB_RETRY_MAX_DELAY_MS),
}

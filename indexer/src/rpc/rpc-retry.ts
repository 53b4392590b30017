/**
 * When to try a JSON-RPC request again, and how long to wait first. Providers answer overload with
 * HTTP 429 (often with Retry-After), with 5xx from their load balancers, or with HTTP 200 and a
 * JSON-RPC error per call (-32005, "rate limit", "too many requests").
 */

export interface RetryPolicy {
  /** attempts in all, the first included */
  maxAttempts: number
  /** total time spent waiting between attempts before giving up */
  budgetMs: number
  baseMs: number
  maxDelayMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 10, budgetMs: 60_000, baseMs: 250, maxDelayMs: 10_000 }

/** A failure worth another attempt; `retryAfterMs` when the server said how long to wait. */
export class RetryableRpcError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message)
  }
}

/** Retry-After as seconds or as an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000)
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || status >= 500
}

const RATE_LIMIT_MESSAGE = /rate.?limit|too many requests|exceeded .*(capacity|quota|limit)|request limit/i

/** A JSON-RPC error that says "slow down" rather than "this call failed". */
export function isRateLimitReply(reply: any): boolean {
  const error = reply?.error
  if (!error) return false
  return error.code === -32005 || error.code === 429 || RATE_LIMIT_MESSAGE.test(String(error.message ?? ''))
}

/**
 * Wait before attempt `attempt + 1` (attempt counts from 0): the server's Retry-After when given
 * (capped, so a hostile value cannot stall indexing for hours), else exponential with jitter so
 * that several readers do not retry in step.
 */
export function retryDelay(policy: RetryPolicy, attempt: number, retryAfterMs?: number, random = Math.random): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxDelayMs)
  const exponential = Math.min(policy.maxDelayMs, policy.baseMs * 2 ** attempt)
  return Math.round(exponential * (0.5 + random() / 2))
}

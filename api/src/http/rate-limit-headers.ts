/**
 * The RateLimit header fields of the IETF draft (docs/sources.md#16-ratelimit-header-fields):
 * `RateLimit-Policy` names the client's quotas (the same on every answer) and `RateLimit` says what
 * is left of them now. The API has two: "window", requests per fixed window, and "in-flight", requests
 * open at once (quota unit "concurrent-requests"). The earlier draft's RateLimit-Limit, -Remaining and
 * -Reset stay beside them for clients written against it.
 */

/** the window limiter's answer for one request */
export interface RateDecision {
  allowed: boolean
  limit: number
  remaining: number
  /** seconds until the window resets */
  resetSeconds: number
}

export interface RateLimitPolicies {
  windowSeconds: number
  /** requests one client may have open at once; without it only the window is advertised */
  maxInFlight?: number
}

/** an in-flight limit this large is no limit (tests and benches switch it off that way) */
const ADVERTISED_IN_FLIGHT_MAX = 1_000_000

function advertisesInFlight(p: RateLimitPolicies): p is RateLimitPolicies & { maxInFlight: number } {
  return p.maxInFlight !== undefined && p.maxInFlight < ADVERTISED_IN_FLIGHT_MAX
}

export function rateLimitPolicy(limit: number, p: RateLimitPolicies): string {
  const window = `"window";q=${limit};w=${p.windowSeconds}`
  return advertisesInFlight(p) ? `${window}, "in-flight";q=${p.maxInFlight};qu="concurrent-requests"` : window
}

/**
 * The headers of an answer counted against the window `d`. `inFlightRemaining` is given when the
 * answer is about the in-flight limit (its 429 says none is left).
 */
export function rateLimitHeaders(d: RateDecision, p: RateLimitPolicies, inFlightRemaining?: number): Record<string, string> {
  const limits = [`"window";r=${d.remaining};t=${d.resetSeconds}`]
  if (inFlightRemaining !== undefined && advertisesInFlight(p)) limits.push(`"in-flight";r=${inFlightRemaining}`)
  return {
    'RateLimit-Limit': String(d.limit),
    'RateLimit-Remaining': String(d.remaining),
    'RateLimit-Reset': String(d.resetSeconds),
    'RateLimit-Policy': rateLimitPolicy(d.limit, p),
    RateLimit: limits.join(', '),
  }
}

import type { Plugin } from 'graphql-yoga'
import { ErrorCode } from '../errors'
import { clientIp } from './client-ip'

export interface RateDecision {
  allowed: boolean
  limit: number
  remaining: number
  /** seconds until the window resets */
  resetSeconds: number
}

/**
 * A fixed window per client: at most `max` requests per `windowSeconds`. Windows of idle clients
 * are dropped when a window turns over, so a scan from many addresses cannot grow memory without end.
 */
export class FixedWindowLimiter {
  private counts = new Map<string, number>()
  private windowStart: number

  constructor(
    readonly max: number,
    readonly windowSeconds: number,
    private readonly now: () => number = Date.now,
  ) {
    this.windowStart = this.currentWindow()
  }

  private currentWindow(): number {
    const ms = this.windowSeconds * 1000
    return Math.floor(this.now() / ms) * ms
  }

  hit(key: string): RateDecision {
    const window = this.currentWindow()
    if (window !== this.windowStart) {
      this.counts.clear()
      this.windowStart = window
    }
    const used = (this.counts.get(key) ?? 0) + 1
    this.counts.set(key, used)
    const resetSeconds = Math.max(1, Math.ceil((window + this.windowSeconds * 1000 - this.now()) / 1000))
    return { allowed: used <= this.max, limit: this.max, remaining: Math.max(0, this.max - used), resetSeconds }
  }
}

export function rateLimitHeaders(d: RateDecision, windowSeconds: number): Record<string, string> {
  return {
    'RateLimit-Limit': String(d.limit),
    'RateLimit-Remaining': String(d.remaining),
    'RateLimit-Reset': String(d.resetSeconds),
    'RateLimit-Policy': `${d.limit};w=${windowSeconds}`,
  }
}

/**
 * Per-IP limit on /graphql and /export with the standard RateLimit-* headers and 429 + Retry-After.
 * Written here rather than with @envelop/rate-limiter, which limits individual fields inside an
 * execution and so can neither answer 429 nor set response headers.
 */
export function useRateLimit(options: { max: number; windowSeconds: number; trustProxy: boolean; paths: RegExp }): Plugin {
  const limiter = new FixedWindowLimiter(options.max, options.windowSeconds)
  const decisions = new WeakMap<Request, RateDecision>()
  return {
    onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (!options.paths.test(url.pathname)) return
      const decision = limiter.hit(clientIp(request, serverContext, options.trustProxy))
      decisions.set(request, decision)
      if (!decision.allowed) {
        const body = { errors: [{ message: `rate limit of ${decision.limit} requests per ${options.windowSeconds} s exceeded; retry in ${decision.resetSeconds} s`, extensions: { code: ErrorCode.RATE_LIMITED } }] }
        endResponse(
          new fetchAPI.Response(JSON.stringify(body), {
            status: 429,
            headers: { 'content-type': 'application/json', 'Retry-After': String(decision.resetSeconds), ...rateLimitHeaders(decision, options.windowSeconds) },
          }),
        )
      }
    },
    onResponse({ request, response }) {
      const decision = decisions.get(request)
      if (!decision || response.status === 429) return
      for (const [k, v] of Object.entries(rateLimitHeaders(decision, options.windowSeconds))) response.headers.set(k, v)
    },
  }
}

import type { IncomingMessage } from 'node:http'
import type { Plugin } from 'graphql-yoga'
import { ErrorCode } from '../errors'
import { clientIp } from './client-ip'
import { admittedDecision } from './client-admission'
import type { ClientLimits } from './client-limits'
import { rateLimitHeaders, type RateDecision } from './rate-limit-headers'

export { InFlightLimiter } from './client-admission'
export { rateLimitHeaders, type RateDecision } from './rate-limit-headers'

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

/** the paths whose requests count against a client's limits (yoga.ts passes the same to useRateLimit) */
export const LIMITED_PATHS = /^\/(graphql|export\/)/

/**
 * A live stream (Server-Sent Events) holds no pooled connection for its life; it is bounded by the live
 * subscription's own limits (api/src/live), so an open tab does not take one of its client's slots.
 */
export function isLiveStream(method: string, search: URLSearchParams, accept: string | null | undefined): boolean {
  return method === 'GET' && /^\s*subscription\b/.test(search.get('query') ?? '') && (accept ?? '').includes('text/event-stream')
}

/** whether a request on a limited path waits for one of its client's turns: GraphQL does, a CSV export does not */
export function takesTurn(pathname: string): boolean {
  return !pathname.startsWith('/export/')
}

/** the answer to a request past its client's in-flight limit (429 with Retry-After: 1) */
export function inFlightRefusalBody(max: number): string {
  return JSON.stringify({
    errors: [{ message: `${max} requests from this client are still running; wait for one to finish`, extensions: { code: ErrorCode.RATE_LIMITED } }],
  })
}

/** the answer to a request past its client's window (429 with Retry-After until the window turns) */
export function windowRefusalBody(decision: RateDecision, windowSeconds: number): string {
  return JSON.stringify({
    errors: [
      {
        message: `rate limit of ${decision.limit} requests per ${windowSeconds} s exceeded; retry in ${decision.resetSeconds} s`,
        extensions: { code: ErrorCode.RATE_LIMITED },
      },
    ],
  })
}

/**
 * Per-IP limit on /graphql and /export with the standard RateLimit-* headers and 429 + Retry-After.
 * Written here rather than with @envelop/rate-limiter, which limits individual fields inside an
 * execution and so can neither answer 429 nor set response headers.
 */
export function useRateLimit(options: {
  /** the API's one set of client limits, shared with the front door (client-limits.ts) */
  limits: ClientLimits
  paths: RegExp
}): Plugin {
  const { settings, window: limiter, admission, policies } = options.limits
  const decisions = new WeakMap<Request, RateDecision>()
  /** releases a request's in-flight slot, once, when its answer is out (or it failed) */
  const releases = new WeakMap<Request, () => void>()
  return {
    onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      // a CORS preflight is the browser's, not the client's, request: the door does not count it either
      if (!options.paths.test(url.pathname) || request.method === 'OPTIONS') return
      const socketRequest = (serverContext as { req?: IncomingMessage } | undefined)?.req
      // the front door has already counted it in its window and given it its place and turn (front-door.ts)
      const atTheDoor = admittedDecision(socketRequest)
      if (atTheDoor) {
        decisions.set(request, atTheDoor)
        return
      }
      const ip = clientIp(request, serverContext, settings.trustProxy)
      const decision = limiter.hit(ip)
      decisions.set(request, decision)
      const stream = isLiveStream(request.method, url.searchParams, request.headers.get('accept'))
      if (decision.allowed && !stream) {
        const place = admission.enter(ip, takesTurn(url.pathname))
        if (place.refused) {
          return endResponse(
            new fetchAPI.Response(inFlightRefusalBody(settings.maxInFlight), {
              status: 429,
              headers: { 'content-type': 'application/json', 'Retry-After': '1', ...rateLimitHeaders(decision, policies, 0) },
            }),
          )
        }
        // on a socket the slot is held until the answer has been written (a slow reader keeps it);
        // without one (tests call yoga.fetch) it is released with the response
        const res = (serverContext as { res?: { once(event: 'close', f: () => void): void } } | undefined)?.res
        if (res) res.once('close', place.release)
        else releases.set(request, place.release)
        // its body is read, parsed and validated only on its turn
        if (place.ready) return place.ready
      }
      return refuseOverWindow()

      function refuseOverWindow() {
        if (decision.allowed) return
        endResponse(
          new fetchAPI.Response(windowRefusalBody(decision, settings.windowSeconds), {
            status: 429,
            headers: { 'content-type': 'application/json', 'Retry-After': String(decision.resetSeconds), ...rateLimitHeaders(decision, policies) },
          }),
        )
      }
    },
    onResponse({ request, response }) {
      releases.get(request)?.()
      const decision = decisions.get(request)
      if (!decision || response.status === 429) return
      for (const [k, v] of Object.entries(rateLimitHeaders(decision, policies))) response.headers.set(k, v)
    },
  }
}

import type { Plugin } from 'graphql-yoga'
import { ErrorCode } from '../errors'
import { clientIp } from './client-ip'
import { ClientTurns } from './client-turns'

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

/**
 * Requests each client has open right now. A window limit lets one client start its whole quota
 * at once, which holds every pooled connection for as long as its slowest query; with at most
 * `max` open, one client can never take the pool, and the next request is refused at once instead
 * of queueing behind its own.
 */
export class InFlightLimiter {
  private open = new Map<string, number>()

  constructor(readonly max: number) {}

  /** true and counted when the client is under its limit; every true must be released once */
  tryAcquire(key: string): boolean {
    const n = this.open.get(key) ?? 0
    if (n >= this.max) return false
    this.open.set(key, n + 1)
    return true
  }

  release(key: string): void {
    const n = (this.open.get(key) ?? 0) - 1
    // the entry goes with the client's last request, so the map holds only clients with work open
    if (n <= 0) this.open.delete(key)
    else this.open.set(key, n)
  }

  inFlight(key: string): number {
    return this.open.get(key) ?? 0
  }

  clients(): number {
    return this.open.size
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
export function useRateLimit(options: {
  max: number
  windowSeconds: number
  trustProxy: boolean
  maxInFlight?: number
  /** of a client's requests in flight, how many are worked on at once; the rest wait their turn (ClientTurns) */
  maxRunning?: number
  paths: RegExp
}): Plugin {
  const limiter = new FixedWindowLimiter(options.max, options.windowSeconds)
  const inFlight = new InFlightLimiter(options.maxInFlight ?? Number.MAX_SAFE_INTEGER)
  const turns = new ClientTurns(options.maxRunning ?? Number.MAX_SAFE_INTEGER)
  const decisions = new WeakMap<Request, RateDecision>()
  /** releases a request's in-flight slot, once, when its answer is out (or it failed) */
  const releases = new WeakMap<Request, () => void>()
  return {
    onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (!options.paths.test(url.pathname)) return
      const ip = clientIp(request, serverContext, options.trustProxy)
      const decision = limiter.hit(ip)
      decisions.set(request, decision)
      // a live stream (Server-Sent Events) holds no pooled connection for its life; it is bounded by the live
      // subscription's own limits (api/src/live), so an open tab does not take one of its client's slots
      const stream =
        request.method === 'GET' &&
        /^\s*subscription\b/.test(url.searchParams.get('query') ?? '') &&
        (request.headers.get('accept') ?? '').includes('text/event-stream')
      if (decision.allowed && !stream && !inFlight.tryAcquire(ip)) {
        const body = {
          errors: [
            { message: `${inFlight.max} requests from this client are still running; wait for one to finish`, extensions: { code: ErrorCode.RATE_LIMITED } },
          ],
        }
        return endResponse(
          new fetchAPI.Response(JSON.stringify(body), {
            status: 429,
            headers: { 'content-type': 'application/json', 'Retry-After': '1', ...rateLimitHeaders(decision, options.windowSeconds) },
          }),
        )
      }
      if (decision.allowed && !stream) {
        const turn = turns.take(ip)
        let released = false
        const release = () => {
          if (released) return
          released = true
          inFlight.release(ip)
          // a request that went away while waiting never had a turn to pass on
          if (!turn.abandon()) turns.release(ip)
        }
        // on a socket the slot is held until the answer has been written (a slow reader keeps it);
        // without one (tests call yoga.fetch) it is released with the response
        const res = (serverContext as { res?: { once(event: 'close', f: () => void): void } } | undefined)?.res
        if (res) res.once('close', release)
        else releases.set(request, release)
        // its body is read, parsed and validated only on its turn
        if (turn.ready) return turn.ready
      }
      if (!decision.allowed) {
        const body = {
          errors: [
            {
              message: `rate limit of ${decision.limit} requests per ${options.windowSeconds} s exceeded; retry in ${decision.resetSeconds} s`,
              extensions: { code: ErrorCode.RATE_LIMITED },
            },
          ],
        }
        endResponse(
          new fetchAPI.Response(JSON.stringify(body), {
            status: 429,
            headers: { 'content-type': 'application/json', 'Retry-After': String(decision.resetSeconds), ...rateLimitHeaders(decision, options.windowSeconds) },
          }),
        )
      }
    },
    onResponse({ request, response }) {
      releases.get(request)?.()
      const decision = decisions.get(request)
      if (!decision || response.status === 429) return
      for (const [k, v] of Object.entries(rateLimitHeaders(decision, options.windowSeconds))) response.headers.set(k, v)
    },
  }
}

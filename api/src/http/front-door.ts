import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import { markAdmitted } from './client-admission'
import { nodeClientIp } from './client-ip'
import type { ClientLimits } from './client-limits'
import { corsHeadersFor } from './cors'
import { LIMITED_PATHS, inFlightRefusalBody, isLiveStream, takesTurn, windowRefusalBody } from './rate-limit'
import { rateLimitHeaders } from './rate-limit-headers'

/** what /healthz answers, here and in useHealthRoutes (the path for callers without a socket, such as tests) */
export const LIVENESS = { status: 'ok' }
const LIVENESS_BODY = JSON.stringify(LIVENESS)

/** an answer the door gave itself, for /metrics (the API's own answers are counted by its plugin) */
export type DoorObserver = (route: 'health' | 'graphql' | 'export', status: number, seconds: number) => void

export interface FrontDoorOptions {
  /**
   * each client's window, requests in flight and worked on at once, the same object the API's
   * useRateLimit counts against (api.limits); without them the door only answers /healthz
   */
  limits?: ClientLimits
  /** origins whose pages may read the door's refusals (API_CORS_ORIGINS) */
  corsOrigins?: readonly string[]
  /** told of every answer the door gives itself (a counter and a histogram: a few microseconds) */
  observe?: DoorObserver
}

/**
 * The HTTP server's first handler, before a request is turned into a fetch Request, before any
 * plugin and before its body is read. It answers /healthz, so a liveness probe costs the event loop
 * a few header writes however many requests are being worked on. And it gives each request to
 * /graphql and /export its client's place (ClientAdmission): past the in-flight limit it answers 429
 * at once, and past the client's turns it holds the request unread until a turn comes. Forty
 * requests at once from one client then cost the event loop little more than their headers, and only
 * a few of them reach the API together. Everything else goes straight on to `next` (the API).
 */
export function withFrontDoor(next: RequestListener, options: FrontDoorOptions = {}): RequestListener {
  const limits = options.limits
  const observe = options.observe
  return (req, res) => {
    const url = req.url ?? '/'
    if (url === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      const started = observe && performance.now()
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(LIVENESS_BODY),
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      })
      res.end(req.method === 'HEAD' ? undefined : LIVENESS_BODY)
      if (observe) observe('health', 200, (performance.now() - (started as number)) / 1000)
      return
    }
    if (!limits || req.method === 'OPTIONS' || !LIMITED_PATHS.test(url) || liveStream(req, url)) return next(req, res)
    const { settings, window, admission, policies } = limits
    const client = nodeClientIp(req, settings.trustProxy)
    const decision = window.hit(client)
    const route = takesTurn(url) ? 'graphql' : 'export'
    const refuseWith = (body: string, retryAfter: number, headers: Record<string, string>) => {
      const started = performance.now()
      refuse(req, res, body, retryAfter, headers, options.corsOrigins ?? [])
      observe?.(route, 429, (performance.now() - started) / 1000)
    }
    if (!decision.allowed) return refuseWith(windowRefusalBody(decision, settings.windowSeconds), decision.resetSeconds, rateLimitHeaders(decision, policies))
    const place = admission.enter(client, takesTurn(url))
    if (place.refused) return refuseWith(inFlightRefusalBody(settings.maxInFlight), 1, rateLimitHeaders(decision, policies, 0))
    markAdmitted(req, decision)
    // held until the answer is written or the client goes away (a slow reader keeps its place)
    res.once('close', place.release)
    if (place.ready) void place.ready.then(() => next(req, res))
    else next(req, res)
  }
}

function liveStream(req: IncomingMessage, url: string): boolean {
  if (req.method !== 'GET') return false
  const q = url.indexOf('?')
  return q >= 0 && isLiveStream('GET', new URLSearchParams(url.slice(q + 1)), req.headers.accept)
}

function refuse(
  req: IncomingMessage,
  res: ServerResponse,
  body: string,
  retryAfter: number,
  limitHeaders: Record<string, string>,
  corsOrigins: readonly string[],
): void {
  res.writeHead(429, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'retry-after': String(retryAfter),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...limitHeaders,
    ...corsHeadersFor(corsOrigins, req.method ?? 'GET', req.headers.origin),
  })
  res.end(body)
}

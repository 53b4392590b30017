import type { RequestListener } from 'node:http'

/** what /healthz answers, here and in useHealthRoutes (the path for callers without a socket, such as tests) */
export const LIVENESS = { status: 'ok' }
const LIVENESS_BODY = JSON.stringify(LIVENESS)

/**
 * The HTTP server's first handler: /healthz is answered here, before the request is turned into a
 * fetch Request and before any plugin, rate limit or body parsing, so a liveness probe costs the
 * event loop a few header writes however many requests are being worked on. Everything else goes
 * on to `next` (the API). /healthz with a query string takes the plugin's path, with the same answer.
 */
export function withFrontDoor(next: RequestListener): RequestListener {
  return (req, res) => {
    if (req.url === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(LIVENESS_BODY),
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      })
      res.end(req.method === 'HEAD' ? undefined : LIVENESS_BODY)
      return
    }
    next(req, res)
  }
}

import type { Plugin } from 'graphql-yoga'

/** Response headers a page on an allowed origin may read (rate limits, CSV facts, the file name). */
const EXPOSED = [
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
  'RateLimit-Policy',
  'Retry-After',
  'X-Row-Cap',
  'X-Indexed-Heads',
  'Content-Disposition',
]
/** What a GraphQL client sends; anything else in a preflight is not allowed. */
const ALLOWED_HEADERS = ['content-type', 'accept']

/**
 * CORS headers for one request: only an origin on the allow-list gets any, and never
 * Access-Control-Allow-Credentials, so no page can make a visitor's browser read the API with
 * their cookies. With an empty list only the API's own origin (the web app) can read responses.
 */
export function corsHeaders(allowList: readonly string[], request: Request): Record<string, string> {
  return corsHeadersFor(allowList, request.method, request.headers.get('origin'))
}

/** corsHeaders from the request's method and Origin header alone (the front door has no fetch Request) */
export function corsHeadersFor(allowList: readonly string[], method: string, origin: string | null | undefined): Record<string, string> {
  const headers: Record<string, string> = {}
  if (allowList.length > 0) headers.Vary = 'Origin'
  if (!origin || !allowList.includes(origin)) return headers
  headers['Access-Control-Allow-Origin'] = origin
  if (method === 'OPTIONS') {
    headers['Access-Control-Allow-Methods'] = 'GET, POST, OPTIONS'
    headers['Access-Control-Allow-Headers'] = ALLOWED_HEADERS.join(', ')
    headers['Access-Control-Max-Age'] = '600'
  } else {
    headers['Access-Control-Expose-Headers'] = EXPOSED.join(', ')
  }
  return headers
}

/** Replaces yoga's CORS, which reflects any origin with credentials unless told otherwise. */
export function useCorsAllowList(allowList: readonly string[]): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      // a preflight is answered here: 204, with the CORS headers only for allowed origins
      if (request.method === 'OPTIONS') endResponse(new fetchAPI.Response(null, { status: 204, headers: { 'Content-Length': '0' } }))
    },
    onResponse({ request, response }) {
      for (const [k, v] of Object.entries(corsHeaders(allowList, request))) response.headers.set(k, v)
    },
  }
}

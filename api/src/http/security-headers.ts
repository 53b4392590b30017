import type { Plugin } from 'graphql-yoga'

/**
 * The web app's policy: scripts only from this origin, no inline script (the built app has none),
 * never framed. Inline styles stay allowed: React and the chart library set style attributes, and
 * a style cannot run code.
 */
export const APP_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

/**
 * Headers on every response (API, CSV, web app, GraphiQL): no MIME sniffing, no referrer sent to
 * other sites, never rendered inside a frame (CSP frame-ancestors, and X-Frame-Options for old
 * browsers). A response that set its own CSP (GraphiQL's page) keeps it.
 */
export function useSecurityHeaders(): Plugin {
  return {
    onResponse({ response }) {
      const h = response.headers
      h.set('X-Content-Type-Options', 'nosniff')
      h.set('Referrer-Policy', 'no-referrer')
      h.set('X-Frame-Options', 'DENY')
      if (!h.has('Content-Security-Policy')) h.set('Content-Security-Policy', APP_CSP)
    },
  }
}

import type { IncomingMessage } from 'node:http'

/**
 * The caller's address: the socket's, or the first X-Forwarded-For hop when the API sits behind a
 * proxy it trusts (otherwise anyone could pick their own bucket by sending the header).
 */
export function clientIp(request: Request, serverContext: unknown, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
    if (forwarded) return forwarded
  }
  const req = (serverContext as { req?: IncomingMessage } | undefined)?.req
  return req?.socket?.remoteAddress ?? 'local'
}

import type { IncomingMessage } from 'node:http'

/**
 * The caller's address: the socket's, or the first X-Forwarded-For hop when the API sits behind a
 * proxy it trusts (otherwise anyone could pick their own bucket by sending the header).
 */
export function clientIp(request: Request, serverContext: unknown, trustProxy: boolean): string {
  const req = (serverContext as { req?: IncomingMessage } | undefined)?.req
  return clientAddress(request.headers.get('x-forwarded-for'), req?.socket?.remoteAddress, trustProxy)
}

/** clientIp for a request not yet turned into a fetch Request (the front door) */
export function nodeClientIp(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for']
  return clientAddress(Array.isArray(forwarded) ? forwarded.join(',') : forwarded, req.socket?.remoteAddress, trustProxy)
}

function clientAddress(forwardedFor: string | null | undefined, socketAddress: string | undefined, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = forwardedFor?.split(',')[0]?.trim()
    if (forwarded) return forwarded
  }
  return socketAddress ?? 'local'
}

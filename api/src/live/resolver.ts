import { ErrorCode, apiError } from '../errors'
import { clientIp } from '../http/client-ip'
import type { LiveEvent } from './events'
import type { LiveHub } from './hub'

/**
 * The `live` subscription. Its cost is the same for every subscriber and bounded up front: the
 * database reads belong to the hub's one poller (the heads, then at most API_LIVE_MAX_ROWS rows per
 * chain per moved head), and a subscriber holds only its socket and a capped queue, so the request
 * cost model (which prices queries) has nothing to add; the bound is the subscriber limit.
 */
interface LiveContext {
  live?: LiveHub
  request?: Request
  config?: { rateLimit: { trustProxy: boolean } }
}

export const liveSubscriptionResolvers = {
  live: {
    subscribe(_parent: unknown, _args: unknown, ctx: LiveContext): AsyncIterableIterator<LiveEvent> {
      if (!ctx.live) throw apiError(ErrorCode.OVERLOADED, 'live updates are not enabled on this server')
      // the rate limiter's notion of a client: the socket's address, or the trusted proxy's hop
      const client = ctx.request ? clientIp(ctx.request, ctx, ctx.config?.rateLimit.trustProxy ?? false) : 'local'
      return ctx.live.subscribe(client)
    },
    resolve: (event: LiveEvent) => event,
  },
}

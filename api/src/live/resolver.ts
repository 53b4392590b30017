import { ErrorCode, apiError } from '../errors'
import type { LiveEvent } from './events'
import type { LiveHub } from './hub'

/**
 * The `live` subscription. Its cost is the same for every subscriber and bounded up front: the
 * database reads belong to the hub's one poller (the heads, then at most API_LIVE_MAX_ROWS rows per
 * chain per moved head), and a subscriber holds only its socket and a capped queue, so the request
 * cost model (which prices queries) has nothing to add; the bound is the subscriber limit.
 */
export const liveSubscriptionResolvers = {
  live: {
    subscribe(_parent: unknown, _args: unknown, ctx: { live?: LiveHub }): AsyncIterableIterator<LiveEvent> {
      if (!ctx.live) throw apiError(ErrorCode.OVERLOADED, 'live updates are not enabled on this server')
      return ctx.live.subscribe()
    },
    resolve: (event: LiveEvent) => event,
  },
}

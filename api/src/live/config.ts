import { z } from 'zod'

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback)

const LiveEnv = z.object({
  /** open `live` subscriptions one API process holds; the next is refused with OVERLOADED */
  API_LIVE_MAX_SUBSCRIBERS: positiveInt(2000),
  /** of those, how many one client (address) may hold: a tab holds one */
  API_LIVE_MAX_PER_CLIENT: positiveInt(64),
  /** how often the one shared poller reads the indexed heads while anyone is subscribed */
  API_LIVE_POLL_MS: positiveInt(250),
  /** new settlements (and payments) one push carries at most; the event says when more arrived */
  API_LIVE_MAX_ROWS: positiveInt(50),
  /** events one slow subscriber may have waiting before the oldest are dropped (it is told) */
  API_LIVE_QUEUE: positiveInt(16),
})

export interface LiveConfig {
  maxSubscribers: number
  maxPerClient: number
  pollMs: number
  maxRows: number
  queue: number
}

/** The live updates' settings, read once when the API starts; a bad value stops it with the variable's name. */
export function loadLiveConfig(env: NodeJS.ProcessEnv = process.env): LiveConfig {
  // an empty variable means unset, as in the API's other settings
  const parsed = LiveEnv.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== '')))
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`invalid API environment: ${problems}`)
  }
  const e = parsed.data
  return Object.freeze({
    maxSubscribers: e.API_LIVE_MAX_SUBSCRIBERS,
    maxPerClient: e.API_LIVE_MAX_PER_CLIENT,
    pollMs: e.API_LIVE_POLL_MS,
    maxRows: e.API_LIVE_MAX_ROWS,
    queue: e.API_LIVE_QUEUE,
  })
}

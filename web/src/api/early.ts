import { post, type Exchange } from './post'

/**
 * Requests started by boot.ts while the app's code is still on its way, kept until the app asks the same
 * document with the same variables (gql takes them from here). Each is taken once: a later ask of the same
 * query is a request of its own, so nothing here outlives the first render. One left untaken (its panel
 * asked with other variables) is dropped after FRESH_MS, as react-query would consider it stale.
 */
const FRESH_MS = 10_000

interface Started {
  at: number
  exchange: Promise<Exchange>
}

const started = new Map<string, Started>()

const keyOf = (query: string, variables: Record<string, unknown>) => JSON.stringify([query, variables])

/** Starts the request now; the promise is its exchange, for a request that depends on its answer. */
export function startEarly(query: string, variables: Record<string, unknown> = {}): Promise<Exchange> {
  const exchange = post(query, variables)
  // a failure is the app's to report when it takes the request, not an unhandled rejection before then
  exchange.catch(() => {})
  started.set(keyOf(query, variables), { at: Date.now(), exchange })
  return exchange
}

/** The request started early for this document and these variables, once; null when there is none (or it is stale). */
export function takeEarly(query: string, variables: Record<string, unknown>): Promise<Exchange> | null {
  const key = keyOf(query, variables)
  const hit = started.get(key)
  if (!hit) return null
  started.delete(key)
  return Date.now() - hit.at <= FRESH_MS ? hit.exchange : null
}

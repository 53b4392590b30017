/** Where a search should take the visitor without asking. */
import type { SearchHitKind } from '../../generated/graphql'
import type { SearchResult } from './query'

/** Hits that are one event of a transaction: a tx hash finds them together with the TRANSACTION hit. */
const TX_EVENT_KINDS = new Set<SearchHitKind>(['SETTLEMENT', 'PAYMENT', 'TRANSFER', 'SWAP', 'STAKING_EVENT', 'HEARTBEAT'])

const pathOf = (route: string) => route.split('#')[0]

/**
 * Where a search goes without asking: the one page all its hits point to. A tx hash with a single
 * event (one settlement, one payment...) opens that event; with several, the transaction page. An
 * address that is a validator opens the validator, otherwise its account page (a delegator's
 * hit is a section of that page). Anything else with hits on different pages is ambiguous: null,
 * and the results are listed.
 */
export function destinationOf(result: SearchResult): string | null {
  const { hits, shape } = result
  if (hits.length === 0) return null
  const paths = new Set(hits.map((h) => pathOf(h.route)))
  if (paths.size === 1) return hits.length === 1 ? hits[0].route : pathOf(hits[0].route)
  if (shape === 'hash') {
    const tx = hits.filter((h) => h.kind === 'TRANSACTION')
    const events = hits.filter((h) => h.kind !== 'TRANSACTION')
    if (tx.length !== 1 || !events.every((h) => TX_EVENT_KINDS.has(h.kind))) return null
    const eventPaths = new Set(events.map((h) => pathOf(h.route)))
    return eventPaths.size === 1 ? events[0].route : tx[0].route
  }
  if (shape === 'address') {
    const validator = hits.find((h) => h.kind === 'VALIDATOR')
    if (validator) return validator.route
    const account = hits.find((h) => h.kind === 'ACCOUNT' || h.kind === 'DELEGATOR')
    if (account) return `/accounts/${encodeURIComponent(account.id)}`
  }
  return null
}

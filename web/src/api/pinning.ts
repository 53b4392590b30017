import { CHAINS, type Chain } from '@og-explorer/common'
import type { IndexedHeads } from './client'
import type { Where } from './connection'

/** Heads a permalink pins (`?og=N&base=M`): lists show only rows at or below them. */
export interface Pin {
  og: number | null
  base: number | null
}

/** The chain of each list whose rows carry a block number (schema.graphql), keyed by its connection field. */
export const PINNABLE_LISTS: Readonly<Record<string, Chain>> = {
  settlementsConnection: 'og',
  inferencesConnection: 'og',
  heartbeatsConnection: 'og',
  stakingEventsConnection: 'og',
  commissionChangesConnection: 'og',
  paymentsConnection: 'base',
  transfersConnection: 'base',
  unlocksConnection: 'base',
  swapsConnection: 'base',
}

const BLOCK = /^\d{1,12}$/

/** The pin in a URL's query string, or null when it pins nothing (a malformed number is ignored). */
export function pinFromSearch(search: string): Pin | null {
  const params = new URLSearchParams(search)
  const read = (key: Chain) => {
    const v = params.get(key)
    return v && BLOCK.test(v) ? Number(v) : null
  }
  const pin = { og: read('og'), base: read('base') }
  return pin.og === null && pin.base === null ? null : pin
}

/** The query string with the heads pinned (other parameters kept). */
export function pinnedSearch(search: string, heads: Pin): string {
  const params = new URLSearchParams(search)
  for (const c of CHAINS) {
    const h = heads[c]
    if (h === null) params.delete(c)
    else params.set(c, String(h))
  }
  const s = params.toString()
  return s ? `?${s}` : ''
}

/** The query string without the pin. */
export function unpinnedSearch(search: string): string {
  const params = new URLSearchParams(search)
  params.delete('og')
  params.delete('base')
  const s = params.toString()
  return s ? `?${s}` : ''
}

/** A list's filter with the pin of its chain added (`blockNumber_lte`); unchanged for a list no pin applies to. */
export function pinWhere(field: string, where: Where, pin: Pin | null): Where {
  const chain = PINNABLE_LISTS[field]
  const height = chain && pin ? pin[chain] : null
  if (height === null || height === undefined) return where
  const own = typeof where.blockNumber_lte === 'number' ? where.blockNumber_lte : Number.POSITIVE_INFINITY
  return { ...where, blockNumber_lte: Math.min(own, height) }
}

/** The pin as the heads a pinned answer reflects, for "as of" (the answer's own heads for a chain not pinned). */
export function pinnedHeads(pin: Pin, heads: IndexedHeads | null): IndexedHeads {
  const one = (c: Chain) => {
    const h = pin[c]
    return h === null ? (heads?.[c] ?? null) : { chain: c, height: h, hash: '' }
  }
  return { og: one('og'), base: one('base') }
}

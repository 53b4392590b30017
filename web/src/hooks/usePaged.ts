import { useCallback, useEffect, useMemo, useState } from 'react'
import { useLocation } from 'react-router'
import { pageArgs, pageOf, type Connection, type NodeOf, type Where } from '../api/connection'
import type { Document } from '../api/document'
import { PINNABLE_LISTS, pinFromSearch, pinnedHeads, pinWhere } from '../api/pinning'
import type { LiveEvent } from '../live/query'
import { useGql } from './useGql'
import { useLive } from './useLive'

export const PAGE_SIZE = 25

/** The variables every list document takes: filters, order and an offset page. */
export interface PageVariables {
  where?: Where | null
  orderBy: string[]
  first: number
  after?: string | null
}

/** Lists the live stream feeds: the rows of a push that belong to each. */
const LIVE_ROWS: Record<string, (e: LiveEvent) => { ids: string[]; more: boolean }> = {
  settlementsConnection: (e) => ({ ids: e.newSettlements.map((r) => r.id), more: e.settlementsTruncated || e.missed }),
  paymentsConnection: (e) => ({ ids: e.newPayments.map((r) => r.id), more: e.paymentsTruncated || e.missed }),
}

/** how long a row pushed by the live stream stays highlighted */
export const FRESH_MS = 4000

/** Newest first by block or time: the order in which new rows land on page 1. */
const NEWEST_FIRST = /^(blockNumber|timestamp)_DESC/

/**
 * One page of an OpenReader connection (`field` of the document's answer), with its total. The
 * filters and order come from the URL as strings, so they are typed loosely here; the API rejects
 * an unknown field or value with a clear error.
 *
 * A permalink's pin (`?og=N&base=M`) adds `blockNumber_lte` for the list's chain, and the answer
 * says it is as of the pin. Unpinned, on page 1 newest first, the settlements and payments lists
 * refetch when the live stream pushes rows for them; `fresh(row)` is true for those rows a moment.
 */
export function usePaged<TData, TVariables, K extends keyof TData & string>(
  query: Document<TData, TVariables>,
  field: K,
  where: Where,
  orderBy: string[],
  page: number,
  pageSize = PAGE_SIZE,
  extra: Record<string, unknown> = {},
) {
  const { search } = useLocation()
  const pin = useMemo(() => pinFromSearch(search), [search])
  const variables: PageVariables = { where: pinWhere(field, where, pin), orderBy, ...pageArgs(page, pageSize), ...extra }
  const loaded = useGql(query as Document<TData, PageVariables>, variables, {
    map: (w) => pageOf(w[field] as Connection<NodeOf<TData[K]>>),
    keepPrevious: true,
  })
  const rowsOf = LIVE_ROWS[field]
  const live = Boolean(rowsOf) && !pin && page === 1 && NEWEST_FIRST.test(orderBy[0] ?? '')
  const [freshIds, setFreshIds] = useState<ReadonlySet<string>>(new Set())
  const { refetch } = loaded
  useLive(
    useCallback(
      (e: LiveEvent) => {
        const { ids, more } = rowsOf(e)
        if (ids.length === 0 && !more) return
        void refetch()
        if (ids.length > 0) setFreshIds(new Set(ids))
      },
      [rowsOf, refetch],
    ),
    live,
  )
  useEffect(() => {
    if (freshIds.size === 0) return
    const t = setTimeout(() => setFreshIds(new Set()), FRESH_MS)
    return () => clearTimeout(t)
  }, [freshIds])
  const fresh = useCallback((row: { id?: string }) => row.id !== undefined && freshIds.has(row.id), [freshIds])
  // a pinned answer is as of the pin, whatever the head was when it was read
  const chain = PINNABLE_LISTS[field]
  const pinned = Boolean(pin && chain && pin[chain] !== null)
  const result = pinned && pin && loaded.data ? { ...loaded, data: { ...loaded.data, heads: pinnedHeads(pin, loaded.data.heads) } } : loaded
  return { result, variables, fresh, pinned }
}

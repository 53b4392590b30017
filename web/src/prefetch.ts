import type { QueryClient } from '@tanstack/react-query'
import { DATA_END_QUERY, HEADLINE_QUERY, SUPPLY_QUERY, mapDataEnd, mapHeadline, mapSupply } from './api/overview'
import { prefetchGql } from './hooks/useGql'

/**
 * The first page's data is requested while its code is still loading, so the request and the page
 * chunk travel together instead of one after the other. Only the overview, the landing page, needs it.
 */
export function prefetchForRoute(client: QueryClient, pathname: string): void {
  if (pathname !== '/') return
  prefetchGql(client, HEADLINE_QUERY, {}, mapHeadline)
  prefetchGql(client, DATA_END_QUERY, {}, mapDataEnd)
  prefetchGql(client, SUPPLY_QUERY, { interval: 'WEEK' }, mapSupply)
}

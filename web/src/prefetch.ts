import type { QueryClient } from '@tanstack/react-query'
import { mapDataEnd, mapHeadline } from './features/overview/mapper'
import { DATA_END_QUERY, HEADLINE_QUERY } from './features/overview/query'
import { prefetchGql } from './hooks/useGql'

/**
 * The first page's data is requested while its code is still loading, so the request and the page
 * chunk travel together instead of one after the other. Only the overview, the landing page, needs
 * it, and only its headline figures and the range anchor: the charts' heavier queries would compete
 * with the headline for the API's one thread.
 */
export function prefetchForRoute(client: QueryClient, pathname: string): void {
  if (pathname !== '/') return
  prefetchGql(client, HEADLINE_QUERY, {}, mapHeadline)
  prefetchGql(client, DATA_END_QUERY, {}, mapDataEnd)
}

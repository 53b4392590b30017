import type { QueryClient } from '@tanstack/react-query'
import { mapDataEnd, mapHeadline } from './features/overview/mapper'
import { prefetchOverviewCharts } from './features/overview/prefetch-charts'
import { DATA_END_QUERY, HEADLINE_QUERY } from './features/overview/query'
import { prefetchGql } from './hooks/useGql'

/**
 * The first page's data is requested while its code is still loading, so the requests and the page
 * chunk travel together instead of one after the other. Only the overview, the landing page, needs
 * it. The last indexed day goes first: the range charts wait for it (prefetch-charts.ts), and the API
 * works on a few of one client's requests at a time, in the order they came. The charts' other queries
 * are asked from the entry chunk too (documents, variables and mappers only, no components), rather
 * than from a chunk of their own that would start them a round trip later.
 */
export function prefetchForRoute(client: QueryClient, pathname: string): void {
  if (pathname !== '/') return
  prefetchGql(client, DATA_END_QUERY, {}, mapDataEnd)
  prefetchGql(client, HEADLINE_QUERY, {}, mapHeadline)
  void prefetchOverviewCharts(client, new URLSearchParams(window.location.search))
}

import type { QueryClient } from '@tanstack/react-query'
import { mapDataEnd, mapHeadline } from './features/overview/mapper'
import { prefetchOverviewCharts } from './features/overview/prefetch-charts'
import { DATA_END_QUERY, HEADLINE_QUERY } from './features/overview/query'
import { prefetchGql } from './hooks/useGql'

/**
 * The first page's data is requested while its code is still being evaluated, so the requests and the
 * page's first render overlap instead of following each other. Only the overview, the landing page,
 * needs it (its code is in the entry chunk). The last indexed day and the headline figures go first:
 * the API works on a few of one client's requests at a time, in the order they came. The charts'
 * queries follow at once (prefetch-charts.ts: documents, variables and mappers only, no components).
 */
export function prefetchForRoute(client: QueryClient, pathname: string): void {
  if (pathname !== '/') return
  prefetchGql(client, DATA_END_QUERY, {}, mapDataEnd)
  prefetchGql(client, HEADLINE_QUERY, {}, mapHeadline)
  void prefetchOverviewCharts(client, new URLSearchParams(window.location.search))
}

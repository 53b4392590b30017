import type { QueryClient } from '@tanstack/react-query'
import { mapDataEnd, mapHeadline } from './features/overview/mapper'
import { DATA_END_QUERY, HEADLINE_QUERY } from './features/overview/query'
import { prefetchGql } from './hooks/useGql'

/**
 * The first page's data is requested while its code is still loading, so the request and the page
 * chunk travel together instead of one after the other. Only the overview, the landing page, needs
 * it: first its headline figures and the range anchor, then (prefetch-charts.ts, its own chunk) the
 * charts' heavier queries once those have arrived, so they do not compete with the headline.
 */
export function prefetchForRoute(client: QueryClient, pathname: string): void {
  if (pathname !== '/') return
  prefetchGql(client, HEADLINE_QUERY, {}, mapHeadline)
  prefetchGql(client, DATA_END_QUERY, {}, mapDataEnd)
  const search = new URLSearchParams(window.location.search)
  // a failed chunk load only loses the head start: each panel still asks for its own data
  import('./features/overview/prefetch-charts').then((m) => m.prefetchOverviewCharts(client, search)).catch(() => {})
}

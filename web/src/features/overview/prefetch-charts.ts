import type { QueryClient } from '@tanstack/react-query'
import { ensureGql, prefetchGql } from '../../hooks/useGql'
import { parseRange } from '../../lib/range'
import { mapDataEnd } from './data-end'
import { overviewChartRequests } from './chart-requests'
import { DATA_END_QUERY } from './query'

/**
 * The overview's chart queries, asked from the entry chunk before the page's first render, which on a slow
 * machine comes much later. Each request is the one its panel makes (same document, variables and mapper), so
 * the panel finds the answer in react-query's cache or on its way; boot.ts has usually started the same
 * requests already, and these take them over (api/early.ts).
 *
 * They start when the last indexed day (the anchor of every range, a one-row read asked beside the headline
 * figures) arrives: the API works on a few of one client's requests at a time, so charts asked at once would
 * hold that anchor up, and the range charts after it.
 */
export async function prefetchOverviewCharts(client: QueryClient, search: URLSearchParams): Promise<void> {
  const range = parseRange(search.get('range'))
  const lastDay = await ensureGql(client, DATA_END_QUERY, {}, mapDataEnd).then(
    (end) => end.value,
    () => null,
  )
  for (const request of overviewChartRequests(range, lastDay, search)) prefetchGql(client, request.query, request.variables, request.map)
}

import type { QueryClient } from '@tanstack/react-query'
import { ensureGql, prefetchGql } from '../../hooks/useGql'
import { parseRange, rangeWindow } from '../../lib/range'
import { ORGANIC_QUERY } from '../organic/query'
import { organicRequest } from '../organic/request'
import { mapCoverage } from '../proofs/mapper'
import { COVERAGE_QUERY, coverageVariables } from '../proofs/query'
import { mapPressure, mapSupply } from '../supply/mapper'
import { PRESSURE_QUERY, PRESSURE_WINDOW, SUPPLY_QUERY, SUPPLY_VARIABLES } from '../supply/query'
import { USAGE_QUERY } from '../usage/query'
import { usageRequest } from '../usage/request'
import { LATEST_CHAIN_QUERY, latestChainVariables } from '../blocks/query'
import { mapDataEnd } from './mapper'
import { DATA_END_QUERY } from './query'

/**
 * The overview's chart queries, asked from the entry chunk before the page's first render, which on a slow
 * machine comes much later. Each request is the one its panel makes (same document, variables and mapper), so
 * the panel finds the answer in react-query's cache or on its way.
 *
 * They start when the last indexed day (the anchor of every range, a one-row read asked beside the headline
 * figures) arrives: the API works on a few of one client's requests at a time, so charts asked at once would
 * hold that anchor up, and the range charts after it. The range charts go first, the slowest first, since the
 * page is drawn when the last of them is.
 */
export async function prefetchOverviewCharts(client: QueryClient, search: URLSearchParams): Promise<void> {
  const range = parseRange(search.get('range'))
  const lastDay = await ensureGql(client, DATA_END_QUERY, {}, mapDataEnd).then(
    (end) => end.value,
    () => null,
  )
  if (lastDay !== null) {
    const organic = organicRequest(range, lastDay)
    if (organic.variables) prefetchGql(client, ORGANIC_QUERY, organic.variables, organic.map)
    const usage = usageRequest(range, lastDay)
    if (usage.variables) prefetchGql(client, USAGE_QUERY, usage.variables, usage.map)
    prefetchGql(client, COVERAGE_QUERY, coverageVariables(rangeWindow(range, lastDay)), mapCoverage)
  }
  // nothing indexed yet, or the anchor failed: the range panels say so themselves, the others still load
  prefetchGql(client, SUPPLY_QUERY, SUPPLY_VARIABLES, mapSupply)
  prefetchGql(client, PRESSURE_QUERY, { windowDays: PRESSURE_WINDOW[range] }, mapPressure)
  // not a chart, but the page is not drawn while its card is loading
  prefetchGql(client, LATEST_CHAIN_QUERY, latestChainVariables(search))
}

import type { QueryClient } from '@tanstack/react-query'
import { ensureGql, prefetchGql } from '../../hooks/useGql'
import { parseRange, rangeWindow } from '../../lib/range'
import { ORGANIC_QUERY, SPIKE_MARKERS_QUERY } from '../organic/query'
import { organicRequest, spikeMarkersMap } from '../organic/request'
import { mapCoverage } from '../proofs/mapper'
import { COVERAGE_QUERY } from '../proofs/query'
import { coverageVariables } from '../proofs/useCoverage'
import { mapPressure, mapSupply } from '../supply/mapper'
import { PRESSURE_WINDOW } from '../supply/PressurePanel'
import { PRESSURE_QUERY, SUPPLY_QUERY } from '../supply/query'
import { VARIABLES as SUPPLY_VARIABLES } from '../supply/SupplyPanel'
import { USAGE_QUERY } from '../usage/query'
import { usageRequest } from '../usage/request'
import { LATEST_CHAIN_QUERY } from '../blocks/query'
import { latestChainVariables } from '../blocks/LatestPanel'
import { mapDataEnd } from './mapper'
import { DATA_END_QUERY } from './query'

/**
 * The overview's chart queries, asked before the page's first render, which on a slow machine comes much
 * later. Those that need no range start at once; the range charts start when the last indexed day (the
 * anchor of every range, a one-row read) arrives, without waiting for the heavier headline figures. Each
 * request is the one its panel makes (same document, variables and mapper), so the panel finds the answer
 * in react-query's cache or on its way.
 */
export async function prefetchOverviewCharts(client: QueryClient, search: URLSearchParams): Promise<void> {
  const range = parseRange(search.get('range'))
  prefetchGql(client, SUPPLY_QUERY, SUPPLY_VARIABLES, mapSupply)
  prefetchGql(client, PRESSURE_QUERY, { windowDays: PRESSURE_WINDOW[range] }, mapPressure)
  // not a chart, but the page is not drawn while its card is loading
  prefetchGql(client, LATEST_CHAIN_QUERY, latestChainVariables(search))
  const lastDay = await ensureGql(client, DATA_END_QUERY, {}, mapDataEnd).then(
    (end) => end.value,
    () => null,
  )
  // nothing indexed yet, or the anchor failed: the panels say so themselves
  if (lastDay === null) return
  const usage = usageRequest(range, lastDay)
  if (usage.variables) {
    prefetchGql(client, USAGE_QUERY, usage.variables, usage.map)
    prefetchGql(client, SPIKE_MARKERS_QUERY, usage.variables, spikeMarkersMap(usage.interval))
  }
  prefetchGql(client, COVERAGE_QUERY, coverageVariables(rangeWindow(range, lastDay)), mapCoverage)
  const organic = organicRequest(range, lastDay)
  if (organic.variables) prefetchGql(client, ORGANIC_QUERY, organic.variables, organic.map)
}

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
import { mapDataEnd, mapHeadline } from './mapper'
import { DATA_END_QUERY, HEADLINE_QUERY } from './query'

/**
 * The overview's chart queries, asked as soon as the headline figures and the last indexed day (the
 * anchor of every range) have arrived, rather than after the page's first render, which on a slow
 * machine comes much later. Each request is the one its panel makes (same document, variables and
 * mapper), so the panel finds the answer in react-query's cache or on its way.
 */
export async function prefetchOverviewCharts(client: QueryClient, search: URLSearchParams): Promise<void> {
  const range = parseRange(search.get('range'))
  // after the headline: the charts' queries would otherwise compete with it for the API
  const [end] = await Promise.allSettled([ensureGql(client, DATA_END_QUERY, {}, mapDataEnd), ensureGql(client, HEADLINE_QUERY, {}, mapHeadline)])
  prefetchGql(client, SUPPLY_QUERY, SUPPLY_VARIABLES, mapSupply)
  prefetchGql(client, PRESSURE_QUERY, { windowDays: PRESSURE_WINDOW[range] }, mapPressure)
  const lastDay = end.status === 'fulfilled' ? end.value.value : null
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

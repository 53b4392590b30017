import type { Document } from '../../api/document'
import { rangeWindow, type RangeKey } from '../../lib/range'
import { LATEST_CHAIN_QUERY, latestChainVariables } from '../blocks/query'
import { ORGANIC_QUERY } from '../organic/query'
import { organicRequest } from '../organic/request'
import { mapCoverage } from '../proofs/mapper'
import { COVERAGE_QUERY, coverageVariables } from '../proofs/query'
import { mapPressure, mapSupply } from '../supply/mapper'
import { PRESSURE_QUERY, PRESSURE_WINDOW, SUPPLY_QUERY, SUPPLY_VARIABLES } from '../supply/query'
import { USAGE_QUERY } from '../usage/query'
import { usageRequest } from '../usage/request'

/** One of the overview's requests: the document, variables and mapper its panel asks with. */
export interface OverviewRequest {
  // any: one list holds documents of different answer types, each with its own mapper
  query: Document<any, any>
  variables: Record<string, unknown>
  map?: (data: any) => unknown
}

/**
 * The requests the overview's panels make once the last indexed day is known (null: nothing indexed yet, or
 * its query failed), in the order they should leave: the range charts first, the slowest first, since the
 * page is drawn when the last of them is; then the charts that do not depend on the day; then the latest
 * blocks card, which is not a chart but holds the page's loading state until it has loaded.
 */
export function overviewChartRequests(range: RangeKey, lastDay: number | null, search: URLSearchParams): OverviewRequest[] {
  const requests: OverviewRequest[] = []
  if (lastDay !== null) {
    const organic = organicRequest(range, lastDay)
    if (organic.variables) requests.push({ query: ORGANIC_QUERY, variables: organic.variables, map: organic.map })
    const usage = usageRequest(range, lastDay)
    if (usage.variables) requests.push({ query: USAGE_QUERY, variables: usage.variables, map: usage.map })
    requests.push({ query: COVERAGE_QUERY, variables: coverageVariables(rangeWindow(range, lastDay)), map: mapCoverage })
  }
  requests.push({ query: SUPPLY_QUERY, variables: SUPPLY_VARIABLES, map: mapSupply })
  requests.push({ query: PRESSURE_QUERY, variables: { windowDays: PRESSURE_WINDOW[range] }, map: mapPressure })
  requests.push({ query: LATEST_CHAIN_QUERY, variables: latestChainVariables(search) })
  return requests
}

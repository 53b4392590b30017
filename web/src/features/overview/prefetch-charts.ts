import type { QueryClient } from '@tanstack/react-query'
import { dropGql, ensureGql, prefetchGql } from '../../hooks/useGql'
import { parseRange, rangeWindow, startOfDay, type RangeKey } from '../../lib/range'
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

/** The range charts' requests for a range ending on `lastDay`, the slowest first: each exactly as its panel asks it. */
function rangeRequests(client: QueryClient, range: RangeKey, lastDay: number) {
  const organic = organicRequest(range, lastDay)
  const usage = usageRequest(range, lastDay)
  const coverage = coverageVariables(rangeWindow(range, lastDay))
  return {
    ask() {
      if (organic.variables) prefetchGql(client, ORGANIC_QUERY, organic.variables, organic.map)
      if (usage.variables) prefetchGql(client, USAGE_QUERY, usage.variables, usage.map)
      prefetchGql(client, COVERAGE_QUERY, coverage, mapCoverage)
    },
    async drop() {
      await Promise.all([
        organic.variables && dropGql(client, ORGANIC_QUERY, organic.variables),
        usage.variables && dropGql(client, USAGE_QUERY, usage.variables),
        dropGql(client, COVERAGE_QUERY, coverage),
      ])
    },
  }
}

/**
 * The overview's chart queries, asked from the entry chunk before the page's first render, which on a slow
 * machine comes much later. Each request is the one its panel makes (same document, variables and mapper), so
 * the panel finds the answer in react-query's cache or on its way.
 *
 * The range charts end on the last indexed day, which only the API knows. An index that keeps up has today
 * (UTC) as its last day, so they are asked at once for a range ending today, beside the query that says which
 * day it is, instead of a round trip after its answer. That answer decides: when it names another day (an index
 * that is behind, a devnet whose history ends in the past) the guessed requests are stopped and the right ones
 * asked; when nothing is indexed the range panels say so themselves. The other charts need no anchor.
 */
export async function prefetchOverviewCharts(client: QueryClient, search: URLSearchParams, now: number = Date.now()): Promise<void> {
  const range = parseRange(search.get('range'))
  const today = startOfDay(now)
  const guessed = rangeRequests(client, range, today)
  guessed.ask()
  prefetchGql(client, SUPPLY_QUERY, SUPPLY_VARIABLES, mapSupply)
  prefetchGql(client, PRESSURE_QUERY, { windowDays: PRESSURE_WINDOW[range] }, mapPressure)
  // not a chart, but the page is not drawn while its card is loading
  prefetchGql(client, LATEST_CHAIN_QUERY, latestChainVariables(search))
  const lastDay = await ensureGql(client, DATA_END_QUERY, {}, mapDataEnd).then(
    (end) => end.value,
    () => null,
  )
  if (lastDay !== null && startOfDay(lastDay) === today) return
  await guessed.drop()
  if (lastDay !== null) rangeRequests(client, range, lastDay).ask()
}

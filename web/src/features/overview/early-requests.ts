import { startEarly } from '../../api/early'
import { parseRange } from '../../lib/range'
import { overviewChartRequests } from './chart-requests'
import { mapDataEnd } from './data-end'
import { DATA_END_QUERY, HEADLINE_QUERY } from './query'
import type { DataEndQuery } from '../../generated/graphql'

/**
 * The overview's requests, started by boot.ts before the app's code has loaded, in the order the app
 * asks them (prefetch.ts): the last indexed day and the headline figures at once, the charts when the
 * day is known. The app takes each over when it asks the same (api/early.ts).
 */
export function startOverviewRequests(search: URLSearchParams): void {
  const range = parseRange(search.get('range'))
  const end = startEarly(DATA_END_QUERY, {})
  startEarly(HEADLINE_QUERY, {})
  void end
    .then(
      ({ body }) => (body.data && !body.errors?.length ? mapDataEnd(body.data as DataEndQuery) : null),
      () => null,
    )
    .then((lastDay) => {
      for (const request of overviewChartRequests(range, lastDay, search)) startEarly(request.query, request.variables)
    })
}

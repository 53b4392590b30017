import type { DataEndQuery } from '../../generated/graphql'

/** The last indexed day (its start, UTC), or null when nothing has been indexed yet. */
export function mapDataEnd(w: DataEndQuery): number | null {
  return w.dailyStats[0] ? Date.parse(w.dailyStats[0].date) : null
}

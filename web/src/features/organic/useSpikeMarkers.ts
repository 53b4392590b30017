import { useGql } from '../../hooks/useGql'
import { DAY_MS } from '../../lib/range'
import { mapSpikeMarkers } from './mapper'
import { SPIKE_MARKERS_QUERY } from './query'

/** The payment spikes of the usage chart's range and interval, as marks with what drove each. */
export function useSpikeMarkers(variables: { from: string; to: string; interval: 'DAY' | 'WEEK' } | null): { t: number; label: string }[] {
  const bucketMs = variables?.interval === 'WEEK' ? 7 * DAY_MS : DAY_MS
  const q = useGql(SPIKE_MARKERS_QUERY, variables, { map: (d) => mapSpikeMarkers(d, bucketMs) })
  return q.data?.value ?? []
}

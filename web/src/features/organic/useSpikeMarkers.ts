import { useGql } from '../../hooks/useGql'
import { mapSpikeMarkers } from './mapper'
import { SPIKE_MARKERS_QUERY } from './query'

/** The payment spikes of the usage chart's range and interval, as marks with what drove each. */
export function useSpikeMarkers(variables: { from: string; to: string; interval: 'DAY' | 'WEEK' } | null): { t: number; label: string }[] {
  const q = useGql(SPIKE_MARKERS_QUERY, variables, { map: mapSpikeMarkers })
  return q.data?.value ?? []
}

import { useGql } from '../../hooks/useGql'
import { spikeMarkersMap } from './request'
import { SPIKE_MARKERS_QUERY } from './query'

/** The payment spikes of the usage chart's range and interval, as marks with what drove each. */
export function useSpikeMarkers(variables: { from: string; to: string; interval: 'DAY' | 'WEEK' } | null): { t: number; label: string }[] {
  const q = useGql(SPIKE_MARKERS_QUERY, variables, { map: spikeMarkersMap(variables?.interval ?? 'DAY') })
  return q.data?.value ?? []
}

import { useGql } from '../../hooks/useGql'
import { spikeMarkersMap } from './request'
import { SPIKE_MARKERS_QUERY } from './query'

const NONE: { t: number; label: string }[] = []

/**
 * The payment spikes of the usage chart's range and interval, as marks with what drove each, and whether
 * their answer is in (or failed): the chart waits for it rather than drawing twice, once without the marks.
 */
export function useSpikeMarkers(variables: { from: string; to: string; interval: 'DAY' | 'WEEK' } | null): {
  markers: { t: number; label: string }[]
  settled: boolean
} {
  const q = useGql(SPIKE_MARKERS_QUERY, variables, { map: spikeMarkersMap(variables?.interval ?? 'DAY') })
  return { markers: q.data?.value ?? NONE, settled: variables !== null && !q.isPending }
}

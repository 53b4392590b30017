import { useGql } from '../../hooks/useGql'
import type { DisabledSpan } from './heartbeats'
import { TEE_DISABLED_SPANS_QUERY } from './query'

export interface DisabledSpans {
  spans: DisabledSpan[]
  isPending: boolean
  /** the spans could not be read (no chain node, or it did not answer): gaps are then the raw ones */
  unknown: boolean
  truncated: boolean
}

/** The node's disabled spans for its heartbeat timeline; an error here leaves the rest of the page as it is. */
export function useDisabledSpans(id: string): DisabledSpans {
  const q = useGql(TEE_DISABLED_SPANS_QUERY, { id })
  const answer = q.data?.value.teeDisabledSpans
  return {
    spans: (answer?.spans ?? []).map((s) => ({ from: Date.parse(s.disabledAt), to: s.enabledAt ? Date.parse(s.enabledAt) : null })),
    isPending: q.isPending,
    unknown: Boolean(q.error) || answer?.chainReads === false,
    truncated: answer?.truncated ?? false,
  }
}

export function heartbeatNote(d: DisabledSpans): string | undefined {
  if (d.unknown) return 'The times the node was disabled could not be read from the chain, so these gaps include them.'
  if (d.truncated) return 'Only the newest times the node was disabled were read; older gaps may include disabled time.'
  return undefined
}

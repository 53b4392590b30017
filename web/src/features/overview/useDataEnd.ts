import { DATA_END_QUERY, mapDataEnd, type DataEndWire } from '../api/overview'
import { useGql } from './useGql'

/** The start of the last indexed day: the anchor of every "last N days" range. */
export function useDataEnd() {
  return useGql<DataEndWire, number | null>(DATA_END_QUERY, {}, { map: mapDataEnd })
}

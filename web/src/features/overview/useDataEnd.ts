import { useGql } from '../../hooks/useGql'
import { mapDataEnd } from './mapper'
import { DATA_END_QUERY } from './query'

/** The start of the last indexed day: the anchor of every "last N days" range. */
export function useDataEnd() {
  return useGql(DATA_END_QUERY, {}, { map: mapDataEnd })
}

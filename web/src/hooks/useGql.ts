import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query'
import { gql, type IndexedHeads } from '../api/client'

export interface Loaded<T> {
  value: T
  heads: IndexedHeads | null
}

export interface GqlOptions<TWire, T> {
  /** wire rows → typed domain values, at the boundary (pure, memoised by react-query) */
  map?: (data: TWire) => T
  enabled?: boolean
  /** keep the last page on screen while the next one loads (tables) */
  keepPrevious?: boolean
  refetchIntervalMs?: number
}

/**
 * One GraphQL document with its variables. The key is the document and the variables, so two
 * panels asking the same thing share one request.
 */
export function useGql<TWire, T = TWire>(query: string, variables: Record<string, unknown>, options: GqlOptions<TWire, T> = {}): UseQueryResult<Loaded<T>> {
  const { map, enabled = true, keepPrevious = false, refetchIntervalMs } = options
  return useQuery({
    queryKey: ['gql', query, variables],
    queryFn: async ({ signal }) => {
      const res = await gql<TWire>(query, variables, signal)
      return { value: map ? map(res.data) : (res.data as unknown as T), heads: res.heads }
    },
    enabled,
    placeholderData: keepPrevious ? keepPreviousData : undefined,
    refetchInterval: refetchIntervalMs,
  })
}

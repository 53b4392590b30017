import { keepPreviousData, useQuery, type QueryClient, type UseQueryResult } from '@tanstack/react-query'
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

const keyOf = (query: string, variables: Record<string, unknown>) => ['gql', query, variables] as const

async function load<TWire, T>(query: string, variables: Record<string, unknown>, map: ((data: TWire) => T) | undefined, signal?: AbortSignal): Promise<Loaded<T>> {
  const res = await gql<TWire>(query, variables, signal)
  return { value: map ? map(res.data) : (res.data as unknown as T), heads: res.heads }
}

/** Starts a query before the component that shows it has loaded (its chunk may still be on the wire). */
export function prefetchGql<TWire, T = TWire>(client: QueryClient, query: string, variables: Record<string, unknown>, map?: (data: TWire) => T): void {
  void client.prefetchQuery({ queryKey: keyOf(query, variables), queryFn: ({ signal }) => load(query, variables, map, signal) })
}

/**
 * One GraphQL document with its variables. The key is the document and the variables, so two
 * panels asking the same thing share one request.
 */
export function useGql<TWire, T = TWire>(query: string, variables: Record<string, unknown>, options: GqlOptions<TWire, T> = {}): UseQueryResult<Loaded<T>> {
  const { map, enabled = true, keepPrevious = false, refetchIntervalMs } = options
  return useQuery({
    queryKey: keyOf(query, variables),
    queryFn: ({ signal }) => load(query, variables, map, signal),
    enabled,
    placeholderData: keepPrevious ? keepPreviousData : undefined,
    refetchInterval: refetchIntervalMs,
  })
}

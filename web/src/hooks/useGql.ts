import { keepPreviousData, useQuery, type QueryClient, type UseQueryResult } from '@tanstack/react-query'
import { gql, type IndexedHeads } from '../api/client'
import type { Document } from '../api/document'

export interface Loaded<T> {
  value: T
  heads: IndexedHeads | null
}

export interface GqlOptions<TData, T> {
  /** the generated answer type → typed domain values, at the boundary (pure, memoised by react-query) */
  map?: (data: TData) => T
  enabled?: boolean
  /** keep the last page on screen while the next one loads (tables) */
  keepPrevious?: boolean
  refetchIntervalMs?: number
}

const keyOf = (query: string, variables: unknown) => ['gql', query, variables] as const

async function load<TData, T>(query: string, variables: unknown, map: ((data: TData) => T) | undefined, signal?: AbortSignal): Promise<Loaded<T>> {
  const res = await gql<TData>(query, variables as Record<string, unknown>, signal)
  return { value: map ? map(res.data) : (res.data as unknown as T), heads: res.heads }
}

/** Starts a query before the component that shows it has loaded (its chunk may still be on the wire). */
export function prefetchGql<TData, TVariables, T = TData>(
  client: QueryClient,
  query: Document<TData, TVariables>,
  variables: TVariables,
  map?: (data: TData) => T,
): void {
  void client.prefetchQuery({ queryKey: keyOf(query, variables), queryFn: ({ signal }) => load(query, variables, map, signal) })
}

/** The answer already cached or on its way (a prefetch's), else a new request: for a prefetch that needs another's answer. */
export function ensureGql<TData, TVariables, T = TData>(
  client: QueryClient,
  query: Document<TData, TVariables>,
  variables: TVariables,
  map?: (data: TData) => T,
): Promise<Loaded<T>> {
  return client.ensureQueryData({ queryKey: keyOf(query, variables), queryFn: ({ signal }) => load(query, variables, map, signal) })
}

/**
 * One GraphQL document with its variables. The key is the document and the variables, so two
 * panels asking the same thing share one request. The answer's type comes from the document.
 * Variables of null are not known yet (a range waiting for the last indexed day): the query waits.
 */
export function useGql<TData, TVariables, T = TData>(
  query: Document<TData, TVariables>,
  variables: TVariables | null,
  options: GqlOptions<TData, T> = {},
): UseQueryResult<Loaded<T>> {
  const { map, enabled = true, keepPrevious = false, refetchIntervalMs } = options
  return useQuery({
    queryKey: keyOf(query, variables ?? {}),
    queryFn: ({ signal }) => load(query, variables ?? {}, map, signal),
    enabled: enabled && variables !== null,
    placeholderData: keepPrevious ? keepPreviousData : undefined,
    refetchInterval: refetchIntervalMs,
  })
}

import { pageArgs, pageOf, type Connection, type NodeOf, type Where } from '../api/connection'
import type { Document } from '../api/document'
import { useGql } from './useGql'

export const PAGE_SIZE = 25

/** The variables every list document takes: filters, order and an offset page. */
export interface PageVariables {
  where?: Where | null
  orderBy: string[]
  first: number
  after?: string | null
}

/**
 * One page of an OpenReader connection (`field` of the document's answer), with its total. The
 * filters and order come from the URL as strings, so they are typed loosely here; the API rejects
 * an unknown field or value with a clear error.
 */
export function usePaged<TData, TVariables, K extends keyof TData & string>(
  query: Document<TData, TVariables>,
  field: K,
  where: Where,
  orderBy: string[],
  page: number,
  pageSize = PAGE_SIZE,
  extra: Record<string, unknown> = {},
) {
  const variables: PageVariables = { where, orderBy, ...pageArgs(page, pageSize), ...extra }
  const result = useGql(query as Document<TData, PageVariables>, variables, {
    map: (w) => pageOf(w[field] as Connection<NodeOf<TData[K]>>),
    keepPrevious: true,
  })
  return { result, variables }
}

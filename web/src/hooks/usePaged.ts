import { pageArgs, pageOf, type Connection, type Page, type Where } from '../api/settlements'
import { useGql } from './useGql'

export const PAGE_SIZE = 25

/** One page of an OpenReader connection (`<field>` in the document), with its total. */
export function usePaged<TRow>(query: string, field: string, where: Where, orderBy: string[], page: number, pageSize = PAGE_SIZE, extra: Record<string, unknown> = {}) {
  const variables = { where, orderBy, ...pageArgs(page, pageSize), ...extra }
  const result = useGql<Record<string, Connection<TRow>>, Page<TRow>>(query, variables, { map: (w) => pageOf(w[field]), keepPrevious: true })
  return { result, variables }
}

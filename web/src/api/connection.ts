/** OpenReader connections (`<entities>Connection`) as pages of rows. */

export interface Connection<T> {
  totalCount: number
  pageInfo: { hasNextPage: boolean }
  edges: Array<{ node: T }>
}

export interface Page<T> {
  rows: T[]
  total: number
  hasNext: boolean
}

/** A list's `where`, built from filters in the URL; the API checks every field and value. */
export type Where = Record<string, unknown>

/** The row type of a connection in a generated answer type. */
export type NodeOf<C> = C extends { edges: Array<{ node: infer N }> } ? N : never

export function pageOf<T>(c: Connection<T>): Page<T> {
  return { rows: c.edges.map((e) => e.node), total: c.totalCount, hasNext: c.pageInfo.hasNextPage }
}

/** Connection arguments for page N (1-based): the API's cursors are offsets. */
export function pageArgs(page: number, pageSize: number): { first: number; after: string | null } {
  return { first: pageSize, after: page > 1 ? String((page - 1) * pageSize) : null }
}

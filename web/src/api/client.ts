/** A typed GraphQL POST to the API on the same origin, keeping the indexed heads the API returns. */

export interface ChainHead {
  chain: string
  height: number
  hash: string
}

/** The blocks a response reflects (`extensions.indexedHeads`), for "as of block N". */
export interface IndexedHeads {
  og: ChainHead | null
  base: ChainHead | null
}

export interface GqlResponse<T> {
  data: T
  heads: IndexedHeads | null
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly status?: number,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export const GRAPHQL_PATH = '/graphql'

interface WireResponse<T> {
  data?: T | null
  errors?: Array<{ message: string; extensions?: { code?: string } }>
  extensions?: { indexedHeads?: IndexedHeads | null }
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<GqlResponse<T>> {
  let res: Response
  try {
    res = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    })
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err
    throw new ApiError('The API could not be reached', 'NETWORK')
  }
  let body: WireResponse<T>
  try {
    body = (await res.json()) as WireResponse<T>
  } catch {
    throw new ApiError(`The API answered ${res.status} without a GraphQL body`, 'BAD_RESPONSE', res.status)
  }
  if (body.errors?.length) {
    const [first] = body.errors
    throw new ApiError(first.message, first.extensions?.code, res.status)
  }
  if (!body.data) throw new ApiError(`The API answered ${res.status} without data`, 'BAD_RESPONSE', res.status)
  return { data: body.data, heads: body.extensions?.indexedHeads ?? null }
}

/** A link that opens the query, with its variables, in the API's GraphiQL. */
export function graphiqlUrl(query: string, variables: Record<string, unknown> = {}): string {
  const params = new URLSearchParams({ query: query.trim() })
  if (Object.keys(variables).length > 0) params.set('variables', JSON.stringify(variables, null, 2))
  return `${GRAPHQL_PATH}?${params.toString()}`
}

/** The API's streaming CSV export of one entity. */
export function exportUrl(entity: string, where?: Record<string, unknown>, orderBy?: string[]): string {
  const params = new URLSearchParams()
  if (where && Object.keys(where).length > 0) params.set('where', JSON.stringify(where))
  if (orderBy?.length) params.set('orderBy', orderBy.join(','))
  const qs = params.toString()
  return `/export/${entity}.csv${qs ? `?${qs}` : ''}`
}

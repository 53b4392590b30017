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

/** Scalars whose values are written as quoted strings; any other named type taking a string is an enum. */
const QUOTED_TYPES = new Set(['String', 'ID', 'DateTime', 'BigInt', 'BigDecimal', 'Bytes'])

function literal(value: unknown, type: string): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (typeof value === 'string') return QUOTED_TYPES.has(type) ? JSON.stringify(value) : value
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, type)).join(', ')}]`
  return `{ ${Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${literal(v, 'String')}`)
    .join(', ')} }`
}

/**
 * The query with its variables written in as literals, so it runs as opened. (The API's GraphiQL
 * takes the query from the URL but not the variables.) A query missing one of its variables is
 * returned unchanged.
 */
export function inlineVariables(query: string, variables: Record<string, unknown>): string {
  const header = /^(\s*query\s+\w*)\s*\(([^)]*)\)/.exec(query)
  if (!header) return query
  const types = new Map([...header[2].matchAll(/\$(\w+)\s*:\s*([\w![\]]+)/g)].map((m) => [m[1], m[2].replace(/[![\]]/g, '')]))
  if ([...types.keys()].some((name) => variables[name] === undefined)) return query
  const body = query
    .slice(header[0].length)
    .replace(/\$(\w+)/g, (whole, name: string) => (types.has(name) ? literal(variables[name], types.get(name)!) : whole))
  return `${header[1].trimEnd()}${body}`
}

/** A link that opens the query, with its variables filled in, in the API's GraphiQL. */
export function graphiqlUrl(query: string, variables: Record<string, unknown> = {}): string {
  return `${GRAPHQL_PATH}?${new URLSearchParams({ query: inlineVariables(query, variables).trim() }).toString()}`
}

/** The API's streaming CSV export of one entity. */
export function exportUrl(entity: string, where?: Record<string, unknown>, orderBy?: string[]): string {
  const params = new URLSearchParams()
  if (where && Object.keys(where).length > 0) params.set('where', JSON.stringify(where))
  if (orderBy?.length) params.set('orderBy', orderBy.join(','))
  const qs = params.toString()
  return `/export/${entity}.csv${qs ? `?${qs}` : ''}`
}

/** The POST of a GraphQL document and its parsed answer: the app's queries (client.ts) and the requests started early (early.ts). */
import type { IndexedHeads } from './client'

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

export interface WireResponse<T> {
  data?: T | null
  errors?: Array<{ message: string; extensions?: { code?: string } }>
  extensions?: { indexedHeads?: IndexedHeads | null }
}

/** The status and parsed body of one POST of a document, before its errors are looked at. */
export interface Exchange<T = unknown> {
  status: number
  body: WireResponse<T>
}

/** POSTs a document and parses the answer; a network failure or a body that is not JSON is an ApiError. */
export async function post<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<Exchange<T>> {
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
  try {
    return { status: res.status, body: (await res.json()) as WireResponse<T> }
  } catch {
    throw new ApiError(`The API answered ${res.status} without a GraphQL body`, 'BAD_RESPONSE', res.status)
  }
}

import assert from 'node:assert/strict'
import { Pool } from 'pg'
import type { TestStack } from '../../stack/stack'
import type { Api } from '@og-explorer/api/lib/yoga'

export interface GqlResponse<T = any> {
  status: number
  headers: Headers
  data?: T
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown>; path?: string[] }[]
  extensions?: Record<string, any>
}

/** What the end-to-end cases share: one indexed stack, the API over it, and SQL beside it. */
export interface E2eContext {
  stack: TestStack
  /** the API as the read-only role sees it, without the response cache, so every answer is computed */
  api: Api
  /** the admin connection, for computing expected values */
  pool: Pool
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>
  gql<T = any>(query: string, variables?: Record<string, unknown>, options?: { api?: Api; headers?: Record<string, string> }): Promise<GqlResponse<T>>
  /** gql that must succeed; returns data */
  data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>
}

export function createE2eContext(stack: TestStack, api: Api): E2eContext {
  const pool = new Pool({ connectionString: stack.dbUrl, max: 4 })
  const ctx: E2eContext = {
    stack,
    api,
    pool,
    async sql(text, params = []) {
      return (await pool.query(text, params)).rows
    },
    async gql(query, variables, options = {}) {
      const res = await (options.api ?? api).yoga.fetch('http://api.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
        body: JSON.stringify({ query, variables }),
      })
      return { status: res.status, headers: res.headers, ...(await res.json()) }
    },
    async data(query, variables) {
      const res = await ctx.gql(query, variables)
      assert.equal(res.errors, undefined, JSON.stringify(res.errors))
      return res.data
    },
  }
  return ctx
}

import { freePort } from '@og-explorer/devnet'
import { loadConfig } from '@og-explorer/api/lib/config'
import { startIndexedStack } from '@og-explorer/api/lib/testing/indexed-stack'
import { createApi } from '@og-explorer/api/lib/yoga'
import { stopTestPostgres } from '@og-explorer/indexer/lib/testing/postgres'
import { startWebServer, type NodeListener } from '../scripts/web-server'

export interface Product {
  url: string
  dbUrl: string
  /** POST a GraphQL query to the product's API, as the page does */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> // eslint-disable-line @typescript-eslint/no-explicit-any
  close(): Promise<void>
}

/**
 * The product as `npm start` serves it, on a small simulated devnet: the indexed stack (devnet,
 * both processors to the head, every verdict in), the API's yoga instance and the built web app on
 * one port through createWebHandler.
 */
export async function startProduct(): Promise<Product> {
  const stack = await startIndexedStack()
  const api = createApi(loadConfig({ DATABASE_URL: stack.dbUrl, API_RATE_LIMIT: '1000000', API_CACHE_TTL_MS: '0' }))
  const web = await startWebServer({ api: api.yoga as unknown as NodeListener, port: await freePort() })
  return {
    url: web.url,
    dbUrl: stack.dbUrl,
    async gql(query, variables = {}) {
      const res = await fetch(`${web.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })
      const body = (await res.json()) as { data?: unknown; errors?: Array<{ message: string }> }
      if (body.errors?.length) throw new Error(`API error: ${body.errors[0].message}`)
      return body.data as never
    },
    async close() {
      await web.close()
      await api.close()
      await stack.dispose()
      await stopTestPostgres()
    },
  }
}

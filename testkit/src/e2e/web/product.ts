import http from 'node:http'
import { freePort } from '@og-explorer/devnet'
import { loadConfig } from '@og-explorer/api/lib/config'
import { apiChainEnv } from '../../stack/api-chain-env'
import { startIndexedStack } from '../../stack/indexed-stack'
import type { TestStack } from '../../stack/stack'
import { createApi } from '@og-explorer/api/lib/yoga'
import { stopTestPostgres } from '@og-explorer/indexer/lib/testing/postgres'
import { DIST_DIR } from '@og-explorer/web/lib/scripts/web-server'

export interface Product {
  url: string
  dbUrl: string
  /** the indexed stack under the product (processors stopped), for the suites that need its chains or a second API */
  stack: TestStack
  /** the devnet chains' JSON-RPC endpoints, the ones the API reads transactions and blocks from */
  rpcUrls: Record<'og' | 'base', string>
  /** POST a GraphQL query to the product's API, as the page does */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> // eslint-disable-line @typescript-eslint/no-explicit-any
  close(): Promise<void>
}

/**
 * The product as `npm start` serves it, on a small simulated devnet: the indexed stack (devnet,
 * both processors to the head, every verdict in) and the API's own server, which serves this
 * build of the web app (web/dist, through createWebHandler) on the same port as GraphQL.
 */
export async function startProduct(): Promise<Product> {
  const stack = await startIndexedStack()
  let api: ReturnType<typeof createApi>
  const server = http.createServer()
  const port = await freePort()
  try {
    api = createApi(
      loadConfig({ DATABASE_URL: stack.dbUrl, WEB_DIST_DIR: DIST_DIR, API_RATE_LIMIT: '1000000', API_CACHE_TTL_MS: '0', ...apiChainEnv(stack.devnet) }),
    )
    server.on('request', api.yoga)
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve))
  } catch (error) {
    // chains and Postgres must not outlive a start that failed half way
    await stack.dispose()
    await stopTestPostgres()
    throw error
  }
  const web = {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
  return {
    url: web.url,
    dbUrl: stack.dbUrl,
    stack,
    rpcUrls: { og: stack.devnet.deployments.chains.og.rpcUrl, base: stack.devnet.deployments.chains.base.rpcUrl },
    async gql(query, variables = {}) {
      const res = await fetch(`${web.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      })
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

let shared: Promise<Product> | undefined

/**
 * The one product every suite of `browser.e2e.test.ts` reads (the API cases, the browser suites, the live suite
 * last). Starting the indexed devnet takes most of a suite's time, so they share one; the runner closes it after
 * the last suite.
 */
export function sharedProduct(): Promise<Product> {
  shared ??= startProduct().catch((error) => {
    // a failed start is not cached: the next suite tries again and reports its own failure
    shared = undefined
    throw error
  })
  return shared
}

export async function closeSharedProduct(): Promise<void> {
  const product = shared
  shared = undefined
  if (product) await (await product.catch(() => null))?.close()
}

// The API over the shared indexed devnet (web/product.ts), run by browser.e2e.test.ts before the browser suites
// (which send transactions) so the chains and the database are as indexed. Run it alone with
//   node --test --test-name-pattern "API over an indexed devnet" testkit/lib/e2e/web/browser.e2e.test.js
import { after, before, describe } from 'node:test'
import { loadConfig } from '@og-explorer/api/lib/config'
import { ensureReaderRole } from '@og-explorer/api/lib/db/reader-role'
import { analyticsCases } from './analytics.cases'
import { csvCases } from './csv.cases'
import { entityCases } from './entities.cases'
import { limitCases, type LimitApis } from './limits.cases'
import { searchCases } from './search.cases'
import { createE2eContext, type E2eContext } from './context'
import { createApi, type Api } from '@og-explorer/api/lib/yoga'
import { sharedProduct } from '../web/product'

// One indexed devnet for every API case, the browser suites' own: simulating and indexing it is the slow part.
let ctx: E2eContext
let smallCap: Api
let limitApis: LimitApis
const apis: Api[] = []

function api(env: Record<string, string>, options?: { responseCache?: boolean; logging?: boolean }): Api {
  const a = createApi(loadConfig({ API_RATE_LIMIT: '100000', ...env }), options)
  apis.push(a)
  return a
}

describe('API over an indexed devnet', () => {
  before(async () => {
    const { stack } = await sharedProduct()
    // the API reads as the read-only role, exactly as in production
    const reader = await ensureReaderRole(stack.dbUrl)
    ctx = createE2eContext(stack, api({ API_DATABASE_URL: reader }, { responseCache: false }))
    smallCap = api({ API_DATABASE_URL: reader, API_CSV_ROW_CAP: '25' }, { responseCache: false })
    limitApis = {
      cached: api({ API_DATABASE_URL: reader }),
      tiny: api({ API_DATABASE_URL: reader, API_RATE_LIMIT: '3', API_RATE_WINDOW_S: '3600' }),
      slow: api({ API_DATABASE_URL: reader, API_STATEMENT_TIMEOUT_MS: '1' }, { responseCache: false }),
      broken: api({ API_DATABASE_URL: 'postgres://nobody:nothing@127.0.0.1:1/none' }, { responseCache: false, logging: false }),
    }
  })

  // the stack is the shared product's, closed by the runner after the last suite
  after(async () => {
    await Promise.all(apis.map((a) => a.close()))
    await ctx?.pool.end()
  })

  entityCases(() => ctx)
  analyticsCases(() => ctx)
  searchCases(() => ctx)
  csvCases(
    () => ctx,
    () => smallCap,
  )
  limitCases(
    () => ctx,
    () => limitApis,
  )
})

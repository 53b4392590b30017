/**
 * The fault suite: every case against one shared simulated devnet, each ending with a comparison of
 * the database against chain truth. `run.ts` (npm run test:faults) and faults-short.test.ts both run this.
 */
import { stopTestPostgres } from '@og-explorer/indexer/lib/testing/postgres'
import { apiAbuseCases } from './cases/api-abuse'
import { apiBudgetCases } from './cases/api-budget'
import { badChainDataCases } from './cases/bad-chain-data'
import { chainSafetyCases } from './cases/chain-safety'
import { crashCases } from './cases/crashes'
import { gatewayCases } from './cases/gateway'
import { ogReadCases } from './cases/og-reads'
import { postgresCases } from './cases/postgres-restart'
import { providerLimitCases } from './cases/provider-limits'
import { reorgCases } from './cases/reorgs'
import { rpcFaultCases } from './cases/rpc-faults'
import { FaultFixture } from './fixture'
import { failed, formatLine, type CaseResult } from './report'

export const CASES: Record<string, (fx: FaultFixture) => Promise<CaseResult[]>> = {
  rpc: rpcFaultCases,
  crashes: crashCases,
  postgres: postgresCases,
  'bad-data': badChainDataCases,
  reorgs: reorgCases,
  api: apiAbuseCases,
  abuse: apiBudgetCases,
  'provider-limits': providerLimitCases,
  safety: chainSafetyCases,
  'gateway-auth': gatewayCases,
  'og-reads': ogReadCases,
}

/** the short set leaves out the Postgres restart (its own server and a full index) to stay near 3 minutes */
export const SHORT_CASES = ['rpc', 'crashes', 'bad-data', 'reorgs', 'api', 'abuse']

export interface SuiteRun {
  results: CaseResult[]
  seconds: number
}

export async function runSuite(options: { short: boolean; only?: string[]; seed?: number; log?: (line: string) => void }): Promise<SuiteRun> {
  const log = options.log ?? ((line: string) => console.log(line))
  const names = options.only?.length ? options.only : options.short ? SHORT_CASES : Object.keys(CASES)
  const unknown = names.filter((n) => !CASES[n])
  if (unknown.length) throw new Error(`unknown case ${unknown.join(', ')}; cases: ${Object.keys(CASES).join(', ')}`)
  // every processor (re)start registers an exit hook; a crash case restarts dozens of times
  process.setMaxListeners(200)
  const started = Date.now()
  const fx = await FaultFixture.start({ short: options.short, seed: options.seed ?? 11, log })
  const results: CaseResult[] = []
  try {
    for (const name of names) {
      const caseStarted = Date.now()
      log(`[faults] case ${name}…`)
      let rows: CaseResult[]
      try {
        rows = await CASES[name](fx)
      } catch (error) {
        rows = [failed(name, error)]
      }
      for (const row of rows) log(formatLine(row))
      log(`[faults] case ${name} took ${((Date.now() - caseStarted) / 1000).toFixed(0)} s`)
      results.push(...rows)
    }
  } finally {
    await fx.dispose()
    await stopTestPostgres()
  }
  return { results, seconds: (Date.now() - started) / 1000 }
}

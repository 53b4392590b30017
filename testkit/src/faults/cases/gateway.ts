/**
 * Case gateway-auth: Base backfills through an SQD gateway that requires an API key (the devnet's
 * gateway stand-in with a key set).
 *  - A wrong key, on a fully indexed database: the Base processor stops at start with the
 *    configuration exit code and a message naming SQD_API_KEY, and the database is byte for byte
 *    what it was (no reset, no write).
 *  - The right key, on a fresh database: the index completes through the gateway and equals chain
 *    truth.
 */
import { startGatewayServer } from '@og-explorer/devnet'
import { CONFIG_ERROR_EXIT_CODE } from '@og-explorer/indexer/lib/ingest/gateway-check'
import { tableOf } from '@og-explorer/indexer/lib/recovery/deep-reorg'
import { BASE_ENTITIES } from '@og-explorer/indexer/lib/base/main'
import { query } from '@og-explorer/indexer/lib/testing/postgres'
import { startProcessor } from '../../stack/processes'
import type { FaultFixture } from '../fixture'
import { IndexingRun } from '../indexing-run'
import { sleep } from '../progress'
import { failed, resultFrom, type CaseResult } from '../report'

const KEY = 'sqd-fault-suite-key'

/** one digest per Base table and Subsquid's status: any write would change one */
async function fingerprint(dbUrl: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const table of [...BASE_ENTITIES.map(tableOf), 'base_processor.status']) {
    const [row] = await query<{ n: string; digest: string | null }>(
      dbUrl,
      `select count(*) n, md5(string_agg(t::text, ',' order by t::text)) digest from ${table} t`,
    )
    out[table] = `${row.n}:${row.digest}`
  }
  return out
}

export async function gatewayCases(fx: FaultFixture): Promise<CaseResult[]> {
  const name = 'gateway-auth: a refused SQD_API_KEY stops Base at start with nothing touched; the right key indexes exactly'
  const gateway = await startGatewayServer({ rpcUrl: fx.devnet.base.url, apiKey: KEY })
  let run: IndexingRun | undefined
  try {
    const extra: string[] = []
    const viaGateway = (dbUrl: string, key: string) => fx.env(dbUrl, { extra: { BASE_GATEWAY_URL: gateway.url, SQD_API_KEY: key } })

    const indexed = await fx.indexedCopy()
    const before = await fingerprint(indexed)
    const refused = startProcessor('base', viaGateway(indexed, 'not-the-key'))
    const deadline = Date.now() + 60_000
    while (refused.child.exitCode === null && Date.now() < deadline) await sleep(200)
    if (refused.child.exitCode === null) {
      await refused.stop('SIGKILL')
      extra.push('the processor kept running with a refused key')
    } else if (refused.child.exitCode !== CONFIG_ERROR_EXIT_CODE)
      extra.push(`a refused key exited with ${refused.child.exitCode}, not ${CONFIG_ERROR_EXIT_CODE}`)
    if (!/SQD_API_KEY/.test(refused.output()) || !/HTTP 401/.test(refused.output()))
      extra.push(`the exit message does not name SQD_API_KEY and the 401: ${refused.output().slice(-300)}`)
    const after = await fingerprint(indexed)
    const changed = Object.keys(before).filter((t) => before[t] !== after[t])
    if (changed.length) extra.push(`a refused key changed ${changed.join(', ')}`)

    const dbUrl = await fx.freshDb()
    const servedBefore = gateway.stats().blocks
    run = new IndexingRun(fx, dbUrl, viaGateway(dbUrl, KEY), undefined, 'gateway-auth').start()
    await run.settle()
    const stall = await run.stop()
    const served = gateway.stats().blocks - servedBefore
    if (served === 0) extra.push('the gateway served no blocks: Base was not indexed through it')
    const truth = await fx.truth(dbUrl)
    fx.offerClean(dbUrl, truth)
    return [
      resultFrom(
        name,
        truth,
        stall,
        [
          `refused key: exit ${refused.child.exitCode}, database unchanged: ${changed.length === 0}`,
          `${served} blocks through the gateway, ${gateway.stats().unauthorized} requests refused`,
          `${run.restarts} restarts`,
          ...run.exitReasons(),
        ],
        extra,
      ),
    ]
  } catch (error) {
    await run?.stop()
    return [failed(name, error)]
  } finally {
    await gateway.close()
  }
}

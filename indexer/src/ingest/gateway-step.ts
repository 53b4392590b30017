import { Client } from 'pg'
import { baseStartBlock } from '../base/processor'
import { describeEndpoint } from '../recovery/node-reader'
import type { StartContext, StartStep } from '../recovery/start-steps'
import { probeGateway, rpcOnlyCostLine } from './gateway-check'

/**
 * The start step that checks the chain's gateway: a refused key stops the start (gateway-check.ts).
 * It runs before any step that may write, so a wrong key leaves the database as it was.
 */
export const gatewayStartStep: StartStep = {
  name: 'gateway',
  async run(s: StartContext) {
    const endpoint = s.profile[s.chain]
    if (!endpoint.gatewayUrl) return
    const where = describeEndpoint(endpoint.gatewayUrl)
    const probe = await probeGateway(endpoint.gatewayUrl, endpoint.gatewayApiKey)
    if (probe.ok)
      s.log(
        `[${s.chain}] backfill through the SQD Network gateway ${where} (height ${probe.height}${endpoint.gatewayApiKey ? ', API key accepted' : ''}); RPC serves the blocks above it`,
      )
    else s.log(`[${s.chain}] the SQD Network gateway ${where} did not answer its height (${probe.reason}); the processor will keep retrying it`)
  },
}

/** For Base without a gateway, after the start block is known: one line on what RPC-only backfill costs. */
export const rpcOnlyCostStep: StartStep = {
  name: 'rpc-only cost',
  async run(s: StartContext) {
    if (s.chain !== 'base' || s.profile.base.gatewayUrl) return
    try {
      const [head, indexed] = await Promise.all([s.node.head(), indexedHeight(s.databaseUrl, s.stateSchema)])
      s.log(`[base] ${rpcOnlyCostLine({ from: Math.max(baseStartBlock(s.profile), indexed + 1), head, rateLimit: s.profile.base.rateLimit })}`)
    } catch (error) {
      // only an estimate: a node that does not answer here is the next steps' business
      s.log(`[base] Base backfills over RPC only (no SQD gateway); the cost estimate failed: ${error instanceof Error ? error.message : error}`)
    }
  },
}

/** the last block Subsquid recorded as processed, -1 before the first run */
async function indexedHeight(databaseUrl: string, stateSchema: string): Promise<number> {
  const db = new Client({ connectionString: databaseUrl })
  await db.connect()
  try {
    const { rows: exists } = await db.query<{ t: string | null }>('select to_regclass($1) as t', [`"${stateSchema}".status`])
    if (!exists[0]?.t) return -1
    const { rows } = await db.query<{ height: number }>(`select height from "${stateSchema}".status where id = 0`)
    return rows[0]?.height ?? -1
  } finally {
    await db.end()
  }
}

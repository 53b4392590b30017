/**
 * Base through the SQD Network gateway gives exactly what Base over RPC gives. One simulated devnet
 * is indexed twice to the same final block, into two databases: once through the devnet's gateway
 * (with an API key it requires), once over RPC alone; every Base table must hold the same rows.
 * A wrong key stops the processor at start with a message naming SQD_API_KEY and nothing written.
 * Runs anvil and Postgres: run it under the heavy lock.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { startGatewayServer, type GatewayServer } from '@og-explorer/devnet'
import { migrate } from '../../faults/fixture'
import { CONFIG_ERROR_EXIT_CODE } from '@og-explorer/indexer/lib/ingest/gateway-check'
import { tableOf } from '@og-explorer/indexer/lib/recovery/deep-reorg'
import { freshDatabase, query, stopTestPostgres } from '@og-explorer/indexer/lib/testing/postgres'
import { startProcessor } from '../../stack/processes'
import { chainHead, startStack, type TestStack } from '../../stack/stack'
import { BASE_ENTITIES } from '@og-explorer/indexer/lib/base/main'
import { datasetParityTests } from './gateway-dataset'

const END = Date.UTC(2026, 4, 20) / 1000
const KEY = 'sqd-devnet-test-key'
const FINALITY = 5

let stack: TestStack
let keyed: GatewayServer
let toBlock: number
const dbs: { gateway?: string; rpc?: string } = {}
const served = { gateway: 0, rpc: 0 }

/** runs the Base processor to `toBlock` and waits for it to exit on its own */
async function indexToEnd(env: Record<string, string>, timeoutMs = 300_000): Promise<{ code: number | null; output: string }> {
  const handle = startProcessor('base', { ...stack.env, BASE_TO_BLOCK: String(toBlock), ...env })
  const deadline = Date.now() + timeoutMs
  while (handle.child.exitCode === null && handle.child.signalCode === null) {
    if (Date.now() > deadline) {
      await handle.stop('SIGKILL')
      throw new Error(`the Base processor did not finish within ${timeoutMs / 1000} s\n${handle.output().slice(-3000)}`)
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  return { code: handle.child.exitCode, output: handle.output() }
}

async function migratedDb(): Promise<string> {
  const url = await freshDatabase()
  migrate(url)
  return url
}

before(async () => {
  stack = await startStack({ seed: 17, end: END })
  keyed = await startGatewayServer({ rpcUrl: stack.devnet.base.url, apiKey: KEY })
  // the last simulated block, made final: both runs stop at the same block, whatever else is mined
  toBlock = await chainHead(stack, 'base')
  for (let i = 0; i < FINALITY + 1; i++) await stack.tick()

  dbs.gateway = await migratedDb()
  let before = keyed.stats().blocks
  const viaGateway = await indexToEnd({ DATABASE_URL: dbs.gateway, BASE_GATEWAY_URL: keyed.url, SQD_API_KEY: KEY })
  assert.equal(viaGateway.code, 0, viaGateway.output.slice(-3000))
  served.gateway = keyed.stats().blocks - before

  dbs.rpc = await migratedDb()
  before = keyed.stats().blocks + stack.devnet.gateway.stats().blocks
  const overRpc = await indexToEnd({ DATABASE_URL: dbs.rpc, BASE_GATEWAY: 'off' })
  assert.equal(overRpc.code, 0, overRpc.output.slice(-3000))
  assert.match(overRpc.output, /Base backfills over RPC only \(no SQD gateway\): [\d,]+ blocks from \d+ to the head \d+, about .* at 25 blocks\/s/)
  served.rpc = keyed.stats().blocks + stack.devnet.gateway.stats().blocks - before
})

after(async () => {
  await keyed?.close()
  await stack?.dispose()
  await stopTestPostgres()
})

test('the gateway run read its blocks from the gateway, the RPC-only run none', () => {
  assert.ok(served.gateway > 0, `the gateway served ${served.gateway} blocks`)
  assert.equal(served.rpc, 0)
})

test('both runs reached the same final block', async () => {
  for (const db of [dbs.gateway!, dbs.rpc!]) {
    const [status] = await query<{ height: number }>(db, 'select height from base_processor.status')
    assert.equal(status.height, toBlock)
  }
})

for (const entity of BASE_ENTITIES) {
  const table = tableOf(entity)
  test(`${table}: the same rows through the gateway as over RPC`, async () => {
    const rows = async (db: string) => (await query(db, `select * from ${table} order by id`)).map((r) => JSON.stringify(r))
    const [viaGateway, overRpc] = [await rows(dbs.gateway!), await rows(dbs.rpc!)]
    if (['transfer', 'account', 'payment', 'base_daily_stat'].includes(table))
      assert.ok(overRpc.length > 0, `${table} is empty: the comparison would prove nothing`)
    const missing = overRpc.filter((r) => !viaGateway.includes(r))
    const extra = viaGateway.filter((r) => !overRpc.includes(r))
    assert.deepEqual(
      { missing: missing.slice(0, 3), extra: extra.slice(0, 3) },
      { missing: [], extra: [] },
      `${table}: ${missing.length} rows only over RPC, ${extra.length} only through the gateway`,
    )
    assert.equal(viaGateway.length, overRpc.length)
  })
}

test('Base indexing issues are the same', async () => {
  const issues = async (db: string) =>
    query(db, `select block_number, log_index, reason from indexing_issue where chain = 'base' order by block_number, log_index, reason`)
  assert.deepEqual(await issues(dbs.gateway!), await issues(dbs.rpc!))
})

test('a wrong or missing key stops the processor at start, naming SQD_API_KEY, with nothing written', async () => {
  for (const key of ['wrong-key', '']) {
    const db = await migratedDb()
    const run = await indexToEnd({ DATABASE_URL: db, BASE_GATEWAY_URL: keyed.url, SQD_API_KEY: key }, 60_000)
    assert.equal(run.code, CONFIG_ERROR_EXIT_CODE, run.output.slice(-2000))
    assert.match(run.output, /SQD_API_KEY/)
    assert.match(run.output, /HTTP 401/)
    const [{ n }] = await query<{ n: string }>(db, 'select count(*) n from transfer')
    assert.equal(Number(n), 0)
  }
})

// the same gateway over a dataset recorded from this devnet (gateway-dataset.ts), on this file's stack and run
datasetParityTests(() => ({ stack, toBlock, indexedThroughAnvil: dbs.gateway!, indexToEnd }))

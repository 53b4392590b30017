/**
 * The gateway over a recorded dataset is the same gateway as over anvil. Registered by
 * gateway.e2e.test.ts, whose devnet and Base run it reuses (a stack of its own would double the
 * time): the devnet's Base chain is recorded into a dataset (devnet/src/dataset); the archive
 * queries the Base pipeline sends (its own processor's requests and field selection, as
 * @subsquid/evm-processor's archive client sends them), and a query selecting every field of every
 * block, transaction, receipt and log, go to a gateway over anvil and a gateway over the dataset,
 * and every answer must be the same bytes. Then the Base processor indexes through the dataset
 * gateway, and every Base table must hold the rows the file's run through the anvil gateway wrote.
 */
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { recordDataset, startGatewayServer, type DatasetManifest, type GatewayServer } from '@og-explorer/devnet'
import { HEADER_FIELDS, RECEIPT_FIELDS } from '@og-explorer/devnet/lib/gateway/project'
import { BASE_ENTITIES } from '@og-explorer/indexer/lib/base/main'
import { createBaseProcessor } from '@og-explorer/indexer/lib/base/processor'
import { devnetProfile } from '@og-explorer/indexer/lib/config/devnet'
import { tableOf } from '@og-explorer/indexer/lib/recovery/deep-reorg'
import { freshDatabase, query } from '@og-explorer/indexer/lib/testing/postgres'
import { migrate } from '../../faults/fixture'
import type { TestStack } from '../../stack/stack'

/** small chunks, so the recorded history spans several and worker ranges cross their edges */
const DATASET_CHUNK_BLOCKS = 25

export interface DatasetParityContext {
  stack: TestStack
  /** a final Base block: the dataset ends there */
  toBlock: number
  /** a database the Base processor filled through the anvil gateway up to toBlock */
  indexedThroughAnvil: string
  /** runs the Base processor to toBlock with these variables on top of the stack's, until it exits */
  indexToEnd(env: Record<string, string>): Promise<{ code: number | null; output: string }>
}

/** Registers the parity tests; `context` is read when the first of them runs, after the file's own `before`. */
export function datasetParityTests(context: () => DatasetParityContext): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-dataset-'))
  let ctx: DatasetParityContext
  let manifest: DatasetManifest
  let overAnvil: GatewayServer
  let overDataset: GatewayServer

  // set up by the first of these tests, not in a hook: node's root hooks give no order among files' and modules' hooks
  let ready: Promise<void> | undefined
  const setUp = () =>
    (ready ??= (async () => {
      ctx = context()
      manifest = await recordDataset(ctx.stack.devnet.base.url, dir, { to: ctx.toBlock, chunkBlocks: DATASET_CHUNK_BLOCKS })
      // no finality lag: both gateways answer up to toBlock, which every query stops at
      overAnvil = await startGatewayServer({ rpcUrl: ctx.stack.devnet.base.url, finalityLag: 0 })
      overDataset = await startGatewayServer({ datasetDir: dir })
    })())

  after(async () => {
    await overAnvil?.close()
    await overDataset?.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  /** one archive request as the client makes it: the worker's URL from the router, then the query; the raw answer */
  async function ask(gateway: GatewayServer, body: { fromBlock: number }): Promise<string> {
    const worker = await (await fetch(`${gateway.url}/${body.fromBlock}/worker`)).text()
    const res = await fetch(worker, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    const text = await res.text()
    assert.equal(res.status, 200, text.slice(0, 500))
    return text
  }

  /**
   * The archive client's loop (util-internal-ingest-tools' archiveIngest) over both gateways at once:
   * each answer's bytes compared, the next query from the block after the answer's last one.
   */
  async function compareSeries(request: object, from: number, to: number): Promise<{ answers: number; blocks: number; items: number }> {
    const totals = { answers: 0, blocks: 0, items: 0 }
    for (let beg = from; beg <= to; ) {
      const body = { fromBlock: beg, toBlock: to, ...request }
      const [fromAnvil, fromDataset] = await Promise.all([ask(overAnvil, body), ask(overDataset, body)])
      if (fromAnvil !== fromDataset) {
        const at = [...fromAnvil].findIndex((c, i) => c !== fromDataset[i])
        assert.fail(
          `the answers to ${JSON.stringify(body)} differ at character ${at}:\n anvil   …${fromAnvil.slice(at - 200, at + 200)}\n dataset …${fromDataset.slice(at - 200, at + 200)}`,
        )
      }
      const blocks = JSON.parse(fromAnvil) as { header: { number: number }; logs?: unknown[]; transactions?: unknown[] }[]
      totals.answers++
      totals.blocks += blocks.length
      totals.items += blocks.reduce((s, b) => s + (b.logs?.length ?? 0) + (b.transactions?.length ?? 0), 0)
      beg = blocks[blocks.length - 1].header.number + 1
    }
    return totals
  }

  test('dataset: it holds the Base chain up to the final block, every log of it, in several chunks', async () => {
    await setUp()
    const rpc = ctx.stack.devnet.base.rpc
    assert.equal(manifest.height, ctx.toBlock)
    assert.equal(manifest.chainId, Number(BigInt(await rpc.call<string>('eth_chainId'))))
    assert.equal(manifest.genesisHash, (await rpc.call<{ hash: string }>('eth_getBlockByNumber', ['0x0', false])).hash)
    assert.ok(manifest.chunks.length >= 3, `${manifest.chunks.length} chunks`)
    const logs = await rpc.call<unknown[]>('eth_getLogs', [{ fromBlock: '0x0', toBlock: `0x${ctx.toBlock.toString(16)}` }])
    assert.equal(
      manifest.chunks.reduce((s, c) => s + c.logs, 0),
      logs.length,
    )
    assert.equal(await (await fetch(`${overDataset.url}/height`)).text(), String(ctx.toBlock))
  })

  test('dataset: the Base pipeline’s archive queries get the same bytes as from anvil', async (t) => {
    await setUp()
    // the processor's own requests (private in the library, read here on purpose): what its archive client sends
    const processor = createBaseProcessor(devnetProfile(ctx.stack.devnet.deploymentsFile), ctx.toBlock) as unknown as {
      getBatchRequests(): { range: { from: number; to?: number }; request: object }[]
    }
    const requests = processor.getBatchRequests()
    assert.ok(requests.length > 0)
    let items = 0
    for (const { range, request } of requests) {
      const totals = await compareSeries(request, range.from, range.to ?? ctx.toBlock)
      items += totals.items
      t.diagnostic(`blocks ${range.from}..${range.to}: ${totals.answers} answers, ${totals.blocks} blocks, ${totals.items} items`)
    }
    assert.ok(items > 100, `the Base pipeline's queries found only ${items} items: the comparison would prove little`)
    // the client's block-hash probe (getBlockHash) at a few heights
    for (const n of [0, 1, Math.floor(ctx.toBlock / 2), ctx.toBlock]) await compareSeries({ includeAllBlocks: true }, n, n)
  })

  test('dataset: every field of every block, transaction, receipt and log is the same bytes as from anvil', async () => {
    await setUp()
    const all = (names: string[]) => Object.fromEntries(names.map((k) => [k, true]))
    const txFields = [
      'hash',
      'from',
      'to',
      'input',
      'gas',
      'gasPrice',
      'maxFeePerGas',
      'maxPriorityFeePerGas',
      'value',
      'v',
      'r',
      's',
      'nonce',
      'yParity',
      'chainId',
      'type',
      'sighash',
    ]
    const fields = {
      block: all(Object.keys(HEADER_FIELDS)),
      transaction: all([...txFields, ...Object.keys(RECEIPT_FIELDS)]),
      log: all(['transactionHash', 'address', 'data', 'topics']),
    }
    const totals = await compareSeries({ includeAllBlocks: true, fields, transactions: [{}], logs: [{}] }, 0, ctx.toBlock)
    assert.equal(totals.blocks, ctx.toBlock + 1)
    assert.equal(
      totals.items,
      manifest.chunks.reduce((s, c) => s + c.logs + c.transactions, 0),
    )
  })

  test('dataset: the Base processor indexes through the dataset gateway the rows it indexed through anvil', async () => {
    await setUp()
    const db = await freshDatabase()
    migrate(db)
    const served = overDataset.stats().blocks
    const run = await ctx.indexToEnd({ DATABASE_URL: db, BASE_GATEWAY_URL: overDataset.url, SQD_API_KEY: '' })
    assert.equal(run.code, 0, run.output.slice(-3000))
    assert.ok(overDataset.stats().blocks > served, 'the dataset gateway served the run')
    const [status] = await query<{ height: number }>(db, 'select height from base_processor.status')
    assert.equal(status.height, ctx.toBlock)
    for (const entity of BASE_ENTITIES) {
      const table = tableOf(entity)
      const rows = async (url: string): Promise<string[]> => (await query(url, `select * from ${table} order by id`)).map((r) => JSON.stringify(r))
      const viaAnvil = await rows(ctx.indexedThroughAnvil)
      const viaDataset = await rows(db)
      if (['transfer', 'account', 'payment'].includes(table)) assert.ok(viaAnvil.length > 0, `${table} is empty: the comparison would prove nothing`)
      assert.deepEqual(viaDataset, viaAnvil, `${table}: ${viaAnvil.length} rows through anvil, ${viaDataset.length} through the dataset`)
    }
  })
}

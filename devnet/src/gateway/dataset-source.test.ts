import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, test } from 'node:test'
import type { DatasetBlock } from '../dataset/format'
import { DatasetReader } from '../dataset/reader'
import { testChain, TEST_ADDRESSES, TEST_GENESIS, TEST_TOPICS } from '../dataset/test-blocks'
import { DatasetWriter } from '../dataset/writer'
import { startGatewayServer, type GatewayServer } from './server'

// No chain: the gateway over a dataset of a made-up chain, checked against that chain's blocks.
const FIRST = 3
const COUNT = 250
const WORKER_CHUNK = 40
const [A, B] = TEST_ADDRESSES
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dataset-gateway-'))
const chain = testChain(COUNT, { from: FIRST })
const last = FIRST + COUNT - 1
let gateway: GatewayServer

async function writeDataset(name: string, blocks: DatasetBlock[], receipts = true): Promise<string> {
  const dir = path.join(root, name)
  const writer = await DatasetWriter.create(dir, { chainId: 8453, genesisHash: TEST_GENESIS, firstBlock: FIRST, receipts, chunkBlocks: 64 })
  for (const b of blocks) await writer.append(b)
  await writer.finish()
  return dir
}

before(async () => {
  gateway = await startGatewayServer({ datasetDir: await writeDataset('main', chain), chunkBlocks: WORKER_CHUNK })
})

after(async () => {
  await gateway?.close()
  fs.rmSync(root, { recursive: true, force: true })
})

async function post(url: string, body: object): Promise<Response> {
  const worker = await (await fetch(`${url}/${(body as { fromBlock: number }).fromBlock}/worker`)).text()
  return fetch(worker, { method: 'POST', body: JSON.stringify(body) })
}

/** the archive client's loop: ask again from the block after each answer's last one */
async function queryAll(url: string, body: object, to: number): Promise<any[]> {
  const blocks: any[] = []
  for (let from = (body as { fromBlock: number }).fromBlock; from <= to; ) {
    const res = await post(url, { ...body, fromBlock: from, toBlock: to })
    assert.equal(res.status, 200, await res.clone().text())
    const answer = (await res.json()) as any[]
    blocks.push(...answer)
    from = answer[answer.length - 1].header.number + 1
  }
  return blocks
}

test('a dataset is final: the height is its last block; an explicit finality lag still applies', async () => {
  assert.equal(Number(await (await fetch(`${gateway.url}/height`)).text()), last)
  const lagged = await startGatewayServer({ datasetDir: path.join(root, 'main'), finalityLag: 7 })
  try {
    assert.equal(Number(await (await fetch(`${lagged.url}/height`)).text()), last - 7)
  } finally {
    await lagged.close()
  }
})

test('log filters with their transactions, across worker and dataset chunks, match the chain block by block', async () => {
  const blocks = await queryAll(
    gateway.url,
    {
      fromBlock: FIRST,
      logs: [{ address: [A], topic0: [TEST_TOPICS[0]], transaction: true }],
      fields: {
        block: { timestamp: true },
        log: { topics: true, data: true, transactionHash: true },
        transaction: { hash: true, from: true, input: true, status: true },
      },
    },
    last,
  )
  const withLogs = blocks.filter((b) => b.logs.length > 0)
  const expected = chain.map((b) => ({ b, logs: b.logs.filter((l) => l.address === A && l.topics[0] === TEST_TOPICS[0]) })).filter((x) => x.logs.length > 0)
  assert.ok(expected.length > 20)
  assert.deepEqual(
    withLogs.map((b) => b.header.number),
    expected.map((x) => Number(x.b.header.number)),
  )
  for (const [i, { b, logs }] of expected.entries()) {
    const got = withLogs[i]
    assert.equal(got.header.timestamp, Number(b.header.timestamp))
    assert.deepEqual(
      got.logs.map((l: any) => [l.logIndex, l.data, l.topics, l.transactionHash]),
      logs.map((l) => [Number(l.logIndex), l.data, l.topics, l.transactionHash]),
    )
    const hashes = [...new Set(logs.map((l) => l.transactionHash))]
    assert.deepEqual(
      got.transactions.map((t: any) => [t.hash, t.input, t.status]),
      b.transactions.filter((t) => hashes.includes(t.hash)).map((t) => [t.hash, t.input, 1]),
    )
  }
  // every answer ends at the last block asked for: the client's loop ends there
  assert.equal(blocks[blocks.length - 1].header.number, last)
})

test('transaction filters bring their logs and receipt fields', async () => {
  const blocks = await queryAll(
    gateway.url,
    {
      fromBlock: FIRST,
      transactions: [{ to: [B], logs: true }],
      fields: { transaction: { hash: true, gasUsed: true, cumulativeGasUsed: true }, log: { address: true } },
    },
    last,
  )
  const txs = blocks.flatMap((b) => b.transactions)
  const expected = chain.flatMap((b) => b.transactions.map((t, i) => ({ t, r: b.receipts![i] })).filter(({ t }) => t.to === B))
  assert.deepEqual(
    txs.map((t) => [t.hash, t.gasUsed, t.cumulativeGasUsed]),
    expected.map(({ t, r }) => [t.hash, r.gasUsed, r.cumulativeGasUsed]),
  )
  assert.equal(blocks.flatMap((b) => b.logs).length, chain.flatMap((b) => b.logs).filter((l) => expected.some(({ t }) => t.hash === l.transactionHash)).length)
})

test('a query below the first block is refused; receipt fields from a dataset without receipts are refused', async () => {
  assert.equal((await fetch(`${gateway.url}/${FIRST - 1}/worker`)).status, 400)
  const bare = await startGatewayServer({ datasetDir: await writeDataset('bare', testChain(20, { from: FIRST, receipts: false }), false) })
  try {
    const res = await post(bare.url, { fromBlock: FIRST, transactions: [{}], fields: { transaction: { status: true } } })
    assert.equal(res.status, 400)
    assert.match(await res.text(), /keeps no receipts/)
  } finally {
    await bare.close()
  }
})

test('a corrupted chunk answers 500 naming it, never an answer with fewer blocks', async () => {
  const dir = await writeDataset('corrupt', chain)
  const entry = DatasetReader.open(dir).manifest.chunks[1]
  const bytes = fs.readFileSync(path.join(dir, entry.file))
  bytes[100] ^= 0x01
  fs.writeFileSync(path.join(dir, entry.file), bytes)
  const broken = await startGatewayServer({ datasetDir: dir, chunkBlocks: WORKER_CHUNK })
  try {
    const res = await post(broken.url, { fromBlock: entry.from, logs: [{}] })
    assert.equal(res.status, 500)
    assert.match(await res.text(), new RegExp(`${entry.file.replace(/[.]/g, '\\.')} .* is corrupted`))
    // the chunk before it still answers
    assert.equal((await post(broken.url, { fromBlock: FIRST, toBlock: FIRST + 5, logs: [{}] })).status, 200)
  } finally {
    await broken.close()
  }
})

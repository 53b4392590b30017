import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { type DatasetRpc, startDatasetRpc } from './head-rpc'
import { testChain, TEST_GENESIS } from './test-blocks'
import { DatasetWriter } from './writer'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dataset-rpc-test-'))
const chain = testChain(30)
let rpc: DatasetRpc

async function call(body: unknown): Promise<any> {
  const res = await fetch(rpc.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return res.json()
}
const ask = (method: string, params: unknown[] = []) => call({ jsonrpc: '2.0', id: 7, method, params })

before(async () => {
  const writer = await DatasetWriter.create(dir, { chainId: 8453, genesisHash: TEST_GENESIS, receipts: true, chunkBlocks: 8 })
  for (const b of chain) await writer.append(b)
  await writer.finish()
  rpc = await startDatasetRpc({ datasetDir: dir })
})

after(async () => {
  await rpc.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

test('the chain id and the head are the manifest’s', async () => {
  assert.deepEqual(await ask('eth_chainId'), { jsonrpc: '2.0', id: 7, result: '0x2105' })
  assert.equal((await ask('net_version')).result, '8453')
  assert.equal((await ask('eth_blockNumber')).result, chain[29].header.number)
})

test('a block by number is the stored header with its transaction hashes, or its transactions when asked', async () => {
  const { result } = await ask('eth_getBlockByNumber', ['0x13', false])
  const stored = chain[19]
  for (const [field, value] of Object.entries(stored.header)) assert.deepEqual(result[field], value, field)
  assert.deepEqual(
    result.transactions,
    stored.transactions.map((t) => t.hash),
  )
  const full = (await ask('eth_getBlockByNumber', ['0x13', true])).result
  assert.deepEqual(full.transactions, stored.transactions)
})

test('every head tag is the last block; a block past the height is null, as a node answers', async () => {
  for (const tag of ['latest', 'finalized', 'safe']) assert.equal((await ask('eth_getBlockByNumber', [tag, false])).result.hash, chain[29].header.hash, tag)
  assert.equal((await ask('eth_getBlockByNumber', ['earliest', false])).result.hash, chain[0].header.hash)
  assert.equal((await ask('eth_getBlockByNumber', ['0x1e', false])).result, null)
  assert.equal((await ask('eth_getBlockByNumber', ['nonsense', false])).error.code, -32602)
})

test('any other method is refused by name and counted; a batch is answered in order', async () => {
  const answers = await call([
    { jsonrpc: '2.0', id: 1, method: 'eth_call', params: [{ to: '0x' + '11'.repeat(20), data: '0x' }, 'latest'] },
    { jsonrpc: '2.0', id: 2, method: 'eth_blockNumber', params: [] },
  ])
  assert.equal(answers[0].id, 1)
  assert.equal(answers[0].error.code, -32601)
  assert.match(answers[0].error.message, /eth_call is not served/)
  assert.deepEqual([answers[1].id, answers[1].result], [2, '0x1d'])
  assert.equal(rpc.refused().eth_call, 1)
  assert.ok(rpc.asked().eth_blockNumber >= 2)
  assert.equal(rpc.refused().eth_blockNumber, undefined)
})

import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { DatasetError, MANIFEST_FILE, type DatasetBlock } from './format'
import { DatasetReader } from './reader'
import { testChain, TEST_GENESIS } from './test-blocks'
import { DatasetWriter, type DatasetWriterOptions } from './writer'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dataset-test-'))
after(() => fs.rmSync(root, { recursive: true, force: true }))
let folders = 0

async function write(blocks: DatasetBlock[], options: Partial<DatasetWriterOptions> = {}): Promise<string> {
  const dir = path.join(root, `d${folders++}`)
  const writer = await DatasetWriter.create(dir, {
    chainId: 8453,
    genesisHash: TEST_GENESIS,
    receipts: true,
    firstBlock: Number(blocks[0]?.header.number ?? 0),
    ...options,
  })
  for (const b of blocks) await writer.append(b)
  await writer.finish()
  return dir
}

const numbersOf = (blocks: DatasetBlock[]) => blocks.map((b) => Number(b.header.number))

test('round trip: every block comes back as it was appended, in chunks of at most chunkBlocks blocks', async () => {
  const chain = testChain(95)
  const dir = await write(chain, { chunkBlocks: 10 })
  const reader = DatasetReader.open(dir)
  const m = reader.manifest
  assert.deepEqual([m.chainId, m.genesisHash, m.firstBlock, m.height, m.heightHash], [8453, TEST_GENESIS, 0, 94, chain[94].header.hash])
  assert.deepEqual(
    m.chunks.map((c) => [c.from, c.to]),
    Array.from({ length: 10 }, (_, i) => [i * 10, Math.min(i * 10 + 9, 94)]),
  )
  assert.equal(
    m.chunks.reduce((s, c) => s + c.logs, 0),
    chain.reduce((s, b) => s + b.logs.length, 0),
  )
  assert.deepEqual(await reader.blocks(0, 94), chain)
})

test('a range across chunk boundaries gives exactly its blocks, for every from..to', async () => {
  const chain = testChain(30, { from: 5 })
  const dir = await write(chain, { chunkBlocks: 7 })
  const reader = DatasetReader.open(dir, { cachedChunks: 1 })
  for (let from = 5; from < 35; from++)
    for (let to = from; to < 35; to++) assert.deepEqual(numbersOf(await reader.blocks(from, to)), numbersOf(chain.slice(from - 5, to - 4)), `${from}..${to}`)
  await assert.rejects(reader.blocks(4, 10), DatasetError, 'below the first block')
  await assert.rejects(reader.blocks(30, 35), DatasetError, 'above the height')
})

test('a busy stretch ends its chunk early: chunkItems bounds the logs plus transactions of a chunk', async () => {
  const chain = testChain(40)
  const dir = await write(chain, { chunkBlocks: 1000, chunkItems: 20 })
  const { chunks } = DatasetReader.open(dir).manifest
  assert.ok(chunks.length > 1)
  for (const [i, c] of chunks.entries()) {
    const items = chain.slice(c.from, c.to + 1).reduce((s, b) => s + b.logs.length + b.transactions.length, 0)
    assert.equal(c.logs + c.transactions, items)
    // a chunk closes on the block that reaches the bound, never before
    const beforeLast = items - chain[c.to].logs.length - chain[c.to].transactions.length
    assert.ok(beforeLast < 20, `chunk ${i} went on past the bound`)
    if (i < chunks.length - 1) assert.ok(items >= 20)
    if (i > 0) assert.equal(c.from, chunks[i - 1].to + 1)
  }
})

test('a range query reads only the chunks covering it, and each only once while cached', async () => {
  const dir = await write(testChain(100), { chunkBlocks: 10 })
  const reader = DatasetReader.open(dir)
  await reader.blocks(15, 23)
  assert.deepEqual(
    reader.stats().files.map((f) => path.basename(f)),
    ['0000000010-0000000019.blocks.gz', '0000000020-0000000029.blocks.gz'],
  )
  await reader.blocks(24, 29)
  assert.equal(reader.stats().chunksRead, 2)
  await reader.blocks(59, 60)
  assert.equal(reader.stats().chunksRead, 4)
})

test('a corrupted, truncated or missing chunk is an error naming it, never fewer blocks', async () => {
  const dir = await write(testChain(30), { chunkBlocks: 10 })
  const { chunks } = DatasetReader.open(dir).manifest
  const file = (i: number) => path.join(dir, chunks[i].file)
  const bytes = fs.readFileSync(file(0))
  bytes[bytes.length >> 1] ^= 0xff
  fs.writeFileSync(file(0), bytes)
  fs.truncateSync(file(1), fs.statSync(file(1)).size - 8)
  fs.rmSync(file(2))
  const reader = DatasetReader.open(dir)
  await assert.rejects(reader.blocks(3, 4), /0000000000-0000000009\.blocks\.gz \(blocks 0\.\.9\) is corrupted/)
  await assert.rejects(reader.blocks(15, 15), /0000000010-0000000019\.blocks\.gz \(blocks 10\.\.19\) is corrupted/)
  await assert.rejects(reader.blocks(25, 29), /0000000020-0000000029\.blocks\.gz \(blocks 20\.\.29\) cannot be read/)
  // the failure is not cached as an answer: it fails again
  await assert.rejects(reader.blocks(25, 29), DatasetError)
})

test('a manifest that is missing or not a manifest is an error', async () => {
  const dir = await write(testChain(3))
  fs.writeFileSync(path.join(dir, MANIFEST_FILE), '{"format":"something else"}')
  assert.throws(() => DatasetReader.open(dir), /is not a dataset manifest/)
  assert.throws(() => DatasetReader.open(path.join(root, 'nowhere')), /holds no dataset/)
})

test('a dataset of another format version is refused, saying which version it is and what to do', async () => {
  const dir = await write(testChain(3))
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_FILE), 'utf8'))
  fs.writeFileSync(path.join(dir, MANIFEST_FILE), JSON.stringify({ ...manifest, version: 1 }))
  assert.throws(() => DatasetReader.open(dir), /is a version 1 dataset; this reader reads version 2: record or build the dataset again/)
})

test('the writer refuses blocks out of order, off the chain, or with receipts that do not belong', async () => {
  const chain = testChain(6)
  const dir = path.join(root, 'refusals')
  const writer = await DatasetWriter.create(dir, { chainId: 1, genesisHash: TEST_GENESIS, receipts: true })
  await assert.rejects(writer.append(chain[1]), /block 1 appended where block 0 was expected/)
  await writer.append(chain[0])
  await assert.rejects(writer.append({ ...chain[1], header: { ...chain[1].header, parentHash: chain[3].header.hash } }), /parent/)
  await assert.rejects(writer.append({ ...chain[1], receipts: undefined }), /lacks receipts/)
  await assert.rejects(
    writer.append({ ...chain[1], receipts: [{ ...chain[1].receipts![0], transactionHash: chain[2].transactions[0].hash }] }),
    /receipts are not those/,
  )
  await assert.rejects(writer.append({ ...chain[1], receipts: [] }), /1 transactions and 0 receipts/)
  await assert.rejects(writer.append({ ...chain[1], logs: chain[2].logs }), /holds an item of block 2/)
  await writer.append(chain[1])
  await writer.finish()
  assert.equal(DatasetReader.open(dir).manifest.height, 1)
  await assert.rejects(DatasetWriter.create(dir, { chainId: 1, genesisHash: TEST_GENESIS, receipts: true }), /already holds a dataset/)
})

test('while a dataset is written, a reader sees whole chunks only, and more of them after refresh()', async () => {
  const chain = testChain(25)
  const dir = path.join(root, 'growing')
  const writer = await DatasetWriter.create(dir, { chainId: 1, genesisHash: TEST_GENESIS, receipts: true, chunkBlocks: 10 })
  const reader = DatasetReader.open(dir)
  assert.equal(reader.manifest.height, -1)
  for (const b of chain.slice(0, 15)) await writer.append(b)
  assert.equal(reader.refresh().height, 9, 'the open chunk is not listed yet')
  for (const b of chain.slice(15)) await writer.append(b)
  await writer.finish()
  assert.equal(reader.refresh().height, 24)
  assert.deepEqual(await reader.blocks(0, 24), chain)
})

test('a dataset without receipts keeps none and reads back without them', async () => {
  const chain = testChain(12, { receipts: false })
  const dir = await write(chain, { receipts: false, chunkBlocks: 5 })
  const reader = DatasetReader.open(dir)
  assert.equal(reader.manifest.receipts, false)
  assert.deepEqual(await reader.blocks(0, 11), chain)
})

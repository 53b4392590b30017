/**
 * A made-up chain of a given number of logs in a dataset folder (devnet/src/dataset/test-blocks.ts'
 * chain: three addresses, two topics, most logs with their transaction), built once and reused
 * while the folder holds a dataset the reader accepts with that many logs.
 */
import fs from 'node:fs'
import * as devnet from '@og-explorer/devnet'
import { TEST_GENESIS, testChain } from '@og-explorer/devnet/lib/dataset/test-blocks'

/** test-blocks' chain holds 10 logs in every 4 blocks */
const blocksFor = (logs: number) => Math.ceil((logs * 4) / 10)
const SLICE_BLOCKS = 10_000

/** the dataset reader and writer to build with: this checkout's, or another build's (an A/B against an older format) */
export type DatasetLib = Pick<typeof devnet, 'DatasetReader' | 'DatasetWriter'>

export async function madeUpDataset(
  dir: string,
  logs: number,
  progress: (line: string) => void,
  chunkItems?: number,
  lib: DatasetLib = devnet,
): Promise<{ blocks: number; logs: number; chunks: number }> {
  const { DatasetReader, DatasetWriter } = lib
  const blocks = blocksFor(logs)
  try {
    const m = DatasetReader.open(dir).manifest
    if (m.height === blocks - 1) return { blocks, logs: m.chunks.reduce((s, c) => s + c.logs, 0), chunks: m.chunks.length }
  } catch {
    // no dataset there, or one of another format: built anew
  }
  fs.rmSync(dir, { recursive: true, force: true })
  const writer = await DatasetWriter.create(dir, { chainId: 8453, genesisHash: TEST_GENESIS, receipts: true, chunkItems })
  const started = Date.now()
  for (let from = 0; from < blocks; from += SLICE_BLOCKS) {
    for (const block of testChain(Math.min(SLICE_BLOCKS, blocks - from), { from })) await writer.append(block)
    progress(
      `[gateway-bench] dataset: ${Math.min(from + SLICE_BLOCKS, blocks).toLocaleString('en-US')} of ${blocks.toLocaleString('en-US')} blocks in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    )
  }
  const manifest = await writer.finish()
  return { blocks, logs: manifest.chunks.reduce((s, c) => s + c.logs, 0), chunks: manifest.chunks.length }
}

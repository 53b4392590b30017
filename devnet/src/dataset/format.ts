/**
 * A chain's history on disk, in the form the local SQD gateway serves it from (docs/devnet.md,
 * "Datasets"). A dataset is a folder:
 *
 *   manifest.json                    chain id, genesis hash, first block, height, the chunk index
 *   chunks/<from>-<to>.ndjson.gz     one JSON line per block, every block of from..to in order
 *
 * Blocks are kept in JSON-RPC form (hex quantities), the form the gateway reads from anvil, so one
 * projection (gateway/project.ts) shapes answers from either source and a dataset recorded from
 * anvil answers byte for byte as anvil does. Only what the archive format can carry is kept: the
 * header fields the gateway projects, the transactions, their logs (without the block number and
 * hash, which the header gives) and, when the chain gave them, the receipts' fields.
 *
 * A chunk ends after a number of blocks or a number of items (logs plus transactions), whichever
 * comes first, so a busy stretch of chain does not make one huge chunk; the index in the manifest
 * says which blocks each chunk holds, and a range query reads only the chunks it covers. Each chunk
 * carries its sha256 in the index: a corrupted or missing chunk is an error, never an empty answer.
 */
import { z } from 'zod'
import type { RpcHeader, RpcLog, RpcReceipt, RpcTransaction } from '../gateway/chain-data'
import { HEADER_FIELDS, RECEIPT_FIELDS } from '../gateway/project'

export const FORMAT_VERSION = 1
export const MANIFEST_FILE = 'manifest.json'
export const CHUNK_DIR = 'chunks'

const chunkEntry = z.object({
  from: z.number().int().nonnegative(),
  to: z.number().int().nonnegative(),
  /** path relative to the dataset folder */
  file: z.string().min(1),
  logs: z.number().int().nonnegative(),
  transactions: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
})

export const manifestSchema = z.object({
  format: z.literal('og-explorer-evm-dataset'),
  version: z.literal(FORMAT_VERSION),
  chainId: z.number().int().positive(),
  /** hash of block 0, which names the chain the dataset was taken from */
  genesisHash: z.string().regex(/^0x[0-9a-f]{64}$/),
  /** the first block stored */
  firstBlock: z.number().int().nonnegative(),
  /** the last block stored (firstBlock - 1 while empty); every block up to it is final */
  height: z.number().int().min(-1),
  /** hash of the block at `height`, so an append can check the next block's parent */
  heightHash: z.string().nullable(),
  /** whether every transaction carries its receipt fields */
  receipts: z.boolean(),
  chunks: z.array(chunkEntry),
})

export type DatasetManifest = z.infer<typeof manifestSchema>
export type ChunkEntry = z.infer<typeof chunkEntry>

/** One block as a writer appends it and a reader returns it: the JSON-RPC shapes the gateway reads. */
export interface DatasetBlock {
  header: RpcHeader
  transactions: RpcTransaction[]
  logs: RpcLog[]
  /** receipts of the block's transactions, in their order (only when the dataset keeps receipts) */
  receipts?: RpcReceipt[]
}

/** a dataset that cannot be read as it claims: missing, corrupted, or not this format */
export class DatasetError extends Error {}

export const chunkFileName = (from: number, to: number) => `${CHUNK_DIR}/${String(from).padStart(10, '0')}-${String(to).padStart(10, '0')}.ndjson.gz`

const LOG_KEYS = ['logIndex', 'transactionIndex', 'transactionHash', 'address', 'data', 'topics'] as const
const HEADER_KEYS = ['number', 'hash', 'parentHash', ...Object.keys(HEADER_FIELDS)]
const RECEIPT_KEYS = ['transactionHash', ...Object.keys(RECEIPT_FIELDS)]

function pick(source: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const k of keys) if (source[k] !== undefined) out[k] = source[k]
  return out
}

/**
 * The line stored for a block. Logs and transactions lose their block number and hash (restored from
 * the header on read); a transaction keeps every other field, since any of them may be selected.
 */
export function encodeBlock(block: DatasetBlock): string {
  const line: Record<string, unknown> = {
    header: pick(block.header, HEADER_KEYS),
    transactions: block.transactions.map(({ blockHash: _h, blockNumber: _n, ...tx }) => tx),
    logs: block.logs.map((log) => pick(log as unknown as Record<string, unknown>, LOG_KEYS)),
  }
  if (block.receipts) line.receipts = block.receipts.map((r) => pick(r, RECEIPT_KEYS))
  return JSON.stringify(line)
}

export function decodeBlock(line: string): DatasetBlock {
  const stored = JSON.parse(line) as {
    header: RpcHeader
    transactions: Record<string, unknown>[]
    logs: Record<string, unknown>[]
    receipts?: RpcReceipt[]
  }
  const { number: blockNumber, hash: blockHash } = stored.header
  // restored in place: the parsed objects are ours, and a copy per item is what a big chunk's decoding would spend its time on
  for (const tx of stored.transactions) {
    tx.blockHash = blockHash
    tx.blockNumber = blockNumber
  }
  for (const log of stored.logs) {
    log.blockHash = blockHash
    log.blockNumber = blockNumber
  }
  return {
    header: stored.header,
    transactions: stored.transactions as unknown as RpcTransaction[],
    logs: stored.logs as unknown as RpcLog[],
    ...(stored.receipts ? { receipts: stored.receipts } : {}),
  }
}

/**
 * A chain's history on disk, in the form the local SQD gateway serves it from (docs/devnet.md,
 * "Datasets"). A dataset is a folder:
 *
 *   manifest.json                    chain id, genesis hash, first block, height, the chunk index
 *   chunks/<from>-<to>.blocks.gz     one line per block, every block of from..to in order
 *
 * Values are kept in JSON-RPC form (hex quantities), the form the gateway reads from anvil, so a
 * dataset recorded from anvil answers byte for byte as anvil does. Only what the archive format can
 * carry is kept: the header fields the gateway projects, the transactions, their logs (without the
 * block number and hash, which the header gives) and, when the chain gave them, the receipts' fields.
 *
 * A block's line is made to be answered from without parsing it (version 2; gateway/dataset-answer.ts):
 * its header, transactions, logs and receipts are sections, each item a row, each field a column in
 * a fixed order holding the JSON text of the value (empty when the item lacks the field). The
 * gateway copies a selected field's text into its answer as it is, and JSON never holds the control
 * characters used as separators (JSON.stringify escapes every character below 0x20):
 *
 *   line     = header GS transactions GS logs GS receipts       (GS = \x1d)
 *   section  = row RS row RS ...                                (RS = \x1e; an empty section has no row)
 *   row      = column US column US ...                          (US = \x1f)
 *
 * A chunk ends after a number of blocks or a number of items (logs plus transactions), whichever
 * comes first, so a busy stretch of chain does not make one huge chunk; the index in the manifest
 * says which blocks each chunk holds, and a range query reads only the chunks it covers. Each chunk
 * carries its sha256 in the index: a corrupted or missing chunk is an error, never an empty answer.
 */
import { z } from 'zod'
import type { RpcHeader, RpcLog, RpcReceipt, RpcTransaction } from '../gateway/chain-data'
import { HEADER_FIELDS, RECEIPT_FIELDS, TRANSACTION_FIELDS } from '../gateway/project'

export const FORMAT_VERSION = 2
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
  version: z.literal(FORMAT_VERSION, { error: () => `this reader reads version ${FORMAT_VERSION} datasets: record or build the dataset again` }),
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

export const chunkFileName = (from: number, to: number) => `${CHUNK_DIR}/${String(from).padStart(10, '0')}-${String(to).padStart(10, '0')}.blocks.gz`

export const SECTION_SEPARATOR = '\x1d'
export const ROW_SEPARATOR = '\x1e'
export const COLUMN_SEPARATOR = '\x1f'

/** the columns of each section, in order; a transaction's fields outside its list go, as JSON, in one last column */
export const HEADER_COLUMNS = ['number', 'hash', 'parentHash', ...Object.keys(HEADER_FIELDS)] as const
export const TRANSACTION_COLUMNS = [...new Set(['transactionIndex', 'hash', 'from', 'to', 'input', 'type', ...Object.keys(TRANSACTION_FIELDS)])]
export const LOG_COLUMNS = ['logIndex', 'transactionIndex', 'transactionHash', 'address', 'data', 'topics'] as const
export const RECEIPT_COLUMNS = ['transactionHash', ...Object.keys(RECEIPT_FIELDS)] as const
/** the index of a column by name, per section */
export const columnIndex = (columns: readonly string[]) => Object.fromEntries(columns.map((c, i) => [c, i])) as Record<string, number>

/** what a transaction's last column leaves out: the listed columns and the block's own number and hash */
const TRANSACTION_LISTED = new Set([...TRANSACTION_COLUMNS, 'blockHash', 'blockNumber'])

const column = (value: unknown) => (value === undefined ? '' : JSON.stringify(value))

function row(item: Record<string, unknown>, columns: readonly string[]): string {
  let out = column(item[columns[0]])
  for (let i = 1; i < columns.length; i++) out += COLUMN_SEPARATOR + column(item[columns[i]])
  return out
}

function transactionRow(tx: Record<string, unknown>): string {
  const rest: Record<string, unknown> = {}
  let any = false
  for (const k of Object.keys(tx))
    if (!TRANSACTION_LISTED.has(k) && tx[k] !== undefined) {
      rest[k] = tx[k]
      any = true
    }
  return row(tx, TRANSACTION_COLUMNS) + COLUMN_SEPARATOR + (any ? JSON.stringify(rest) : '')
}

const section = <T>(items: T[], encode: (item: T) => string) => items.map(encode).join(ROW_SEPARATOR)

/** The line stored for a block. Logs and transactions lose their block number and hash (the header gives them). */
export function encodeBlock(block: DatasetBlock): string {
  return [
    row(block.header, HEADER_COLUMNS),
    section(block.transactions, (tx) => transactionRow(tx)),
    section(block.logs, (log) => row(log as unknown as Record<string, unknown>, LOG_COLUMNS)),
    section(block.receipts ?? [], (r) => row(r, RECEIPT_COLUMNS)),
  ].join(SECTION_SEPARATOR)
}

/** a block line's four sections: header, transactions, logs, receipts */
export function sectionsOf(line: string): [string, string, string, string] {
  const sections = line.split(SECTION_SEPARATOR)
  if (sections.length !== 4) throw new DatasetError(`a block line has ${sections.length} sections, not 4`)
  return sections as [string, string, string, string]
}

/** the rows of a section, each split into its columns */
export const rowsOf = (section: string): string[][] => (section === '' ? [] : section.split(ROW_SEPARATOR).map((r) => r.split(COLUMN_SEPARATOR)))

function objectOf(columns: string[], names: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (let i = 0; i < names.length; i++) if (columns[i] !== '') out[names[i]] = JSON.parse(columns[i])
  return out
}

/** a block's header, read alone (the reader checks every line's block number with it) */
export const headerOf = (headerSection: string): RpcHeader => objectOf(headerSection.split(COLUMN_SEPARATOR), HEADER_COLUMNS) as RpcHeader

/** Every item of a block line as an object again, in JSON-RPC form (the header's number and hash restored on its items). */
export function decodeBlock(line: string, receipts = true): DatasetBlock {
  const [headerSection, txSection, logSection, receiptSection] = sectionsOf(line)
  const header = headerOf(headerSection)
  const { number: blockNumber, hash: blockHash } = header
  const transactions = rowsOf(txSection).map((columns) => {
    const tx = objectOf(columns, TRANSACTION_COLUMNS)
    const rest = columns[TRANSACTION_COLUMNS.length]
    if (rest) Object.assign(tx, JSON.parse(rest))
    tx.blockHash = blockHash
    tx.blockNumber = blockNumber
    return tx as unknown as RpcTransaction
  })
  const logs = rowsOf(logSection).map((columns) => {
    const log = objectOf(columns, LOG_COLUMNS)
    log.blockHash = blockHash
    log.blockNumber = blockNumber
    return log as unknown as RpcLog
  })
  return { header, transactions, logs, ...(receipts ? { receipts: rowsOf(receiptSection).map((c) => objectOf(c, RECEIPT_COLUMNS) as RpcReceipt) } : {}) }
}

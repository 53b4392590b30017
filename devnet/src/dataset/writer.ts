/**
 * Appends a chain's blocks, in order, to a dataset folder (format.ts). Memory stays bounded whatever
 * the history's size: lines go through a gzip stream straight to the chunk's file, and only the
 * chunk index is kept. A chunk is written under a temporary name and renamed when complete, and the
 * manifest is rewritten (atomically) after each chunk, so a reader, or a writer that crashed, only
 * ever sees whole chunks: what the manifest lists is there.
 */
import { createHash, type Hash } from 'node:crypto'
import fs from 'node:fs'
import { once } from 'node:events'
import path from 'node:path'
import { finished } from 'node:stream/promises'
import zlib from 'node:zlib'
import { num } from '../gateway/chain-data'
import { CHUNK_DIR, chunkFileName, DatasetError, encodeBlock, FORMAT_VERSION, MANIFEST_FILE, type DatasetBlock, type DatasetManifest } from './format'

export const DEFAULT_CHUNK_BLOCKS = 10_000
/** a reader holds a few chunks' whole text (and its gunzip buffers until they are collected): small chunks keep the gateway's memory low */
export const DEFAULT_CHUNK_ITEMS = 20_000
/** lines are gathered into writes of about this many characters (one gzip call per write, not per block) */
const WRITE_BATCH_CHARS = 1 << 16

export interface DatasetWriterOptions {
  chainId: number
  genesisHash: string
  /** the first block that will be appended (default 0) */
  firstBlock?: number
  /** whether every block comes with its transactions' receipts */
  receipts: boolean
  /** a chunk ends after this many blocks... */
  chunkBlocks?: number
  /** ...or once it holds this many logs plus transactions, whichever comes first */
  chunkItems?: number
  /** zlib level (default 1: writing is the slow side of building a big dataset; higher levels only save some disk) */
  gzipLevel?: number
  /** replace a dataset already in the folder (otherwise that is an error) */
  overwrite?: boolean
}

interface OpenChunk {
  from: number
  to: number
  logs: number
  transactions: number
  bytes: number
  tmpFile: string
  gzip: zlib.Gzip
  out: fs.WriteStream
  hash: Hash
  pending: string
}

export class DatasetWriter {
  private chunk: OpenChunk | undefined
  private finishedWriting = false
  /** hash of the last block appended, the next one's parent */
  private lastHash: string | null = null

  private constructor(
    readonly dir: string,
    private readonly manifest: DatasetManifest,
    private readonly chunkBlocks: number,
    private readonly chunkItems: number,
    private readonly gzipLevel: number,
  ) {}

  /** Creates an empty dataset in `dir` (its manifest is written at once) and returns its writer. */
  static async create(dir: string, options: DatasetWriterOptions): Promise<DatasetWriter> {
    const manifestPath = path.join(dir, MANIFEST_FILE)
    if (fs.existsSync(manifestPath)) {
      if (!options.overwrite) throw new DatasetError(`${dir} already holds a dataset; remove it or pass overwrite`)
      fs.rmSync(path.join(dir, CHUNK_DIR), { recursive: true, force: true })
      fs.rmSync(manifestPath)
    }
    fs.mkdirSync(path.join(dir, CHUNK_DIR), { recursive: true })
    const firstBlock = options.firstBlock ?? 0
    const manifest: DatasetManifest = {
      format: 'og-explorer-evm-dataset',
      version: FORMAT_VERSION,
      chainId: options.chainId,
      genesisHash: options.genesisHash.toLowerCase(),
      firstBlock,
      height: firstBlock - 1,
      heightHash: null,
      receipts: options.receipts,
      chunks: [],
    }
    const writer = new DatasetWriter(
      dir,
      manifest,
      options.chunkBlocks ?? DEFAULT_CHUNK_BLOCKS,
      options.chunkItems ?? DEFAULT_CHUNK_ITEMS,
      options.gzipLevel ?? zlib.constants.Z_BEST_SPEED,
    )
    writer.writeManifest()
    return writer
  }

  /** the last block appended (firstBlock - 1 before the first) */
  get height(): number {
    return this.chunk ? this.chunk.to : this.manifest.height
  }

  /**
   * Appends the next block. It must follow the last one (number + 1, parentHash = its hash), carry
   * its receipts exactly when the dataset keeps them, and hold only its own transactions and logs.
   */
  async append(block: DatasetBlock): Promise<void> {
    if (this.finishedWriting) throw new DatasetError('the dataset writer is finished')
    this.check(block)
    let chunk = this.chunk
    if (!chunk) chunk = this.chunk = this.openChunk(num(block.header.number))
    chunk.to = num(block.header.number)
    chunk.logs += block.logs.length
    chunk.transactions += block.transactions.length
    this.lastHash = block.header.hash
    chunk.pending += `${encodeBlock(block)}\n`
    if (chunk.pending.length >= WRITE_BATCH_CHARS) await this.flush(chunk)
    if (chunk.to - chunk.from + 1 >= this.chunkBlocks || chunk.logs + chunk.transactions >= this.chunkItems) await this.closeChunk()
  }

  /** Closes the open chunk and writes the final manifest; the writer takes no more blocks. */
  async finish(): Promise<DatasetManifest> {
    await this.closeChunk()
    this.finishedWriting = true
    return structuredClone(this.manifest)
  }

  private check(block: DatasetBlock): void {
    const n = num(block.header.number)
    const expected = this.height + 1
    if (n !== expected) throw new DatasetError(`block ${n} appended where block ${expected} was expected`)
    const parent = this.lastHash ?? this.manifest.heightHash
    if (parent !== null && block.header.parentHash !== parent)
      throw new DatasetError(`block ${n}'s parent ${block.header.parentHash} is not block ${n - 1} (${parent})`)
    if (this.manifest.receipts !== (block.receipts !== undefined))
      throw new DatasetError(`block ${n} ${block.receipts ? 'has' : 'lacks'} receipts; this dataset ${this.manifest.receipts ? 'keeps' : 'does not keep'} them`)
    if (block.receipts && block.receipts.length !== block.transactions.length)
      throw new DatasetError(`block ${n} has ${block.transactions.length} transactions and ${block.receipts.length} receipts`)
    if (block.receipts && block.receipts.some((r, i) => r.transactionHash !== block.transactions[i]?.hash))
      throw new DatasetError(`block ${n}: its receipts are not those of its transactions, in order`)
    for (const item of [...block.transactions, ...block.logs])
      if (item.blockNumber !== undefined && num(item.blockNumber) !== n) throw new DatasetError(`block ${n} holds an item of block ${num(item.blockNumber)}`)
  }

  private openChunk(from: number): OpenChunk {
    const tmpFile = path.join(this.dir, CHUNK_DIR, `.${from}.tmp`)
    const gzip = zlib.createGzip({ level: this.gzipLevel })
    const out = fs.createWriteStream(tmpFile)
    const chunk: OpenChunk = { from, to: from, logs: 0, transactions: 0, bytes: 0, tmpFile, gzip, out, hash: createHash('sha256'), pending: '' }
    gzip.on('data', (data: Buffer) => {
      chunk.hash.update(data)
      chunk.bytes += data.length
    })
    gzip.pipe(out)
    return chunk
  }

  private async flush(chunk: OpenChunk): Promise<void> {
    const text = chunk.pending
    chunk.pending = ''
    if (!chunk.gzip.write(text)) await once(chunk.gzip, 'drain')
  }

  private async closeChunk(): Promise<void> {
    const chunk = this.chunk
    if (!chunk) return
    this.chunk = undefined
    await this.flush(chunk)
    chunk.gzip.end()
    await finished(chunk.out)
    const file = chunkFileName(chunk.from, chunk.to)
    fs.renameSync(chunk.tmpFile, path.join(this.dir, file))
    this.manifest.chunks.push({
      from: chunk.from,
      to: chunk.to,
      file,
      logs: chunk.logs,
      transactions: chunk.transactions,
      bytes: chunk.bytes,
      sha256: chunk.hash.digest('hex'),
    })
    this.manifest.height = chunk.to
    this.manifest.heightHash = this.lastHash
    this.writeManifest()
  }

  private writeManifest(): void {
    const target = path.join(this.dir, MANIFEST_FILE)
    fs.writeFileSync(`${target}.tmp`, `${JSON.stringify(this.manifest, null, 1)}\n`)
    fs.renameSync(`${target}.tmp`, target)
  }
}

/**
 * Reads a dataset folder (format.ts). A range read opens only the chunks the index says cover it,
 * checks each against its sha256 and its block range before using it, and keeps the last few
 * chunks' block lines (undecoded: the gateway answers from the lines themselves, and decoded items
 * of whole chunks kept alive were most of its garbage collector's work): a processor asks for
 * consecutive ranges, many per chunk. Anything that does not
 * match the manifest (a missing, truncated or altered chunk, a block out of place) is a
 * DatasetError, never a shorter answer.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import { num } from '../gateway/chain-data'
import {
  COLUMN_SEPARATOR,
  DatasetError,
  decodeBlock,
  FORMAT_VERSION,
  MANIFEST_FILE,
  manifestSchema,
  type ChunkEntry,
  type DatasetBlock,
  type DatasetManifest,
} from './format'

const gunzip = promisify(zlib.gunzip)
const DEFAULT_CACHED_CHUNKS = 3

export interface ReaderStats {
  /** chunk files read and decoded (a cached chunk is not read again) */
  chunksRead: number
  /** the files read, in order */
  files: string[]
}

export class DatasetReader {
  private manifestValue: DatasetManifest
  private manifestStamp: string
  private readonly cache = new Map<string, Promise<string[]>>()
  private readonly readStats: ReaderStats = { chunksRead: 0, files: [] }

  private constructor(
    readonly dir: string,
    private readonly cachedChunks: number,
  ) {
    ;[this.manifestValue, this.manifestStamp] = this.readManifest()
  }

  static open(dir: string, options: { cachedChunks?: number } = {}): DatasetReader {
    return new DatasetReader(dir, options.cachedChunks ?? DEFAULT_CACHED_CHUNKS)
  }

  get manifest(): DatasetManifest {
    return this.manifestValue
  }

  stats(): ReaderStats {
    return { chunksRead: this.readStats.chunksRead, files: [...this.readStats.files] }
  }

  /** Rereads the manifest if a writer has replaced it since (a dataset still being built grows). */
  refresh(): DatasetManifest {
    const stat = fs.statSync(path.join(this.dir, MANIFEST_FILE), { throwIfNoEntry: false })
    if (stat === undefined) throw new DatasetError(`${this.dir} has no ${MANIFEST_FILE}`)
    const stamp = stampOf(stat)
    if (stamp !== this.manifestStamp) {
      const [manifest, newStamp] = this.readManifest()
      if (manifest.genesisHash !== this.manifestValue.genesisHash || manifest.firstBlock !== this.manifestValue.firstBlock) this.cache.clear()
      this.manifestValue = manifest
      this.manifestStamp = newStamp
    }
    return this.manifestValue
  }

  /** the index entries of the chunks holding blocks from..to, in order */
  chunksFor(from: number, to: number): ChunkEntry[] {
    const chunks = this.manifestValue.chunks
    let lo = 0
    let hi = chunks.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (chunks[mid].to < from) lo = mid + 1
      else hi = mid
    }
    const out: ChunkEntry[] = []
    for (let i = lo; i < chunks.length && chunks[i].from <= to; i++) out.push(chunks[i])
    return out
  }

  /** Every block from..to, which must lie within the dataset, decoded. */
  async blocks(from: number, to: number): Promise<DatasetBlock[]> {
    const receipts = this.manifestValue.receipts
    return (await this.lines(from, to)).map((line) => decodeBlock(line, receipts))
  }

  /** The stored lines (format.ts) of blocks from..to, which must lie within the dataset. */
  async lines(from: number, to: number): Promise<string[]> {
    const { firstBlock, height } = this.manifestValue
    if (from < firstBlock || to > height || from > to) throw new DatasetError(`blocks ${from}..${to} are outside the dataset (blocks ${firstBlock}..${height})`)
    const out: string[] = []
    for (const chunk of this.chunksFor(from, to)) {
      const lines = await this.chunk(chunk)
      const start = Math.max(from, chunk.from) - chunk.from
      const end = Math.min(to, chunk.to) - chunk.from
      for (let i = start; i <= end; i++) out.push(lines[i])
    }
    if (out.length !== to - from + 1) throw new DatasetError(`the chunk index of ${this.dir} does not cover blocks ${from}..${to}`)
    return out
  }

  /** The block lines of one chunk, read and checked (or from the cache). */
  chunk(entry: ChunkEntry): Promise<string[]> {
    const cached = this.cache.get(entry.file)
    if (cached) {
      // most recently used last
      this.cache.delete(entry.file)
      this.cache.set(entry.file, cached)
      return cached
    }
    const loading = this.readChunk(entry)
    this.cache.set(entry.file, loading)
    loading.catch(() => this.cache.delete(entry.file))
    while (this.cache.size > this.cachedChunks) this.cache.delete(this.cache.keys().next().value!)
    return loading
  }

  private async readChunk(entry: ChunkEntry): Promise<string[]> {
    const file = path.join(this.dir, entry.file)
    this.readStats.chunksRead++
    this.readStats.files.push(entry.file)
    let bytes: Buffer
    try {
      bytes = await fs.promises.readFile(file)
    } catch (error) {
      throw new DatasetError(`chunk ${entry.file} (blocks ${entry.from}..${entry.to}) cannot be read: ${(error as Error).message}`)
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    if (sha256 !== entry.sha256)
      throw new DatasetError(`chunk ${entry.file} (blocks ${entry.from}..${entry.to}) is corrupted: its sha256 differs from the manifest's`)
    const text = (await gunzip(bytes)).toString('utf8')
    const lines = text.split('\n')
    if (lines.pop() !== '') throw new DatasetError(`chunk ${entry.file} does not end with a whole line`)
    if (lines.length !== entry.to - entry.from + 1)
      throw new DatasetError(`chunk ${entry.file} holds ${lines.length} blocks, the manifest says ${entry.to - entry.from + 1}`)
    for (let i = 0; i < lines.length; i++) {
      // the block number is the line's first column
      const first = lines[i].slice(0, lines[i].indexOf(COLUMN_SEPARATOR))
      let n: number
      try {
        n = num(JSON.parse(first))
      } catch {
        throw new DatasetError(`chunk ${entry.file}: line ${i + 1} is not a block line`)
      }
      if (n !== entry.from + i) throw new DatasetError(`chunk ${entry.file}: line ${i + 1} is block ${n}`)
    }
    return lines
  }

  private readManifest(): [DatasetManifest, string] {
    const file = path.join(this.dir, MANIFEST_FILE)
    let text: string
    let stamp: string
    try {
      stamp = stampOf(fs.statSync(file))
      text = fs.readFileSync(file, 'utf8')
    } catch (error) {
      throw new DatasetError(`${this.dir} holds no dataset: ${(error as Error).message}`)
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      throw new DatasetError(`${file} is not JSON`)
    }
    const version = (json as { version?: unknown } | null)?.version
    if (typeof version === 'number' && version !== FORMAT_VERSION)
      throw new DatasetError(`${file} is a version ${version} dataset; this reader reads version ${FORMAT_VERSION}: record or build the dataset again`)
    const parsed = manifestSchema.safeParse(json)
    if (!parsed.success)
      throw new DatasetError(`${file} is not a dataset manifest: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
    return [parsed.data, stamp]
  }
}

/** the writer replaces the manifest by a rename, so a new manifest is a new inode */
const stampOf = (stat: fs.Stats) => `${stat.ino}:${stat.mtimeMs}:${stat.size}`

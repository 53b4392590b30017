import { Readable } from 'node:stream'
import { csvNote } from './csv-cells'

/** a batch of rows as the export's cursor returns them in array mode: each row its one CSV line (sql/csv-line.ts) */
type Batch = readonly (readonly unknown[])[]

/** Chunks sent to the socket are about this big; smaller ones cost a write each. */
const CHUNK_CHARS = 64 * 1024

export interface CsvRunOptions {
  /** the header line */
  header: string
  /** the first batch (or the end), read before the response was sent so early failures get a status */
  first: IteratorResult<Batch>
  batches: AsyncIterator<Batch>
  limit: number
  offset: number
  /** the row cap and the indexed heads, appended to the last line */
  facts: string
  writeTimeoutMs: number
  maxMs: number
  /** ends the transaction and returns the connection: COMMIT on success, destroy on error */
  finish(error?: Error): Promise<void>
  /** closes the client's socket, for a client that stopped reading */
  closeSocket?(): void
  /** a failure in words fit for the file: a code and a message with no internals */
  describe(error: unknown): string
}

/**
 * The body of one CSV export: rows are read only as the client reads (a Readable pulls the next
 * chunk when the socket has room), so memory stays bounded whatever the table.
 * The run cannot hang or crash the process:
 * - a database error mid-file ends the file with an "# error:" line (the status was sent);
 * - a client that reads nothing for `writeTimeoutMs` is cut off;
 * - a run longer than `maxMs` stops with an "# error:" line saying where to continue;
 * - a client that goes away ends the run;
 * and in every case the connection and its snapshot are given back at once.
 */
export class CsvExportRun {
  readonly body: Readable
  private released = false
  private stopReason: string | undefined
  private readonly aborted: Promise<never>
  private abort!: (error: Error) => void
  private readonly deadline: NodeJS.Timeout

  constructor(private readonly o: CsvRunOptions) {
    this.aborted = new Promise<never>((_resolve, reject) => (this.abort = reject))
    this.aborted.catch(() => {})
    this.deadline = setTimeout(() => this.stop(`the export ran longer than ${o.maxMs} ms`), o.maxMs)
    this.body = Readable.from(this.chunks(), { objectMode: false, highWaterMark: CHUNK_CHARS })
    this.body.once('close', () => this.release(new Error('the client went away')))
  }

  /** Gives the connection back; idempotent. Without an error the transaction is committed. */
  private release(error?: Error): void {
    if (this.released) return
    this.released = true
    clearTimeout(this.deadline)
    if (error) this.abort(error)
    void this.o.finish(error).catch(() => {})
  }

  /** The connection failed under the run (its socket closed, say): end the file with an error line. */
  fail(error: Error): void {
    this.release(error)
  }

  private stop(reason: string): void {
    this.stopReason = reason
    this.release(new Error(reason))
  }

  private cutOff(reason: string): void {
    this.stopReason = reason
    this.release(new Error(reason))
    this.body.destroy()
    this.o.closeSocket?.()
  }

  private async *emit(text: string): AsyncGenerator<Buffer> {
    if (text === '') return
    const stall = setTimeout(() => this.cutOff(`the client read nothing for ${this.o.writeTimeoutMs} ms`), this.o.writeTimeoutMs)
    try {
      yield Buffer.from(text)
    } finally {
      clearTimeout(stall)
    }
  }

  private async *chunks(): AsyncGenerator<Buffer> {
    const { limit, offset } = this.o
    let text = this.o.header
    let sent = 0
    let more = false
    try {
      let next = this.o.first
      rows: while (!next.done) {
        for (const row of next.value) {
          if (sent === limit) {
            more = true
            break rows
          }
          text += `${row[0]}\n`
          sent++
        }
        if (text.length >= CHUNK_CHARS) {
          yield* this.emit(text)
          text = ''
        }
        if (this.stopReason) throw new Error(this.stopReason)
        // raced with the abort, so a stop never waits on a connection that no longer answers
        next = await Promise.race([this.o.batches.next(), this.aborted])
      }
      if (more) await Promise.race([this.o.batches.return?.(), this.aborted])
      if (this.released) throw new Error(this.stopReason ?? 'the export was stopped')
      this.released = true
      clearTimeout(this.deadline)
      await this.o.finish()
      text += more
        ? csvNote(`truncated: more than ${limit} rows match; narrow the filter or continue with offset=${offset + limit}; ${this.o.facts}`)
        : csvNote(`end: ${sent} rows; ${this.o.facts}`)
    } catch (error) {
      this.release(error as Error)
      const why = this.stopReason ?? this.o.describe(error)
      text += csvNote(`error: the export stopped after ${sent} rows (${why}); the rows above are complete, continue with offset=${offset + sent}`)
    }
    yield* this.emit(text)
  }
}

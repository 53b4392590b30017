import type { BatchAnalysis } from '@og-explorer/proofs'
import { httpGetText } from './http-get'

export type BlobResult =
  /** `analysis`: the blob read as a batch dump, done off the pipeline when an analyser is set */
  | { kind: 'ok'; body: string; attempts: number; analysis?: BatchAnalysis }
  | { kind: 'missing'; attempts: number; detail: string }

export interface BlobFetcherOptions {
  /** parallel requests to the aggregator */
  concurrency?: number
  timeoutMs?: number
  /** 404 answers before a blob is declared missing (Walrus can lag behind the chain briefly) */
  notFoundAttempts?: number
  /** first retry delay; doubles per attempt up to maxDelayMs */
  baseDelayMs?: number
  maxDelayMs?: number
  /** larger answers count as a transport error (retried), never as a blob */
  maxBlobBytes?: number
  /** runs on every fetched body before it is handed out (batch blobs are analysed in a worker) */
  analyze?: (body: string) => Promise<BatchAnalysis>
}

interface Job {
  blobId: string
  /** whether the body goes through `analyze` (batch dumps only) */
  analyze: boolean
  attempts: number
  notFound: number
  nextAt: number
}

/**
 * Fetches Walrus blobs in the background, off the chain pipeline. Slow, failing or garbage-serving
 * aggregators only delay results: transport errors and 5xx are retried with exponential backoff
 * forever, a 404 is retried a few times before the blob counts as missing. Results wait here until
 * the pipeline takes them.
 */
export class BlobFetcher {
  private readonly queue = new Map<string, Job>()
  private readonly inFlight = new Set<string>()
  private readonly results = new Map<string, BlobResult>()
  private timer: NodeJS.Timeout | undefined
  private idleWaiters: (() => void)[] = []
  private readonly opts: Required<Omit<BlobFetcherOptions, 'analyze'>> & Pick<BlobFetcherOptions, 'analyze'>
  readonly stats = { fetched: 0, missing: 0, retries: 0 }

  constructor(
    readonly baseUrl: string,
    options: BlobFetcherOptions = {},
  ) {
    this.opts = { concurrency: 8, timeoutMs: 10_000, notFoundAttempts: 4, baseDelayMs: 250, maxDelayMs: 60_000, maxBlobBytes: 64 * 2 ** 20, ...options }
  }

  /** blobs queued or being fetched */
  get depth(): number {
    return this.queue.size + this.inFlight.size
  }

  /**
   * Asks for a blob; repeated requests for the same id are free. `analyze: false` skips the analyser
   * for a blob that is not a batch dump (an individual settlement's payload), which it could only reject.
   */
  request(blobId: string, options: { analyze?: boolean } = {}): void {
    const analyze = options.analyze ?? true
    const queued = this.queue.get(blobId)
    if (queued) queued.analyze ||= analyze
    if (queued || this.results.has(blobId) || this.inFlight.has(blobId)) return
    this.queue.set(blobId, { blobId, analyze, attempts: 0, notFound: 0, nextAt: 0 })
    this.pump()
  }

  /** blob ids whose result is waiting to be taken */
  readyIds(): string[] {
    return [...this.results.keys()]
  }

  /** Returns a finished result once and forgets it. */
  take(blobId: string): BlobResult | undefined {
    const result = this.results.get(blobId)
    if (result) this.results.delete(blobId)
    return result
  }

  /** Resolves once nothing is queued or in flight (every requested blob has its result). */
  idle(): Promise<void> {
    if (this.depth === 0) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = undefined
  }

  private pump(): void {
    const now = Date.now()
    let soonest = Infinity
    for (const job of this.queue.values()) {
      if (this.inFlight.size >= this.opts.concurrency) break
      if (job.nextAt > now) {
        soonest = Math.min(soonest, job.nextAt)
        continue
      }
      this.queue.delete(job.blobId)
      this.inFlight.add(job.blobId)
      void this.fetchOnce(job)
    }
    if (soonest < Infinity && !this.timer) {
      this.timer = setTimeout(() => {
        this.timer = undefined
        this.pump()
      }, Math.max(10, soonest - now))
      this.timer.unref()
    }
  }

  private async fetchOnce(job: Job): Promise<void> {
    job.attempts++
    try {
      const response = await httpGetText(`${this.baseUrl.replace(/\/$/, '')}/v1/blobs/${encodeURIComponent(job.blobId)}`, { timeoutMs: this.opts.timeoutMs, maxBytes: this.opts.maxBlobBytes })
      if (response.status >= 200 && response.status < 300) {
        const analysis = this.opts.analyze && job.analyze ? await this.opts.analyze(response.body).catch(() => undefined) : undefined
        this.results.set(job.blobId, analysis ? { kind: 'ok', body: response.body, attempts: job.attempts, analysis } : { kind: 'ok', body: response.body, attempts: job.attempts })
        this.stats.fetched++
        return
      }
      if (response.status === 404) {
        job.notFound++
        if (job.notFound >= this.opts.notFoundAttempts) {
          this.results.set(job.blobId, { kind: 'missing', attempts: job.attempts, detail: `404 after ${job.notFound} attempts` })
          this.stats.missing++
          return
        }
      }
      this.retry(job)
    } catch {
      this.retry(job)
    } finally {
      this.inFlight.delete(job.blobId)
      this.pump()
      if (this.depth === 0) for (const resolve of this.idleWaiters.splice(0)) resolve()
    }
  }

  private retry(job: Job): void {
    this.stats.retries++
    job.nextAt = Date.now() + Math.min(this.opts.maxDelayMs, this.opts.baseDelayMs * 2 ** (job.attempts - 1))
    this.queue.set(job.blobId, job)
  }
}

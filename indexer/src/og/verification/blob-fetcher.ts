import type { BatchAnalysis } from '@og-explorer/proofs'
import { httpGetText } from './http-get'

export type BlobResult =
  /** `analysis`: the blob read as a batch dump, done off the pipeline when an analyser is set */
  | { kind: 'ok'; body: string; attempts: number; analysis?: BatchAnalysis }
  /** answered 404 until the budget ran out */
  | { kind: 'missing'; attempts: number; detail: string }
  /** answered `503 BLOB_UNAVAILABLE` (the aggregator's word for a blob past its storage period) until the budget ran out */
  | { kind: 'unavailable'; attempts: number; detail: string }

/**
 * How far a blob's fetching has got, as stored on its settlement (attempts, blobNotFound,
 * nextAttemptAt): a restart resumes from here instead of starting the 404 count and the backoff over.
 */
export interface FetchProgress {
  attempts: number
  /** answers that said the blob is not there (404 or 503 BLOB_UNAVAILABLE) */
  notFound: number
  /** earliest next try, ms since the epoch; 0: now */
  nextAt: number
}

export interface BlobFetcherOptions {
  /** parallel requests to the aggregator */
  concurrency?: number
  timeoutMs?: number
  /** 404 (or 503 BLOB_UNAVAILABLE) answers before a blob is declared gone (Walrus can lag behind the chain briefly) */
  notFoundAttempts?: number
  /** first retry delay; doubles per attempt up to maxDelayMs */
  baseDelayMs?: number
  /** the longest wait between two tries (BLOB_RETRY_MAX_DELAY_MS) */
  maxDelayMs?: number
  /** larger answers count as a transport error (retried), never as a blob */
  maxBlobBytes?: number
  /** runs on every fetched body before it is handed out (batch blobs are analysed in a worker) */
  analyze?: (body: string) => Promise<BatchAnalysis>
  /**
   * results waiting to be taken plus fetches in flight: at the bound no fetch starts until the
   * pipeline takes results, so memory stays bounded when blobs arrive faster than batches apply them
   * (a first sync requests every settlement's blob long before their verdicts can be written)
   */
  maxHeld?: number
}

interface Job extends FetchProgress {
  blobId: string
  /** whether the body goes through `analyze` (batch dumps only) */
  analyze: boolean
}

/** An aggregator's 503 that names the blob as gone rather than the aggregator as busy. */
const isUnavailableAnswer = (status: number, body: string) => status === 503 && body.includes('BLOB_UNAVAILABLE')

/**
 * Fetches Walrus blobs in the background, off the chain pipeline. Slow, failing or garbage-serving
 * aggregators only delay results: transport errors and 5xx are retried with exponential backoff
 * forever, a 404 (or a 503 BLOB_UNAVAILABLE) is retried a few times before the blob counts as gone.
 * Results wait here until the pipeline takes them, at most maxHeld at a time. Progress of blobs
 * still being retried is handed out by takeProgress() to be stored, and comes back through
 * request() after a restart.
 */
export class BlobFetcher {
  private readonly queue = new Map<string, Job>()
  private readonly inFlight = new Map<string, Job>()
  private readonly results = new Map<string, BlobResult>()
  /** blobs retried since the last takeProgress() */
  private readonly progressed = new Set<string>()
  private timer: NodeJS.Timeout | undefined
  private timerAt = Infinity
  private settledWaiters: (() => void)[] = []
  private pumpQueued = false
  private readonly opts: Required<Omit<BlobFetcherOptions, 'analyze'>> & Pick<BlobFetcherOptions, 'analyze'>
  readonly stats = { fetched: 0, missing: 0, unavailable: 0, retries: 0 }

  constructor(
    readonly baseUrl: string,
    options: BlobFetcherOptions = {},
  ) {
    // an option given as undefined (an unset setting passed along) keeps its default
    const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined))
    this.opts = {
      concurrency: 8,
      timeoutMs: 10_000,
      notFoundAttempts: 4,
      baseDelayMs: 250,
      maxDelayMs: 60_000,
      maxBlobBytes: 64 * 2 ** 20,
      maxHeld: 1_000,
      ...given,
    }
  }

  /** blobs queued or being fetched */
  get depth(): number {
    return this.queue.size + this.inFlight.size
  }

  /**
   * Asks for a blob; repeated requests for the same id are free. `analyze: false` skips the analyser
   * for a blob that is not a batch dump (an individual settlement's payload), which it could only reject.
   * `progress` is what the settlement's row says was done before: a blob this process does not know
   * yet starts from there (its 404 count and its backoff); one it knows keeps its own, newer, state.
   */
  request(blobId: string, options: { analyze?: boolean; progress?: FetchProgress } = {}): void {
    const analyze = options.analyze ?? true
    const queued = this.queue.get(blobId)
    if (queued) queued.analyze ||= analyze
    if (queued || this.results.has(blobId) || this.inFlight.has(blobId)) return
    const { attempts = 0, notFound = 0, nextAt = 0 } = options.progress ?? {}
    this.queue.set(blobId, { blobId, analyze, attempts, notFound, nextAt })
    this.pump()
  }

  /**
   * The progress of every blob retried since the last call and still without a result, to be written
   * to its settlements; a blob with a result needs none (its verdict records the attempts).
   */
  takeProgress(): Map<string, FetchProgress> {
    const out = new Map<string, FetchProgress>()
    for (const blobId of this.progressed) {
      const job = this.queue.get(blobId) ?? this.inFlight.get(blobId)
      if (job) out.set(blobId, { attempts: job.attempts, notFound: job.notFound, nextAt: job.nextAt })
    }
    this.progressed.clear()
    return out
  }

  /** Puts a taken result back, for a caller that cannot use it yet; the next take() returns it again. */
  restore(blobId: string, result: BlobResult): void {
    this.results.set(blobId, result)
  }

  /** results waiting to be taken */
  get held(): number {
    return this.results.size
  }

  /** blob ids whose result is waiting to be taken */
  readyIds(): string[] {
    return [...this.results.keys()]
  }

  /** Returns a finished result once and forgets it; its place under maxHeld goes to the next fetch. */
  take(blobId: string): BlobResult | undefined {
    const result = this.results.get(blobId)
    if (result) {
      this.results.delete(blobId)
      this.pumpSoon()
    }
    return result
  }

  /**
   * Resolves once the fetcher can get no further until results are taken: every requested blob has
   * its result, or the results waiting fill maxHeld.
   */
  settled(): Promise<void> {
    if (this.isSettled()) return Promise.resolve()
    return new Promise((resolve) => this.settledWaiters.push(resolve))
  }

  private isSettled(): boolean {
    return this.depth === 0 || this.results.size >= this.opts.maxHeld
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = undefined
    this.timerAt = Infinity
  }

  private pump(): void {
    const now = Date.now()
    let soonest = Infinity
    for (const job of this.queue.values()) {
      if (this.inFlight.size >= this.opts.concurrency || this.inFlight.size + this.results.size >= this.opts.maxHeld) break
      if (job.nextAt > now) {
        soonest = Math.min(soonest, job.nextAt)
        continue
      }
      this.queue.delete(job.blobId)
      this.inFlight.set(job.blobId, job)
      void this.fetchOnce(job)
    }
    // a job seeded from its row can be due before the wake-up already set
    if (soonest < this.timerAt) {
      if (this.timer) clearTimeout(this.timer)
      this.timerAt = soonest
      this.timer = setTimeout(
        () => {
          this.timer = undefined
          this.timerAt = Infinity
          this.pump()
        },
        Math.max(10, soonest - now),
      )
      this.timer.unref()
    }
  }

  /** One pump after a run of take() calls, not one scan of the queue per result taken. */
  private pumpSoon(): void {
    if (this.pumpQueued || this.queue.size === 0) return
    this.pumpQueued = true
    queueMicrotask(() => {
      this.pumpQueued = false
      this.pump()
    })
  }

  private async fetchOnce(job: Job): Promise<void> {
    job.attempts++
    try {
      const response = await httpGetText(`${this.baseUrl.replace(/\/$/, '')}/v1/blobs/${encodeURIComponent(job.blobId)}`, {
        timeoutMs: this.opts.timeoutMs,
        maxBytes: this.opts.maxBlobBytes,
      })
      if (response.status >= 200 && response.status < 300) {
        const analysis = this.opts.analyze && job.analyze ? await this.opts.analyze(response.body).catch(() => undefined) : undefined
        this.results.set(
          job.blobId,
          analysis ? { kind: 'ok', body: response.body, attempts: job.attempts, analysis } : { kind: 'ok', body: response.body, attempts: job.attempts },
        )
        this.stats.fetched++
        return
      }
      const unavailable = isUnavailableAnswer(response.status, response.body)
      if (response.status === 404 || unavailable) {
        job.notFound++
        if (job.notFound >= this.opts.notFoundAttempts) {
          // the last answer names the outcome: an aggregator may say 404 for a blob it dropped on expiry
          if (unavailable) {
            this.results.set(job.blobId, {
              kind: 'unavailable',
              attempts: job.attempts,
              detail: `503 BLOB_UNAVAILABLE after ${job.notFound} not-found answers`,
            })
            this.stats.unavailable++
          } else {
            this.results.set(job.blobId, { kind: 'missing', attempts: job.attempts, detail: `404 after ${job.notFound} not-found answers` })
            this.stats.missing++
          }
          return
        }
      }
      this.retry(job)
    } catch {
      this.retry(job)
    } finally {
      this.inFlight.delete(job.blobId)
      this.pump()
      if (this.isSettled()) for (const resolve of this.settledWaiters.splice(0)) resolve()
    }
  }

  private retry(job: Job): void {
    this.stats.retries++
    job.nextAt = Date.now() + Math.min(this.opts.maxDelayMs, this.opts.baseDelayMs * 2 ** Math.max(0, job.attempts - 1))
    this.queue.set(job.blobId, job)
    this.progressed.add(job.blobId)
  }
}

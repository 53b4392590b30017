import path from 'node:path'
import { Worker } from 'node:worker_threads'
import type { ApiConfig } from '../config'
import type { LaneJob, LaneReply } from './lane-protocol'

export interface LaneAnswer {
  status: number
  contentType: string
  body: Uint8Array
  errorCodes: (string | null)[]
}

/** a heap of its own: a runaway answer ends the worker (its jobs fail, the next starts another), never the process */
const WORKER_HEAP_MB = 1024

/**
 * The main thread's side of the heavy lane: one worker thread, started on first use (or by
 * `start()` when the server begins listening), answering jobs by id. If the worker dies, its open
 * jobs fail and the next job starts a new one. The worker keeps the process alive only while it
 * has jobs, so a test or a shutdown never waits for an idle one.
 */
export class LaneRunner {
  private worker: Worker | undefined
  private readonly pending = new Map<number, { resolve: (a: LaneAnswer) => void; reject: (e: Error) => void }>()
  private nextId = 1
  /** jobs the worker answered (with a body), since the start */
  answered = 0

  constructor(
    private readonly config: ApiConfig,
    private readonly file = path.join(__dirname, 'lane-worker.js'),
  ) {}

  start(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(this.file, { workerData: { config: this.config }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } })
    worker.unref()
    worker.on('message', (reply: LaneReply) => {
      const job = this.pending.get(reply.id)
      if (!job) return
      this.pending.delete(reply.id)
      if (this.pending.size === 0) worker.unref()
      if (reply.failed || reply.body === undefined) job.reject(new Error('the heavy lane could not answer'))
      else {
        this.answered++
        job.resolve({ status: reply.status ?? 200, contentType: reply.contentType ?? 'application/json', body: reply.body, errorCodes: reply.errorCodes ?? [] })
      }
    })
    const fail = (why: string) => {
      if (this.worker === worker) this.worker = undefined
      const jobs = [...this.pending.values()]
      this.pending.clear()
      for (const job of jobs) job.reject(new Error(`the heavy lane's worker ${why}`))
    }
    worker.on('error', (error) => {
      console.error('[api] heavy lane worker failed', error)
      fail('failed')
    })
    worker.on('exit', (code) => fail(`exited with ${code}`))
    this.worker = worker
    return worker
  }

  run(job: Omit<LaneJob, 'id'>): Promise<LaneAnswer> {
    const worker = this.start()
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      worker.ref()
      worker.postMessage({ ...job, id } satisfies LaneJob)
    })
  }

  async close(): Promise<void> {
    const worker = this.worker
    this.worker = undefined
    await worker?.terminate()
  }
}

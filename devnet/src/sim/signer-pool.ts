import type { KeyObject } from 'node:crypto'
import path from 'node:path'
import { Worker } from 'node:worker_threads'

interface Job {
  keyId: number
  digest: Uint8Array
  resolve: (signature: Uint8Array) => void
  reject: (error: Error) => void
}

/**
 * Signs on a worker thread. Jobs asked for in the same tick go out as one message, and answers come
 * back in the order asked, so a seeded simulation stays deterministic. An idle worker does not keep
 * the process alive.
 */
export class SignerPool {
  private worker: Worker | undefined
  private readonly keyIds = new Map<KeyObject, number>()
  private queued: Job[] = []
  private readonly inFlight = new Map<number, Job[]>()
  private nextBatch = 1
  private flushScheduled = false

  sign(privateKey: KeyObject, digest: Uint8Array): Promise<Uint8Array> {
    const keyId = this.keyIdFor(privateKey)
    return new Promise((resolve, reject) => {
      this.queued.push({ keyId, digest, resolve, reject })
      if (!this.flushScheduled) {
        this.flushScheduled = true
        queueMicrotask(() => this.flush())
      }
    })
  }

  private keyIdFor(privateKey: KeyObject): number {
    let id = this.keyIds.get(privateKey)
    if (id === undefined) {
      id = this.keyIds.size + 1
      this.keyIds.set(privateKey, id)
      this.worker?.postMessage({ keys: [[id, privateKey]] })
    }
    return id
  }

  private flush(): void {
    this.flushScheduled = false
    const jobs = this.queued
    this.queued = []
    if (jobs.length === 0) return
    const worker = this.ensureWorker()
    const batch = this.nextBatch++
    if (this.inFlight.size === 0) worker.ref()
    this.inFlight.set(batch, jobs)
    worker.postMessage({ batch, jobs: jobs.map((j) => [j.keyId, j.digest]) })
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(path.join(__dirname, 'signer-worker.js'))
    worker.on('message', (m: { batch: number; signatures?: Uint8Array[]; error?: string }) => {
      const jobs = this.inFlight.get(m.batch) ?? []
      this.inFlight.delete(m.batch)
      if (this.inFlight.size === 0) worker.unref()
      if (m.signatures) jobs.forEach((job, i) => job.resolve(m.signatures![i]))
      else jobs.forEach((job) => job.reject(new Error(m.error ?? 'signer worker failed')))
    })
    const fail = (error: Error) => {
      if (this.worker !== worker) return
      this.worker = undefined
      for (const jobs of this.inFlight.values()) for (const job of jobs) job.reject(error)
      this.inFlight.clear()
    }
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`signer worker exited with code ${code}`)))
    worker.unref()
    if (this.keyIds.size > 0) worker.postMessage({ keys: [...this.keyIds].map(([key, id]) => [id, key]) })
    this.worker = worker
    return worker
  }

  async stop(): Promise<void> {
    const worker = this.worker
    this.worker = undefined
    await worker?.terminate()
  }
}

let shared: SignerPool | undefined

/** The process's one signing worker: on two cores, one worker beside the main thread and anvil is the most that helps. */
export function sharedSignerPool(): SignerPool {
  shared ??= new SignerPool()
  return shared
}

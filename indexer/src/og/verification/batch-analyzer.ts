import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { analyzeBatchBlob, type BatchAnalysis } from '@og-explorer/proofs'

interface Waiting {
  body: string
  resolve: (analysis: BatchAnalysis) => void
}

/**
 * Analyses batch blobs on a worker thread as they arrive, ahead of the batch that applies them. The
 * worker knows the TEE keys registered so far; a leaf whose TEE it did not know yet comes back
 * unchecked (`null`) and is checked when the verdict is applied, so the verdict never depends on
 * timing. If the worker cannot start or dies, the analyses run on this thread instead.
 */
export class BatchAnalyzer {
  private worker: Worker | undefined
  private readonly waiting = new Map<number, Waiting>()
  private readonly keys = new Map<string, string>()
  private nextId = 1
  /** analyses done on this thread because the worker was not available */
  inline = 0

  constructor(private readonly useWorker = true) {
    if (useWorker) this.startWorker()
  }

  private startWorker(): void {
    try {
      const worker = new Worker(path.join(__dirname, 'batch-worker.js'))
      worker.on('message', (m: { id: number; analysis: BatchAnalysis }) => {
        const waiting = this.waiting.get(m.id)
        this.waiting.delete(m.id)
        // an idle worker must not keep the process alive; a busy one must
        if (this.waiting.size === 0) worker.unref()
        waiting?.resolve(m.analysis)
      })
      worker.on('error', () => this.loseWorker(worker))
      worker.on('exit', () => this.loseWorker(worker))
      worker.unref()
      if (this.keys.size > 0) worker.postMessage({ keys: [...this.keys] })
      this.worker = worker
    } catch {
      this.worker = undefined
    }
  }

  private loseWorker(worker: Worker): void {
    if (this.worker !== worker) return
    this.worker = undefined
    for (const [id, waiting] of this.waiting) {
      this.waiting.delete(id)
      waiting.resolve(this.analyzeHere(waiting.body))
    }
  }

  /** Adds the public keys of registered TEE nodes (a TEE's key never changes: its id is the key's hash). */
  addKeys(nodes: Iterable<{ id: string; publicKey?: string | null }>): void {
    const fresh: [string, string][] = []
    for (const node of nodes) {
      if (!node.publicKey || this.keys.has(node.id)) continue
      this.keys.set(node.id, node.publicKey)
      fresh.push([node.id, node.publicKey])
    }
    if (fresh.length > 0) this.worker?.postMessage({ keys: fresh })
  }

  analyze(body: string): Promise<BatchAnalysis> {
    const worker = this.worker
    if (!worker) return Promise.resolve(this.analyzeHere(body))
    return new Promise((resolve) => {
      const id = this.nextId++
      if (this.waiting.size === 0) worker.ref()
      this.waiting.set(id, { body, resolve })
      worker.postMessage({ id, body })
    })
  }

  private analyzeHere(body: string): BatchAnalysis {
    this.inline++
    return analyzeBatchBlob(body, (teeId) => this.keys.get(teeId.toLowerCase()))
  }

  async stop(): Promise<void> {
    const worker = this.worker
    this.worker = undefined
    await worker?.terminate()
  }
}

/** Thrown when the queue is full or a waiter's turn did not come in time; the route answers 503. */
export class SlotsBusyError extends Error {
  constructor(
    message: string,
    /** seconds the client should wait before retrying */
    readonly retryAfterSeconds: number,
  ) {
    super(message)
  }
}

interface Waiter {
  resolve: (release: () => void) => void
  reject: (error: Error) => void
  timer: NodeJS.Timeout
}

/**
 * A fixed number of export slots with a bounded FIFO queue of their own. Exports hold a pooled
 * connection for as long as the client reads, so without a bound a handful of them would take
 * every connection GraphQL needs; with it, at most `slots` connections ever serve exports.
 */
export class ExportSlots {
  private active = 0
  private readonly queue: Waiter[] = []

  constructor(
    readonly slots: number,
    readonly maxQueued: number,
    /** how long a queued export waits for a slot before it is told to retry */
    readonly queueTimeoutMs: number,
  ) {}

  get stats(): { active: number; queued: number } {
    return { active: this.active, queued: this.queue.length }
  }

  /** Resolves with a release function (idempotent) once a slot is free. */
  acquire(): Promise<() => void> {
    if (this.active < this.slots) {
      this.active++
      return Promise.resolve(this.releaser())
    }
    const retryAfter = Math.max(1, Math.ceil(this.queueTimeoutMs / 1000))
    if (this.queue.length >= this.maxQueued) {
      return Promise.reject(new SlotsBusyError(`all ${this.slots} export slots are busy and ${this.maxQueued} exports are waiting; retry later`, retryAfter))
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        timer: setTimeout(() => {
          const i = this.queue.indexOf(waiter)
          if (i >= 0) this.queue.splice(i, 1)
          reject(new SlotsBusyError(`no export slot came free within ${this.queueTimeoutMs} ms; retry later`, retryAfter))
        }, this.queueTimeoutMs),
      }
      this.queue.push(waiter)
    })
  }

  private releaser(): () => void {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.queue.shift()
      if (next) {
        // the slot passes straight to the next waiter; `active` stays the same
        clearTimeout(next.timer)
        next.resolve(this.releaser())
      } else {
        this.active--
      }
    }
  }
}

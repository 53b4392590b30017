import type { LiveEvent } from './events'

/**
 * One subscriber's end of the fan-out: an async iterator over the pushes it has not read yet.
 * An idle subscriber holds nothing but this object; one that reads too slowly keeps at most
 * `queueCap` pushes, losing the oldest, and its next push says so (`missed`) so it can refetch.
 */
export class Subscriber implements AsyncIterableIterator<LiveEvent> {
  private queue: LiveEvent[] = []
  private waiting: ((r: IteratorResult<LiveEvent>) => void) | undefined
  private dropped = false
  private done = false

  constructor(
    private readonly queueCap: number,
    private readonly onClose: (s: Subscriber) => void,
  ) {}

  push(event: LiveEvent): void {
    if (this.done) return
    if (this.waiting) {
      const resolve = this.waiting
      this.waiting = undefined
      resolve({ value: this.take(event), done: false })
      return
    }
    this.queue.push(event)
    if (this.queue.length > this.queueCap) {
      this.queue.shift()
      this.dropped = true
    }
  }

  private take(event: LiveEvent): LiveEvent {
    if (!this.dropped) return event
    this.dropped = false
    return { ...event, missed: true }
  }

  pending(): number {
    return this.queue.length
  }

  next(): Promise<IteratorResult<LiveEvent>> {
    if (this.done) return Promise.resolve({ value: undefined, done: true })
    const event = this.queue.shift()
    if (event) return Promise.resolve({ value: this.take(event), done: false })
    return new Promise((resolve) => {
      this.waiting = resolve
    })
  }

  /** called by yoga when the client disconnects (the stream is cancelled), and by the hub on close */
  return(): Promise<IteratorResult<LiveEvent>> {
    if (!this.done) {
      this.done = true
      this.queue = []
      this.waiting?.({ value: undefined, done: true })
      this.waiting = undefined
      this.onClose(this)
    }
    return Promise.resolve({ value: undefined, done: true })
  }

  throw(error?: unknown): Promise<IteratorResult<LiveEvent>> {
    void this.return()
    return Promise.reject(error)
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<LiveEvent> {
    return this
  }
}

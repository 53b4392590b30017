/**
 * Queries each client has running on the pool at once. The in-flight limit bounds a client's
 * requests, but one request may start many queries together (fifteen aliased lists are fifteen
 * queries), and a pool the size of one request's aliases leaves everyone else queueing behind it.
 * With at most `max` queries of a client on the pool, the rest of its queries wait their turn
 * in order, and every other client still finds a free connection.
 */
export class ClientQueryGate {
  private readonly running = new Map<string, number>()
  private readonly waiting = new Map<string, (() => void)[]>()

  constructor(readonly max: number) {}

  /** resolves, with the function that gives the place back, once the client may run one more query */
  async acquire(client: string): Promise<() => void> {
    const n = this.running.get(client) ?? 0
    if (n < this.max) this.running.set(client, n + 1)
    // the place is handed over by the release that wakes this waiter, so the count never drops in between
    else {
      let queue = this.waiting.get(client)
      if (!queue) this.waiting.set(client, (queue = []))
      await new Promise<void>((wake) => queue.push(wake))
    }
    let released = false
    return () => {
      if (released) return
      released = true
      this.release(client)
    }
  }

  private release(client: string): void {
    const queue = this.waiting.get(client)
    const next = queue?.shift()
    if (next) {
      if (queue!.length === 0) this.waiting.delete(client)
      next()
      return
    }
    const n = (this.running.get(client) ?? 1) - 1
    // the entry goes with the client's last query, so the maps hold only clients with work on the pool
    if (n <= 0) this.running.delete(client)
    else this.running.set(client, n)
  }

  runningFor(client: string): number {
    return this.running.get(client) ?? 0
  }

  waitingFor(client: string): number {
    return this.waiting.get(client)?.length ?? 0
  }

  clients(): number {
    return this.running.size
  }
}

/**
 * Requests of one client worked on at once. The in-flight limit bounds how many requests a client
 * may have open; of those, at most `max` are worked on and the rest wait their turn in order, before
 * their body is read. Forty at once from one client are then parsed, validated and answered a few at
 * a time instead of all in one stretch of the event loop, and each turn is handed over on a later
 * turn of the loop (`defer`), so another client's request and /healthz are served between them
 * rather than behind all forty.
 */
export class ClientTurns {
  private readonly running = new Map<string, number>()
  private readonly waiting = new Map<string, (() => void)[]>()
  /**
   * Clients held to one turn, with when that ends, in the order it ends (each update moves its
   * client to the back), so expired entries are dropped from the front in constant time per entry.
   */
  private readonly slowed = new Map<string, number>()

  constructor(
    readonly max: number,
    private readonly defer: (wake: () => void) => void = (wake) => setImmediate(wake),
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Holds a client to one turn for `forMs`. A page of the web app has a few queries open at once;
   * a client that runs into its in-flight limit is sending many more than a page does, and worked on
   * `max` at a time its requests would fill most of every turn of the event loop, so /healthz and
   * other clients wait behind each of its waves. One at a time, each turn of the loop holds at most
   * one step of its work; it is still served, only in order.
   */
  slowDown(client: string, forMs: number): void {
    this.slowed.delete(client)
    this.slowed.set(client, this.now() + forMs)
  }

  /** how many of the client's requests may be worked on at once now */
  limitFor(client: string): number {
    const now = this.now()
    for (const [c, until] of this.slowed) {
      if (until > now) break
      this.slowed.delete(c)
    }
    return this.slowed.has(client) ? 1 : this.max
  }

  /**
   * `ready` is null when the client may go on now (counted), else a promise of its turn. A taken turn
   * is released once; a request that goes away while still waiting is `abandon`ed instead (true when
   * it was still waiting, so it holds no turn to release).
   */
  take(client: string): { ready: Promise<void> | null; abandon(): boolean } {
    const n = this.running.get(client) ?? 0
    // while others of the client wait their turn, a new request waits behind them
    if (n < this.limitFor(client) && !this.waiting.has(client)) {
      this.running.set(client, n + 1)
      return { ready: null, abandon: () => false }
    }
    let queue = this.waiting.get(client)
    if (!queue) this.waiting.set(client, (queue = []))
    const line = queue
    let wake!: () => void
    const ready = new Promise<void>((resolve) => (wake = resolve))
    line.push(wake)
    return {
      ready,
      abandon: () => {
        const at = line.indexOf(wake)
        if (at < 0) return false
        line.splice(at, 1)
        if (line.length === 0 && this.waiting.get(client) === line) this.waiting.delete(client)
        return true
      },
    }
  }

  release(client: string): void {
    const queue = this.waiting.get(client)
    const limit = this.limitFor(client)
    // the turn passes on to waiters while the client is under its limit, so the running count never
    // drops in between; a client slowed down while it had more running passes none on until it is
    // under one, and one whose slow-down ended wakes as many as its turns allow again
    let n = (this.running.get(client) ?? 1) - 1
    while (queue && queue.length > 0 && n < limit) {
      this.defer(queue.shift()!)
      n++
    }
    if (queue && queue.length === 0) this.waiting.delete(client)
    // the entry goes with the client's last request, so the maps hold only clients with work open
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

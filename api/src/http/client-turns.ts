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

  constructor(
    readonly max: number,
    private readonly defer: (wake: () => void) => void = (wake) => setImmediate(wake),
  ) {}

  /**
   * `ready` is null when the client may go on now (counted), else a promise of its turn. A taken turn
   * is released once; a request that goes away while still waiting is `abandon`ed instead (true when
   * it was still waiting, so it holds no turn to release).
   */
  take(client: string): { ready: Promise<void> | null; abandon(): boolean } {
    const n = this.running.get(client) ?? 0
    if (n < this.max) {
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
    const next = queue?.shift()
    if (next) {
      if (queue!.length === 0) this.waiting.delete(client)
      // the turn passes to the next waiter, so the running count never drops in between
      this.defer(next)
      return
    }
    const n = (this.running.get(client) ?? 1) - 1
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

/**
 * A token bucket: `rate` tokens a second, at most `burst` saved up. One JSON-RPC call costs one
 * token, as providers meter it (a batch of a hundred calls costs a hundred).
 */
export class TokenBucket {
  private tokens: number
  private last: number
  /** callers queue in arrival order, so a large take cannot be starved by small ones */
  private queue: Promise<void> = Promise.resolve()

  constructor(
    readonly rate: number,
    readonly burst = Math.max(1, rate),
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {
    if (!(rate > 0)) throw new RangeError(`rate must be positive, got ${rate}`)
    this.tokens = this.burst
    this.last = now()
  }

  /** Waits until `cost` tokens are available and takes them. A cost above `burst` waits for a full bucket and goes into debt. */
  take(cost = 1): Promise<void> {
    const turn = this.queue.then(() => this.wait(cost))
    this.queue = turn.catch(() => {})
    return turn
  }

  private refill(): void {
    const t = this.now()
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.rate)
    this.last = t
  }

  private async wait(cost: number): Promise<void> {
    const need = Math.min(cost, this.burst)
    this.refill()
    while (this.tokens < need) {
      await this.sleep(Math.ceil(((need - this.tokens) / this.rate) * 1000))
      this.refill()
    }
    this.tokens -= cost
  }
}

/** The processor's share and the state reader's share of one endpoint's budget, in calls a second. */
export interface RateLimitSplit {
  processor: number
  stateReads: number
}

/**
 * Subsquid's RPC client keeps its rate limiter to itself, so the processor and our state reads
 * cannot draw from one bucket; instead the endpoint's budget is divided so that together they never
 * exceed it. State reads come in bursts at the end of a batch and need less than ingestion.
 */
export function splitRateLimit(limit: number, stateReadShare = 0.25): RateLimitSplit {
  if (!(limit > 0)) throw new RangeError(`rate limit must be positive, got ${limit}`)
  const stateReads = limit * stateReadShare
  return { processor: limit - stateReads, stateReads }
}

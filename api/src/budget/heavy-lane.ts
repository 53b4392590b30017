import type { GraphQLError } from 'graphql'
import { ErrorCode, apiError } from '../errors'
import type { CostEstimate } from './cost-model'

export interface HeavyLaneLimits {
  /** heavy requests executing at once */
  concurrency: number
  /** heavy requests waiting for a place; more are refused at once */
  queue: number
  /** heavy requests one client may have running or waiting; more are refused at once */
  perClient: number
  /** how long a heavy request may wait for its place before it is refused */
  queueMs: number
}

/** Where a request runs: the cost model's estimate against the lane's thresholds. */
export function isHeavy(estimate: Pick<CostEstimate, 'rows' | 'work'>, thresholds: { rows: number; work: number }): boolean {
  return estimate.rows >= thresholds.rows || estimate.work >= thresholds.work
}

function refusal(code: ErrorCode, status: number, message: string, retryAfterSeconds: number): GraphQLError {
  // yoga turns extensions.http into the response's status and headers, and leaves it out of the body
  return apiError(code, message, { retryAfterSeconds, http: { status, headers: { 'Retry-After': String(retryAfterSeconds) } } })
}

interface Waiter {
  client: string
  admit: () => void
  refuse: (error: GraphQLError) => void
  timer: ReturnType<typeof setTimeout>
}

/**
 * The admission queue of heavy requests (large pages times aliases, long analytics ranges). They
 * take a few places of their own, so light requests never queue behind them, and one client can
 * hold only `perClient` of those places: its excess, and anything beyond a full queue, is refused
 * at once with a Retry-After rather than left waiting on the event loop.
 */
export class HeavyLane {
  private running = 0
  private readonly waiting: Waiter[] = []
  /** requests of each client running or waiting */
  private readonly held = new Map<string, number>()

  /**
   * `onShareExceeded(client)`: told of each refusal for the client's share, so the API can work on that client's
   * other requests one at a time for a while (ClientTurns.slowDown): its next ones would only be read, parsed and
   * estimated to be refused again, and an attacker sends them at once.
   */
  constructor(
    readonly limits: HeavyLaneLimits,
    private readonly onShareExceeded: (client: string) => void = () => {},
  ) {}

  /**
   * The refusal a heavy request of this client gets now because the client already holds its share,
   * or null. Asked before validation too, so a client's burst of heavy requests beyond its share costs
   * the event loop a parse and an estimate each, not a full validation.
   */
  clientRefusal(client: string): GraphQLError | null {
    const mine = this.held.get(client) ?? 0
    if (mine < this.limits.perClient) return null
    this.onShareExceeded(client)
    return refusal(
      ErrorCode.RATE_LIMITED,
      429,
      `${mine} large requests from this client are already running or waiting; wait for them before sending more (large pages, many aliases and long ranges run one at a time)`,
      1,
    )
  }

  /** resolves with the function that gives the place back, or rejects with RATE_LIMITED / OVERLOADED */
  admit(client: string): Promise<() => void> {
    const mine = this.clientRefusal(client)
    if (mine) return Promise.reject(mine)
    if (this.running < this.limits.concurrency) {
      this.take(client)
      this.running++
      return Promise.resolve(this.releaser(client))
    }
    if (this.waiting.length >= this.limits.queue) {
      return Promise.reject(
        refusal(ErrorCode.OVERLOADED, 503, 'the server is busy with other large requests; retry shortly, or ask for smaller pages or fewer aliases', 2),
      )
    }
    this.take(client)
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        client,
        admit: () => resolve(this.releaser(client)),
        refuse: reject,
        timer: setTimeout(() => {
          const at = this.waiting.indexOf(waiter)
          if (at >= 0) this.waiting.splice(at, 1)
          this.give(client)
          reject(
            refusal(
              ErrorCode.OVERLOADED,
              503,
              `the server is busy with other large requests (waited ${this.limits.queueMs} ms); retry shortly, or ask for smaller pages or fewer aliases`,
              Math.max(1, Math.ceil(this.limits.queueMs / 1000)),
            ),
          )
        }, this.limits.queueMs),
      }
      this.waiting.push(waiter)
    })
  }

  runningCount(): number {
    return this.running
  }

  waitingCount(): number {
    return this.waiting.length
  }

  heldBy(client: string): number {
    return this.held.get(client) ?? 0
  }

  private take(client: string): void {
    this.held.set(client, (this.held.get(client) ?? 0) + 1)
  }

  private give(client: string): void {
    const n = (this.held.get(client) ?? 1) - 1
    // the entry goes with the client's last request, so the map holds only clients with work here
    if (n <= 0) this.held.delete(client)
    else this.held.set(client, n)
  }

  private releaser(client: string): () => void {
    let released = false
    return () => {
      if (released) return
      released = true
      this.give(client)
      const next = this.waiting.shift()
      // the place passes straight to the next waiter, so the running count never drops in between
      if (next) {
        clearTimeout(next.timer)
        next.admit()
      } else this.running--
    }
  }
}

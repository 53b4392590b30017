import type { IncomingMessage } from 'node:http'
import { ClientTurns } from './client-turns'
import type { RateDecision } from './rate-limit-headers'

/**
 * Requests each client has open right now. A window limit lets one client start its whole quota
 * at once, which holds every pooled connection for as long as its slowest query; with at most
 * `max` open, one client can never take the pool, and the next request is refused at once instead
 * of queueing behind its own.
 */
export class InFlightLimiter {
  private open = new Map<string, number>()

  constructor(readonly max: number) {}

  /** true and counted when the client is under its limit; every true must be released once */
  tryAcquire(key: string): boolean {
    const n = this.open.get(key) ?? 0
    if (n >= this.max) return false
    this.open.set(key, n + 1)
    return true
  }

  release(key: string): void {
    const n = (this.open.get(key) ?? 0) - 1
    // the entry goes with the client's last request, so the map holds only clients with work open
    if (n <= 0) this.open.delete(key)
    else this.open.set(key, n)
  }

  inFlight(key: string): number {
    return this.open.get(key) ?? 0
  }

  clients(): number {
    return this.open.size
  }
}

/**
 * How long a client that ran into its in-flight limit is worked on one request at a time
 * (ClientTurns.slowDown): longer than the pause between an attacker's waves, so each wave meets it,
 * and short enough that a person whose tabs once opened too many is back to full speed at once.
 */
export const SLOWED_DOWN_MS = 10_000

/** one request's place: refused (nothing held), or held until `release`, going on once `ready` resolves (null: now) */
export type Admission = { refused: true } | { refused: false; ready: Promise<void> | null; release(): void }

/**
 * A client's requests in flight and its turns, together: at most `maxInFlight` open (the next is
 * refused), of which `maxRunning` are worked on and the rest wait their turn in order. The HTTP
 * server's front door (front-door.ts) asks for a request on a socket before it is turned into a fetch
 * Request; useRateLimit asks for the rest (tests calling yoga.fetch, a server without the door).
 */
export class ClientAdmission {
  readonly inFlight: InFlightLimiter
  readonly turns: ClientTurns

  constructor(maxInFlight: number, maxRunning: number) {
    this.inFlight = new InFlightLimiter(maxInFlight)
    this.turns = new ClientTurns(maxRunning)
  }

  /**
   * `takesTurn: false` for a request that is bounded and queued elsewhere: a CSV export waits for an
   * export slot of its own (export-slots.ts) and may stream for minutes, and holding one of its
   * client's few turns for that long would keep the client's pages from loading meanwhile.
   */
  enter(client: string, takesTurn = true): Admission {
    if (!this.inFlight.tryAcquire(client)) {
      this.turns.slowDown(client, SLOWED_DOWN_MS)
      return { refused: true }
    }
    const turn = takesTurn ? this.turns.take(client) : { ready: null, abandon: () => true }
    let released = false
    return {
      refused: false,
      ready: turn.ready,
      release: () => {
        if (released) return
        released = true
        this.inFlight.release(client)
        // a request that went away while waiting never had a turn to pass on
        if (!turn.abandon()) this.turns.release(client)
      },
    }
  }
}

/** requests the front door admitted, with their window decision: useRateLimit does not count them again */
const admittedAtTheDoor = new WeakMap<IncomingMessage, RateDecision>()

export function markAdmitted(req: IncomingMessage, decision: RateDecision): void {
  admittedAtTheDoor.set(req, decision)
}

/** the door's window decision for a request it admitted, or undefined */
export function admittedDecision(req: IncomingMessage | undefined): RateDecision | undefined {
  return req ? admittedAtTheDoor.get(req) : undefined
}

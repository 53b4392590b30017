import { ErrorCode, apiError } from '../errors'
import { CHAINS, type Chain } from '../heads'
import type { LiveConfig } from './config'
import type { LiveEvent, LiveHead, LiveHeads, LiveSource } from './events'
import { Subscriber } from './subscriber'

type Heights = Record<Chain, { height: number; hash: string } | null>

/**
 * The one poller of the indexed heads per API process, and the fan-out of what it finds to every
 * `live` subscriber. It runs only while someone is subscribed; each tick reads the heads (one round
 * trip), and only when a head moved does it read the new rows, once for all subscribers, so the
 * database work does not grow with the number of subscribers.
 *
 * Polling rather than Postgres LISTEN/NOTIFY: the processors write through Subsquid's store, which
 * has no hook after its commit, so NOTIFY would mean a trigger on the processors' status tables
 * (a migration the indexer owns) and a pooled connection held per API process for LISTEN, which a
 * transaction-pooling proxy in front of Postgres does not carry. A heads read is a few index
 * lookups; see docs/api.md#live-updates for what the interval costs in latency.
 */
export class LiveHub {
  private readonly subscribers = new Set<Subscriber>()
  private readonly perClient = new Map<string, number>()
  private timer: NodeJS.Timeout | undefined
  private running = false
  private last: LiveHeads | undefined
  private lastError = ''
  /** ticks run since the hub was made, for tests and metrics */
  ticks = 0

  constructor(
    private readonly source: LiveSource,
    private readonly config: LiveConfig,
    private readonly log: (message: string) => void = (m) => console.warn(m),
  ) {}

  get size(): number {
    return this.subscribers.size
  }

  /** A new subscriber for `client` (its address), or OVERLOADED when the process or the client holds its limit. */
  subscribe(client = 'local'): AsyncIterableIterator<LiveEvent> {
    if (this.subscribers.size >= this.config.maxSubscribers) {
      throw apiError(
        ErrorCode.OVERLOADED,
        `this server already holds its limit of ${this.config.maxSubscribers} live subscriptions; try again later (pages still load without live updates)`,
        { max: this.config.maxSubscribers },
      )
    }
    const held = this.perClient.get(client) ?? 0
    if (held >= this.config.maxPerClient) {
      throw apiError(
        ErrorCode.OVERLOADED,
        `this client already holds ${this.config.maxPerClient} live subscriptions, the most one client may; close some first`,
        {
          max: this.config.maxPerClient,
        },
      )
    }
    this.perClient.set(client, held + 1)
    const subscriber = new Subscriber(this.config.queue, (s) => {
      this.subscribers.delete(s)
      const n = (this.perClient.get(client) ?? 1) - 1
      if (n <= 0) this.perClient.delete(client)
      else this.perClient.set(client, n)
    })
    this.subscribers.add(subscriber)
    // a newcomer learns the heads at once; rows come with the next head that moves
    if (this.last) subscriber.push(headsOnly(this.last))
    if (!this.running) {
      this.running = true
      this.schedule(0)
    }
    return subscriber
  }

  /** Ends every subscription and the poller (the API is shutting down). */
  close(): void {
    for (const s of [...this.subscribers]) void s.return()
    if (this.timer) clearTimeout(this.timer)
    this.timer = undefined
    this.running = false
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => void this.tick(), ms)
    // an idle poller must not keep a test or a shutting-down process alive
    this.timer.unref()
  }

  /** One poll: read the heads and, when one moved, the rows since the last push; then push to all. */
  async tick(): Promise<void> {
    this.ticks++
    try {
      const event = await this.poll()
      if (event) for (const s of this.subscribers) s.push(event)
      this.lastError = ''
    } catch (error) {
      // said once per distinct failure, not every tick while the database is away
      const message = `live updates: reading the indexed heads failed: ${(error as Error).message}`
      if (message !== this.lastError) this.log(message)
      this.lastError = message
    } finally {
      if (this.subscribers.size > 0 && this.running) this.schedule(this.config.pollMs)
      else {
        this.running = false
        this.timer = undefined
        // the next subscriber starts from a fresh baseline instead of receiving everything indexed meanwhile
        this.last = undefined
      }
    }
  }

  private async poll(): Promise<LiveEvent | null> {
    const heights = await this.source.heads()
    const previous = this.last
    const heads = observe(heights, previous)
    this.last = heads
    // the first read is the baseline: nothing indexed before anyone subscribed is pushed
    if (!previous) return headsOnly(heads)
    if (CHAINS.every((c) => sameHead(heads[c], previous[c]))) return null
    const cap = this.config.maxRows
    const range = (c: Chain) => {
      const from = previous[c]?.height ?? -1
      const to = heads[c]?.height ?? -1
      // a head that went back (a reorg rolled blocks back) brings no new rows, only the new heads
      return to > from ? ([from, to] as const) : null
    }
    const og = range('og')
    const base = range('base')
    const [settlements, payments] = await Promise.all([
      og ? this.source.settlements(og[0], og[1], cap + 1) : [],
      base ? this.source.payments(base[0], base[1], cap + 1) : [],
    ])
    return {
      heads,
      newSettlements: settlements.slice(0, cap),
      newPayments: payments.slice(0, cap),
      settlementsTruncated: settlements.length > cap,
      paymentsTruncated: payments.length > cap,
      missed: false,
    }
  }
}

function headsOnly(heads: LiveHeads): LiveEvent {
  return { heads, newSettlements: [], newPayments: [], settlementsTruncated: false, paymentsTruncated: false, missed: false }
}

function sameHead(a: LiveHead | null, b: LiveHead | null): boolean {
  return a?.height === b?.height && a?.hash === b?.hash
}

/** The heads with the time each height was first seen (kept while a head stays where it was). */
function observe(heights: Heights, previous: LiveHeads | undefined): LiveHeads {
  const now = new Date().toISOString()
  const one = (c: Chain): LiveHead | null => {
    const h = heights[c]
    if (!h) return null
    const before = previous?.[c]
    return { chain: c, height: h.height, hash: h.hash, observedAt: before && before.height === h.height && before.hash === h.hash ? before.observedAt : now }
  }
  return { og: one('og'), base: one('base') }
}

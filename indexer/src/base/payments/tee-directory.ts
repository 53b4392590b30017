import type { Store } from '@subsquid/typeorm-store'
import { TeeNode } from '../../model'

export interface TeePayee {
  id: string
  paymentAddress?: string | null
  enabled: boolean
  registeredBlock: number
  registeredAt?: Date
}

/**
 * paymentAddress → teeId. Several nodes may share an address (an operator's fleet); the enabled,
 * most recently registered one wins, ties broken by id so the answer never depends on row order.
 */
export function teesByPaymentAddress(nodes: readonly TeePayee[]): Map<string, string> {
  const rank = (n: TeePayee): [number, number, string] => [n.enabled ? 1 : 0, n.registeredBlock, n.id]
  const better = (a: TeePayee, b: TeePayee) => {
    const [x, y] = [rank(a), rank(b)]
    return x[0] !== y[0] ? x[0] > y[0] : x[1] !== y[1] ? x[1] > y[1] : x[2] > y[2]
  }
  const best = new Map<string, TeePayee>()
  for (const node of nodes) {
    if (!node.paymentAddress) continue
    const address = node.paymentAddress.toLowerCase()
    const current = best.get(address)
    if (!current || better(node, current)) best.set(address, node)
  }
  return new Map([...best].map(([address, node]) => [address, node.id]))
}

export interface TeeLink {
  address: string
  teeId: string
  /** payments before the node registered were not paid to a TEE node */
  since: Date
}

/** Addresses that name a node now and named none before: payments to them so far carry no teeId. */
export function newlyNamed(
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
  registeredAt: (teeId: string) => Date | undefined = () => undefined,
): TeeLink[] {
  return [...after].filter(([address]) => !before.has(address)).map(([address, teeId]) => ({ address, teeId, since: registeredAt(teeId) ?? new Date(0) }))
}

/**
 * TEE nodes are written by the OG-chain pipeline into the same database; the Base pipeline only reads
 * them, to name the node a payment went to. They change rarely, so the table is re-read at most once
 * per `ttlMs`, and only by batches that contain payments.
 */
export class TeeDirectory {
  private byAddress = new Map<string, string>()
  private loadedAt = -Infinity

  constructor(
    private readonly ttlMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Re-reads the nodes when the last read is older than the TTL. Returns the payment addresses that
   * name a node for the first time: the OG pipeline may index a registration after the Base pipeline
   * indexed payments to that address (on a fresh database it usually does).
   */
  async refresh(store: Store): Promise<TeeLink[]> {
    if (this.now() - this.loadedAt < this.ttlMs) return []
    const nodes = await store.find(TeeNode)
    const before = this.byAddress
    this.byAddress = teesByPaymentAddress(nodes)
    const first = this.loadedAt === -Infinity
    this.loadedAt = this.now()
    // the first read also links: a restart must not leave payments of an earlier run unlinked
    const registered = new Map(nodes.map((n) => [n.id, n.registeredAt]))
    return newlyNamed(first ? new Map() : before, this.byAddress, (id) => registered.get(id))
  }

  teeFor(payee: string): string | undefined {
    return this.byAddress.get(payee)
  }
}

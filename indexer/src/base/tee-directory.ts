import type { Store } from '@subsquid/typeorm-store'
import { TeeNode } from '../model'

export interface TeePayee {
  id: string
  paymentAddress?: string | null
  enabled: boolean
  registeredBlock: number
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

/**
 * TEE nodes are written by the OG-chain pipeline into the same database; the Base pipeline only reads
 * them, to name the node a payment went to. They change rarely, so the table is re-read at most once
 * per `ttlMs`, and only by batches that contain payments.
 */
export class TeeDirectory {
  private byAddress = new Map<string, string>()
  private loadedAt = -Infinity

  constructor(
    private readonly ttlMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  async refresh(store: Store): Promise<void> {
    if (this.now() - this.loadedAt < this.ttlMs) return
    const nodes = await store.find(TeeNode)
    this.byAddress = teesByPaymentAddress(nodes)
    this.loadedAt = this.now()
  }

  teeFor(payee: string): string | undefined {
    return this.byAddress.get(payee)
  }
}

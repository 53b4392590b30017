import type { SettleCall } from './settle'

/** An OPG transfer seen earlier in the same transaction. */
export interface TxTransfer {
  logIndex: number
  from: string
  to: string
  amount: bigint
}

export interface MatchedPayment {
  payer: string
  payee: string
  /** OPG wei actually moved */
  amount: bigint
  facilitator?: string
  transferLogIndex: number
  /** true when payer and payee come from the transfer because the calldata could not be read */
  fromTransferOnly: boolean
}

export type PaymentMatch =
  | { ok: true; payment: MatchedPayment }
  /** `other-token`: nothing in OPG moved (the canonical proxies serve every token); `no-transfer`: the calldata names OPG but no transfer matches */
  | { ok: false; reason: 'other-token' | 'no-transfer' }

/**
 * Pairs a proxy's Settled()/SettledWithPermit() with the OPG transfer it caused. The proxy emits
 * after Permit2 moved the tokens, so the transfer is an earlier, not yet claimed log of the same
 * transaction; with several settlements in one transaction the nearest preceding one is theirs.
 * Claimed transfers are added to `claimed`.
 */
export function matchPayment(
  proxyLogIndex: number,
  call: SettleCall | undefined,
  transfers: readonly TxTransfer[],
  claimed: Set<number>,
  opg: string,
  relays: ReadonlySet<string>,
): PaymentMatch {
  const earlier = transfers.filter((t) => t.logIndex < proxyLogIndex && !claimed.has(t.logIndex))
  if (call) {
    if (call.token !== opg) return { ok: false, reason: 'other-token' }
    const candidates = earlier.filter((t) => t.from === call.payer && t.to === call.payee)
    const exact = candidates.filter((t) => t.amount === call.amount)
    const transfer = (exact.length > 0 ? exact : candidates).at(-1)
    if (!transfer) return { ok: false, reason: 'no-transfer' }
    claimed.add(transfer.logIndex)
    return {
      ok: true,
      payment: {
        payer: call.payer,
        payee: call.payee,
        amount: transfer.amount,
        facilitator: call.facilitator,
        transferLogIndex: transfer.logIndex,
        fromTransferOnly: false,
      },
    }
  }
  // Calldata unreadable: Permit2 moves the tokens right before the proxy emits, so an OPG payment's
  // transfer (or a relay's onward transfer) is the log just before the event. Any other log there is
  // a transfer of another token, which this indexer does not fetch: the proxies serve every x402
  // user, and an unrelated OPG transfer earlier in the same transaction must not pass for a payment.
  const last = earlier.find((t) => t.logIndex === proxyLogIndex - 1)
  if (!last) return { ok: false, reason: 'other-token' }
  if (!relays.has(last.from)) {
    claimed.add(last.logIndex)
    return { ok: true, payment: { payer: last.from, payee: last.to, amount: last.amount, transferLogIndex: last.logIndex, fromTransferOnly: true } }
  }
  // through a relay: the payer's transfer into it comes first, its onward transfer names the payee
  const into = earlier.filter((t) => t.logIndex < last.logIndex && t.to === last.from && !relays.has(t.from)).at(-1)
  if (!into) return { ok: false, reason: 'other-token' }
  claimed.add(into.logIndex)
  claimed.add(last.logIndex)
  return { ok: true, payment: { payer: into.from, payee: last.to, amount: into.amount, transferLogIndex: into.logIndex, fromTransferOnly: true } }
}

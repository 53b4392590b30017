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
    return { ok: true, payment: { payer: call.payer, payee: call.payee, amount: transfer.amount, facilitator: call.facilitator, transferLogIndex: transfer.logIndex, fromTransferOnly: false } }
  }
  // Calldata unreadable: the payer's transfer is the one that does not start at a proxy or Permit2;
  // when it goes to a relay first, the relay's onward transfer names the payee.
  const transfer = earlier.filter((t) => !relays.has(t.from)).at(-1)
  if (!transfer) return { ok: false, reason: 'other-token' }
  claimed.add(transfer.logIndex)
  let payee = transfer.to
  const onward = relays.has(payee) ? earlier.find((t) => t.logIndex > transfer.logIndex && t.from === payee && !claimed.has(t.logIndex)) : undefined
  if (onward) {
    claimed.add(onward.logIndex)
    payee = onward.to
  }
  return { ok: true, payment: { payer: transfer.from, payee, amount: transfer.amount, transferLogIndex: transfer.logIndex, fromTransferOnly: true } }
}

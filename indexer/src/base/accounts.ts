import type { LabelledAddress } from '../config/profile'
import { Account } from '../model'

export const ZERO_ADDRESS = '0x0000000000000000000000000000000000000000'

/** Mints and burns go through the zero address; its (negative) balance is minus the total supply. */
export const ZERO_ADDRESS_LABEL: LabelledAddress = { address: ZERO_ADDRESS, label: 'Zero address (mint and burn)', category: 'mint-burn', circulating: false }

/** A zeroed account; unlabelled addresses count as circulating. */
export function newAccount(id: string, firstSeenAt: Date, firstSeenBlock: number, label: LabelledAddress | undefined): Account {
  return new Account({
    id,
    balance: 0n,
    label: label?.label ?? null,
    category: label?.category ?? null,
    circulating: label?.circulating ?? true,
    firstSeenAt,
    firstSeenBlock,
    lastSeenAt: firstSeenAt,
    transfersIn: 0,
    transfersOut: 0,
    paidTotal: 0n,
    paymentsMade: 0,
    receivedTotal: 0n,
    paymentsReceived: 0,
    firstPaymentAt: null,
  })
}

/** Brings a stored account's label in line with the profile (labels can be added later); true when it changed. */
export function applyLabel(account: Account, label: LabelledAddress): boolean {
  if (account.label === label.label && account.category === label.category && account.circulating === label.circulating) return false
  account.label = label.label
  account.category = label.category
  account.circulating = label.circulating
  return true
}

export function applyTransferToAccounts(from: Account, to: Account, amount: bigint, at: Date): void {
  from.balance -= amount
  from.transfersOut += 1
  from.lastSeenAt = at
  to.balance += amount
  to.transfersIn += 1
  to.lastSeenAt = at
}

/** Books an x402 payment on both sides; returns true when it is the payer's first payment ever. */
export function applyPaymentToAccounts(payer: Account, payee: Account, amount: bigint, at: Date): boolean {
  const first = !payer.firstPaymentAt
  if (first) payer.firstPaymentAt = at
  payer.paidTotal += amount
  payer.paymentsMade += 1
  payee.receivedTotal += amount
  payee.paymentsReceived += 1
  return first
}

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { matchPayment, type TxTransfer } from './decode'
import type { SettleCall } from './settle'

const opg = '0x00000000000000000000000000000000000000f0'
const usdc = '0x00000000000000000000000000000000000000c0'
const proxy = '0x4020a4f3b7b90cca423b9fabcc0ce57c6c240002'
const permit2 = '0x000000000022d473030f116ddee9f6b43ac78ba3'
const relays = new Set([proxy, permit2])
const payer = '0x00000000000000000000000000000000000000a1'
const payee = '0x00000000000000000000000000000000000000b1'
const other = '0x00000000000000000000000000000000000000e1'

const call = (amount: bigint, token = opg): SettleCall => ({ token, payer, payee, facilitator: other, amount, withPermit: false })

test('the transfer before the proxy event, from payer to payee, is the payment', () => {
  const transfers: TxTransfer[] = [{ logIndex: 3, from: payer, to: payee, amount: 40n }]
  const claimed = new Set<number>()
  const m = matchPayment(4, call(40n), transfers, claimed, opg, relays)
  assert.deepEqual(m, { ok: true, payment: { payer, payee, amount: 40n, facilitator: other, transferLogIndex: 3, fromTransferOnly: false } })
  assert.ok(claimed.has(3))
})

test('two settlements in one transaction each take their own transfer', () => {
  const transfers: TxTransfer[] = [
    { logIndex: 1, from: payer, to: payee, amount: 10n },
    { logIndex: 3, from: payer, to: payee, amount: 20n },
  ]
  const claimed = new Set<number>()
  const first = matchPayment(2, call(10n), transfers, claimed, opg, relays)
  const second = matchPayment(4, call(20n), transfers, claimed, opg, relays)
  assert.ok(first.ok && first.payment.amount === 10n)
  assert.ok(second.ok && second.payment.amount === 20n)
})

test('the amount the call asks for picks among several candidates; transfers after the event never match', () => {
  const transfers: TxTransfer[] = [
    { logIndex: 1, from: payer, to: payee, amount: 10n },
    { logIndex: 2, from: payer, to: payee, amount: 99n },
    { logIndex: 9, from: payer, to: payee, amount: 10n },
  ]
  const m = matchPayment(5, call(10n), transfers, new Set(), opg, relays)
  assert.ok(m.ok && m.payment.transferLogIndex === 1)
})

test('a payment in another token is not ours, and OPG named without a transfer is reported', () => {
  assert.deepEqual(matchPayment(4, call(1n, usdc), [], new Set(), opg, relays), { ok: false, reason: 'other-token' })
  const unrelated: TxTransfer[] = [{ logIndex: 1, from: other, to: payee, amount: 1n }]
  assert.deepEqual(matchPayment(4, call(1n), unrelated, new Set(), opg, relays), { ok: false, reason: 'no-transfer' })
})

test('unreadable calldata falls back to the last transfer that does not start at a relay', () => {
  const transfers: TxTransfer[] = [
    { logIndex: 1, from: other, to: payer, amount: 500n },
    { logIndex: 2, from: payer, to: payee, amount: 7n },
  ]
  const m = matchPayment(3, undefined, transfers, new Set(), opg, relays)
  assert.deepEqual(m, { ok: true, payment: { payer, payee, amount: 7n, transferLogIndex: 2, fromTransferOnly: true } })
  assert.deepEqual(matchPayment(3, undefined, [], new Set(), opg, relays), { ok: false, reason: 'other-token' })
})

test('when the tokens pass through a relay, its onward transfer names the payee', () => {
  const transfers: TxTransfer[] = [
    { logIndex: 1, from: payer, to: proxy, amount: 7n },
    { logIndex: 2, from: proxy, to: payee, amount: 7n },
  ]
  const claimed = new Set<number>()
  const m = matchPayment(3, undefined, transfers, claimed, opg, relays)
  assert.deepEqual(m, { ok: true, payment: { payer, payee, amount: 7n, transferLogIndex: 1, fromTransferOnly: true } })
  assert.deepEqual([...claimed].sort(), [1, 2])
})

test('unreadable calldata: a transfer of another token between our OPG transfer and the event means the payment was not in OPG', () => {
  // a batch that sends OPG to someone, then settles a USDC payment through the proxy: the USDC Transfer
  // (log 2, not fetched) sits between them
  const transfers: TxTransfer[] = [{ logIndex: 1, from: payer, to: other, amount: 5n }]
  const claimed = new Set<number>()
  assert.deepEqual(matchPayment(3, undefined, transfers, claimed, opg, relays), { ok: false, reason: 'other-token' })
  assert.equal(claimed.size, 0, 'the OPG transfer stays unclaimed')
  // the same transfer right before the event is the payment
  assert.ok(matchPayment(2, undefined, transfers, new Set(), opg, relays).ok)
})

test('unreadable calldata through a relay: the onward transfer must be the log just before the event', () => {
  const transfers: TxTransfer[] = [
    { logIndex: 1, from: payer, to: proxy, amount: 7n },
    { logIndex: 2, from: proxy, to: payee, amount: 7n },
  ]
  assert.deepEqual(matchPayment(4, undefined, transfers, new Set(), opg, relays), { ok: false, reason: 'other-token' })
  // a relay's transfer with nothing paid into it is not a payment either
  assert.deepEqual(matchPayment(3, undefined, transfers.slice(1), new Set(), opg, relays), { ok: false, reason: 'other-token' })
})

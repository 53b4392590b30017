import { test } from 'node:test'
import assert from 'node:assert/strict'
import { applyLabel, applyPaymentToAccounts, applyTransferToAccounts, newAccount } from './accounts'

const t0 = new Date('2026-05-01T00:00:00Z')
const t1 = new Date('2026-05-02T00:00:00Z')
const vesting = { address: '0xb0', label: 'Ecosystem vesting', category: 'vesting', circulating: false }

test('new accounts are zeroed; unlabelled ones circulate, labelled ones take the profile label', () => {
  const plain = newAccount('0xa0', t0, 7, undefined)
  assert.equal(plain.balance, 0n)
  assert.equal(plain.circulating, true)
  assert.equal(plain.label, null)
  assert.equal(plain.firstSeenBlock, 7)
  const labelled = newAccount('0xb0', t0, 7, vesting)
  assert.equal(labelled.circulating, false)
  assert.equal(labelled.category, 'vesting')
})

test('a label added to the profile later is applied to the stored account once', () => {
  const account = newAccount('0xb0', t0, 1, undefined)
  assert.equal(applyLabel(account, vesting), true)
  assert.equal(account.circulating, false)
  assert.equal(applyLabel(account, vesting), false)
})

test('a transfer moves the balance and counts on both sides; a self-transfer keeps the balance', () => {
  const a = newAccount('0xa0', t0, 1, undefined)
  const b = newAccount('0xb0', t0, 1, undefined)
  applyTransferToAccounts(a, b, 5n, t1)
  assert.deepEqual([a.balance, a.transfersOut, b.balance, b.transfersIn], [-5n, 1, 5n, 1])
  assert.equal(b.lastSeenAt, t1)
  applyTransferToAccounts(b, b, 5n, t1)
  assert.deepEqual([b.balance, b.transfersIn, b.transfersOut], [5n, 2, 1])
})

test('payments: totals on both sides, first payment only once', () => {
  const payer = newAccount('0xa0', t0, 1, undefined)
  const payee = newAccount('0xb0', t0, 1, undefined)
  assert.equal(applyPaymentToAccounts(payer, payee, 3n, t0), true)
  assert.equal(applyPaymentToAccounts(payer, payee, 4n, t1), false)
  assert.equal(payer.firstPaymentAt, t0)
  assert.deepEqual([payer.paidTotal, payer.paymentsMade, payee.receivedTotal, payee.paymentsReceived], [7n, 2, 7n, 2])
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { PaymentScheme } from '../model'
import { collectBaseItems, type ItemBlock, type ItemHeader, type ItemLog } from './items'
import { baseSetup } from './setup'
import { OPG, POOL, settledLog, swapLog, testProfile, transferLog, tx, uptoSettleInput, USDC } from './testing/fixtures'

const setup = baseSetup(testProfile())
const payer = '0x00000000000000000000000000000000000000a1'
const payee = '0x00000000000000000000000000000000000000b1'
const header = { height: 10, timestamp: Date.UTC(2026, 4, 3) }

function collect(logs: ItemLog[]) {
  const issues: { reason: string; log: ItemLog }[] = []
  const blocks: ItemBlock[] = [{ header, logs }]
  const [out] = collectBaseItems(blocks, setup, (_h: ItemHeader, log, reason) => issues.push({ reason, log }))
  return { items: out.items, issues }
}

test('a direct upto settle becomes a payment paired with its transfer', () => {
  const { items, issues } = collect([transferLog(tx(1), payer, payee, 40n), settledLog(tx(1), uptoSettleInput(payer, payee, 40n))])
  assert.deepEqual(issues, [])
  assert.equal(items.length, 2)
  const payment = items[1]
  assert.ok(payment.kind === 'payment')
  assert.equal(payment.scheme, PaymentScheme.UPTO)
  assert.equal(payment.withPermit, false)
  assert.deepEqual([payment.payment.payer, payment.payment.payee, payment.payment.amount, payment.payment.fromTransferOnly], [payer, payee, 40n, false])
})

test('a settle through a multicall falls back to the transfer and is reported', () => {
  const { items, issues } = collect([
    transferLog(tx(2), payer, payee, 5n),
    settledLog(tx(2), '0xac9650d8', '0x00000000000000000000000000000000000000aa', undefined, true),
  ])
  assert.deepEqual(
    issues.map((i) => i.reason),
    ['payment-input-undecodable'],
  )
  const payment = items[1]
  assert.ok(payment.kind === 'payment' && payment.withPermit && payment.payment.payer === payer && payment.payment.fromTransferOnly)
})

test('a payment in USDC through the same proxy is not ours and leaves no trace', () => {
  const { items, issues } = collect([settledLog(tx(3), uptoSettleInput(payer, payee, 1n, USDC))])
  assert.deepEqual([items, issues], [[], []])
})

test('logs from untrusted addresses are dropped; a trusted log that does not decode is an issue', () => {
  const forged = transferLog(tx(4), payer, payee, 1n, '0x00000000000000000000000000000000000000bd')
  const broken = { ...transferLog(tx(4), payer, payee, 1n), topics: transferLog(tx(4), payer, payee, 1n).topics.slice(0, 1) }
  const { items, issues } = collect([forged, broken])
  assert.equal(items.length, 0)
  assert.deepEqual(
    issues.map((i) => [i.reason, i.log.address]),
    [['undecodable-log', OPG]],
  )
})

test('swaps come from the pool address only', () => {
  const { items } = collect([swapLog(tx(5), 100_000_000n, -200n * 10n ** 18n), { ...swapLog(tx(5), 1n, 1n), address: USDC }])
  assert.deepEqual(
    items.map((i) => [i.kind, i.log.address]),
    [['swap', POOL]],
  )
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { BigDecimal } from '@subsquid/big-decimal'
import { applyPaymentToDay, applySwapToDay, newBaseDailyStat } from './daily'

const t = Date.UTC(2026, 4, 3, 23, 59, 59)

test('a new day is zeroed but carries the supply and the price of the day before', () => {
  const day = newBaseDailyStat(t, { circulatingSupply: 190n, priceClose: BigDecimal('0.48') })
  assert.equal(day.id, '2026-05-03')
  assert.equal(day.date.toISOString(), '2026-05-03T00:00:00.000Z')
  assert.equal(day.circulatingSupply, 190n)
  assert.equal(day.priceClose?.toString(), '0.48')
  assert.deepEqual([day.payments, day.transfers, day.swaps, day.unlocked, day.paymentVolumeUsd.toString()], [0, 0, 0, 0n, '0'])
  assert.equal(newBaseDailyStat(t, { circulatingSupply: 0n, priceClose: undefined }).priceClose, null)
})

test('payments count wallets once a day and new wallets once ever', () => {
  const day = newBaseDailyStat(t, { circulatingSupply: 0n, priceClose: undefined })
  applyPaymentToDay(day, { amount: 10n, amountUsd: BigDecimal('0.1'), firstToday: true, firstEver: true })
  applyPaymentToDay(day, { amount: 5n, amountUsd: BigDecimal('0.05'), firstToday: false, firstEver: false })
  applyPaymentToDay(day, { amount: 1n, amountUsd: BigDecimal('0.01'), firstToday: true, firstEver: false })
  assert.deepEqual([day.payments, day.payingWallets, day.newWallets, day.paymentVolume], [3, 2, 1, 16n])
  assert.equal(day.paymentVolumeUsd.toString(), '0.16')
})

test('swaps add volume and move the close', () => {
  const day = newBaseDailyStat(t, { circulatingSupply: 0n, priceClose: BigDecimal('0.4') })
  applySwapToDay(day, BigDecimal('0.5'), BigDecimal('100'))
  applySwapToDay(day, BigDecimal('0.45'), BigDecimal('20'))
  assert.deepEqual([day.swaps, day.swapVolumeUsd.toString(), day.priceClose?.toString()], [2, '120', '0.45'])
})

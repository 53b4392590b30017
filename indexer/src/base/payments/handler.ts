import { DailyPayer, Payment, type PaymentScheme } from '../../model'
import { dayId, logId } from '@og-explorer/common'
import { applyPaymentToAccounts } from '../accounts'
import type { BaseBatch, BaseHandler } from '../batch'
import { applyPaymentToDay, applyPaymentFlows } from '../daily'
import type { MatchedPayment } from './decode'
import type { ItemHeader, ItemLog, PaymentItem as DecodedPayment } from '../items'
import { opgToUsd } from '../price'

export interface PaymentItem {
  scheme: PaymentScheme
  withPermit: boolean
  payment: MatchedPayment
}

/** An x402 payment, valued at the latest pool price and attributed to the TEE node paid. */
export function applyPayment(batch: BaseBatch, header: ItemHeader, log: ItemLog, item: PaymentItem): void {
  const { cache } = batch
  const p = item.payment
  const at = new Date(header.timestamp)
  const payer = batch.account(p.payer, header)
  const payee = batch.account(p.payee, header)
  const amountUsd = opgToUsd(p.amount, batch.price)
  cache.insert(
    Payment,
    new Payment({
      id: logId(log),
      txHash: log.transactionHash,
      blockNumber: header.height,
      timestamp: at,
      scheme: item.scheme,
      proxy: log.address.toLowerCase(),
      payer,
      payee,
      facilitator: p.facilitator ?? null,
      amount: p.amount,
      amountUsd,
      teeId: batch.tees.teeFor(p.payee) ?? null,
      withPermit: item.withPermit,
    }),
  )
  const firstEver = applyPaymentToAccounts(payer, payee, p.amount, at)
  const day = batch.daily(header.timestamp)
  // DailyPayer rows make "distinct payers today" exact across batches and rollbacks.
  const payerDayId = `${day.id}-${p.payer}`
  const firstToday = !cache.get(DailyPayer, payerDayId)
  if (firstToday) cache.getOrCreate(DailyPayer, payerDayId, () => new DailyPayer({ id: payerDayId }))
  applyPaymentToDay(day, { amount: p.amount, amountUsd, firstToday, firstEver })
  applyPaymentFlows(batch.hourly(header.timestamp), { amount: p.amount, amountUsd, firstEver })
}

/** x402 payments: asks for payer, payee and the payer's day row, and for the price; applies them in chain order. */
export const paymentHandler: BaseHandler = {
  name: 'payments',
  kinds: ['payment'],
  async prepare(batch, items) {
    for (const item of items as DecodedPayment[]) {
      batch.ids.accounts.add(item.payment.payer).add(item.payment.payee)
      batch.ids.dailyPayers.add(`${dayId(item.header.timestamp)}-${item.payment.payer}`)
    }
    // payments are valued at the running price, which starts from the latest stored candle
    if (items.length > 0) batch.needsPrice = true
  },
  handle(batch, item) {
    const payment = item as DecodedPayment
    applyPayment(batch, payment.header, payment.log, payment)
  },
}

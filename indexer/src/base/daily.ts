import type { BigDecimal } from '@subsquid/big-decimal'
import { AllocationDailyUnlock, BaseDailyStat, BaseHourlyStat } from '../model'
import { dayId, dayStart, hourId, hourStart } from '@og-explorer/common'
import { roundUsd, ZERO_USD } from './price'

/** Values a new day starts from: the end of the day before, so charts never drop to zero. */
export interface DayCarry {
  circulatingSupply: bigint
  priceClose: BigDecimal | undefined
}

/** The BaseDailyStat fields that add up over hours (BaseHourlyStat has exactly these). */
type BaseFlows = Pick<BaseDailyStat, 'payments' | 'newWallets' | 'paymentVolume' | 'paymentVolumeUsd' | 'transfers' | 'unlocked' | 'swaps' | 'swapVolumeUsd'>

const zeroFlows = (): BaseFlows => ({
  payments: 0,
  newWallets: 0,
  paymentVolume: 0n,
  paymentVolumeUsd: ZERO_USD,
  transfers: 0,
  unlocked: 0n,
  swaps: 0,
  swapVolumeUsd: ZERO_USD,
})

export function newBaseDailyStat(timestampMs: number, carry: DayCarry): BaseDailyStat {
  return new BaseDailyStat({
    id: dayId(timestampMs),
    date: dayStart(timestampMs),
    ...zeroFlows(),
    payingWallets: 0,
    circulatingSupply: carry.circulatingSupply,
    priceClose: carry.priceClose ?? null,
  })
}

export function newBaseHourlyStat(timestampMs: number): BaseHourlyStat {
  return new BaseHourlyStat({ id: hourId(timestampMs), hour: hourStart(timestampMs), ...zeroFlows() })
}

export interface DayPayment {
  amount: bigint
  amountUsd: BigDecimal
  /** the payer's first payment today (no DailyPayer row yet) */
  firstToday: boolean
  /** the payer's first payment ever */
  firstEver: boolean
}

/** A payment's share of a day's or an hour's flows (distinct payers, which do not add up over hours, are the day's alone). */
export function applyPaymentFlows(row: BaseFlows, p: Omit<DayPayment, 'firstToday'>): void {
  row.payments += 1
  row.paymentVolume += p.amount
  row.paymentVolumeUsd = roundUsd(row.paymentVolumeUsd.plus(p.amountUsd))
  if (p.firstEver) row.newWallets += 1
}

export function applyPaymentToDay(day: BaseDailyStat, p: DayPayment): void {
  applyPaymentFlows(day, p)
  if (p.firstToday) day.payingWallets += 1
}

export function applySwapFlows(row: BaseFlows, volumeUsd: BigDecimal): void {
  row.swaps += 1
  row.swapVolumeUsd = roundUsd(row.swapVolumeUsd.plus(volumeUsd))
}

export function applySwapToDay(day: BaseDailyStat, priceUsd: BigDecimal, volumeUsd: BigDecimal): void {
  applySwapFlows(day, volumeUsd)
  day.priceClose = priceUsd
}

export function allocationDayId(allocation: string, timestampMs: number): string {
  return `${dayId(timestampMs)}|${allocation}`
}

export function newAllocationDailyUnlock(allocation: string, timestampMs: number): AllocationDailyUnlock {
  return new AllocationDailyUnlock({ id: allocationDayId(allocation, timestampMs), date: dayStart(timestampMs), allocation, amount: 0n, unlocks: 0 })
}

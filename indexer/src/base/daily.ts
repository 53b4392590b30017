import type { BigDecimal } from '@subsquid/big-decimal'
import { AllocationDailyUnlock, BaseDailyStat, BaseHourlyStat } from '../model'
import { dayId, dayStart, hourId, hourStart } from '../util/time'
import { roundUsd, ZERO_USD } from './price'

/** Values a new day starts from: the end of the day before, so charts never drop to zero. */
export interface DayCarry {
  circulatingSupply: bigint
  priceClose: BigDecimal | undefined
}

export function newBaseDailyStat(timestampMs: number, carry: DayCarry): BaseDailyStat {
  return new BaseDailyStat({
    id: dayId(timestampMs),
    date: dayStart(timestampMs),
    payments: 0,
    payingWallets: 0,
    newWallets: 0,
    paymentVolume: 0n,
    paymentVolumeUsd: ZERO_USD,
    transfers: 0,
    circulatingSupply: carry.circulatingSupply,
    unlocked: 0n,
    swaps: 0,
    swapVolumeUsd: ZERO_USD,
    priceClose: carry.priceClose ?? null,
  })
}

export interface DayPayment {
  amount: bigint
  amountUsd: BigDecimal
  /** the payer's first payment today (no DailyPayer row yet) */
  firstToday: boolean
  /** the payer's first payment ever */
  firstEver: boolean
}

export function applyPaymentToDay(day: BaseDailyStat, p: DayPayment): void {
  day.payments += 1
  day.paymentVolume += p.amount
  day.paymentVolumeUsd = roundUsd(day.paymentVolumeUsd.plus(p.amountUsd))
  if (p.firstToday) day.payingWallets += 1
  if (p.firstEver) day.newWallets += 1
}

export function applySwapToDay(day: BaseDailyStat, priceUsd: BigDecimal, volumeUsd: BigDecimal): void {
  day.swaps += 1
  day.swapVolumeUsd = roundUsd(day.swapVolumeUsd.plus(volumeUsd))
  day.priceClose = priceUsd
}

export function newBaseHourlyStat(timestampMs: number): BaseHourlyStat {
  return new BaseHourlyStat({
    id: hourId(timestampMs),
    hour: hourStart(timestampMs),
    payments: 0,
    newWallets: 0,
    paymentVolume: 0n,
    paymentVolumeUsd: ZERO_USD,
    transfers: 0,
    unlocked: 0n,
    swaps: 0,
    swapVolumeUsd: ZERO_USD,
  })
}

/** The hour's share of a payment: everything but distinct wallets, which do not add up over hours. */
export function applyPaymentToHour(hour: BaseHourlyStat, p: Omit<DayPayment, 'firstToday'>): void {
  hour.payments += 1
  hour.paymentVolume += p.amount
  hour.paymentVolumeUsd = roundUsd(hour.paymentVolumeUsd.plus(p.amountUsd))
  if (p.firstEver) hour.newWallets += 1
}

export function applySwapToHour(hour: BaseHourlyStat, volumeUsd: BigDecimal): void {
  hour.swaps += 1
  hour.swapVolumeUsd = roundUsd(hour.swapVolumeUsd.plus(volumeUsd))
}

export function allocationDayId(allocation: string, timestampMs: number): string {
  return `${dayId(timestampMs)}|${allocation}`
}

export function newAllocationDailyUnlock(allocation: string, timestampMs: number): AllocationDailyUnlock {
  return new AllocationDailyUnlock({ id: allocationDayId(allocation, timestampMs), date: dayStart(timestampMs), allocation, amount: 0n, unlocks: 0 })
}

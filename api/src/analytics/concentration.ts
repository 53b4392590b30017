/**
 * How concentrated paying is: the share of payments (by count and by OPG) that the ten largest
 * payers made, payments per wallet, and distinct payers, per period and over the whole range. Pure:
 * Postgres ranks the payers and sums the top ten; this fills empty periods and forms the ratios.
 */

export const TOP_PAYERS = 10

/** One period (or the whole range, period null) as the loader's SQL aggregates it. */
export interface ConcentrationAggregate {
  period: number | null
  payers: number
  payments: number
  /** OPG wei */
  opg: string
  /** payments of the TOP_PAYERS wallets with the most payments */
  topPayments: number
  /** OPG wei of the TOP_PAYERS wallets that paid the most OPG */
  topOpg: string
  /** the median wallet's number of payments */
  medianPayments: number | null
}

export interface Concentration {
  /** null for the whole range */
  t: number | null
  payers: number
  payments: number
  opg: string
  topPayments: number
  topOpg: string
  /** topPayments ÷ payments; null without payments */
  topPaymentsShare: number | null
  /** topOpg ÷ opg; null without OPG paid */
  topOpgShare: number | null
  paymentsPerWalletMean: number | null
  paymentsPerWalletMedian: number | null
}

const SHARE_SCALE = 10n ** 15n

/** part ÷ whole for wei amounts (too large for a float each), to 15 decimals of the share */
export function weiShare(part: string, whole: string): number | null {
  const w = BigInt(whole)
  if (w === 0n) return null
  return Number((BigInt(part) * SHARE_SCALE) / w) / Number(SHARE_SCALE)
}

export function concentrationOf(a: ConcentrationAggregate): Concentration {
  return {
    t: a.period,
    payers: a.payers,
    payments: a.payments,
    opg: a.opg,
    topPayments: a.topPayments,
    topOpg: a.topOpg,
    topPaymentsShare: a.payments > 0 ? a.topPayments / a.payments : null,
    topOpgShare: weiShare(a.topOpg, a.opg),
    paymentsPerWalletMean: a.payers > 0 ? a.payments / a.payers : null,
    paymentsPerWalletMedian: a.payers > 0 ? a.medianPayments : null,
  }
}

const EMPTY = { payers: 0, payments: 0, opg: '0', topPayments: 0, topOpg: '0', medianPayments: null }

/** Every bucket in order (a period nobody paid in reads zero), and the whole range. */
export function buildConcentration(buckets: readonly number[], rows: readonly ConcentrationAggregate[]) {
  const byPeriod = new Map(rows.filter((r) => r.period !== null).map((r) => [r.period, r]))
  const overall = rows.find((r) => r.period === null) ?? { period: null, ...EMPTY }
  return {
    periods: buckets.map((t) => concentrationOf(byPeriod.get(t) ?? { period: t, ...EMPTY })),
    overall: concentrationOf(overall),
  }
}

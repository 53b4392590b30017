/** The overview's answers as the values its headline figures show. */
import { OPG_TOTAL_SUPPLY } from '@og-explorer/common'
import type { DataEndQuery, OverviewHeadlineQuery } from '../../generated/graphql'
import { unitsToNumber } from '../../lib/format'
import { isPartialDay } from '../../lib/range'
import { notExpandedWords } from '../settlements/DeclaredVsExpanded'

export function mapDataEnd(w: DataEndQuery): number | null {
  return w.dailyStats[0] ? Date.parse(w.dailyStats[0].date) : null
}

export interface Headline {
  inferencesSettled: number
  /** Inference rows, and the declared ones without rows (settledInferences) */
  inferencesExpanded: number
  inferencesNotExpanded: number
  notExpandedWords: string
  proofsVerified: number
  /** verified / verifiable (settled − unverifiable) */
  verifiedShare: number | null
  payingWalletsAllTime: number
  /** distinct paying wallets on the last complete day */
  payingWalletsLastDay: number | null
  /** mean over up to 7 complete days of OG settlements + heartbeats + staking events and Base OPG transfers */
  txPerDay: number | null
  txDays: number
  enabledTees: number
  heartbeatingTees: number | null
  lastDay: string | null
  /** the close as the API gives it (a decimal string, exact) */
  priceUsd: string | null
  priceAt: string | null
  highUsd: number | null
  highAt: string | null
  /** price / high − 1 (≤ 0) */
  drawdown: number | null
  circulatingWei: string | null
  circulatingShare: number | null
  nextCliff: { date: string; daysUntil: number; allocations: string[] } | null
}

type RecentDay = OverviewHeadlineQuery['recent'][number]

const TOTAL_SUPPLY = unitsToNumber(OPG_TOTAL_SUPPLY)

const txOfDay = (d: RecentDay) => (d.settlements ?? 0) + (d.heartbeats ?? 0) + (d.stakingEvents ?? 0) + (d.transfers ?? 0)

export function mapHeadline(w: OverviewHeadlineQuery, now: number = Date.now()): Headline {
  const complete = w.recent.filter((d) => !isPartialDay(Date.parse(d.date), now))
  const week = complete.slice(0, 7)
  const lastComplete = complete[0] ?? null
  const latest = w.recent[0] ?? null
  const price = w.lastPrice[0] ? Number(w.lastPrice[0].close) : null
  const high = w.allTimeHigh[0] ? Number(w.allTimeHigh[0].high) : null
  const circulating = latest?.circulatingSupply ?? null
  return {
    inferencesSettled: w.proofs.total.settled,
    inferencesExpanded: w.settledInferences.expanded,
    inferencesNotExpanded: w.settledInferences.notExpanded,
    notExpandedWords: notExpandedWords(w.settledInferences),
    proofsVerified: w.proofs.total.verified,
    verifiedShare: w.proofs.total.verifiedShare ?? null,
    payingWalletsAllTime: w.payingWallets.totalCount,
    payingWalletsLastDay: lastComplete?.payingWallets ?? null,
    txPerDay: week.length > 0 ? week.reduce((s, d) => s + txOfDay(d), 0) / week.length : null,
    txDays: week.length,
    enabledTees: w.enabledTees.totalCount,
    heartbeatingTees: lastComplete?.activeTees ?? null,
    lastDay: lastComplete?.date ?? null,
    priceUsd: w.lastPrice[0]?.close ?? null,
    priceAt: w.lastPrice[0]?.start ?? null,
    highUsd: high,
    highAt: w.allTimeHigh[0]?.start ?? null,
    drawdown: price != null && high ? price / high - 1 : null,
    circulatingWei: circulating,
    circulatingShare: circulating != null ? unitsToNumber(circulating) / TOTAL_SUPPLY : null,
    nextCliff: w.pressure.nextCliff ?? null,
  }
}

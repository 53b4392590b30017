/** The OPG token on Base: price, supply, holders, transfers and unlocks. */
import { OPG_TOTAL_SUPPLY } from '@og-explorer/common/src/tokenomics'
import { unitsToNumber } from '../lib/format'
import type { SeriesPointWire } from './overview'

export const TOKEN_SUMMARY_QUERY = /* GraphQL */ `
query TokenSummary {
  holders: accountsConnection(orderBy: [id_ASC], where: { balance_gt: "0" }) { totalCount }
  lastPrice: priceCandles(where: { interval_eq: HOUR }, orderBy: [start_DESC], limit: 1) { start close }
  latest: dailyStats(orderBy: [date_DESC], limit: 1) { date circulatingSupply }
  unlocks: unlocksConnection(orderBy: [id_ASC]) { totalCount }
}`

export interface TokenSummaryWire {
  holders: { totalCount: number }
  lastPrice: Array<{ start: string; close: string }>
  latest: Array<{ date: string; circulatingSupply: string | null }>
  unlocks: { totalCount: number }
}

export interface TokenSummary {
  holders: number
  /** the last close as the API gives it (exact decimal string) */
  priceUsd: string | null
  circulatingWei: string | null
  circulatingShare: number | null
  marketCapUsd: number | null
  fdvUsd: number | null
  unlockEvents: number
  asOfDay: string | null
}

const TOTAL = unitsToNumber(OPG_TOTAL_SUPPLY)

export function mapTokenSummary(w: TokenSummaryWire): TokenSummary {
  const price = w.lastPrice[0] ? Number(w.lastPrice[0].close) : null
  const circ = w.latest[0]?.circulatingSupply ?? null
  const circOpg = circ == null ? null : unitsToNumber(circ)
  return {
    holders: w.holders.totalCount,
    priceUsd: w.lastPrice[0]?.close ?? null,
    circulatingWei: circ,
    circulatingShare: circOpg == null ? null : circOpg / TOTAL,
    marketCapUsd: price != null && circOpg != null ? price * circOpg : null,
    fdvUsd: price != null ? price * TOTAL : null,
    unlockEvents: w.unlocks.totalCount,
    asOfDay: w.latest[0]?.date ?? null,
  }
}

export const SUPPLY_SERIES_QUERY = /* GraphQL */ `
query SupplySeries($from: DateTime!, $to: DateTime!) {
  circulating: timeSeries(metric: CIRCULATING_SUPPLY, interval: DAY, from: $from, to: $to) { unit points { t value filled } }
  unlocked: timeSeries(metric: UNLOCKED, interval: DAY, from: $from, to: $to) { unit points { t value filled } }
}`

export interface SupplySeriesWire {
  circulating: { points: SeriesPointWire[] }
  unlocked: { points: SeriesPointWire[] }
}

export interface SupplySeriesRow {
  t: number
  /** OPG */
  circulating: number | null
  /** OPG unlocked that day */
  unlocked: number
  /** % of total supply */
  circulatingPercent: number | null
}

export function mapSupplySeries(w: SupplySeriesWire): SupplySeriesRow[] {
  const rows = new Map<number, SupplySeriesRow>()
  const row = (t: number) => rows.get(t) ?? rows.set(t, { t, circulating: null, unlocked: 0, circulatingPercent: null }).get(t)!
  for (const p of w.circulating.points) {
    const r = row(Date.parse(p.t))
    r.circulating = p.value == null ? null : unitsToNumber(p.value.split('.')[0])
    r.circulatingPercent = r.circulating == null ? null : (r.circulating / TOTAL) * 100
  }
  for (const p of w.unlocked.points) row(Date.parse(p.t)).unlocked = p.value == null ? 0 : unitsToNumber(p.value.split('.')[0])
  return [...rows.values()].sort((a, b) => a.t - b.t)
}

export const CANDLES_QUERY = /* GraphQL */ `
query PriceCandles($interval: CandleInterval!, $from: DateTime!) {
  priceCandles(where: { interval_eq: $interval, start_gte: $from }, orderBy: [start_ASC], limit: 1000) {
    start open high low close volumeUsd swaps
  }
}`

export interface CandleWire {
  start: string
  open: string
  high: string
  low: string
  close: string
  volumeUsd: string
  swaps: number
}

export interface Candle {
  t: number
  open: number
  high: number
  low: number
  close: number
  volumeUsd: number
  swaps: number
}

export function mapCandles(w: { priceCandles: CandleWire[] }): Candle[] {
  return w.priceCandles.map((c) => ({ t: Date.parse(c.start), open: Number(c.open), high: Number(c.high), low: Number(c.low), close: Number(c.close), volumeUsd: Number(c.volumeUsd), swaps: c.swaps }))
}

export const HOLDERS_QUERY = /* GraphQL */ `
query LargestAccounts($first: Int!, $after: String) {
  accountsConnection(orderBy: [balance_DESC, id_ASC], first: $first, after: $after, where: { balance_gt: "0" }) {
    totalCount
    pageInfo { hasNextPage }
    edges { node { id label category circulating balance transfersIn transfersOut lastSeenAt } }
  }
}`

export interface HolderRow {
  id: string
  label: string | null
  category: string | null
  circulating: boolean
  balance: string
  transfersIn: number
  transfersOut: number
  lastSeenAt: string
}

export const TRANSFERS_QUERY = /* GraphQL */ `
query Transfers($where: TransferWhereInput, $orderBy: [TransferOrderByInput!]!, $first: Int!, $after: String) {
  transfersConnection(where: $where, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage }
    edges { node { id txHash blockNumber timestamp amount from { id label } to { id label } } }
  }
}`

export interface TransferRow {
  id: string
  txHash: string
  blockNumber: number
  timestamp: string
  amount: string
  from: { id: string; label: string | null }
  to: { id: string; label: string | null }
}

export const UNLOCKS_QUERY = /* GraphQL */ `
query Unlocks($where: UnlockWhereInput, $orderBy: [UnlockOrderByInput!]!, $first: Int!, $after: String) {
  unlocksConnection(where: $where, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage }
    edges { node { id allocation source sourceKind beneficiary amount timestamp blockNumber txHash } }
  }
}`

export interface UnlockRow {
  id: string
  allocation: string
  source: string
  sourceKind: string
  beneficiary: string
  amount: string
  timestamp: string
  blockNumber: number
  txHash: string
}

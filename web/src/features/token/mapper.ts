/** The token page's answers as figures, chart rows and candles. */
import { OPG_TOTAL_SUPPLY } from '@og-explorer/common'
import type { PriceCandlesQuery, SupplySeriesQuery, TokenSummaryQuery } from '../../generated/graphql'
import { unitsToNumber } from '../../lib/format'

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

export function mapTokenSummary(w: TokenSummaryQuery): TokenSummary {
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

export interface SupplySeriesRow {
  t: number
  /** OPG */
  circulating: number | null
  /** OPG unlocked that day */
  unlocked: number
  /** % of total supply */
  circulatingPercent: number | null
}

export function mapSupplySeries(w: SupplySeriesQuery): SupplySeriesRow[] {
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

export interface Candle {
  t: number
  open: number
  high: number
  low: number
  close: number
  volumeUsd: number
  swaps: number
}

export function mapCandles(w: PriceCandlesQuery): Candle[] {
  return w.priceCandles.map((c) => ({
    t: Date.parse(c.start),
    open: Number(c.open),
    high: Number(c.high),
    low: Number(c.low),
    close: Number(c.close),
    volumeUsd: Number(c.volumeUsd),
    swaps: c.swaps,
  }))
}

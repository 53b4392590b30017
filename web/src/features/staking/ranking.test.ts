import { describe, expect, it } from 'vitest'
import { DEFAULT_RANKING_SORT, commissionTrendText, sortRanking, type ValidatorRisk } from './ranking'

const OPG = (n: number) => (BigInt(n) * 10n ** 18n).toString()

describe('sortRanking', () => {
  const row = (rank: number, risk: number, stake: number, commission: string, uptime: number | null, loss: number) =>
    ({ rank, risk, stake: OPG(stake), commissionRate: commission, teeUptime: uptime, expectedLossPer1000: loss }) as ValidatorRisk
  const rows = [row(1, 10, 500, '0.05', 0.99, 30), row(2, 15, 300, '0.18', null, 30), row(3, 34, 400, '0.07', 0.999, 42)]
  it('sorts by any column in either direction', () => {
    expect(sortRanking(rows, 'risk').map((r) => r.rank)).toEqual([1, 2, 3])
    expect(sortRanking(rows, '-stake').map((r) => r.rank)).toEqual([1, 3, 2])
    expect(sortRanking(rows, 'commission').map((r) => r.rank)).toEqual([1, 3, 2])
    expect(sortRanking(rows, '-uptime').map((r) => r.rank)).toEqual([3, 1, 2])
    // equal losses keep the API's rank
    expect(sortRanking(rows, 'loss').map((r) => r.rank)).toEqual([1, 2, 3])
  })
})

describe('the default order and the commission trend', () => {
  it('opens highest net first, keeping the API rank on ties', () => {
    const rows = [
      { rank: 1, netPer1000: 80 },
      { rank: 2, netPer1000: 80 },
      { rank: 3, netPer1000: 91 },
      { rank: 4, netPer1000: -3 },
    ] as ValidatorRisk[]
    expect(sortRanking(rows, DEFAULT_RANKING_SORT).map((r) => r.rank)).toEqual([3, 1, 2, 4])
  })
  it('says the whole history in the row, and nothing when the rate never changed', () => {
    const pct = (x: number) => `${Math.round(x * 100)} %`
    const trend = (fromRate: number, toRate: number, rises: number, cuts: number) =>
      ({ fromRate, toRate, rises, cuts, maxObservedRate: toRate, maxRise: 0, weightedRise: 0, spanYears: 0 }) as ValidatorRisk['commissionTrend']
    expect(commissionTrendText(trend(0.1, 0.25, 2, 0), pct)).toBe('10 % → 25 %, 2 rises')
    expect(commissionTrendText(trend(0.2, 0.1, 0, 1), pct)).toBe('20 % → 10 %, 1 cut')
    expect(commissionTrendText(trend(0.05, 0.05, 0, 0), pct)).toBeNull()
  })
})

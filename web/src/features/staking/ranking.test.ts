import { describe, expect, it } from 'vitest'
import { sortRanking, type ValidatorRisk } from './ranking'

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

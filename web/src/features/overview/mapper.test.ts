import { describe, expect, it } from 'vitest'
import type { OverviewHeadlineQuery } from '../../generated/graphql'
import { mapHeadline } from './mapper'

const day = (d: string) => `${d}T00:00:00.000Z`

describe('mapHeadline', () => {
  const recent = (date: string, n: number) => ({
    date: day(date),
    settlements: n,
    heartbeats: 10,
    stakingEvents: 1,
    transfers: 100,
    payments: 90,
    payingWallets: 80 + n,
    activeTees: 11,
    circulatingSupply: '190000000000000000000000000',
  })
  const wire: OverviewHeadlineQuery = {
    proofs: { total: { settled: 6000, verified: 5600, invalid: 100, pending: 0, unverifiable: 200, verifiedShare: 5600 / 5800 } },
    settledInferences: {
      declared: 6000,
      expanded: 5840,
      notExpanded: 160,
      inUnreadableBatches: 160,
      unreadableBatches: 2,
      inPendingBatches: 0,
      pendingBatches: 0,
      inLegacyBatches: 0,
      legacyBatches: 0,
    },
    payingWallets: { totalCount: 1180 },
    enabledTees: { totalCount: 11 },
    recent: [recent('2026-07-14', 9), recent('2026-07-13', 1), recent('2026-07-12', 3)],
    lastPrice: [{ start: '2026-07-14T22:00:00.000Z', close: '0.12' }],
    allTimeHigh: [{ start: '2026-04-21T12:00:00.000Z', high: '0.48' }],
    pressure: { at: day('2026-07-15'), nextCliff: { date: day('2027-04-21'), daysUntil: 280, allocations: ['coreContributors', 'investorsAdvisors'] } },
  }
  it('leaves the partial current day out of per-day figures', () => {
    const h = mapHeadline(wire, Date.parse('2026-07-14T12:00:00Z'))
    // 07-13 and 07-12: (1+10+1+100 + 3+10+1+100) / 2
    expect(h.txPerDay).toBe(113)
    expect(h.txDays).toBe(2)
    expect(h.payingWalletsLastDay).toBe(81)
    expect(h.lastDay).toBe(day('2026-07-13'))
  })
  it('computes drawdown and circulating share', () => {
    const h = mapHeadline(wire, Date.parse('2026-08-01T00:00:00Z'))
    expect(h.drawdown).toBeCloseTo(0.12 / 0.48 - 1)
    expect(h.circulatingShare).toBeCloseTo(0.19)
    expect(h.inferencesSettled).toBe(6000)
    expect(h.inferencesExpanded).toBe(5840)
    expect(h.notExpandedWords).toBe('160 in 2 batches whose blob could not be read')
    expect(h.nextCliff?.daysUntil).toBe(280)
  })
})

import { describe, expect, it } from 'vitest'
import { mapHeadline, mapPressure, mapSupply, mapUsage, type HeadlineWire, type SupplyWire, type UsageWire } from './overview'

const day = (d: string) => `${d}T00:00:00.000Z`
const series = (values: Array<[string, string | null]>) => ({ points: values.map(([t, value]) => ({ t: day(t), value, filled: value === null })) })

describe('mapUsage', () => {
  const wire: UsageWire = {
    batch: series([['2026-07-13', '100'], ['2026-07-14', '40']]),
    individual: series([['2026-07-13', '5'], ['2026-07-14', '2']]),
    legacy: series([['2026-07-13', '0'], ['2026-07-14', '0']]),
    hub: series([['2026-07-13', '3'], ['2026-07-14', '1']]),
    payments: series([['2026-07-13', '110'], ['2026-07-14', '45']]),
    payingWallets: series([['2026-07-13', '90'], ['2026-07-14', '40']]),
    price: series([['2026-07-13', '0.175'], ['2026-07-14', null]]),
  }
  it('joins the series by day and sums the kinds', () => {
    const rows = mapUsage(wire, 86_400_000, Date.parse('2026-07-20T00:00:00Z'))
    expect(rows.map((r) => r.inferences)).toEqual([108, 43])
    expect(rows[0]).toMatchObject({ batch: 100, individual: 5, hub: 3, payments: 110, payingWallets: 90, priceUsd: 0.175, partial: false })
    expect(rows[1].priceUsd).toBeNull()
  })
  it('marks the day still going on as partial', () => {
    const rows = mapUsage(wire, 86_400_000, Date.parse('2026-07-14T15:00:00Z'))
    expect(rows.map((r) => r.partial)).toEqual([false, true])
  })
  it('maps an empty answer to no rows', () => {
    const empty = { points: [] }
    expect(mapUsage({ batch: empty, individual: empty, legacy: empty, hub: empty, payments: empty, payingWallets: empty, price: empty })).toEqual([])
  })
})

describe('mapHeadline', () => {
  const recent = (date: string, n: number) => ({ date: day(date), settlements: n, heartbeats: 10, stakingEvents: 1, transfers: 100, payments: 90, payingWallets: 80 + n, activeTees: 11, circulatingSupply: '190000000000000000000000000' })
  const wire: HeadlineWire = {
    proofs: { total: { settled: 6000, verified: 5600, invalid: 100, pending: 0, unverifiable: 200, verifiedShare: 5600 / 5800 } },
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
    expect(h.nextCliff?.daysUntil).toBe(280)
  })
})

describe('mapSupply', () => {
  const wire: SupplyWire = {
    supplySchedule: {
      totalSupply: '1000000000000000000000000000',
      observedUntil: day('2026-06-10'),
      nextCliff: { date: day('2027-04-21'), daysUntil: 315, allocations: ['coreContributors'] },
      allocations: [
        {
          id: 'ecosystem',
          label: 'Ecosystem',
          shareBps: 4000,
          published: true,
          note: '',
          points: [
            { t: day('2026-05-01'), projected: '41000000000000000000000000', observed: '40000000000000000000000000' },
            { t: day('2026-06-01'), projected: '48000000000000000000000000', observed: '46000000000000000000000000' },
            { t: day('2026-07-01'), projected: '54000000000000000000000000', observed: null },
          ],
        },
      ],
      circulating: [
        { t: day('2026-05-01'), projectedPercent: 19, observedPercent: 15 },
        { t: day('2026-06-01'), projectedPercent: 20, observedPercent: 15.5 },
        { t: day('2026-07-01'), projectedPercent: 21, observedPercent: null },
      ],
    },
  }
  it('uses observed values up to the last indexed day and the projection after it', () => {
    const d = mapSupply(wire)
    expect(d.rows.map((r) => r.values.ecosystem)).toEqual([40e6, 46e6, 54e6])
    expect(d.rows.map((r) => r.projected)).toEqual([false, false, true])
  })
  it('starts the projected circulating line where the observed one ends', () => {
    const d = mapSupply(wire)
    expect(d.rows.map((r) => r.circulatingObserved)).toEqual([15, 15.5, null])
    expect(d.rows.map((r) => r.circulatingProjected)).toEqual([null, 20, 21])
    expect(d.nextCliff?.t).toBe(Date.parse('2027-04-21T00:00:00Z'))
  })
})

describe('mapPressure', () => {
  it('leaves out bars the API could not price', () => {
    const base = { at: day('2026-07-15'), windowDays: 30, revenueUsd: '19.85', dailyRevenueUsd: '0.66', unlockingOpg: '7968058120104086309771474', coverageRatio: null, byAllocation: [{ id: 'staking', label: 'Staking', amount: '0' }], nextCliff: null, cliffWindowOpg: null, daysOfUsageToAbsorbCliff: null }
    const unpriced = mapPressure({ unlockPressure: { ...base, priceUsd: null, unlockingUsd: null, cliffWindowUsd: null } })
    expect(unpriced.bars.map((b) => b.key)).toEqual(['revenue'])
    expect(unpriced.byAllocation).toEqual([])
    const priced = mapPressure({ unlockPressure: { ...base, priceUsd: '0.1773', unlockingUsd: '1413224.24', cliffWindowUsd: '2626918.49' } })
    expect(priced.bars.map((b) => [b.key, b.usd])).toEqual([['revenue', 19.85], ['unlocking', 1413224.24], ['cliff', 2626918.49]])
  })
})

import { describe, expect, it } from 'vitest'
import type { SupplyScheduleQuery } from '../../generated/graphql'
import { mapPressure, mapSupply } from './mapper'

const day = (d: string) => `${d}T00:00:00.000Z`

describe('mapSupply', () => {
  const wire: SupplyScheduleQuery = {
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
    const base = {
      at: day('2026-07-15'),
      windowDays: 30,
      revenueUsd: '19.85',
      dailyRevenueUsd: '0.66',
      unlockingOpg: '7968058120104086309771474',
      coverageRatio: null,
      byAllocation: [{ id: 'staking', label: 'Staking', amount: '0' }],
      nextCliff: null,
      cliffWindowOpg: null,
      daysOfUsageToAbsorbCliff: null,
    }
    const unpriced = mapPressure({ unlockPressure: { ...base, priceUsd: null, unlockingUsd: null, cliffWindowUsd: null } })
    expect(unpriced.bars.map((b) => b.key)).toEqual(['revenue'])
    expect(unpriced.byAllocation).toEqual([])
    const priced = mapPressure({ unlockPressure: { ...base, priceUsd: '0.1773', unlockingUsd: '1413224.24', cliffWindowUsd: '2626918.49' } })
    expect(priced.bars.map((b) => [b.key, b.usd])).toEqual([
      ['revenue', 19.85],
      ['unlocking', 1413224.24],
      ['cliff', 2626918.49],
    ])
  })
})

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
        { t: day('2026-05-01'), projectedPercent: 19, observedPercent: 15, forecastPercent: null, unclaimedAirdropPercent: 3 },
        { t: day('2026-06-01'), projectedPercent: 20, observedPercent: 15.5, forecastPercent: 15.5, unclaimedAirdropPercent: 2.8 },
        { t: day('2026-07-01'), projectedPercent: 21, observedPercent: null, forecastPercent: 16, unclaimedAirdropPercent: 2.8 },
      ],
      forecastAssumes: ['Starts at the last observed circulating supply.'],
    },
  }
  it('uses observed values up to the last indexed day and the projection after it', () => {
    const d = mapSupply(wire)
    expect(d.rows.map((r) => r.values.ecosystem)).toEqual([40e6, 46e6, 54e6])
    expect(d.rows.map((r) => r.projected)).toEqual([false, false, true])
  })
  it('draws the forecast, not the plain schedule, from the last observed point, where the two lines meet', () => {
    const d = mapSupply(wire)
    expect(d.rows.map((r) => r.circulatingObserved)).toEqual([15, 15.5, null])
    expect(d.rows.map((r) => r.circulatingProjected)).toEqual([null, 15.5, 16])
    const lastObserved = d.rows.filter((r) => !r.projected).at(-1)!
    expect(lastObserved.circulatingProjected).toBe(lastObserved.circulatingObserved)
    expect(d.rows.map((r) => r.unclaimedAirdrop)).toEqual([3, 2.8, 2.8])
    expect(d.forecastAssumes).toEqual(['Starts at the last observed circulating supply.'])
    expect(d.nextCliff?.t).toBe(Date.parse('2027-04-21T00:00:00Z'))
  })
  it('keeps the airdrop at what was claimed after the last observed point, not the whole allocation', () => {
    const airdrop = {
      id: 'airdrop',
      label: 'Airdrop',
      shareBps: 400,
      published: true,
      note: '',
      points: [
        { t: day('2026-05-01'), projected: '40000000000000000000000000', observed: '10000000000000000000000000' },
        { t: day('2026-06-01'), projected: '40000000000000000000000000', observed: '12000000000000000000000000' },
        { t: day('2026-07-01'), projected: '40000000000000000000000000', observed: null },
      ],
    }
    const d = mapSupply({ supplySchedule: { ...wire.supplySchedule, allocations: [...wire.supplySchedule.allocations, airdrop] } })
    expect(d.rows.map((r) => r.values.airdrop)).toEqual([10e6, 12e6, 12e6])
  })
})

describe('mapPressure', () => {
  it('labels revenue with the days really indexed, not the window asked for', () => {
    const d = mapPressure({
      unlockPressure: {
        at: day('2026-12-02'),
        windowDays: 365,
        trailingDays: 225,
        revenueUsd: '225',
        dailyRevenueUsd: '1',
        priceUsd: null,
        unlockingOpg: '0',
        unlockingUsd: null,
        coverageRatio: null,
        byAllocation: [],
        nextCliff: null,
        cliffWindowOpg: null,
        cliffWindowUsd: null,
        daysOfUsageToAbsorbCliff: null,
      },
    })
    expect(d.trailingDays).toBe(225)
    expect(d.bars[0].label).toBe('x402 revenue, last 225 d')
  })
  it('leaves out bars the API could not price', () => {
    const base = {
      at: day('2026-07-15'),
      windowDays: 30,
      trailingDays: 30,
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

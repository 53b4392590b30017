import { describe, expect, it } from 'vitest'
import type { OrganicUsageQuery } from '../../generated/graphql'
import { RETENTION_LINES, mapOrganic, mapSpikeMarkers } from './mapper'

const D = 86_400_000
const T0 = Date.UTC(2026, 5, 1)
const iso = (i: number) => new Date(T0 + i * D).toISOString()

/** cohort i: size 10 + i; k periods later, 10 − 2k of them come back */
function fixture(periods: number): OrganicUsageQuery {
  const cohorts = Array.from({ length: periods }, (_, i) => ({
    t: iso(i),
    size: i === 2 ? 0 : 10 + i,
    retention: Array.from({ length: periods - 1 - i }, (_, k) => ({
      offset: k + 1,
      t: iso(i + k + 1),
      wallets: i === 2 ? 0 : Math.max(0, 10 - 2 * (k + 1)),
      share: 0,
    })).map((r) => ({ ...r, share: i === 2 ? 0 : r.wallets / (10 + i) })),
  }))
  return {
    payerCohorts: {
      interval: 'DAY',
      from: iso(0),
      to: iso(periods - 1),
      periods: cohorts.map((c, i) => ({ t: c.t, payers: c.size + i, newPayers: c.size, returningPayers: i })),
      cohorts,
    },
    payerConcentration: {
      topN: 10,
      overall: {
        payers: 120,
        payments: 900,
        opg: '5000000000000000000',
        topPayments: 600,
        topOpg: '4000000000000000000',
        topPaymentsShare: 600 / 900,
        topOpgShare: 0.8,
        paymentsPerWalletMean: 7.5,
        paymentsPerWalletMedian: 2,
      },
      periods: [],
    },
    usageSpikes: {
      window: 28,
      k: 3,
      rule: 'median + 3 × scaled MAD',
      spikes: [
        {
          t: iso(3),
          value: 90,
          baseline: 20,
          threshold: 30,
          payments: 90,
          newWalletPayments: 72,
          newWalletPaymentShare: 0.8,
          newWallets: 30,
          newWalletsNotReturned: 27,
          notReturnedShare: 0.9,
          daysObservedAfter: 10,
        },
      ],
    },
  }
}

describe('mapOrganic', () => {
  it('pools retention over the cohorts that have each offset, and draws the newest cohorts with wallets', () => {
    const v = mapOrganic(fixture(10))
    // offset 1: every cohort but the last (no later period) and the empty one; each had 8 back
    const sizes = [0, 1, 3, 4, 5, 6, 7, 8].map((i) => 10 + i)
    expect(v.retention[0].all).toBeCloseTo((100 * 8 * sizes.length) / sizes.reduce((s, n) => s + n, 0), 10)
    expect(v.nextPeriodRetention).toBeCloseTo((8 * sizes.length) / sizes.reduce((s, n) => s + n, 0), 10)
    // the largest cohorts with a later period (sizes grow with i; the last has none), in date order
    expect(v.cohorts).toHaveLength(RETENTION_LINES)
    expect(v.cohorts.map((c) => c.t)).toEqual([4, 5, 6, 7, 8].map((i) => T0 + i * D))
    // a drawn cohort's share in percent, absent where the period has not come yet
    expect(v.retention[0][`c${T0 + 8 * D}`]).toBeCloseTo((100 * 8) / 18, 10)
    expect(v.retention[1][`c${T0 + 8 * D}`]).toBeUndefined()
    expect(v.newPayers).toBe(sizes.reduce((s, n) => s + n, 0) + 19)
  })

  it('marks the spike period on the bars and keeps what drove it', () => {
    const v = mapOrganic(fixture(6))
    expect(v.bars.filter((b) => b.spike).map((b) => b.t)).toEqual([T0 + 3 * D])
    expect(v.spikes[0]).toMatchObject({ newWalletPaymentShare: 0.8, newWallets: 30, newWalletsNotReturned: 27 })
    expect(v.topPaymentsShare).toBeCloseTo(2 / 3, 12)
  })

  it('no cohorts with later periods: no retention rows', () => {
    const v = mapOrganic(fixture(1))
    expect(v.retention).toEqual([])
    expect(v.nextPeriodRetention).toBeNull()
  })

  it('labels the usage chart marks in words', () => {
    const s = fixture(5).usageSpikes.spikes[0]
    const next = { ...s, t: iso(4), newWalletPaymentShare: 0.5 }
    const later = { ...s, t: iso(9), newWalletPaymentShare: null }
    // the second of two consecutive days is marked but not labelled again
    expect(
      mapSpikeMarkers(
        [s, next, later].map((x) => ({ ...x, t: Date.parse(x.t) })),
        D,
      ),
    ).toEqual([
      { t: T0 + 3 * D, label: 'spike: 80% new wallets' },
      { t: T0 + 4 * D, label: '' },
      { t: T0 + 9 * D, label: 'spike' },
    ])
  })
})

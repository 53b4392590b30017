import { describe, expect, it } from 'vitest'
import type { OrganicUsageQuery, UsageOverTimeQuery } from '../../generated/graphql'
import { DAY_MS } from '../../lib/range'
import { mapOrganic, mapSpikeMarkers } from '../organic/mapper'
import { organicRequest } from '../organic/request'
import { mapUsage } from './mapper'
import { usageRequest } from './request'

const empty = { points: [] }
const point = (t: string, value: string) => ({ t, value, filled: false })
const lastDay = Date.parse('2026-07-14T00:00:00Z')

describe('usageRequest', () => {
  it('takes the spikes from the organic answer when it has the same range and bucket, else asks for them', () => {
    // 7 and 30 days: both per day
    for (const range of ['7d', '30d'] as const) {
      const r = usageRequest(range, lastDay)
      expect(r.spikesFromOrganic).toBe(true)
      expect(r.variables).toMatchObject({ interval: 'DAY', period: 'DAY', withSpikes: false })
      expect(organicRequest(range, lastDay).variables).toMatchObject({ from: r.variables?.from, to: r.variables?.to, interval: 'DAY' })
    }
    // 90 days: the usage chart is daily, the organic panel weekly
    expect(usageRequest('90d', lastDay).variables).toMatchObject({ interval: 'DAY', period: 'DAY', withSpikes: true })
    // all, more than half a year after TGE: both weekly
    const all = usageRequest('all', lastDay + 365 * DAY_MS)
    expect(all.variables).toMatchObject({ interval: 'WEEK', period: 'WEEK', withSpikes: false })
    expect(organicRequest('all', lastDay + 365 * DAY_MS).interval).toBe('WEEK')
    expect(usageRequest('7d', null).variables).toBeNull()
  })

  it('maps its answer to the rows and the marks of its spikes, the same marks the organic answer gives', () => {
    const spikes = [
      { t: '2026-07-12T00:00:00.000Z', newWalletPaymentShare: 0.25 },
      { t: '2026-07-13T00:00:00.000Z', newWalletPaymentShare: null },
      { t: '2026-07-14T00:00:00.000Z', newWalletPaymentShare: 0.9 },
    ]
    const wire: UsageOverTimeQuery = {
      batch: { points: [point('2026-07-13T00:00:00.000Z', '4'), point('2026-07-14T00:00:00.000Z', '9')] },
      individual: empty,
      legacy: empty,
      hub: empty,
      payments: { points: [point('2026-07-13T00:00:00.000Z', '3'), point('2026-07-14T00:00:00.000Z', '30')] },
      payingWallets: empty,
      price: empty,
      spikes: { spikes },
    }
    const now = Date.parse('2026-07-20T00:00:00Z')
    const view = usageRequest('90d', lastDay).map(wire)
    expect(view.rows.map((r) => ({ ...r, partial: r.t + DAY_MS > now }))).toEqual(mapUsage(wire, DAY_MS, now))
    // consecutive days: only the first of the run is labelled
    expect(view.markers).toEqual([
      { t: Date.parse('2026-07-12T00:00:00Z'), label: 'spike: 25% new wallets' },
      { t: Date.parse('2026-07-13T00:00:00Z'), label: '' },
      { t: Date.parse('2026-07-14T00:00:00Z'), label: '' },
    ])
    // the same spikes in the organic answer give the same marks
    const note = {
      value: 10,
      baseline: 2,
      threshold: 5,
      payments: 10,
      newWalletPayments: 1,
      newWallets: 1,
      newWalletsNotReturned: 0,
      notReturnedShare: 0,
      daysObservedAfter: 3,
    }
    const organic = {
      payerCohorts: { interval: 'DAY', from: '2026-07-12T00:00:00.000Z', to: '2026-07-15T00:00:00.000Z', periods: [], cohorts: [] },
      payerConcentration: {
        topN: 10,
        overall: {
          payers: 0,
          payments: 0,
          opg: '0',
          topPayments: 0,
          topOpg: '0',
          topPaymentsShare: null,
          topOpgShare: null,
          paymentsPerWalletMean: null,
          paymentsPerWalletMedian: null,
        },
        periods: [],
      },
      usageSpikes: { window: 14, k: 3, rule: 'r', spikes: spikes.map((s) => ({ ...s, ...note })) },
    } as unknown as OrganicUsageQuery
    expect(mapSpikeMarkers(mapOrganic(organic).spikes, DAY_MS)).toEqual(view.markers)
    // without the field (the organic answer holds the spikes), no marks from this answer
    expect(usageRequest('30d', lastDay).map({ ...wire, spikes: undefined }).markers).toBeNull()
  })
})

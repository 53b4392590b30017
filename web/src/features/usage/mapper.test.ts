import { describe, expect, it } from 'vitest'
import type { UsageOverTimeQuery } from '../../generated/graphql'
import { mapUsage } from './mapper'

const day = (d: string) => `${d}T00:00:00.000Z`
const series = (values: Array<[string, string | null]>) => ({ points: values.map(([t, value]) => ({ t: day(t), value, filled: value === null })) })

describe('mapUsage', () => {
  const wire: Omit<UsageOverTimeQuery, 'spikes'> = {
    batch: series([
      ['2026-07-13', '100'],
      ['2026-07-14', '40'],
    ]),
    individual: series([
      ['2026-07-13', '5'],
      ['2026-07-14', '2'],
    ]),
    legacy: series([
      ['2026-07-13', '0'],
      ['2026-07-14', '0'],
    ]),
    hub: series([
      ['2026-07-13', '3'],
      ['2026-07-14', '1'],
    ]),
    payments: series([
      ['2026-07-13', '110'],
      ['2026-07-14', '45'],
    ]),
    payingWallets: series([
      ['2026-07-13', '90'],
      ['2026-07-14', '40'],
    ]),
    price: series([
      ['2026-07-13', '0.175'],
      ['2026-07-14', null],
    ]),
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

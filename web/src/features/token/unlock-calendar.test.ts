import { describe, expect, it } from 'vitest'
import { countdown, daysUntil, groupByDate, kindInWords } from './unlock-calendar'

const ev = (date: string, allocation: string, amount: string, kind = 'LINEAR', supplyPercent = 1, circulatingPercent: number | null = 2) => ({
  date,
  until: date,
  allocation,
  label: allocation,
  kind,
  amount,
  supplyPercent,
  circulatingPercent,
})

describe('unlock calendar helpers', () => {
  it('groups events starting on one date and sums what they unlock', () => {
    const days = groupByDate([
      ev('2027-03-21T00:00:00.000Z', 'ecosystem', '5'),
      ev('2027-04-21T00:00:00.000Z', 'ecosystem', '5'),
      ev('2027-04-21T00:00:00.000Z', 'coreContributors', '7', 'CLIFF', 0.5, 0.25),
    ])
    expect(days.map((d) => d.date)).toEqual(['2027-03-21T00:00:00.000Z', '2027-04-21T00:00:00.000Z'])
    expect(days[1].amount).toBe(12n)
    expect(days[1].supplyPercent).toBe(1.5)
    expect(days[1].circulatingPercent).toBe(2.25)
    expect(days[1].cliff).toBe(true)
    expect(days[0].cliff).toBe(false)
  })

  it('counts down in days, hours, minutes and seconds, and says now once passed', () => {
    expect(countdown(((2 * 24 + 3) * 3600 + 4 * 60 + 5) * 1000)).toBe('2 days 3 h 04 min 05 s')
    expect(countdown(86_400_000 + 500)).toBe('1 day 0 h 00 min 00 s')
    expect(countdown(-1)).toBe('now')
    expect(daysUntil(1)).toBe(1)
    expect(daysUntil(3 * 86_400_000)).toBe(3)
  })

  it('names the kind in words', () => {
    expect(kindInWords({ kind: 'LINEAR', tgePercent: 33.33 })).toBe('33.33% at TGE, then linear')
    expect(kindInWords({ kind: 'CLIFF_THEN_LINEAR', tgePercent: 0 })).toBe('cliff, then linear')
    expect(kindInWords({ kind: 'UNSCHEDULED', tgePercent: 0 })).toBe('no schedule')
  })
})

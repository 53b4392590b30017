import { describe, expect, it } from 'vitest'
import { balanceHistory } from './balance-history'

const A = '0xa'
const OPG = (n: number) => (BigInt(n) * 10n ** 18n).toString()
const tr = (t: string, amount: number, from: string, to: string) => ({
  timestamp: `${t}T00:00:00.000Z`,
  amount: OPG(amount),
  from: { id: from },
  to: { id: to },
})

describe('balanceHistory', () => {
  it('walks back from the current balance through the newest transfers', () => {
    const newestFirst = [tr('2026-05-03', 5, A, '0xb'), tr('2026-05-02', 20, '0xc', A), tr('2026-05-01', 10, '0xc', A)]
    expect(balanceHistory(A, OPG(25), newestFirst).map((p) => p.balance)).toEqual([0, 10, 30, 25])
  })
  it('treats a transfer to itself as no change', () => {
    expect(balanceHistory(A, OPG(7), [tr('2026-05-01', 3, A, A)]).map((p) => p.balance)).toEqual([7, 7])
  })
  it('carries the current balance forward to the end of the indexed range', () => {
    const newestFirst = [tr('2026-05-02', 20, '0xc', A), tr('2026-05-01', 10, '0xc', A)]
    const until = Date.parse('2026-06-30T00:00:00.000Z')
    const points = balanceHistory(A, OPG(30), newestFirst, until)
    expect(points.at(-1)).toEqual({ t: until, balance: 30 })
    expect(points.map((p) => p.balance)).toEqual([0, 10, 30, 30])
    // an end before the last transfer adds nothing
    expect(balanceHistory(A, OPG(30), newestFirst, Date.parse('2026-04-01T00:00:00.000Z'))).toHaveLength(3)
  })
})

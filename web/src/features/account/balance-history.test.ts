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
})

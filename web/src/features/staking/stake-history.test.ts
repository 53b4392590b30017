import { describe, expect, it } from 'vitest'
import { flowOf, sortRanking, stakeHistory, type StakingEventRow, type ValidatorRiskWire } from './validators'

const V = '0xv'
const OPG = (n: number) => (BigInt(n) * 10n ** 18n).toString()
const ev = (kind: string, amount: number | null, t: string, validator = V, dst: string | null = null): StakingEventRow => ({
  id: `${kind}-${t}`,
  kind,
  delegator: '0xd',
  amount: amount === null ? null : OPG(amount),
  completionTime: null,
  timestamp: `${t}T00:00:00.000Z`,
  blockNumber: 1,
  txHash: '0xt',
  detectedBy: 'log',
  validator: { id: validator, moniker: null },
  dstValidator: dst ? { id: dst, moniker: null } : null,
})

describe('stakeHistory', () => {
  const events = [ev('CREATE_VALIDATOR', 100, '2026-04-21'), ev('DELEGATE', 50, '2026-05-01'), ev('REDELEGATE', 20, '2026-05-10', '0xother', V), ev('UNBOND', 30, '2026-06-01'), ev('SLASH', 7, '2026-06-02'), ev('WITHDRAW_REWARD', 3, '2026-06-03')]
  it('walks back from the current stake to zero before creation', () => {
    const points = stakeHistory(OPG(133), events, V)
    expect(points.map((p) => p.stake)).toEqual([0, 100, 150, 170, 140, 133])
    expect(points.map((p) => p.kind)).toEqual(['before', 'CREATE_VALIDATOR', 'DELEGATE', 'REDELEGATE', 'UNBOND', 'SLASH'])
  })
  it('tells inflows from outflows, counting redelegations by side', () => {
    expect(events.map((e) => flowOf(e, V))).toEqual(['in', 'in', 'in', 'out', 'out', 'none'])
    expect(flowOf(ev('REDELEGATE', 5, '2026-05-11', V, '0xother'), V)).toBe('out')
  })
  it('has no points without events', () => {
    expect(stakeHistory(OPG(10), [], V)).toEqual([])
  })
})

describe('sortRanking', () => {
  const row = (rank: number, risk: number, stake: number, commission: string, uptime: number | null, loss: number) => ({ rank, risk, stake: OPG(stake), commissionRate: commission, teeUptime: uptime, expectedLossPer1000: loss }) as ValidatorRiskWire
  const rows = [row(1, 10, 500, '0.05', 0.99, 30), row(2, 15, 300, '0.18', null, 30), row(3, 34, 400, '0.07', 0.999, 42)]
  it('sorts by any column in either direction', () => {
    expect(sortRanking(rows, 'risk').map((r) => r.rank)).toEqual([1, 2, 3])
    expect(sortRanking(rows, '-stake').map((r) => r.rank)).toEqual([1, 3, 2])
    expect(sortRanking(rows, 'commission').map((r) => r.rank)).toEqual([1, 3, 2])
    expect(sortRanking(rows, '-uptime').map((r) => r.rank)).toEqual([3, 1, 2])
    // equal losses keep the API's rank
    expect(sortRanking(rows, 'loss').map((r) => r.rank)).toEqual([1, 2, 3])
  })
})

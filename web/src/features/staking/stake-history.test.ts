import { describe, expect, it } from 'vitest'
import { flowOf, stakeHistory, type StakingEventRow } from './stake-history'

const V = '0xv'
const OPG = (n: number) => (BigInt(n) * 10n ** 18n).toString()
const ev = (kind: StakingEventRow['kind'], amount: number | null, t: string, validator = V, dst: string | null = null): StakingEventRow => ({
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
  const events = [
    ev('CREATE_VALIDATOR', 100, '2026-04-21'),
    ev('DELEGATE', 50, '2026-05-01'),
    ev('REDELEGATE', 20, '2026-05-10', '0xother', V),
    ev('UNBOND', 30, '2026-06-01'),
    ev('SLASH', 7, '2026-06-02'),
    ev('WITHDRAW_REWARD', 3, '2026-06-03'),
  ]
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

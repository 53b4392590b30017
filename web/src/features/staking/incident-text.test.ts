import { describe, expect, it } from 'vitest'
import { type IncidentRow, jailEnd, lossText } from './incident-text'

const base: IncidentRow = {
  id: 'x',
  kind: 'SLASH',
  timestamp: '2026-03-01T00:00:00.000Z',
  blockNumber: 10,
  detectedBy: 'state',
  reason: null,
  reasonNote: 'reason not reported by the chain',
  slashedAmount: (50n * 10n ** 18n).toString(),
  stakeBefore: (1000n * 10n ** 18n).toString(),
  slashFraction: 0.05,
  lossPer1000: 50,
  lossSource: 'the indexed slashed amount',
  jailedUntil: null,
  jailedUntilSource: null,
  unjailedAt: null,
}

describe('incident text', () => {
  it('says what a slash cost: the amount, its share of the stake before, and the loss per 1,000 OPG', () => {
    const text = lossText(base)
    expect(text).toContain('slashed')
    expect(text).toContain('5.00%')
    expect(text).toContain('50.00 OPG lost per 1,000 OPG delegated')
    expect(lossText({ ...base, kind: 'JAIL' })).toBeNull()
  })
  it('a jail ended by an unjail, the latest jail of a jailed validator, and an older jail without an indexed unjail', () => {
    const jail = { ...base, kind: 'JAIL' as const, slashedAmount: null }
    expect(jailEnd({ ...jail, unjailedAt: '2026-03-02T00:00:00.000Z' }, false, true)).toBe('unjailed')
    expect(jailEnd(jail, true, true)).toBe('still jailed')
    expect(jailEnd(jail, false, false)).toBe('ended (no unjail indexed)')
    expect(jailEnd(base, true, true)).toBeNull()
  })
})

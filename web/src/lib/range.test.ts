import { describe, expect, it } from 'vitest'
import { isPartialDay, parseRange, rangeWindow } from './range'

describe('rangeWindow', () => {
  const last = Date.parse('2026-07-14T00:00:00Z')
  it('ends on the last indexed day and counts it in', () => {
    expect(rangeWindow('7d', last)).toEqual({ from: '2026-07-08', to: '2026-07-14', days: 7 })
    expect(rangeWindow('30d', last + 5 * 3600_000).from).toBe('2026-06-15')
  })
  it('starts "all" at TGE', () => {
    expect(rangeWindow('all', last)).toEqual({ from: '2026-04-21', to: '2026-07-14', days: 85 })
  })
  it('reads unknown ranges as the default', () => {
    expect(parseRange('1y')).toBe('30d')
    expect(parseRange('90d')).toBe('90d')
  })
  it('knows a day is partial until it ends', () => {
    expect(isPartialDay(last, last + 86_399_999)).toBe(true)
    expect(isPartialDay(last, last + 86_400_000)).toBe(false)
  })
})

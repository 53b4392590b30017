import { describe, expect, it } from 'vitest'
import { formatAge, formatCompact, formatCount, formatDateTime, formatDay, formatDuration, formatInteger, formatOpg, formatPercent, formatUnitsExact, formatUsd, leafNumber, plural, pluralWord, shortenHash, unitsToNumber } from './format'

describe('formatCompact', () => {
  it('abbreviates with three significant digits', () => {
    expect(formatCompact(1_234_567)).toBe('1.23 M')
    expect(formatCompact(1_200_000)).toBe('1.2 M')
    expect(formatCompact(999)).toBe('999')
    expect(formatCompact(12_345)).toBe('12.3 k')
    expect(formatCompact(2_100_000_000)).toBe('2.1 B')
  })
  it('rounds up into the next unit instead of showing 1000 k', () => {
    expect(formatCompact(999_700)).toBe('1 M')
  })
  it('keeps small and negative numbers readable', () => {
    expect(formatCompact(0)).toBe('0')
    expect(formatCompact(0.00123)).toBe('0.00123')
    expect(formatCompact(-45_600)).toBe('-45.6 k')
    expect(formatCompact(Number.NaN)).toBe('—')
  })
})

describe('exact values for titles', () => {
  it('groups integers', () => {
    expect(formatInteger(1234567)).toBe('1,234,567')
    expect(formatInteger(-1000n)).toBe('-1,000')
  })
  it('formats token units exactly, without float rounding', () => {
    expect(formatUnitsExact('1234567890123456789012345678')).toBe('1,234,567,890.123456789012345678')
    expect(formatUnitsExact('1000000000000000000')).toBe('1')
    expect(formatUnitsExact(-1500000n, 6)).toBe('-1.5')
  })
  it('gives counts a unit and the exact figure on hover', () => {
    expect(formatCount(2_000_123, 'inferences')).toEqual({ text: '2 M inferences', exact: '2,000,123 inferences' })
    expect(formatCount(null).text).toBe('—')
  })
  it('formats OPG wei', () => {
    const f = formatOpg('166973912927610719371180853')
    expect(f.text).toBe('167 M OPG')
    expect(f.exact).toBe('166,973,912.927610719371180853 OPG')
    expect(unitsToNumber('1500000000000000000')).toBe(1.5)
  })
})

describe('USD and percent', () => {
  it('keeps four significant digits below a dollar', () => {
    expect(formatUsd('0.177361186552020941').text).toBe('$0.1774')
    expect(formatUsd('0.177361186552020941').exact).toBe('$0.177361186552020941 USD')
    expect(formatUsd(19.850035).text).toBe('$19.85')
    expect(formatUsd(1_413_224.24).text).toBe('$1.41 M')
    expect(formatUsd(null).text).toBe('—')
  })
  it('formats fractions as percent', () => {
    expect(formatPercent(0.19).text).toBe('19.0%')
    expect(formatPercent(-0.631, 1).text).toBe('-63.1%')
    expect(formatPercent(undefined).text).toBe('—')
  })
})

describe('dates are UTC', () => {
  it('formats days and times in UTC whatever the local zone', () => {
    expect(formatDay('2026-07-14T23:59:59.000Z')).toBe('2026-07-14')
    expect(formatDateTime('2026-04-21T02:10:33.000Z')).toBe('2026-04-21 02:10 UTC')
    expect(formatDateTime('2026-04-21T02:10:33.000Z', true)).toBe('2026-04-21 02:10:33 UTC')
    expect(formatDateTime(null)).toBe('—')
  })
  it('says how long ago, relative to a given now', () => {
    const now = Date.parse('2026-07-15T00:00:00Z')
    expect(formatAge('2026-07-14T21:00:00Z', now)).toBe('3 h ago')
    expect(formatAge('2026-07-15T00:00:30Z', now)).toBe('in 30 s')
    expect(formatDuration(108000)).toBe('1 d 6 h')
    expect(formatDuration(59)).toBe('59 s')
  })
})

describe('hashes', () => {
  it('shortens long hex and leaves short values alone', () => {
    expect(shortenHash('0x0236284df53cec2730cec8b1289d2b1aaf7bc4bd1b48be3b37a2659cfa980f13')).toBe('0x0236…0f13')
    expect(shortenHash('0xabc')).toBe('0xabc')
    expect(shortenHash(null)).toBe('—')
  })
})

describe('plural forms', () => {
  it('uses the singular for exactly one and the plural otherwise, with the number grouped', () => {
    expect(plural(1, 'batch', 'batches')).toBe('1 batch')
    expect(plural(-1, 'batch', 'batches')).toBe('-1 batch')
    expect(plural(0, 'batch', 'batches')).toBe('0 batches')
    expect(plural(2, 'inference', 'inferences')).toBe('2 inferences')
    expect(plural(12_345, 'leaf', 'leaves')).toBe('12,345 leaves')
  })

  it('gives the word alone for a number formatted elsewhere: decimals and zero take the plural', () => {
    expect(pluralWord(1, 'slash', 'slashes')).toBe('slash')
    expect(pluralWord(1.5, 'slash', 'slashes')).toBe('slashes')
    expect(pluralWord(0.5, 'year', 'years')).toBe('years')
    expect(pluralWord(0, 'day', 'days')).toBe('days')
  })

  it('counts with a noun unit in the form the count takes, abbreviated or exact', () => {
    expect(formatCount(1, ['wallet', 'wallets'])).toEqual({ text: '1 wallet', exact: '1 wallet' })
    expect(formatCount(2_000_123, ['wallet', 'wallets'])).toEqual({ text: '2 M wallets', exact: '2,000,123 wallets' })
    expect(formatCount(0, ['node', 'nodes']).text).toBe('0 nodes')
    // an abbreviation is not a noun: it stays as given
    expect(formatCount(1, 'tx').text).toBe('1 tx')
  })
})

describe('leaf numbers', () => {
  it('counts leaves from 1 for readers while the tree stores them from 0', () => {
    expect(leafNumber(0)).toBe('1')
    expect(leafNumber(41)).toBe('42')
    expect(leafNumber(9_999)).toBe('10,000')
  })
})

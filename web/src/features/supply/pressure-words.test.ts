import { describe, expect, it } from 'vitest'
import { coverageWords, durationWords, trailingWords } from './pressure-words'

describe('coverageWords', () => {
  it('says a tiny ratio as one to many, rounded to three significant digits', () => {
    expect(coverageWords(1 / 257_183)).toBe('1 : 257,000')
  })
  it('says a ratio between 1 % and 100 % as a percentage, and a ratio above one as many to one', () => {
    expect(coverageWords(0.37)).toBe('37 %')
    expect(coverageWords(0.042)).toBe('4.2 %')
    expect(coverageWords(2.44)).toBe('2.4 : 1')
  })
  it('has no number to give without a ratio', () => {
    expect(coverageWords(null)).toBe('—')
    expect(coverageWords(0)).toBe('0 % (no revenue)')
  })
})

describe('durationWords', () => {
  it('never says millions of days', () => {
    const text = durationWords(14.3e6)
    expect(text).toBe('more than 100 years')
    expect(text).not.toMatch(/M days/)
  })
  it('uses days, then months, then years', () => {
    expect(durationWords(12.4)).toBe('12 days')
    expect(durationWords(200)).toBe('7 months')
    expect(durationWords(3 * 365.25)).toBe('3.0 years')
    expect(durationWords(0.2)).toBe('under a day')
  })
})

describe('trailingWords', () => {
  it('names the real window when fewer days are indexed than asked for', () => {
    expect(trailingWords(225, 365)).toBe('trailing 225 days (all indexed so far)')
    expect(trailingWords(365, 365)).toBe('trailing 365 days')
  })
  it('says when nothing is indexed', () => {
    expect(trailingWords(0, 30)).toBe('no indexed days yet')
  })
})

import { describe, expect, it } from 'vitest'
import { bandScale, linearScale, logScale, nearestIndex } from './scale'

describe('linearScale', () => {
  it('maps the domain onto the range, inverted for a y axis', () => {
    const y = linearScale([0, 200], [300, 100])
    expect(y(0)).toBe(300)
    expect(y(200)).toBe(100)
    expect(y(50)).toBe(250)
  })
  it('maps a flat domain to the range start instead of dividing by zero', () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(0)
  })
})

describe('logScale', () => {
  it('gives every decade the same width', () => {
    const x = logScale([0.01, 1000], [0, 500])
    expect(x(0.01)).toBeCloseTo(0)
    expect(x(1)).toBeCloseTo(200)
    expect(x(1000)).toBeCloseTo(500)
    expect(x(10) - x(1)).toBeCloseTo(x(1000) - x(100))
  })
  it('draws zero and below at the start of the axis', () => {
    const x = logScale([0.01, 100], [10, 410])
    expect(x(0)).toBe(x(0.01))
    expect(x(-3)).toBe(10)
  })
})

describe('bandScale', () => {
  it('splits the range into equal categories with centred bars', () => {
    const band = bandScale(4, [0, 400], 0.1)
    expect(band.step).toBe(100)
    expect(band.inner).toBeCloseTo(80)
    expect(band.start(1)).toBeCloseTo(110)
    expect(band.center(3)).toBe(350)
  })
  it('gives a bar its fixed size when it fits, and finds the category under a pixel', () => {
    const band = bandScale(3, [10, 100], 0, 18)
    expect(band.inner).toBe(18)
    expect(band.center(0) - band.start(0)).toBe(9)
    expect(band.indexAt(10)).toBe(0)
    expect(band.indexAt(99.9)).toBe(2)
    expect(band.indexAt(100)).toBeNull()
    expect(band.indexAt(5)).toBeNull()
  })
})

describe('nearestIndex', () => {
  it('finds the nearest of ascending values, at either end too', () => {
    const ts = [0, 10, 30, 70]
    expect(nearestIndex(ts, -5)).toBe(0)
    expect(nearestIndex(ts, 12)).toBe(1)
    expect(nearestIndex(ts, 21)).toBe(2)
    expect(nearestIndex(ts, 1000)).toBe(3)
    expect(nearestIndex([], 3)).toBeNull()
  })
  it('agrees with a linear scan', () => {
    const ts = Array.from({ length: 50 }, (_, i) => i * i)
    for (let v = -10; v < 2600; v += 7) {
      const scan = ts.reduce((best, t, i) => (Math.abs(t - v) < Math.abs(ts[best] - v) ? i : best), 0)
      expect(Math.abs(ts[nearestIndex(ts, v)!] - v)).toBe(Math.abs(ts[scan] - v))
    }
  })
})

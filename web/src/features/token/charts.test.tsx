import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { gridAndTicks } from '../../test/chart-grid'
import { CandleChart } from './CandleChart'
import { CirculatingChart } from './CirculatingChart'

const DAY = 86_400_000
const t0 = Date.parse('2026-07-10T00:00:00Z')

describe('token charts with two value axes', () => {
  it('the circulating chart draws a grid line at each tick of its circulating axis', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({
      t: t0 + i * DAY,
      circulating: 100e6 + i * 5e6,
      unlocked: i % 3 ? 0 : 2e6,
      circulatingPercent: 10 + i / 2,
    }))
    const { lines, ticks } = gridAndTicks(render(<CirculatingChart rows={rows} />).container)
    expect(ticks).toBeGreaterThan(1)
    expect(lines).toBe(ticks)
  })
  it('the candle chart draws a grid line at each tick of its price axis', () => {
    const candles = Array.from({ length: 10 }, (_, i) => ({
      t: t0 + i * DAY,
      open: 0.2 + i / 100,
      close: 0.21 + i / 100,
      high: 0.22 + i / 100,
      low: 0.19 + i / 100,
      volumeUsd: 1000 * (i + 1),
      swaps: 3,
    }))
    const { lines, ticks } = gridAndTicks(render(<CandleChart candles={candles} interval="DAY" />).container)
    expect(ticks).toBeGreaterThan(1)
    expect(lines).toBe(ticks)
  })
})

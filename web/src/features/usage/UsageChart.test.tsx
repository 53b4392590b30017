import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { gridAndTicks } from '../../test/chart-grid'
import type { UsageRow } from './mapper'
import { UsageChart } from './UsageChart'

const DAY = 86_400_000
const t0 = Date.parse('2026-07-10T00:00:00Z')
const usage = (i: number, partial = false): UsageRow => ({
  t: t0 + i * DAY,
  batch: 100 + i,
  individual: 5,
  legacy: 0,
  hub: 2,
  inferences: 107 + i,
  payments: 110,
  payingWallets: 90,
  priceUsd: 0.17 + i / 1000,
  partial,
})

describe('UsageChart', () => {
  it('draws one stacked bar segment per kind and day, the current day lighter', () => {
    const rows = [usage(0), usage(1), usage(2, true)]
    const { container } = render(<UsageChart rows={rows} bucket="day" />)
    const bars = container.querySelectorAll('.recharts-bar-rectangle path')
    // batch, individual and hub have values on each of the 3 days; legacy is 0 and draws nothing
    expect(bars.length).toBe(9)
    const opacities = [...bars].map((b) => b.getAttribute('fill-opacity'))
    expect(opacities.filter((o) => o === '0.4').length).toBe(3)
    expect(container.querySelectorAll('.recharts-line').length).toBe(3)
    expect(container.textContent).toContain('Paying wallets')
  })
  it('labels a narrow price range with distinct round ticks spanning every price', () => {
    const rows = Array.from({ length: 7 }, (_, i) => usage(i))
    const { container } = render(<UsageChart rows={rows} bucket="day" />)
    const labels = [...container.querySelectorAll('text')].map((t) => t.textContent ?? '').filter((x) => x.startsWith('$'))
    expect(labels.length).toBeGreaterThan(1)
    expect(new Set(labels).size).toBe(labels!.length)
    const values = labels!.map((x) => Number(x.slice(1)))
    const prices = rows.map((r) => r.priceUsd as number)
    expect(values[0]).toBeLessThanOrEqual(Math.min(...prices) + 1e-9)
    expect(values.at(-1)!).toBeGreaterThanOrEqual(Math.max(...prices) - 1e-9)
  })
  it('draws a horizontal grid line at each tick of the counts axis', () => {
    const rows = Array.from({ length: 7 }, (_, i) => usage(i))
    const { lines, ticks } = gridAndTicks(render(<UsageChart rows={rows} bucket="day" />).container)
    expect(ticks).toBeGreaterThan(1)
    expect(lines).toBe(ticks)
  })
  it('draws axes but no bars for a range without rows', () => {
    const { container } = render(<UsageChart rows={[]} bucket="day" />)
    expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBe(0)
    expect(container.querySelector('.recharts-surface')).not.toBeNull()
  })
})

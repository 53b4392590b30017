import { render } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { CoverageRow, SupplyChartData, UsageRow } from '../api/overview'
import { CoverageChart } from './CoverageChart'
import { SupplyChart } from './SupplyChart'
import { UsageChart } from './UsageChart'

vi.mock('recharts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('recharts')>()
  const { FixedSizeContainer } = await import('../test/fixedSizeCharts')
  return { ...actual, ResponsiveContainer: FixedSizeContainer }
})

const DAY = 86_400_000
const t0 = Date.parse('2026-07-10T00:00:00Z')
const usage = (i: number, partial = false): UsageRow => ({ t: t0 + i * DAY, batch: 100 + i, individual: 5, legacy: 0, hub: 2, inferences: 107 + i, payments: 110, payingWallets: 90, priceUsd: 0.17 + i / 1000, partial })

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
  it('draws axes but no bars for a range without rows', () => {
    const { container } = render(<UsageChart rows={[]} bucket="day" />)
    expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBe(0)
    expect(container.querySelector('.recharts-surface')).not.toBeNull()
  })
})

describe('SupplyChart', () => {
  const data: SupplyChartData = {
    allocations: [
      { id: 'ecosystem', label: 'Ecosystem', shareBps: 4000, published: true, note: '' },
      { id: 'liquidity', label: 'Liquidity', shareBps: 600, published: false, note: '' },
    ],
    rows: [0, 30, 60, 90].map((d, i) => ({ t: t0 + d * DAY, values: { ecosystem: 40e6 + d * 1e5, liquidity: 60e6 }, projected: i >= 2, circulatingObserved: i < 2 ? 15 + i : null, circulatingProjected: i >= 1 ? 16 + i : null })),
    observedUntil: t0 + 40 * DAY,
    nextCliff: { t: t0 + 80 * DAY, daysUntil: 40, allocations: ['coreContributors'] },
  }
  it('marks today and the cliff, and says so when the index is behind the clock', () => {
    const { container } = render(<SupplyChart data={data} now={t0 + 200 * DAY} />)
    expect(container.querySelectorAll('.recharts-area').length).toBe(2)
    const labels = [...container.querySelectorAll('text')].map((n) => n.textContent)
    expect(labels).toContain('Indexed to 2026-08-19')
    expect(labels).toContain('Cliff 2026-09-28')
    expect(labels).not.toContain('Today')
    expect(container.textContent).toContain('Projected')
  })
  it('calls the last indexed day "Today" when the index is current', () => {
    const { container } = render(<SupplyChart data={data} now={data.observedUntil! + 3600_000} />)
    expect([...container.querySelectorAll('text')].map((n) => n.textContent)).toContain('Today')
  })
})

describe('CoverageChart', () => {
  it('draws a stacked bar per group with the shortened label', () => {
    const rows: CoverageRow[] = [
      { key: '0xea469895f0b87a8763a58e547d9d5e67998e02a0175627a4fa767b98a77fc8d1', settled: 978, verified: 957, invalid: 21, pending: 0, unverifiable: 0, verifiedShare: 0.978 },
      { key: '', settled: 190, verified: 0, invalid: 0, pending: 0, unverifiable: 190, verifiedShare: null },
    ]
    const { container } = render(<CoverageChart rows={rows} labelOf={(k) => (k ? `${k.slice(0, 6)}…` : 'none')} />)
    expect(container.textContent).toContain('0xea46…')
    expect(container.textContent).toContain('none')
    // verified + invalid for the first row, unverifiable for the second
    expect(container.querySelectorAll('.recharts-bar-rectangle path').length).toBe(3)
  })
})

import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { gridAndTicks } from '../../test/chart-grid'
import type { SupplyChartData } from './mapper'
import { SupplyChart } from './SupplyChart'

const DAY = 86_400_000
const t0 = Date.parse('2026-07-10T00:00:00Z')

describe('SupplyChart', () => {
  const data: SupplyChartData = {
    allocations: [
      { id: 'ecosystem', label: 'Ecosystem', shareBps: 4000, published: true, note: '' },
      { id: 'liquidity', label: 'Liquidity', shareBps: 600, published: false, note: '' },
    ],
    rows: [0, 30, 60, 90].map((d, i) => ({
      t: t0 + d * DAY,
      values: { ecosystem: 40e6 + d * 1e5, liquidity: 60e6 },
      projected: i >= 2,
      circulatingObserved: i < 2 ? 15 + i : null,
      circulatingProjected: i >= 1 ? 16 + i : null,
      unclaimedAirdrop: 2.5,
    })),
    observedUntil: t0 + 40 * DAY,
    nextCliff: { t: t0 + 80 * DAY, daysUntil: 40, allocations: ['coreContributors'] },
    forecastAssumes: ['Starts at the last observed circulating supply.'],
  }
  it('marks today and the cliff, and says so when the index is behind the clock', () => {
    const { container } = render(<SupplyChart data={data} now={t0 + 200 * DAY} />)
    // two allocations and the unclaimed airdrop band
    expect(container.querySelectorAll('.recharts-area').length).toBe(3)
    const labels = [...container.querySelectorAll('text')].map((n) => n.textContent)
    expect(labels).toContain('Indexed to 2026-08-19')
    expect(labels).toContain('Cliff 2026-09-28')
    expect(labels).not.toContain('Today')
    expect(container.textContent).toContain('Projected')
  })
  it('draws a horizontal grid line at each tick of the OPG axis', () => {
    const { lines, ticks } = gridAndTicks(render(<SupplyChart data={data} now={t0 + 200 * DAY} />).container)
    expect(ticks).toBeGreaterThan(1)
    expect(lines).toBe(ticks)
  })
  it('calls the last indexed day "Today" when the index is current', () => {
    const { container } = render(<SupplyChart data={data} now={data.observedUntil! + 3600_000} />)
    expect([...container.querySelectorAll('text')].map((n) => n.textContent)).toContain('Today')
  })
})

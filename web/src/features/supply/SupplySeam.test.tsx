import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { SupplyChartData } from './mapper'
import { SupplySeam, seamRows } from './SupplySeam'

const DAY = 86_400_000
const t0 = Date.parse('2026-11-23T00:00:00Z')

const data: SupplyChartData = {
  allocations: [],
  rows: [
    { t: t0, values: {}, projected: false, circulatingObserved: 19.1, circulatingProjected: null, unclaimedAirdrop: 2.9 },
    { t: t0 + 7 * DAY, values: {}, projected: false, circulatingObserved: 19.43, circulatingProjected: 19.43, unclaimedAirdrop: 2.8 },
    { t: t0 + 14 * DAY, values: {}, projected: true, circulatingObserved: null, circulatingProjected: 19.6, unclaimedAirdrop: 2.8 },
  ],
  observedUntil: t0 + 9 * DAY,
  nextCliff: null,
  forecastAssumes: [],
}

describe('SupplySeam', () => {
  it('finds the last observed row and the first one after it', () => {
    const seam = seamRows(data)
    expect(seam?.last.t).toBe(t0 + 7 * DAY)
    expect(seam?.next?.t).toBe(t0 + 14 * DAY)
  })
  it('states the hand-over and the unclaimed airdrop with their exact figures', () => {
    const { getByTestId } = render(<SupplySeam data={data} />)
    expect(getByTestId('seam-observed').textContent).toBe('19.43 %')
    expect(getByTestId('seam-observed').getAttribute('data-forecast-percent')).toBe('19.43')
    expect(getByTestId('seam-forecast').textContent).toBe('19.60 %')
    expect(getByTestId('seam-unclaimed').textContent).toBe('2.80 %')
    expect(getByTestId('supply-seam').textContent).toContain('not counted as circulating')
  })
  it('says nothing when nothing was observed', () => {
    const { container } = render(<SupplySeam data={{ ...data, rows: data.rows.map((r) => ({ ...r, projected: true, circulatingObserved: null })) }} />)
    expect(container.textContent).toBe('')
  })
})

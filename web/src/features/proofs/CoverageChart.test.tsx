import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { CoverageRow } from './mapper'
import { CoverageChart } from './CoverageChart'

describe('CoverageChart', () => {
  it('draws a stacked bar per group with the shortened label', () => {
    const rows: CoverageRow[] = [
      {
        key: '0xea469895f0b87a8763a58e547d9d5e67998e02a0175627a4fa767b98a77fc8d1',
        settled: 978,
        verified: 957,
        invalid: 21,
        pending: 0,
        unverifiable: 0,
        verifiedShare: 0.978,
      },
      { key: '', settled: 190, verified: 0, invalid: 0, pending: 0, unverifiable: 190, verifiedShare: null },
    ]
    const { container } = render(<CoverageChart rows={rows} labelOf={(k) => (k ? `${k.slice(0, 6)}…` : 'none')} />)
    expect(container.textContent).toContain('0xea46…')
    expect(container.textContent).toContain('none')
    // verified + invalid for the first row, unverifiable for the second
    expect(container.querySelectorAll('.recharts-bar-rectangle path').length).toBe(3)
  })
})

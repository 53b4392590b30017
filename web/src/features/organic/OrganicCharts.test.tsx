import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { OrganicCharts } from './OrganicCharts'
import type { OrganicView } from './mapper'

const D = 86_400_000
const T0 = Date.UTC(2026, 5, 1)

const view: OrganicView = {
  bars: [0, 1, 2].map((i) => ({ t: T0 + i * D, newPayers: 5 - i, returningPayers: i, payers: 5, spike: i === 1 })),
  cohorts: [{ key: `c${T0}`, t: T0, size: 5 }],
  retention: [
    { offset: 1, all: 40, [`c${T0}`]: 40 },
    { offset: 2, all: 20, [`c${T0}`]: 20 },
  ],
  payers: 9,
  newPayers: 12,
  nextPeriodRetention: 0.4,
  topN: 10,
  topPaymentsShare: 1,
  topOpgShare: 1,
  paymentsPerWalletMean: 2,
  paymentsPerWalletMedian: 1,
  payments: 18,
  opg: '1',
  spikes: [],
  spikeRule: '',
}

describe('OrganicCharts', () => {
  it('stacks new on returning wallets, marks the spike and draws a line per cohort plus the pooled one', () => {
    const { container } = render(<OrganicCharts view={view} bucket="day" />)
    // returning is 0 on the first day, so 2 + 3 bars
    expect(container.querySelectorAll('[data-testid="organic-payers-chart"] .recharts-bar-rectangle path').length).toBe(5)
    expect(container.querySelectorAll('.recharts-reference-line').length).toBe(1)
    expect(container.querySelectorAll('[data-testid="organic-retention-chart"] .recharts-line').length).toBe(2)
    expect(container.textContent).toContain('All cohorts')
  })

  it('says so when no cohort has a later period', () => {
    const { container } = render(<OrganicCharts view={{ ...view, retention: [], cohorts: [] }} bucket="week" />)
    expect(container.textContent).toContain('Too few weeks in this range')
  })
})

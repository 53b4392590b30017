import { act, fireEvent, render, screen } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import type { IndexedHeads } from '../api/client'
import { ChartCard } from './ChartCard'
import { DataTable } from './DataTable'
import { Define } from './Define'
import { Hash } from './Hash'
import { KeyValue } from './KeyValue'
import { Kpi } from './Kpi'

const heads: IndexedHeads = { og: { chain: 'og', height: 547, hash: '0xaa' }, base: null }
const ok = { isPending: false, error: null, refetch: () => undefined, data: { heads } }

describe('Define: a definition reachable by keyboard and touch', () => {
  it('is a button described by its text, shown on focus and tap, hidden on Escape and blur', () => {
    render(<Define text="Expected reward minus expected loss" label="What is Net?" />)
    const button = screen.getByRole('button', { name: 'What is Net?' })
    const tip = screen.getByRole('tooltip', { hidden: true })
    expect(button.getAttribute('aria-describedby')).toBe(tip.id)
    expect(tip.textContent).toBe('Expected reward minus expected loss')
    expect(tip.className).not.toContain('open')
    act(() => button.focus())
    expect(tip.className).toContain('open')
    expect(button.getAttribute('aria-expanded')).toBe('true')
    fireEvent.keyDown(button, { key: 'Escape' })
    expect(tip.className).not.toContain('open')
    // a tap: focus then click; the click must not close what the focus opened
    fireEvent.click(button)
    expect(tip.className).toContain('open')
    act(() => button.blur())
    expect(tip.className).not.toContain('open')
  })

  it('replaces title-only hints in headline figures, table headers and detail rows', () => {
    render(
      <>
        <Kpi label="Uptime" value={{ text: '99%', exact: '99.0%' }} hint="Share of time covered by heartbeats" />
        <DataTable
          columns={[{ key: 'net', header: 'Net / 1,000 OPG', title: 'Expected reward − expected loss', render: (r: { n: number }) => r.n }]}
          rows={[{ n: 1 }]}
          rowKey={(r) => String(r.n)}
        />
        <KeyValue rows={[['Attempts', '3', 'How often the blob was requested']]} />
      </>,
    )
    for (const name of ['What is Uptime?', 'What is Net / 1,000 OPG?', 'What is Attempts?']) expect(screen.getByRole('button', { name })).toBeTruthy()
    // no definition left in a title attribute
    expect(document.querySelector('th[title]')).toBeNull()
    expect(document.querySelector('.kpi-label [title]')).toBeNull()
  })
})

describe('DataTable on phones', () => {
  it('labels every cell with its column, for the card layout', () => {
    render(
      <DataTable
        columns={[
          { key: 'rank', header: '#', label: 'Rank', render: (r: { id: string }) => r.id },
          { key: 'risk', header: 'Risk score', render: () => 'low' },
        ]}
        rows={[{ id: 'a' }]}
        rowKey={(r) => r.id}
      />,
    )
    const cells = Array.from(document.querySelectorAll('tbody td')).map((td) => [td.getAttribute('data-col'), td.getAttribute('data-label')])
    expect(cells).toEqual([
      ['rank', 'Rank'],
      ['risk', 'Risk score'],
    ])
    expect(document.querySelector('table')?.className).toBe('data cards')
  })
})

describe('Hash', () => {
  it('keeps a whole hash for wide screens and a middle-cut one for phones, and copies it whole', () => {
    const value = '0x0236284df53cec2730cec8b1289d2b1aaf7bc4bd1b48be3b37a2659cfa980f13'
    render(
      <MemoryRouter>
        <Hash value={value} full />
      </MemoryRouter>,
    )
    expect(document.querySelector('.hash-full')?.textContent).toBe(value)
    expect(document.querySelector('.hash-short')?.textContent).toBe('0x0236284d…fa980f13')
    expect(screen.getByRole('button', { name: `Copy ${value}` })).toBeTruthy()
  })
})

describe('ChartCard: the chart as a table', () => {
  it('shows the rows the chart draws behind "Show as table", from its CSV when no table is given', () => {
    render(
      <ChartCard
        title="Usage"
        query={{ document: 'q' }}
        result={ok}
        csv={() => ({
          filename: 'usage',
          header: ['day', 'inferences'],
          rows: [
            ['2026-07-01', 1234],
            ['2026-07-02', null],
          ],
        })}
      >
        {() => <div>chart</div>}
      </ChartCard>,
    )
    const toggle = screen.getByRole('button', { name: 'Show as table' })
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    expect(screen.queryByRole('table')).toBeNull()
    fireEvent.click(toggle)
    const rows = Array.from(screen.getByRole('table').querySelectorAll('tr')).map((tr) => Array.from(tr.children).map((c) => c.textContent))
    expect(rows).toEqual([
      ['day', 'inferences'],
      ['2026-07-01', '1,234'],
      ['2026-07-02', '—'],
    ])
    expect(screen.getByRole('button', { name: 'Hide table' }).getAttribute('aria-expanded')).toBe('true')
  })

  it('prefers its own table to the CSV', () => {
    render(
      <ChartCard title="Supply" query={{ document: 'q' }} result={ok} csv={() => null} table={() => ({ header: ['allocation'], rows: [['ecosystem']] })}>
        {() => <div>chart</div>}
      </ChartCard>,
    )
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }))
    expect(screen.getByRole('table').textContent).toContain('ecosystem')
  })
})

import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { fireEvent, render, screen } from '@testing-library/react'
import { MemoryRouter, Route, Routes, useLocation } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import type { IndexedHeads } from '../api/client'
import { formatCount } from '../lib/format'
import { ChartCard } from './ChartCard'
import { DataTable } from './DataTable'
import { Kpi } from './Kpi'
import { SearchBar } from './SearchBar'

const heads: IndexedHeads = { og: { chain: 'og', height: 547, hash: '0xaa' }, base: { chain: 'base', height: 549, hash: '0xbb' } }
const ok = { isPending: false, error: null, refetch: () => undefined, data: { heads } }

describe('ChartCard', () => {
  it('shows a loading state, then an error with a retry, then an empty state', () => {
    const refetch = vi.fn()
    const props = { title: 'Usage', query: { document: 'query Q { a }' }, children: () => <div>chart</div> }
    const { rerender } = render(<ChartCard {...props} result={{ isPending: true, error: null, refetch }} />)
    expect(screen.getByRole('status')).toBeTruthy()
    rerender(<ChartCard {...props} result={{ isPending: false, error: new Error('boom'), refetch }} />)
    expect(screen.getByRole('alert').textContent).toContain('boom')
    fireEvent.click(screen.getByText('Try again'))
    expect(refetch).toHaveBeenCalledOnce()
    rerender(<ChartCard {...props} result={ok} empty emptyText="No inferences in this range." />)
    expect(screen.getByText('No inferences in this range.')).toBeTruthy()
    expect(screen.queryByText('chart')).toBeNull()
  })
  it('links the query with its variables to GraphiQL and cites the blocks', () => {
    render(
      <ChartCard title="Usage" query={{ document: 'query Q($from: DateTime!) { a(from: $from) }', variables: { from: '2026-07-01' } }} result={ok}>
        {() => <div>chart</div>}
      </ChartCard>,
    )
    const href = screen.getByText('GraphiQL ↗').getAttribute('href')!
    const url = new URL(href, 'http://x')
    expect(url.pathname).toBe('/graphql')
    expect(url.searchParams.get('query')).toBe('query Q { a(from: "2026-07-01") }')
    expect(screen.getByTestId('as-of').textContent).toBe('as of OG block 547 · Base block 549')
  })
  it('downloads exactly the rows it draws, named after the blocks', () => {
    const created: Blob[] = []
    URL.createObjectURL = vi.fn((b: Blob) => (created.push(b), 'blob:x'))
    URL.revokeObjectURL = vi.fn()
    let name = ''
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      name = this.download
    })
    render(
      <ChartCard
        title="Usage"
        query={{ document: 'q' }}
        result={ok}
        csv={() => ({
          filename: 'usage-30d',
          header: ['day', 'n'],
          rows: [
            ['2026-07-01', 3],
            ['2026-07-02', 'a,b'],
          ],
        })}
      >
        {() => <div />}
      </ChartCard>,
    )
    fireEvent.click(screen.getByText('CSV ↓'))
    expect(name).toBe('usage-30d-og-547-base-549.csv')
    expect(created).toHaveLength(1)
    click.mockRestore()
    return created[0].text().then((text) => expect(text).toBe('day,n\r\n2026-07-01,3\r\n2026-07-02,"a,b"\r\n# indexed heads og=547;base=549\r\n'))
  })
})

describe('Kpi', () => {
  it('shows the abbreviated figure with the exact one in its title', () => {
    render(<Kpi label="Inferences settled" value={formatCount(2_013_456, 'inferences')} testId="k" />)
    const v = screen.getByTestId('k-value')
    expect(v.textContent).toBe('2.01 M inferences')
    expect(v.getAttribute('title')).toBe('2,013,456 inferences')
  })
})

describe('DataTable', () => {
  it('asks for the other direction when the sorted column is clicked', () => {
    const onSort = vi.fn()
    const rows = [{ id: 'a', n: 1 }]
    const { rerender } = render(
      <DataTable columns={[{ key: 'n', header: 'N', sort: 'n', render: (r) => r.n }]} rows={rows} rowKey={(r) => r.id} sort="-n" onSort={onSort} />,
    )
    fireEvent.click(screen.getByText('N'))
    expect(onSort).toHaveBeenLastCalledWith('n')
    rerender(
      <DataTable columns={[{ key: 'n', header: 'N', sort: 'n', render: (r) => r.n }]} rows={[] as typeof rows} rowKey={(r) => r.id} emptyText="Nothing here" />,
    )
    expect(screen.getByText('Nothing here')).toBeTruthy()
  })
})

function Where() {
  const l = useLocation()
  return <div data-testid="where">{l.pathname + l.search}</div>
}

describe('SearchBar', () => {
  // the box asks the API for suggestions through react-query
  const withClient = (ui: React.ReactNode) => render(<QueryClientProvider client={new QueryClient()}>{ui}</QueryClientProvider>)
  it('focuses on "/" and sends the query to the search page', () => {
    withClient(
      <MemoryRouter initialEntries={['/tees']}>
        <SearchBar />
        <Routes>
          <Route path="*" element={<Where />} />
        </Routes>
      </MemoryRouter>,
    )
    const input = screen.getByTestId('search-input') as HTMLInputElement
    fireEvent.keyDown(window, { key: '/' })
    expect(document.activeElement).toBe(input)
    fireEvent.change(input, { target: { value: '  0xABC  ' } })
    fireEvent.submit(input.closest('form')!)
    expect(screen.getByTestId('where').textContent).toBe('/search?q=0xABC')
  })
  it('leaves "/" alone while another field has focus', () => {
    withClient(
      <MemoryRouter>
        <input data-testid="other" />
        <SearchBar />
      </MemoryRouter>,
    )
    const other = screen.getByTestId('other')
    other.focus()
    fireEvent.keyDown(other, { key: '/' })
    expect(document.activeElement).toBe(other)
  })
})

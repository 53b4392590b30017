import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { IndexedHeads } from '../api/client'
import type { Column } from './DataTable'
import { MAX_PAGE, PagedTable, lastPageOf, pageFromUrl } from './PagedTable'

interface Row {
  id: string
  block: number
}

const heads: IndexedHeads = { og: { chain: 'og', height: 547, hash: '0xaa' }, base: { chain: 'base', height: 549, hash: '0xbb' } }
const columns: Array<Column<Row>> = [
  { key: 'id', header: 'Id', render: (r) => r.id },
  { key: 'block', header: 'Block', align: 'right', sort: 'blockNumber', render: (r) => String(r.block) },
]
// page 2 of 60 rows at 25 a page: rows 26 to 50
const rows = Array.from({ length: 25 }, (_, i) => ({ id: `r${26 + i}`, block: 1000 - i }))
const loaded = { isFetching: false, error: null, refetch: () => undefined, data: { heads } }

describe('PagedTable', () => {
  it('shows the page, where it sits in the total, the CSV link and the blocks of the chains asked for', () => {
    render(
      <PagedTable
        testId="t"
        columns={columns}
        rows={{ rows, total: 60, hasNext: true }}
        rowKey={(r) => r.id}
        query={loaded}
        page={2}
        sort="-blockNumber"
        onChange={() => undefined}
        exportHref="/export/x.csv"
        chains={['og']}
      />,
    )
    expect(screen.getByTestId('t').querySelectorAll('tbody tr')).toHaveLength(25)
    expect(screen.getByTestId('pager-summary').textContent).toBe('26–50 of 60')
    expect(screen.getByText(/Page 2/).textContent).toBe('Page 2 of 3')
    expect(screen.getByText('CSV ↓').getAttribute('href')).toBe('/export/x.csv')
    expect(screen.getByTestId('as-of').textContent).toBe('as of OG block 547')
  })

  it('writes paging and sorting back through onChange', () => {
    const onChange = vi.fn()
    render(
      <PagedTable
        columns={columns}
        rows={{ rows, total: 60, hasNext: true }}
        rowKey={(r) => r.id}
        query={loaded}
        page={2}
        sort="-blockNumber"
        onChange={onChange}
        chains={['og']}
      />,
    )
    fireEvent.click(screen.getByText('Next →'))
    expect(onChange).toHaveBeenLastCalledWith({ page: '3' })
    fireEvent.click(screen.getByText('← Prev'))
    expect(onChange).toHaveBeenLastCalledWith({ page: '1' })
    // descending now: a click sorts ascending
    fireEvent.click(screen.getByRole('button', { name: 'Block' }))
    expect(onChange).toHaveBeenLastCalledWith({ sort: 'blockNumber' })
  })

  it('has no sort buttons when the list does not sort, and no CSV link without one', () => {
    render(
      <PagedTable
        columns={columns}
        rows={{ rows: [], total: 0, hasNext: false }}
        rowKey={(r) => r.id}
        query={loaded}
        page={1}
        onChange={() => undefined}
        chains={['base']}
        emptyText="Nothing here."
      />,
    )
    expect(screen.queryByRole('button', { name: 'Block' })).toBeNull()
    expect(screen.queryByText('CSV ↓')).toBeNull()
    expect(screen.getByText('Nothing here.')).toBeTruthy()
    expect(screen.getByTestId('pager-summary').textContent).toBe('No rows')
  })

  it('offers a retry when the first load fails', () => {
    const refetch = vi.fn()
    render(
      <PagedTable
        columns={columns}
        rows={undefined}
        rowKey={(r) => r.id}
        query={{ isFetching: false, error: new Error('boom'), refetch }}
        page={1}
        onChange={() => undefined}
        chains={['og']}
      />,
    )
    fireEvent.click(screen.getByText('Try again'))
    expect(refetch).toHaveBeenCalledOnce()
  })
})

describe('a page past the end', () => {
  it('moves to the last page once the total is known', () => {
    const onChange = vi.fn()
    render(
      <PagedTable
        columns={columns}
        rows={{ rows: [], total: 60, hasNext: false }}
        rowKey={(r) => r.id}
        query={loaded}
        page={9}
        onChange={onChange}
        chains={['og']}
      />,
    )
    expect(onChange).toHaveBeenCalledWith({ page: '3' })
  })
  it('stays put while the total is unknown or the page exists', () => {
    const onChange = vi.fn()
    render(
      <PagedTable
        columns={columns}
        rows={{ rows, total: 60, hasNext: true }}
        rowKey={(r) => r.id}
        query={loaded}
        page={2}
        onChange={onChange}
        chains={['og']}
      />,
    )
    render(<PagedTable columns={columns} rows={undefined} rowKey={(r) => r.id} query={loaded} page={9} onChange={onChange} chains={['og']} />)
    expect(onChange).not.toHaveBeenCalled()
    expect(lastPageOf(0, 25)).toBe(1)
    expect(lastPageOf(null, 25)).toBeNull()
  })
})

describe('pageFromUrl', () => {
  it('reads the page from the URL, 1 when missing, zero, negative or not a number', () => {
    expect(pageFromUrl('3')).toBe(3)
    expect(pageFromUrl(undefined)).toBe(1)
    expect(pageFromUrl('0')).toBe(1)
    expect(pageFromUrl('-2')).toBe(1)
    expect(pageFromUrl('abc')).toBe(1)
    expect(pageFromUrl('2.7')).toBe(2)
    expect(pageFromUrl('1e999')).toBe(MAX_PAGE)
    expect(pageFromUrl('99999999999')).toBe(MAX_PAGE)
  })
})

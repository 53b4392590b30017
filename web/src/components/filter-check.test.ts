import { describe, expect, test } from 'vitest'
import { checkFilters, isCalendarDay } from './filter-check'
import type { FilterField } from './FilterBar'

const FIELDS: FilterField[] = [
  {
    key: 'status',
    label: 'Status',
    type: 'select',
    options: [
      { value: '', label: 'All' },
      { value: 'VERIFIED', label: 'Verified' },
    ],
  },
  { key: 'from', label: 'From', type: 'date' },
  { key: 'payer', label: 'Payer', type: 'text', pattern: /^0x[0-9a-fA-F]{40}$/, patternHint: 'not an address' },
  { key: 'note', label: 'Note', type: 'text' },
]

describe('checkFilters', () => {
  test('good values pass untouched', () => {
    const values = { status: 'VERIFIED', from: '2026-02-28', payer: `0x${'a'.repeat(40)}`, note: 'anything', page: '2' }
    expect(checkFilters(FIELDS, values)).toEqual({ values, ignored: [] })
  })
  test('a value a field cannot take is emptied and reported with its reason', () => {
    const { values, ignored } = checkFilters(FIELDS, { status: 'FOO', from: '2026-02-31', payer: '0x12', note: 'x', page: '1' })
    expect(values).toEqual({ status: '', from: '', payer: '', note: 'x', page: '1' })
    expect(ignored.map((i) => [i.key, i.value, i.why])).toEqual([
      ['status', 'FOO', 'not one of the choices'],
      ['from', '2026-02-31', 'not a date (YYYY-MM-DD)'],
      ['payer', '0x12', 'not an address'],
    ])
  })
})

describe('isCalendarDay', () => {
  test('real days only', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true)
    for (const d of ['2026-02-29', '2026-02-31', '2026-13-01', '0000-01-01', '2026-1-1', '20260101']) expect(isCalendarDay(d), d).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { exportUrl, graphiqlUrl, inlineVariables } from './client'
import { USAGE_QUERY } from '../features/usage/query'

describe('inlineVariables', () => {
  it('writes scalars quoted, enums and numbers bare, and drops the variable definitions', () => {
    const q = inlineVariables(USAGE_QUERY, { from: '2026-06-15', to: '2026-07-14', interval: 'DAY', period: 'DAY', withSpikes: true })
    expect(q).not.toContain('$')
    expect(q).toMatch(/^\s*query UsageOverTime \{/)
    expect(q).toContain('batch: timeSeries(metric: BATCH_INFERENCES, interval: DAY, from: "2026-06-15", to: "2026-07-14")')
    expect(inlineVariables('query P($windowDays: Int!) { unlockPressure(windowDays: $windowDays) { at } }', { windowDays: 30 })).toBe(
      'query P { unlockPressure(windowDays: 30) { at } }',
    )
  })
  it('leaves a query alone while one of its variables is unknown, or when it has none', () => {
    expect(inlineVariables(USAGE_QUERY, { from: '2026-06-15' })).toBe(USAGE_QUERY)
    expect(inlineVariables('query Q { a }', { x: 1 })).toBe('query Q { a }')
  })
})

describe('links', () => {
  it('opens GraphiQL on /graphql with a runnable query', () => {
    const url = new URL(graphiqlUrl('query T($id: String!) { teeNodeById(id: $id) { id } }', { id: '0xab' }), 'http://x')
    expect(url.pathname).toBe('/graphql')
    expect(url.searchParams.get('query')).toBe('query T { teeNodeById(id: "0xab") { id } }')
  })
  it('exports CSV with the where filter as JSON and orderBy as a list', () => {
    const url = new URL(exportUrl('settlements', { kind_eq: 'BATCH' }, ['blockNumber_DESC', 'id_ASC']), 'http://x')
    expect(url.pathname).toBe('/export/settlements.csv')
    expect(JSON.parse(url.searchParams.get('where')!)).toEqual({ kind_eq: 'BATCH' })
    expect(url.searchParams.get('orderBy')).toBe('blockNumber_DESC,id_ASC')
    expect(exportUrl('payments')).toBe('/export/payments.csv')
  })
})

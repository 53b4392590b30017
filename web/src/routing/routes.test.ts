import fs from 'node:fs'
import path from 'node:path'
import { APP_ROUTES, ROUTE_ALIASES } from '@og-explorer/common'
import { describe, expect, test } from 'vitest'

// the server answers 404 for paths outside the page table: a route the app has but the table lacks
// would be a working page that crawlers are told does not exist
describe('the router and the page table agree', () => {
  const app = fs.readFileSync(path.join(__dirname, '../App.tsx'), 'utf8')
  const routed = [...app.matchAll(/<Route\s+[^>]*path="([^"]+)"/g)].map((m) => m[1]).filter((p) => p !== '*')
  const known = new Set([...APP_ROUTES.map((r) => r.pattern), ...ROUTE_ALIASES.map((a) => a.pattern)])

  test('every routed path is in the table', () => {
    expect(routed.length).toBeGreaterThan(10)
    expect(routed.filter((p) => !known.has(p))).toEqual([])
  })
  test('every page and alias in the table is routed', () => {
    const withIndex = new Set([...routed, ''])
    expect([...known].filter((p) => !withIndex.has(p))).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { leafNumber } from '../../lib/format'
import { leafIndexFromParam, leafSearch, pageOfLeaf, settlementLeafHref } from './leaf-param'

describe('?leaf= carries the leaf number the page shows', () => {
  it('links with the 1-based number the label beside it shows', () => {
    // the first leaf of the tree (index 0) is "leaf 1" on the page and in the URL
    expect(settlementLeafHref('0xab-6', 0)).toBe(`/settlements/0xab-6?leaf=${leafNumber(0)}`)
    expect(settlementLeafHref('0xab-6', 41)).toBe('/settlements/0xab-6?leaf=42')
    expect(leafSearch(7)).toBe(`?leaf=${leafNumber(7)}`)
  })

  it('reads the number back to the same tree index, and nothing from values no leaf can have', () => {
    for (const index of [0, 1, 49, 50, 12_345]) expect(leafIndexFromParam(new URLSearchParams(leafSearch(index)).get('leaf'))).toBe(index)
    for (const bad of [null, '', '0', '-1', '1.5', 'abc', '1e3', '99999999999999999999']) expect(leafIndexFromParam(bad)).toBeNull()
  })

  it('opens the page of the leaf list that holds the leaf', () => {
    expect(pageOfLeaf(0, 50)).toBe(1)
    expect(pageOfLeaf(49, 50)).toBe(1)
    expect(pageOfLeaf(50, 50)).toBe(2)
    expect(pageOfLeaf(149, 50)).toBe(3)
  })
})

import { describe, expect, it } from 'vitest'
import { pinFromSearch, pinnedHeads, pinnedSearch, pinWhere, unpinnedSearch } from './pinning'

describe('permalink pins', () => {
  it('reads ?og=N&base=M and ignores what is not a block number', () => {
    expect(pinFromSearch('?og=547&base=549&page=2')).toEqual({ og: 547, base: 549 })
    expect(pinFromSearch('?og=547')).toEqual({ og: 547, base: null })
    expect(pinFromSearch('?og=-1&base=abc')).toBeNull()
    expect(pinFromSearch('?page=2')).toBeNull()
  })

  it('writes and removes the pin, keeping the other parameters', () => {
    expect(pinnedSearch('?kind=BATCH', { og: 10, base: 20 })).toBe('?kind=BATCH&og=10&base=20')
    expect(pinnedSearch('?og=1', { og: 10, base: null })).toBe('?og=10')
    expect(unpinnedSearch('?kind=BATCH&og=10&base=20')).toBe('?kind=BATCH')
    expect(unpinnedSearch('?og=10&base=20')).toBe('')
  })

  it("adds blockNumber_lte for the list's own chain only", () => {
    const pin = { og: 100, base: 200 }
    expect(pinWhere('settlementsConnection', { kind_eq: 'BATCH' }, pin)).toEqual({ kind_eq: 'BATCH', blockNumber_lte: 100 })
    expect(pinWhere('paymentsConnection', {}, pin)).toEqual({ blockNumber_lte: 200 })
    // a list without block numbers (accounts) and a chain the pin leaves open are unchanged
    expect(pinWhere('accountsConnection', {}, pin)).toEqual({})
    expect(pinWhere('paymentsConnection', {}, { og: 100, base: null })).toEqual({})
    // a filter already lower than the pin keeps its own bound
    expect(pinWhere('settlementsConnection', { blockNumber_lte: 50 }, pin)).toEqual({ blockNumber_lte: 50 })
  })

  it('a pinned answer is as of the pin on the pinned chain and of its own head elsewhere', () => {
    const heads = { og: { chain: 'og', height: 999, hash: '0x1' }, base: { chain: 'base', height: 888, hash: '0x2' } }
    expect(pinnedHeads({ og: 100, base: null }, heads)).toEqual({ og: { chain: 'og', height: 100, hash: '' }, base: heads.base })
  })
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkFilter, DEFAULT_FILTER_BUDGET, measureFilter } from './filter-cost'

const tooComplex = (e: any) => e.extensions?.code === 'FILTER_TOO_COMPLEX'

test('counts relation filters, text operators, the widest AND/OR and the relation depth', () => {
  const s = measureFilter({
    status_eq: 'VALID',
    settlement: { inferences_some: { inputHash_containsInsensitive: 'ab', mode_eq: 'TEE' } },
    OR: [{ teeId_startsWith: '0x' }, { teeId_not_endsWith: 'ff' }, { id_in: ['a'] }],
  })
  assert.deepEqual(s, { operators: 8, listFilters: 1, relationFilters: 2, textOps: 3, widest: 3, relationDepth: 2 })
})

test('the issue: an OR of 99 inferences_every with _containsInsensitive is refused', () => {
  const where = { OR: Array.from({ length: 99 }, (_, i) => ({ inferences_every: { inputHash_containsInsensitive: `a${i}` } })) }
  // 99 entries pass the width cap of 64 only if it is raised; the relation-filter cap still holds
  assert.throws(() => checkFilter(where), tooComplex)
  assert.throws(() => checkFilter(where, { ...DEFAULT_FILTER_BUDGET, maxWidth: 1000 }), tooComplex)
})

test('each cap on its own: width, list filters, text operators, relation depth', () => {
  assert.throws(() => checkFilter({ OR: Array.from({ length: DEFAULT_FILTER_BUDGET.maxWidth + 1 }, (_, i) => ({ blockNumber_eq: i })) }), tooComplex)
  assert.doesNotThrow(() => checkFilter({ OR: Array.from({ length: DEFAULT_FILTER_BUDGET.maxWidth }, (_, i) => ({ blockNumber_eq: i })) }))
  const lists = (n: number) => ({ AND: Array.from({ length: n }, () => ({ inferences_some: { status_eq: 'VALID' } })) })
  assert.doesNotThrow(() => checkFilter(lists(DEFAULT_FILTER_BUDGET.maxListFilters)))
  assert.throws(() => checkFilter(lists(DEFAULT_FILTER_BUDGET.maxListFilters + 1)), tooComplex)
  const texts = (n: number) => ({ OR: Array.from({ length: n }, (_, i) => ({ blobId_contains: `x${i}` })) })
  assert.doesNotThrow(() => checkFilter(texts(DEFAULT_FILTER_BUDGET.maxTextOps)))
  assert.throws(() => checkFilter(texts(DEFAULT_FILTER_BUDGET.maxTextOps + 1)), tooComplex)
  let deep: Record<string, unknown> = { id_eq: 'x' }
  for (let i = 0; i < DEFAULT_FILTER_BUDGET.maxRelationDepth; i++) deep = { settlement: deep }
  assert.doesNotThrow(() => checkFilter(deep))
  assert.throws(() => checkFilter({ settlement: deep }), tooComplex)
})

test("the web app's filters pass", () => {
  for (const w of [
    { OR: [{ validator: { id_eq: '1' } }, { dstValidator: { id_eq: '1' } }] },
    { OR: [{ owner_eq: '0x1' }, { paymentAddress_eq: '0x1' }] },
    { payer: { id_eq: '0x1' }, teeId_eq: 't', timestamp_lte: '2026-01-01' },
  ]) {
    assert.doesNotThrow(() => checkFilter(w))
  }
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { buildModel } from '../model/load-model'
import { entityOf } from '../model/types'
import { SqlBuilder } from './builder'
import { compileWhere, isTrivialFilter } from './where'

const model = buildModel(`
  enum Kind { A B }
  type Parent @entity { id: ID!, name: String, size: Int!, amount: BigInt!, at: DateTime!, flag: Boolean!, kind: Kind!, children: [Child!] @derivedFrom(field: "parent") }
  type Child @entity { id: ID!, parent: Parent!, label: String }
`)
const parent = entityOf(model, 'Parent')

function compile(where: Record<string, unknown>, limits?: ConstructorParameters<typeof SqlBuilder>[0]) {
  const b = new SqlBuilder(limits)
  return { sql: compileWhere(model, parent, 't0', where, b), params: b.params }
}

test('comparison operators map to SQL with typed parameters', () => {
  assert.deepEqual(compile({ size_gt: 3, size_lte: 9 }), { sql: 't0."size" > $1::int4 AND t0."size" <= $2::int4', params: [3, 9] })
  assert.deepEqual(compile({ amount_gte: '100' }), { sql: 't0."amount" >= $1::numeric', params: ['100'] })
  assert.deepEqual(compile({ at_lt: '2026-05-01T00:00:00.000Z' }), { sql: 't0."at" < $1::timestamptz', params: ['2026-05-01T00:00:00.000Z'] })
  assert.deepEqual(compile({ kind_eq: 'A', flag_not_eq: true }), { sql: 't0."kind" = $1::text AND t0."flag" <> $2::bool', params: ['A', true] })
})

test('_in and _not_in take one array parameter; _isNull takes none', () => {
  assert.deepEqual(compile({ kind_in: ['A', 'B'] }), { sql: 't0."kind" = ANY($1::text[])', params: [['A', 'B']] })
  assert.deepEqual(compile({ size_not_in: [1] }), { sql: 'NOT (t0."size" = ANY($1::int4[]))', params: [[1]] })
  assert.deepEqual(compile({ name_isNull: true, id_isNull: false }), { sql: 't0."name" IS NULL AND t0."id" IS NOT NULL', params: [] })
})

test('text operators escape LIKE wildcards, so user input matches literally', () => {
  assert.deepEqual(compile({ name_contains: '50%_off' }), { sql: `t0."name" LIKE $1::text ESCAPE '\\'`, params: ['%50\\%\\_off%'] })
  assert.deepEqual(compile({ name_startsWith: 'ab' }).params, ['ab%'])
  assert.deepEqual(compile({ name_endsWith: 'yz' }).params, ['%yz'])
  assert.equal(compile({ name_containsInsensitive: 'Ab' }).sql, `t0."name" ILIKE $1::text ESCAPE '\\'`)
  assert.equal(compile({ name_not_startsWith: 'x' }).sql, `NOT (t0."name" LIKE $1::text ESCAPE '\\')`)
})

test('a SQL-looking value only ever becomes a parameter', () => {
  const evil = `'; DROP TABLE parent; --`
  const { sql, params } = compile({ name_eq: evil, id_in: [evil] })
  assert.ok(!sql.includes('DROP'))
  assert.deepEqual(params, [evil, [evil]])
})

test('AND and OR combine nested filters; empty lists add nothing', () => {
  assert.equal(compile({ OR: [{ size_eq: 1 }, { size_eq: 2 }], AND: [] }).sql, '(t0."size" = $1::int4 OR t0."size" = $2::int4)')
  assert.equal(compile({}).sql, 'TRUE')
  assert.equal(compile({ size_eq: null }).sql, 'TRUE')
})

test('relations become EXISTS subqueries: nested filters, _some, _none and _every', () => {
  const b = new SqlBuilder()
  assert.equal(
    compileWhere(model, entityOf(model, 'Child'), 't0', { parent: { size_gt: 1 } }, b),
    'EXISTS (SELECT 1 FROM "parent" w0 WHERE w0."id" = t0."parent_id" AND w0."size" > $1::int4)',
  )
  assert.equal(compile({ children_some: { label_eq: 'x' } }).sql, 'EXISTS (SELECT 1 FROM "child" w0 WHERE w0."parent_id" = t0."id" AND w0."label" = $1::text)')
  assert.equal(compile({ children_none: {} }).sql, 'NOT EXISTS (SELECT 1 FROM "child" w0 WHERE w0."parent_id" = t0."id" AND TRUE)')
  // a child whose label is NULL fails "label = x", so it must count against _every
  assert.equal(
    compile({ children_every: { label_eq: 'x' } }).sql,
    'NOT EXISTS (SELECT 1 FROM "child" w0 WHERE w0."parent_id" = t0."id" AND NOT coalesce(w0."label" = $1::text, FALSE))',
  )
})

test('unknown fields and operators are rejected with BAD_USER_INPUT', () => {
  for (const where of [{ nope_eq: 1 }, { size_contains: 'x' }, { flag_gt: true }, { kind_startsWith: 'A' }, { name: {} }]) {
    assert.throws(
      () => compile(where),
      (e: any) => e.extensions?.code === 'BAD_USER_INPUT',
      JSON.stringify(where),
    )
  }
})

test('filters that are too deep, too wide or too long are rejected with FILTER_TOO_COMPLEX or BAD_USER_INPUT', () => {
  let deep: Record<string, unknown> = { size_eq: 1 }
  for (let i = 0; i < 10; i++) deep = { OR: [deep] }
  assert.throws(
    () => compile(deep, { maxDepth: 8, maxConditions: 200, maxListValues: 10 }),
    (e: any) => e.extensions?.code === 'FILTER_TOO_COMPLEX',
  )
  const wide = { OR: Array.from({ length: 30 }, (_, i) => ({ size_eq: i })) }
  assert.throws(
    () => compile(wide, { maxDepth: 8, maxConditions: 20, maxListValues: 10 }),
    (e: any) => e.extensions?.code === 'FILTER_TOO_COMPLEX',
  )
  assert.throws(
    () => compile({ size_in: Array.from({ length: 11 }, (_, i) => i) }, { maxDepth: 8, maxConditions: 20, maxListValues: 10 }),
    (e: any) => e.extensions?.code === 'BAD_USER_INPUT',
  )
})

test('an empty value list is a condition: _in matches nothing, _not_in everything', () => {
  assert.deepEqual(compile({ id_in: [] }), { sql: 'FALSE', params: [] })
  assert.deepEqual(compile({ size_not_in: [] }), { sql: 'TRUE', params: [] })
  assert.equal(compile({ kind_in: [], size_gt: 1 }).sql, 'FALSE AND t0."size" > $1::int4')
})

test('only a filter without conditions is trivial (so totalCount may read the aggregates)', () => {
  for (const w of [undefined, null, {}, { AND: [] }, { OR: [] }, { size_eq: null }, { size_not_in: [] }])
    assert.equal(isTrivialFilter(model, parent, w), true, JSON.stringify(w))
  for (const w of [{ id_in: [] }, { kind_in: [] }, { size_eq: 1 }, { OR: [{ id_in: [] }] }, { nope_eq: 1 }])
    assert.equal(isTrivialFilter(model, parent, w), false, JSON.stringify(w))
})

test('a NUL character in any filter value is BAD_USER_INPUT before it reaches Postgres', () => {
  for (const where of [{ id_eq: 'a\u0000b' }, { name_in: ['ok', '\u0000'] }, { OR: [{ name_contains: 'x\u0000' }] }]) {
    assert.throws(
      () => compile(where),
      (e: any) => e.extensions?.code === 'BAD_USER_INPUT' && /NUL/.test(e.message),
      JSON.stringify(where),
    )
  }
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { buildModel } from '../model/load-model'
import { entityOf } from '../model/types'
import { SqlBuilder } from './builder'
import { compileOrderBy, orderByValues } from './order-by'

const model = buildModel(`
  type Owner @entity { id: ID!, name: String! }
  type Item @entity { id: ID!, size: Int!, owner: Owner, tags: [Tag!] @derivedFrom(field: "item") }
  type Tag @entity { id: ID!, item: Item! }
`)
const item = entityOf(model, 'Item')

test('OpenReader values: every field and every relation field, in six directions', () => {
  const values = orderByValues(model, item)
  for (const v of ['id_ASC', 'size_DESC', 'size_ASC_NULLS_FIRST', 'size_DESC_NULLS_LAST', 'owner_id_ASC', 'owner_name_DESC']) assert.ok(values.includes(v), v)
  assert.ok(!values.some((v) => v.startsWith('tags')), 'lists are not sortable')
})

test('directions and nulls, with the primary key last so pages are stable', () => {
  const o = compileOrderBy(model, item, 't0', ['size_DESC_NULLS_LAST'], new SqlBuilder())
  assert.deepEqual(o, { joins: [], sql: 't0."size" DESC NULLS LAST, t0."id" ASC' })
  assert.equal(compileOrderBy(model, item, 't0', ['id_DESC'], new SqlBuilder()).sql, 't0."id" DESC')
})

test('a relation field orders through one LEFT JOIN per relation', () => {
  const o = compileOrderBy(model, item, 't0', ['owner_name_ASC', 'owner_id_DESC'], new SqlBuilder())
  assert.deepEqual(o.joins, ['LEFT JOIN "owner" j0 ON j0."id" = t0."owner_id"'])
  assert.equal(o.sql, 'j0."name" ASC, j0."id" DESC, t0."id" ASC')
})

test('anything else is BAD_USER_INPUT', () => {
  for (const v of ['size', 'size_UP', 'nope_ASC', 'tags_ASC', 'owner_nope_ASC', 'size_owner_ASC', 'owner_name_id_ASC']) {
    assert.throws(
      () => compileOrderBy(model, item, 't0', [v], new SqlBuilder()),
      (e: any) => e.extensions?.code === 'BAD_USER_INPUT',
      v,
    )
  }
})

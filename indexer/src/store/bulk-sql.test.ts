import assert from 'node:assert/strict'
import { test } from 'node:test'
import { bulkInsertSql, bulkUpsertSql, combineStatements } from './bulk-sql'

const cols = [
  { name: '"id"', sqlType: 'character varying' },
  { name: '"block_number"', sqlType: 'integer' },
  { name: '"tee_node_id"', sqlType: 'character varying' },
]

test('insert expands one typed array per column', () => {
  assert.equal(
    bulkInsertSql('"inference"', cols),
    'INSERT INTO "inference" ("id", "block_number", "tee_node_id") SELECT * FROM unnest($1::character varying[], $2::integer[], $3::character varying[])',
  )
})

test('upsert overwrites only the listed columns', () => {
  assert.match(bulkUpsertSql('"t"', cols, '"id"', ['"block_number"']), /ON CONFLICT \("id"\) DO UPDATE SET "block_number" = EXCLUDED\."block_number"$/)
})

test('upsert with nothing to overwrite leaves stored rows alone', () => {
  assert.match(bulkUpsertSql('"t"', cols, '"id"', []), /ON CONFLICT \("id"\) DO NOTHING$/)
})

test('combined writes number their parameters one after another', () => {
  const one = { sql: (n: number) => bulkInsertSql('"a"', cols.slice(0, 2), n), params: [['x'], [1]] }
  const two = { sql: (n: number) => bulkInsertSql('"b"', cols.slice(0, 1), n), params: [['y']] }
  const { sql, params } = combineStatements([one, two])
  assert.equal(
    sql,
    'WITH w0 AS (INSERT INTO "a" ("id", "block_number") SELECT * FROM unnest($1::character varying[], $2::integer[])), ' +
      'w1 AS (INSERT INTO "b" ("id") SELECT * FROM unnest($3::character varying[])) SELECT 1',
  )
  assert.deepEqual(params, [['x'], [1], ['y']])
})

test('a single write is sent as it is', () => {
  const { sql } = combineStatements([{ sql: (n: number) => bulkInsertSql('"b"', cols.slice(0, 1), n), params: [['y']] }])
  assert.equal(sql, 'INSERT INTO "b" ("id") SELECT * FROM unnest($1::character varying[])')
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { loadModel } from './load-model'
import { isColumnField } from './types'

const ROOT = path.resolve(__dirname, '../../..')
const model = loadModel(path.join(ROOT, 'schema.graphql'))

/** table → columns, read from the committed migrations the indexer applies */
function migrationColumns(): Map<string, Set<string>> {
  const dir = path.join(ROOT, 'indexer/db/migrations')
  const tables = new Map<string, Set<string>>()
  // in the order they apply (file names start with their timestamp); only up() counts
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()) {
    const up = fs.readFileSync(path.join(dir, file), 'utf8').split(/async down\(/)[0]
    for (const m of up.matchAll(/CREATE TABLE "(\w+)" \((.*?)\)`\)|ALTER TABLE "(\w+)" ADD "(\w+)" |ALTER TABLE "(\w+)" DROP COLUMN "(\w+)"/g)) {
      if (m[1]) tables.set(m[1], new Set([...m[2].matchAll(/"(\w+)" (?!PRIMARY)/g)].map((c) => c[1])))
      else if (m[3]) tables.get(m[3])?.add(m[4])
      else tables.get(m[5])?.delete(m[6])
    }
  }
  return tables
}

test('every stored entity maps onto a migrated table with exactly its columns', () => {
  const tables = migrationColumns()
  for (const entity of model.entities.values()) {
    if (!entity.table) continue
    const columns = tables.get(entity.table)
    assert.ok(columns, `no table ${entity.table}`)
    const expected = entity.fields
      .filter(isColumnField)
      .map((f) => f.column)
      .sort()
    assert.deepEqual(expected, [...columns].filter((c) => !c.startsWith('PK_')).sort(), entity.name)
  }
})

test('relations: foreign keys are <field>_id, @derivedFrom lists point back through one', () => {
  const settlement = model.entities.get('Settlement')!
  assert.deepEqual(
    settlement.fields.find((f) => f.name === 'teeNode'),
    {
      kind: 'fk',
      name: 'teeNode',
      target: 'TeeNode',
      column: 'tee_node_id',
      nullable: true,
      description: 'the TEE node for individual settlements (null when the id is not registered)',
    },
  )
  const inferences = settlement.fields.find((f) => f.name === 'inferences')
  assert.deepEqual(inferences && { ...inferences, description: undefined }, {
    kind: 'list',
    name: 'inferences',
    target: 'Inference',
    inverse: 'settlement',
    description: undefined,
  })
})

test('DailyStat joins both chains by day and has every column of each', () => {
  const daily = model.entities.get('DailyStat')!
  const og = model.entities.get('OgDailyStat')!
  const base = model.entities.get('BaseDailyStat')!
  const names = new Set(daily.fields.map((f) => f.name))
  for (const f of [...og.fields, ...base.fields]) assert.ok(names.has(f.name), f.name)
  assert.equal(daily.fields.length, og.fields.length + base.fields.length - 2)
  assert.match(daily.from, /full join "base_daily_stat" b on b."id" = o."id"/)
})

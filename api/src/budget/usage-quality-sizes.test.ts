import { test } from 'node:test'
import assert from 'node:assert/strict'
import path from 'node:path'
import { parse } from 'graphql'
import { loadConfig } from '../config'
import { loadModel } from '../model/load-model'
import { buildSchema } from '../schema/build-schema'
import { estimateCost } from './cost-model'

const ROOT = path.resolve(__dirname, '../../..')
const model = loadModel(path.join(ROOT, 'schema.graphql'))
const schema = buildSchema(model)
const entities = new Set(model.entities.keys())
const config = loadConfig({ API_DATABASE_URL: 'postgres://reader@localhost/og' })
const limits = { maxPageSize: config.limits.maxPageSize, defaultPageSize: config.limits.defaultPageSize }
const cost = (query: string) => estimateCost(schema, parse(query), { limits, entities })

const COHORTS = (days: number) =>
  `payerCohorts(interval: DAY, from: "2026-01-01", to: "${new Date(Date.UTC(2026, 0, 1) + (days - 1) * 86_400_000).toISOString().slice(0, 10)}") { periods { t } cohorts { t retention { share } } }`

test('the cohort triangle is costed as periods × periods', () => {
  const small = cost(`{ ${COHORTS(10)} }`)
  const large = cost(`{ ${COHORTS(100)} }`)
  // retention values alone: one per cohort and later period, upper bound periods²
  assert.ok(large.values >= 100 * 100, `${large.values} values for 100 days`)
  assert.ok(large.values > 50 * small.values, 'ten times the periods, far more than ten times the values')
})

test('more periods than a query answers are refused before it runs', () => {
  assert.throws(() => cost(`{ ${COHORTS(400)} }`), /RANGE_TOO_LARGE|more than 120/)
})

test('aliased cohort triangles exceed the budget; one is served', () => {
  const one = `{ ${COHORTS(120)} }`
  const many = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: ${COHORTS(120)}`).join('\n')} }`
  assert.ok(cost(one).work <= config.budget.maxWork, `one: ${cost(one).work}`)
  assert.ok(cost(many).work > config.budget.maxWork, `fifteen: ${cost(many).work}`)
})

test('spikes, concentration and the account profile declare their cost', () => {
  for (const q of [
    `{ usageSpikes(interval: DAY) { periods { t } spikes { t } } }`,
    `{ payerConcentration(interval: WEEK) { periods { t } overall { payers } } }`,
    `{ accountUsage(id: "0x0000000000000000000000000000000000000001") { payments } }`,
  ])
    assert.ok(cost(q).work >= 2_000, q)
})

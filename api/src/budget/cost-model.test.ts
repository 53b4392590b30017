import { test } from 'node:test'
import assert from 'node:assert/strict'
import path from 'node:path'
import { execute, getIntrospectionQuery, parse, print, type DefinitionNode, type OperationDefinitionNode } from 'graphql'
import { loadConfig } from '../config'
import { loadModel } from '../model/load-model'
import { buildSchema } from '../schema/build-schema'
import { estimateCost } from './cost-model'

const ROOT = path.resolve(__dirname, '../../..')
const model = loadModel(path.join(ROOT, 'schema.graphql'))
const schema = buildSchema(model)
const entities = new Set(model.entities.keys())
// the limits a default deployment runs with
const config = loadConfig({ API_DATABASE_URL: 'postgres://reader@localhost/og' })
const limits = { maxPageSize: config.limits.maxPageSize, defaultPageSize: config.limits.defaultPageSize }

const cost = (query: string, variables?: Record<string, unknown>) => estimateCost(schema, parse(query), { variables, limits, entities })
const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join('\n')} }`
const refused = (query: string, variables?: Record<string, unknown>) => {
  const e = cost(query, variables)
  return e.work > config.budget.maxWork || e.rows > config.limits.maxRowsPerRequest
}

/** values in an answer as the cost model counts them: every object, list and scalar */
function countValues(value: unknown): number {
  if (Array.isArray(value)) return 1 + value.reduce((n: number, v) => n + countValues(v), 0)
  if (value && typeof value === 'object') return Object.values(value).reduce((n: number, v) => n + countValues(v), 0) + 1
  return 1
}

const SCHEDULE_DAY = `supplySchedule(interval: DAY, from: "2026-04-21", to: "2031-04-01") { allocations { id points { t projected observed } } circulating { t projected observed projectedPercent } }`

test('the issue: 15 aliases of a day-by-day supplySchedule are refused, one of them is served', () => {
  assert.equal(refused(aliases(15, SCHEDULE_DAY)), true)
  assert.equal(refused(`{ ${SCHEDULE_DAY} }`), false)
  const one = cost(`{ ${SCHEDULE_DAY} }`)
  const fifteen = cost(aliases(15, SCHEDULE_DAY))
  assert.ok(Math.abs(fifteen.work - 15 * one.work) < 1, 'aliases multiply the work')
})

test('supplySchedule: the cost follows the points its range and interval hold', () => {
  const month = cost(`{ supplySchedule(interval: MONTH) { allocations { points { t } } } }`)
  const day = cost(`{ supplySchedule(interval: DAY, from: "2026-04-21", to: "2031-04-01") { allocations { points { t } } } }`)
  // about 30 days in a month: the day series is far larger
  assert.ok(day.values > 25 * month.values, `${day.values} vs ${month.values}`)
})

test('aliased introspections sharing fragments (walked once) cost exactly n times one: work, values and rows', () => {
  const [operation, ...rest] = parse(getIntrospectionQuery()).definitions as [OperationDefinitionNode, ...DefinitionNode[]]
  const body = print(operation.selectionSet.selections[0])
  const fragments = rest.map((d) => print(d)).join('\n')
  const one = cost(`query { s0: ${body} } ${fragments}`)
  const fifteen = cost(`query { ${Array.from({ length: 15 }, (_, i) => `s${i}: ${body}`).join('\n')} } ${fragments}`)
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b))
  assert.ok(close(fifteen.work, 15 * one.work), `${fifteen.work} vs 15 × ${one.work}`)
  assert.ok(close(fifteen.values, 15 * one.values), `${fifteen.values} vs 15 × ${one.values}`)
  assert.equal(fifteen.rows, 0)
  assert.deepEqual(
    fifteen.byRootField.map((f) => f.work),
    Array(15).fill(fifteen.byRootField[0].work),
  )
})

test('the issue: 15 aliased full introspections are refused, one is served, and its estimate is near the real answer', () => {
  const intro = getIntrospectionQuery()
  const one = cost(intro)
  assert.equal(refused(intro), false, `one introspection costs ${one.work}`)
  const real = countValues(execute({ schema, document: parse(intro) }) as { data: unknown })
  assert.ok(one.values > real * 0.75 && one.values < real * 1.5, `estimated ${one.values} values, the answer has ${real}`)
  const [operation, ...rest] = parse(intro).definitions as [OperationDefinitionNode, ...DefinitionNode[]]
  const body = print(operation.selectionSet.selections[0])
  const fragments = rest.map((d) => print(d)).join('\n')
  assert.equal(refused(`query { ${Array.from({ length: 15 }, (_, i) => `s${i}: ${body}`).join('\n')} } ${fragments}`), true)
})

test('the issue: 15 aliases of inferences(limit: 1000) count 15,000 rows and 15 times the work of one', () => {
  const one = cost(`{ inferences(limit: 1000) { id status mode inputHash outputHash } }`)
  const many = cost(aliases(15, `inferences(limit: 1000) { id status mode inputHash outputHash }`))
  assert.equal(one.rows, 1000)
  assert.equal(many.rows, 15_000)
  assert.equal(many.work, 15 * one.work)
})

test('the issue: a nested query that ends in RESPONSE_TOO_LARGE is refused before it runs', () => {
  const nested = `{ validators(limit: 1000) { id delegations(limit: 1000) { id amount } } }`
  const e = cost(nested)
  assert.equal(e.rows, 1000 + 1000 * 1000)
  assert.ok(e.rows > config.limits.maxRowsPerRequest)
})

test('page sizes given in variables count, and the default page size when none is given', () => {
  const q = `query($n: Int) { inferences(limit: $n) { id } }`
  assert.equal(cost(q, { n: 1000 }).rows, 1000)
  assert.equal(cost(q, { n: 10 }).rows, 10)
  assert.equal(cost(`{ inferences { id } }`).rows, config.limits.defaultPageSize)
  assert.equal(cost(`query($n: Int) { settlementsConnection(orderBy: id_ASC, first: $n) { edges { node { id } } } }`, { n: 700 }).rows, 700)
})

test('fragments cost what they select each time they are spread', () => {
  const plain = cost(`{ a: inferences(limit: 50) { id status } b: inferences(limit: 50) { id status } }`)
  const spread = cost(`{ a: inferences(limit: 50) { ...F } b: inferences(limit: 50) { ...F } } fragment F on Inference { id status }`)
  assert.equal(spread.work, plain.work)
})

test('analytics: validatorRanking and hourly timeSeries are served; hourly series for years are capped at the point limit', () => {
  assert.equal(
    refused(
      `{ validatorRanking { validators { rank validator { id moniker } commissionChanges { id rate } slashAndJailHistory { id kind } teeNodes { id } risk expectedLossPer1000 } } }`,
    ),
    false,
  )
  const month = cost(`{ timeSeries(metric: PAYMENTS, interval: HOUR, from: "2026-01-01", to: "2026-01-31") { points { t value filled } } }`)
  const decade = cost(`{ timeSeries(metric: PAYMENTS, interval: HOUR, from: "2020-01-01") { points { t value filled } } }`)
  // 30 days of hours: 721 points of 4 values (the point and its three fields)
  assert.ok(month.values >= 721 * 4 && month.values < 721 * 4 + 10, `${month.values}`)
  assert.ok(decade.values <= 5000 * 4 + 10, 'no more points than the resolver returns')
  assert.equal(refused(`{ timeSeries(metric: PAYMENTS, interval: HOUR, from: "2026-01-01", to: "2026-07-01") { points { t value filled } } }`), false)
})

test('the OR of 99 inferences_every with _containsInsensitive is FILTER_TOO_COMPLEX, also through variables', () => {
  const where = { OR: Array.from({ length: 99 }, (_, i) => ({ inferences_every: { inputHash_containsInsensitive: `ab${i}` } })) }
  assert.throws(
    () => cost(`query($w: SettlementWhereInput) { settlements(where: $w) { id } }`, { w: where }),
    (e: any) => e.extensions?.code === 'FILTER_TOO_COMPLEX',
  )
  const inline = `{ settlements(where: { OR: [${where.OR.map((w) => `{ inferences_every: { inputHash_containsInsensitive: "${w.inferences_every.inputHash_containsInsensitive}" } }`).join(', ')}] }) { id } }`
  assert.throws(
    () => cost(inline),
    (e: any) => e.extensions?.code === 'FILTER_TOO_COMPLEX',
  )
})

test("the web app's heaviest pages stay well inside the budget", () => {
  const account = `query($id: String!) {
    delegations(where: { delegator_eq: $id }, orderBy: [amount_DESC], limit: 100) { id amount shares createdAt updatedAt validator { id moniker jailed } }
    recentTransfers: transfers(where: { OR: [{ from: { id_eq: $id } }, { to: { id_eq: $id } }] }, orderBy: [blockNumber_DESC, id_DESC], limit: 1000) { id amount blockNumber timestamp from { id label } to { id label } }
  }`
  const e = cost(account, { id: '0xabc' })
  assert.ok(e.work < config.budget.maxWork / 2, `${e.work}`)
  assert.ok(e.rows < config.limits.maxRowsPerRequest)
})

test("a page above the maximum or a range above the point limit is the resolvers' own refusal, given before anything runs", () => {
  assert.throws(
    () => cost(`{ validators { delegations(limit: 100000) { id } } }`),
    (e: any) => e.extensions?.code === 'PAGE_SIZE_LIMIT' && /maximum page size of 1000/.test(e.message),
  )
  assert.throws(
    () => cost(`query($n: Int) { settlementsConnection(orderBy: id_ASC, first: $n) { totalCount } }`, { n: 5000 }),
    (e: any) => e.extensions?.code === 'PAGE_SIZE_LIMIT',
  )
  assert.throws(
    () => cost(`{ supplySchedule(from: "2000-01-01", to: "2030-01-01", interval: DAY) { totalSupply } }`),
    (e: any) => e.extensions?.code === 'RANGE_TOO_LARGE',
  )
  assert.throws(
    () => cost(`{ timeSeries(metric: PAYMENTS, interval: HOUR, from: "2020-01-01", to: "2030-01-01") { to } }`),
    (e: any) => e.extensions?.code === 'RANGE_TOO_LARGE',
  )
  // without "to" the resolver ends at the last stored bucket, which only it knows: capped, not refused
  assert.doesNotThrow(() => cost(`{ timeSeries(metric: PAYMENTS, interval: HOUR, from: "2026-06-01") { to } }`))
})

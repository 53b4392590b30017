import { test } from 'node:test'
import assert from 'node:assert/strict'
import path from 'node:path'
import { GraphQLError, NoFragmentCyclesRule, parse, specifiedRules, validate, type ValidationRule } from 'graphql'
import { loadConfig } from '../config'
import { loadModel } from '../model/load-model'
import { buildSchema } from '../schema/build-schema'
import { refuseBeforeValidation, rawVariables, type ValidateFn } from './before-validation'
import type { CostEstimate } from './cost-model'

const ROOT = path.resolve(__dirname, '../../..')
const model = loadModel(path.join(ROOT, 'schema.graphql'))
const schema = buildSchema(model)
const entities = new Set(model.entities.keys())
const config = loadConfig({ API_DATABASE_URL: 'postgres://reader@localhost/og' })
const limits = { maxPageSize: config.limits.maxPageSize, defaultPageSize: config.limits.defaultPageSize }
const overBudget = (e: CostEstimate) =>
  e.work > config.budget.maxWork || e.rows > config.limits.maxRowsPerRequest ? new GraphQLError('over budget', { extensions: { code: 'COST_LIMIT' } }) : null

/** validate, recording which rules each call ran (the fragment-cycle rule is part of the cheap pass) */
function spyValidate() {
  const calls: (readonly ValidationRule[])[] = []
  const fn: ValidateFn = (s, d, rules, ...rest) => {
    calls.push(rules ?? specifiedRules)
    return validate(s, d, rules, ...rest)
  }
  return { fn, ranSpecRules: () => calls.some((rules) => rules.some((r) => r !== NoFragmentCyclesRule && specifiedRules.includes(r))) }
}

function check(query: string, variables?: unknown, rules: readonly ValidationRule[] = specifiedRules) {
  const spy = spyValidate()
  const refusal = refuseBeforeValidation({ schema, document: parse(query), rules, validate: spy.fn, variables, limits, entities, verdict: overBudget })
  return { refusal, ranSpecRules: spy.ranSpecRules() }
}

const aliases = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join('\n')

test('a request over budget is refused without graphql-js validating it', () => {
  const r = check(`{ ${aliases(15, 'supplySchedule(interval: DAY, from: "2026-04-21", to: "2031-04-01") { circulating { t projected } }')} }`)
  assert.equal(r.refusal?.extensions.code, 'COST_LIMIT')
  assert.equal(r.ranSpecRules, false)
})

test('a request within budget is left to validation and execution', () => {
  assert.equal(check('{ settlements(limit: 20) { id } }').refusal, null)
})

test('the variables as sent decide: page sizes and filters in variables count before coercion', () => {
  const query = `query($n: Int) { settlements(limit: $n) { id inferences(limit: $n) { id } } }`
  assert.equal(check(query, { n: 1000 }).refusal?.extensions.code, 'COST_LIMIT')
  assert.equal(check(query, { n: 5 }).refusal, null)
  const wide = { OR: Array.from({ length: 99 }, (_, i) => ({ inferences_every: { inputHash_containsInsensitive: `${i}ab` } })) }
  const filtered = check('query($w: SettlementWhereInput) { settlementsConnection(orderBy: id_ASC, where: $w) { totalCount } }', { w: wide })
  assert.equal(filtered.refusal?.extensions.code, 'FILTER_TOO_COMPLEX')
  assert.equal(filtered.ranSpecRules, false)
})

test("the operation's default values count when a variable is not sent", () => {
  const doc = parse('query($n: Int = 1000) { settlements(limit: $n) { id inferences(limit: $n) { id } } }')
  const op = doc.definitions[0] as never
  assert.deepEqual(rawVariables(schema, op, undefined), { n: 1000 })
  assert.deepEqual(rawVariables(schema, op, { n: 3 }), { n: 3 })
  assert.equal(check('query($n: Int = 1000) { settlements(limit: $n) { id inferences(limit: $n) { id } } }').refusal?.extensions.code, 'COST_LIMIT')
})

test("a document a cheap rule refuses keeps that rule's answer: nothing is judged early", () => {
  const refuseAll: ValidationRule = (context) => ({ Document: (node) => context.reportError(new GraphQLError('alias limit', { nodes: [node] })) })
  const r = check(`{ ${aliases(15, 'supplySchedule(interval: DAY) { circulating { t } }')} }`, undefined, [...specifiedRules, refuseAll])
  assert.equal(r.refusal, null)
})

test('cyclic fragments and mutations are left to validation (the walk never meets a cycle)', () => {
  assert.equal(check('query { settlements { ...A } } fragment A on Settlement { inferences { settlement { ...A } } }').refusal, null)
  assert.equal(check('mutation { nothing }').refusal, null)
})

import assert from 'node:assert/strict'
import fs from 'node:fs'
import { test } from 'node:test'
import { buildASTSchema, parse } from 'graphql'
import { PRINTED_SCHEMA_FILE, REFRESH_COMMAND, printApiSchema } from './print-schema'

test('the committed schema file is the schema the API serves', () => {
  const committed = fs.readFileSync(PRINTED_SCHEMA_FILE, 'utf8')
  assert.ok(committed === printApiSchema(), `${PRINTED_SCHEMA_FILE} is stale: run \`${REFRESH_COMMAND}\` and \`npm run codegen\`, then commit both`)
})

test('the printed schema is valid SDL with the hand-written root fields and the entity queries', () => {
  const schema = buildASTSchema(parse(printApiSchema()))
  const fields = Object.keys(schema.getQueryType()?.getFields() ?? {})
  for (const name of [
    'squidStatus',
    'timeSeries',
    'usageVsPrice',
    'supplySchedule',
    'unlockPressure',
    'proofCoverage',
    'validatorRanking',
    'search',
    'settlements',
    'settlementById',
    'settlementsConnection',
  ]) {
    assert.ok(fields.includes(name), `Query.${name} is missing from the printed schema`)
  }
})

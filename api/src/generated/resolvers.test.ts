import assert from 'node:assert/strict'
import { test } from 'node:test'
import { CODEGEN_COMMAND, generatedAndCommitted } from './codegen-check'

test('the committed resolver types are what codegen makes of the committed schema', async () => {
  const output = 'api/src/generated/resolvers.ts'
  const { generated, committed } = await generatedAndCommitted(output)
  assert.ok(committed === generated, `${output} is stale: run \`${CODEGEN_COMMAND}\` and commit it`)
})

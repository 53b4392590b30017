import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { SCHEMA_ENUMS } from './enums.js'

// compiled to common/lib/enums.test.js; the schema sits at the repository root
const schema = fs.readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8')

/** Values of `enum name { ... }` in the schema, descriptions ("...") left out. */
function schemaEnum(name: string): string[] {
  const body = new RegExp(`^enum ${name} \\{([^}]*)\\}`, 'm').exec(schema)?.[1]
  assert.ok(body !== undefined, `schema.graphql has no enum ${name}`)
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[A-Z][A-Z0-9_]*$/.test(line))
}

test("every enum list holds exactly the schema enum's values", () => {
  for (const [name, values] of Object.entries(SCHEMA_ENUMS)) {
    assert.deepEqual([...values].sort(), schemaEnum(name).sort(), `enum ${name}`)
    assert.equal(new Set(values).size, values.length, `enum ${name} lists a value twice`)
  }
})

import fs from 'node:fs'
import path from 'node:path'
import { printSchema } from 'graphql'
import { loadModel } from '../model/load-model'
import { buildSchema } from './build-schema'

/** The repository's entity schema, the one the indexer's models are generated from. */
export const ENTITY_SCHEMA_FILE = path.resolve(__dirname, '../../../schema.graphql')

/**
 * The committed copy of the schema the API serves. GraphQL Code Generator reads it (root
 * codegen.ts) to type the resolvers and the web app's documents, so the contract between the two
 * is one file that review can see change.
 */
export const PRINTED_SCHEMA_FILE = path.resolve(__dirname, '../../schema.generated.graphql')

export const REFRESH_COMMAND = 'npm run build -w api'

const HEADER = `# The API's public schema, printed from the schema object yoga serves (api/src/schema/build-schema.ts).
# Generated: do not edit. Refresh with \`${REFRESH_COMMAND}\`, then \`npm run codegen\`.
`

/** The full SDL of the served schema, built from the same model and type definitions as at start. */
export function printApiSchema(entitySchemaFile: string = ENTITY_SCHEMA_FILE): string {
  return `${HEADER}\n${printSchema(buildSchema(loadModel(entitySchemaFile)))}\n`
}

export function writeApiSchema(target: string = PRINTED_SCHEMA_FILE): boolean {
  const text = printApiSchema()
  const before = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null
  if (before === text) return false
  fs.writeFileSync(target, text)
  return true
}

if (require.main === module) {
  const changed = writeApiSchema()
  console.log(`${path.relative(process.cwd(), PRINTED_SCHEMA_FILE)} ${changed ? 'updated' : 'up to date'}`)
}

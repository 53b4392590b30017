import { readFileSync } from 'node:fs'
import type { CodegenConfig } from '@graphql-codegen/cli'

/**
 * One contract from the API to the web app. The API prints the schema it serves to
 * api/schema.generated.graphql (`npm run build -w api`); from that file this config types the API's
 * resolvers and every GraphQL document the web app sends. `npm run codegen` writes both files;
 * tests in api and web fail when a committed file differs from what this config generates.
 */
const schema = 'api/schema.generated.graphql'

/**
 * The entity types (every type with a `<entity>ById` root field). Their resolvers hand on database
 * rows, which the generated entity resolvers (api/src/resolvers/entities) turn into fields, so the
 * resolver types take a row for them rather than the finished object.
 */
const entityTypes = [...readFileSync(new URL(schema, import.meta.url), 'utf8').matchAll(/^ {2}\w+ById\(id: String!\): (\w+)/gm)].map((m) => m[1])

/** Every custom scalar travels as a string (decimal digits, ISO 8601, 0x-hex); JSON is anything. */
const wireScalars = {
  BigInt: 'string',
  BigDecimal: 'string',
  DateTime: 'string',
  Bytes: 'string',
  JSON: 'unknown',
}

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    'api/src/generated/resolvers.ts': {
      schema,
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../resolvers/context#ApiContext',
        useTypeImports: true,
        // resolvers hand the scalars what the database gives (Date, bigint, numbers of ms); their
        // serializers in schema/scalars.ts turn those into the wire strings
        scalars: {
          BigInt: { input: 'string', output: 'string | bigint | number' },
          BigDecimal: { input: 'string', output: 'string | number' },
          DateTime: { input: 'string', output: 'string | number | Date' },
          Bytes: { input: 'string', output: 'string | Buffer' },
          JSON: 'unknown',
        },
        enumsAsTypes: true,
        makeResolverTypeCallable: true,
        mappers: Object.fromEntries(entityTypes.map((name) => [name, '../db/db#Row'])),
      },
    },
    'web/src/generated/graphql.ts': {
      schema,
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/generated/**'],
      plugins: ['typescript-operations'],
      config: {
        useTypeImports: true,
        scalars: wireScalars,
        enumType: 'const',
        skipTypename: true,
      },
    },
  },
}

export default config

// @vitest-environment node
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generate, loadCodegenConfig } from '@graphql-codegen/cli'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const OUTPUT = 'web/src/generated/graphql.ts'

describe('generated operation types', () => {
  it('are what codegen makes of the committed schema and the documents in web/src', async () => {
    const { config } = await loadCodegenConfig({ configFilePath: path.join(ROOT, 'codegen.ts') })
    const [file] = await generate({ ...config, cwd: ROOT, silent: true, generates: { [OUTPUT]: config.generates[OUTPUT] } }, false)
    const committed = fs.readFileSync(path.join(ROOT, OUTPUT), 'utf8')
    // a stale file: run `npm run codegen` (after `npm run build -w api` if the schema changed) and commit it
    expect(committed === file.content, `${OUTPUT} is stale: run \`npm run codegen\` and commit it`).toBe(true)
  }, 120_000)
})

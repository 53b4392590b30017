import fs from 'node:fs'
import path from 'node:path'

/** The repository root, where codegen.ts and the committed outputs are addressed from. */
export const REPO_ROOT = path.resolve(__dirname, '../../..')

export const CODEGEN_COMMAND = 'npm run codegen'

/**
 * What `npm run codegen` would write to `output` (a path relative to the root, as in codegen.ts),
 * generated in memory from the committed schema and documents, next to what is committed there.
 */
export async function generatedAndCommitted(output: string): Promise<{ generated: string; committed: string | null }> {
  const { generate, loadCodegenConfig } = await import('@graphql-codegen/cli')
  const { config } = await loadCodegenConfig({ configFilePath: path.join(REPO_ROOT, 'codegen.ts') })
  const target = config.generates[output]
  if (!target) throw new Error(`codegen.ts has no output ${output}`)
  const [file] = await generate({ ...config, cwd: REPO_ROOT, silent: true, generates: { [output]: target } }, false)
  const absolute = path.join(REPO_ROOT, output)
  return { generated: file.content, committed: fs.existsSync(absolute) ? fs.readFileSync(absolute, 'utf8') : null }
}

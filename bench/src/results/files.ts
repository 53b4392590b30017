import fs from 'node:fs'
import path from 'node:path'
import type { z } from 'zod'
import { RESULTS_DIR } from '../util/paths'

/** The default file of a benchmark's result: bench/results/<name>.json. */
export const resultFile = (name: string) => path.join(RESULTS_DIR, `${name}.json`)

/** Checks the result against its schema before writing, so a file on disk is always readable back. */
export function writeResult<S extends z.ZodType>(file: string, schema: S, value: z.infer<S>): void {
  const checked = schema.parse(value)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const tmp = `${file}.tmp`
  fs.writeFileSync(tmp, `${JSON.stringify(checked, null, 2)}\n`)
  fs.renameSync(tmp, file)
}

export function readResult<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  const parsed = schema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')))
  if (!parsed.success) throw new Error(`${file} is not a valid result: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  return parsed.data
}

/** The result if its file exists, else null (a benchmark that was not run). */
export function readResultIfPresent<S extends z.ZodType>(file: string, schema: S): z.infer<S> | null {
  return fs.existsSync(file) ? readResult(file, schema) : null
}

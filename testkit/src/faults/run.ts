#!/usr/bin/env node
// The fault suite (`npm run test:faults`): RPC faults, crashes, Postgres restarts, reorgs, bad chain
// data and API abuse, each ending with the database compared against chain truth.
//   node scripts/faults/run.mjs            every case, full strength (tens of minutes on 2 cores)
//   node scripts/faults/run.mjs --short    the short set (the one npm test runs, ~3 minutes)
//   node scripts/faults/run.mjs --only reorgs [--only api]   chosen cases; --seed N replays a run
// Prints one table at the end and exits non-zero when any case failed. Needs `npm run build` first.
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const require = createRequire(import.meta.url)
const { values } = parseArgs({
  options: { short: { type: 'boolean', default: false }, only: { type: 'string', multiple: true }, seed: { type: 'string' } },
})
const { runSuite, CASES } = require(path.join(root, 'indexer/lib/faults/suite.js'))
const { formatTable } = require(path.join(root, 'indexer/lib/faults/report.js'))

for (const name of values.only ?? []) {
  if (!CASES[name]) {
    console.error(`unknown case "${name}"; cases: ${Object.keys(CASES).join(', ')}`)
    process.exit(2)
  }
}
const { results, seconds } = await runSuite({ short: values.short, only: values.only, seed: values.seed ? Number(values.seed) : undefined })
console.log(`\nfault suite (${values.short ? 'short' : 'full'}${values.only ? `, only ${values.only.join(', ')}` : ''}) in ${seconds.toFixed(0)} s\n`)
console.log(formatTable(results))
const failures = results.filter((r) => r.result !== 'PASS').length
console.log(`\n${results.length - failures} passed, ${failures} failed`)
process.exit(failures ? 1 : 0)

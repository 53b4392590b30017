// The fault suite's command line (`npm run test:faults`): RPC faults, crashes, Postgres restarts,
// reorgs, bad chain data and API abuse, each ending with the database compared against chain truth.
//   node testkit/lib/faults/run.js            every case, full strength (tens of minutes on 2 cores)
//   node testkit/lib/faults/run.js --short    the short set (the one npm test runs)
//   node testkit/lib/faults/run.js --only reorgs [--only api]   chosen cases; --seed N replays a run
//   --json FILE also writes the rows (and their figures, where a case measures some) as JSON, for the bench
// Prints one table at the end and exits non-zero when any case failed. Needs `npm run build` first.
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { formatTable } from './report'
import { CASES, runSuite } from './suite'

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      short: { type: 'boolean', default: false },
      only: { type: 'string', multiple: true },
      seed: { type: 'string' },
      json: { type: 'string' },
    },
  })
  for (const name of values.only ?? []) {
    if (!CASES[name]) {
      console.error(`unknown case "${name}"; cases: ${Object.keys(CASES).join(', ')}`)
      return 2
    }
  }
  const seed = values.seed === undefined ? undefined : Number(values.seed)
  if (seed !== undefined && !Number.isInteger(seed)) {
    console.error(`--seed must be an integer, not "${values.seed}"`)
    return 2
  }
  const { results, seconds } = await runSuite({ short: values.short ?? false, only: values.only, seed })
  console.log(`\nfault suite (${values.short ? 'short' : 'full'}${values.only ? `, only ${values.only.join(', ')}` : ''}) in ${seconds.toFixed(0)} s\n`)
  console.log(formatTable(results))
  if (values.json) {
    const run = { short: values.short ?? false, only: values.only ?? null, seed: seed ?? null, seconds, finishedAt: new Date().toISOString() }
    fs.writeFileSync(values.json, `${JSON.stringify({ ...run, results }, null, 2)}\n`)
  }
  const failures = results.filter((r) => r.result !== 'PASS').length
  console.log(`\n${results.length - failures} passed, ${failures} failed`)
  return failures ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)

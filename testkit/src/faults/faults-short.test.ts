/**
 * The short fault suite inside `npm test`: one simulated devnet, RPC faults of every kind mixed into
 * one index, three kill -9 points, undecodable and spoofed logs with a failing blob store, a reorg
 * inside finality, and the API's hostile corpus with 5 s of load. Each result is the database held
 * against chain truth; `npm run test:faults` runs the full set.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { formatTable } from './report'
import { runSuite, SHORT_CASES } from './suite'

test(`fault suite, short set (${SHORT_CASES.join(', ')})`, { timeout: 15 * 60_000 }, async (t) => {
  const { results, seconds } = await runSuite({ short: true, log: (line) => console.log(line) })
  console.log(`\nshort fault suite in ${seconds.toFixed(0)} s\n\n${formatTable(results)}\n`)
  assert.ok(results.length >= SHORT_CASES.length, 'every case reported')
  for (const r of results) await t.test(r.name, () => assert.equal(r.result, 'PASS', r.notes))
})

#!/usr/bin/env node
// Runs every compiled test file of every workspace with node's test runner.
// Tests sit beside their code as src/**/*.test.ts and are compiled into lib/ by `npm run build`.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { splitHeavy } from './heavy-tests.mjs'

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..')
const { workspaces } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
const only = process.argv.slice(2)

function findTests(dir) {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return findTests(full)
    return entry.name.endsWith('.test.js') ? [full] : []
  })
}

const files = workspaces
  .filter((w) => only.length === 0 || only.includes(w))
  .flatMap((w) => findTests(path.join(root, w, 'lib')))
  .sort()
if (files.length === 0) {
  console.error('no compiled test files found; run "npm run build" first')
  process.exit(1)
}
console.log(`running ${files.length} test files: ${files.map((f) => path.relative(root, f)).join(', ')}`)
// Files that start nothing run side by side (their time is mostly loading modules); files that start
// anvil, Postgres, Chromium or child processes run one at a time after them, as each expects the
// machine to itself.
const { light, heavy } = splitHeavy(files, root, workspaces)
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'og-tests-'))
const runs = [
  { name: 'light', files: light, concurrency: Math.max(2, os.availableParallelism()) },
  { name: 'heavy', files: heavy, concurrency: 1 },
].filter((r) => r.files.length)
const totals = { pass: 0, fail: 0, skipped: 0 }
let status = 0
for (const run of runs) {
  console.log(`\n${run.name}: ${run.files.length} files, ${run.concurrency} at a time`)
  // spec for people, TAP into a file for the one-line summary that CI reads
  const tapFile = path.join(tmp, `${run.name}.tap`)
  const result = spawnSync(
    process.execPath,
    [
      '--test',
      `--test-concurrency=${run.concurrency}`,
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tapFile}`,
      ...run.files,
    ],
    { stdio: 'inherit', cwd: root },
  )
  const tap = fs.existsSync(tapFile) ? fs.readFileSync(tapFile, 'utf8') : ''
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0)
  totals.pass += count('pass')
  totals.fail += count('fail') + count('cancelled')
  totals.skipped += count('skipped')
  if (result.status !== 0) status = result.status ?? 1
}
console.log(`\n${totals.pass} passed, ${totals.fail} failed, ${totals.skipped} skipped`)
process.exit(status)

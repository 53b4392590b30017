#!/usr/bin/env node
// Runs every compiled test file of every workspace with node's test runner.
// Tests sit beside their code as src/**/*.test.ts and are compiled into lib/ by `npm run build`.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

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
// spec for people, TAP into a file for the one-line summary that CI reads
const tapFile = path.join(fs.mkdtempSync(path.join((await import('node:os')).tmpdir(), 'og-tests-')), 'results.tap')
const result = spawnSync(
  process.execPath,
  ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tapFile}`, ...files],
  { stdio: 'inherit', cwd: root },
)
const tap = fs.existsSync(tapFile) ? fs.readFileSync(tapFile, 'utf8') : ''
const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0)
console.log(`\n${count('pass')} passed, ${count('fail') + count('cancelled')} failed, ${count('skipped')} skipped`)
process.exit(result.status ?? 1)

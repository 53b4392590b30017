// Runs the web's component and unit tests (Vitest, happy-dom) from `npm test`, whose runner is
// node's: one node:test case per Vitest run, failing with Vitest's own report.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import assert from 'node:assert/strict'

const WEB_DIR = path.resolve(__dirname, '../..')

test('web component and unit tests (vitest)', { timeout: 300_000 }, () => {
  // vitest's bin, wherever npm placed the package (web's own node_modules or the root's)
  const vitest = [path.join(WEB_DIR, 'node_modules/vitest/vitest.mjs'), path.join(WEB_DIR, '../node_modules/vitest/vitest.mjs')].find((f) => fs.existsSync(f))
  assert.ok(vitest, 'vitest is not installed (npm install)')
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', CI: 'true' }
  delete env.FORCE_COLOR
  const run = spawnSync(process.execPath, [vitest!, 'run', '--reporter=dot'], { cwd: WEB_DIR, encoding: 'utf8', env })
  // eslint-disable-next-line no-control-regex
  const out = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '')
  const summary = /Tests\s+(.+)/.exec(out)?.[1]?.trim()
  if (summary) console.log(`vitest: ${summary}`)
  assert.equal(run.status, 0, `vitest failed:\n${out.slice(-6000)}`)
  // a run that found no test files exits 1, but say it plainly if that ever changes
  assert.match(out, /Tests\s+\d+ passed/, 'vitest ran no tests')
})

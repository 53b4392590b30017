import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { parseRunUsage } from './run-usage'

test('a process that holds a large heap reports it, under its limit, in the line benchmarks parse', () => {
  const script = `
    const { runUsage } = require(${JSON.stringify(path.join(__dirname, 'run-usage.js'))})
    const held = Array.from({ length: 600_000 }, (_, i) => ({ i, s: 'x' + i }))
    setTimeout(() => { console.log('[test] ' + runUsage()); held.length = 0 }, 600)
  `
  const out = spawnSync(process.execPath, ['--max-old-space-size=256', '-e', script], { encoding: 'utf8' })
  assert.equal(out.status, 0, out.stderr)
  assert.match(out.stdout, /peak RSS \d+ MB, CPU [\d.]+ s/, 'the human part keeps its shape')
  const usage = parseRunUsage(out.stdout)!
  assert.ok(usage.peakHeapMb >= 30, `peak heap ${usage.peakHeapMb} MB holds the array`)
  assert.ok(usage.heapLimitMb >= 256 && usage.heapLimitMb < 400, `heap limit ${usage.heapLimitMb} MB follows --max-old-space-size`)
  assert.ok(usage.peakRssMb >= usage.peakHeapMb)
  assert.ok(usage.cpuSeconds > 0)
  assert.equal(parseRunUsage('no usage here'), undefined)
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import { cpuSecondsByCommand, listProcesses, ownProcesses, processTree, type ProcessStat } from './process-cpu'

// Burns CPU for a moment, then idles until killed; with an argument it first starts one such child
// and prints the child's pid.
const BUSY = `
const { spawn } = require('node:child_process')
if (process.argv[1] === 'parent') {
  const child = spawn(process.execPath, ['-e', process.argv[2] ?? '', 'child', ''], { stdio: 'ignore' })
  console.log(child.pid)
}
const until = Date.now() + 300
while (Date.now() < until) {}
setInterval(() => {}, 1000)
`

function start(role: string): ChildProcess {
  return spawn(process.execPath, ['-e', BUSY, role, BUSY], { stdio: ['ignore', 'pipe', 'inherit'] })
}

async function firstLine(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.stdout!.once('data', (d) => resolve(Number(String(d).trim()))))
}

const linux = fs.existsSync('/proc')

test("the processes of one run are its parent and that parent's children, not an unrelated process", { skip: !linux && 'needs /proc' }, async () => {
  const parent = start('parent')
  const unrelated = start('sibling')
  const childPid = await firstLine(parent)
  try {
    await new Promise((resolve) => setTimeout(resolve, 800)) // both busy phases are over
    const before: ProcessStat[] = []
    const own = ownProcesses(parent.pid!, ['node'])
    assert.deepEqual(own.map((p) => p.pid).sort(), [parent.pid!, childPid].sort())
    assert.ok(!own.some((p) => p.pid === unrelated.pid || p.pid === process.pid), 'neither the sibling nor the test process itself')
    // from an empty "before", each counts all it used: both burnt CPU, so both add to the total
    const seconds = cpuSecondsByCommand(before, own)
    assert.ok(seconds.node >= 0.2, `own CPU ${seconds.node} s`)
    const alone = cpuSecondsByCommand(
      [],
      own.filter((p) => p.pid === parent.pid),
    )
    assert.ok(seconds.node > alone.node, 'the child adds its own time')
    // another command name under the same root is not counted
    assert.deepEqual(ownProcesses(parent.pid!, ['postgres']), [])
  } finally {
    for (const p of [parent, unrelated]) p.kill('SIGKILL')
    try {
      process.kill(childPid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
})

test('a tree is found from one snapshot of the table, whatever order the rows come in', () => {
  const row = (pid: number, ppid: number, command = 'anvil'): ProcessStat => ({ pid, ppid, command, ownTicks: 0, ticks: 0 })
  const table = [row(40, 30), row(10, 1, 'node'), row(30, 10, 'postgres'), row(20, 10), row(50, 1), row(60, 50)]
  assert.deepEqual(
    processTree(table, 10)
      .map((p) => p.pid)
      .sort(),
    [10, 20, 30, 40],
  )
  assert.deepEqual(
    ownProcesses(10, ['anvil'], table)
      .map((p) => p.pid)
      .sort(),
    [20, 40],
  )
  assert.deepEqual(processTree(table, 99), [])
})

test('CPU between snapshots: a process new since the first counts from zero', () => {
  const row = (pid: number, ticks: number, command = 'postgres'): ProcessStat => ({ pid, ppid: 1, command, ownTicks: ticks, ticks })
  const seconds = cpuSecondsByCommand([row(1, 100), row(2, 50, 'anvil')], [row(1, 250), row(2, 80, 'anvil'), row(3, 40)])
  assert.deepEqual(seconds, { postgres: 1.9, anvil: 0.3 })
  assert.ok(listProcesses().some((p) => p.pid === process.pid) || !linux)
})

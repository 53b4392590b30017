import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { test } from 'node:test'
import { restartDelay, Supervisor, type SupervisedRun, type SupervisorOptions } from './supervisor'

/** a real node child running `code` */
function node(code: string): SupervisedRun {
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout.on('data', (d) => (out += d.toString()))
  return { child, output: () => out }
}

const fast = { baseMs: 10, maxMs: 80, healthyAfterMs: 60_000 }

async function until(what: string, done: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!done()) {
    assert.ok(Date.now() < deadline, `timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

function supervised(code: string, options: Partial<SupervisorOptions> = {}): { supervisor: Supervisor; spawns: () => number } {
  let spawns = 0
  const supervisor = new Supervisor('test', () => (spawns++, node(code)), { backoff: fast, ...options })
  return { supervisor, spawns: () => spawns }
}

test('the delay doubles per quick failure from baseMs and stops growing at maxMs', () => {
  const backoff = { baseMs: 1000, maxMs: 30_000, healthyAfterMs: 60_000 }
  const delays = Array.from({ length: 8 }, (_, n) => restartDelay(backoff, n))
  for (let n = 1; n < delays.length; n++) assert.equal(delays[n], Math.min(backoff.maxMs, 2 * delays[n - 1]))
  assert.equal(delays[0], backoff.baseMs)
  assert.equal(delays.at(-1), backoff.maxMs)
})

test('a program that keeps failing is restarted with growing delays, each exit recorded as unplanned', async () => {
  const delays: number[] = []
  const { supervisor, spawns } = supervised('console.log("run"); process.exit(3)', { onRestart: (_exit, delay) => delays.push(delay) })
  supervisor.start()
  await until('four restarts', () => supervisor.restarts >= 4)
  await supervisor.stop()
  assert.deepEqual(delays.slice(0, 4), [10, 20, 40, 80])
  assert.ok(supervisor.exits.length >= 4)
  for (const exit of supervisor.exits.slice(0, 4)) assert.deepEqual([exit.code, exit.planned], [3, false])
  assert.match(supervisor.output(), /run exited \(3\)/)
  const after = spawns()
  await new Promise((r) => setTimeout(r, 200))
  assert.equal(spawns(), after, 'nothing is spawned after stop()')
})

test('a run that lasted healthyAfterMs starts the backoff again from baseMs', async () => {
  const delays: number[] = []
  const { supervisor } = supervised('setTimeout(() => process.exit(1), 150)', {
    backoff: { ...fast, healthyAfterMs: 100 },
    onRestart: (_e, d) => delays.push(d),
  })
  supervisor.start()
  await until('three restarts', () => supervisor.restarts >= 3)
  await supervisor.stop()
  assert.deepEqual(delays.slice(0, 3), [10, 10, 10])
})

test('an exit code listed as final is not restarted and is reported once', async () => {
  const gaveUp: (number | null)[] = []
  const { supervisor, spawns } = supervised('process.exit(78)', { finalExitCodes: [78], onGiveUp: (exit) => gaveUp.push(exit.code) })
  supervisor.start()
  await until('the give-up', () => gaveUp.length > 0)
  await new Promise((r) => setTimeout(r, 200))
  assert.deepEqual(gaveUp, [78])
  assert.equal(spawns(), 1)
  assert.equal(supervisor.restarts, 0)
  assert.equal(supervisor.running, false)
})

test('crash() kills the run as planned and nothing restarts until start()', async () => {
  const { supervisor, spawns } = supervised('setInterval(() => {}, 1000)')
  supervisor.start()
  await until('the child to run', () => supervisor.running)
  await supervisor.crash()
  assert.equal(supervisor.exits.at(-1)?.signal, 'SIGKILL')
  assert.equal(supervisor.exits.at(-1)?.planned, true)
  await new Promise((r) => setTimeout(r, 150))
  assert.equal(spawns(), 1)
  const next = supervisor.nextStart()
  supervisor.start()
  await next
  assert.equal(spawns(), 2)
  assert.equal(supervisor.restarts, 0, 'planned exits are not counted as restarts')
  await supervisor.stop()
  assert.equal(supervisor.exits.at(-1)?.signal, 'SIGTERM')
})

test('stop(graceMs) kills a run that ignores SIGTERM once the grace has passed', async () => {
  const { supervisor } = supervised('process.on("SIGTERM", () => {}); console.log("ready"); setInterval(() => {}, 1000)')
  supervisor.start()
  await until('the child to install its handler', () => supervisor.output().includes('ready'))
  const started = Date.now()
  await supervisor.stop(200)
  assert.ok(Date.now() - started >= 200)
  assert.equal(supervisor.exits.at(-1)?.signal, 'SIGKILL')
  assert.equal(supervisor.running, false)
})

test('describeExit reads the reason from the run output', async () => {
  const { supervisor } = supervised('console.log("fatal: no database"); process.exit(2)', { describeExit: (out) => out.trim().split('\n').at(-1) ?? '' })
  supervisor.start()
  await until('an exit', () => supervisor.exits.length > 0)
  await supervisor.stop()
  assert.equal(supervisor.exits[0].reason, 'fatal: no database')
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { applyHeartbeat, enabledSeconds, firstHeartbeatOfDay, uptime } from './uptime'

const T0 = 1_700_000_000
const at = (lastHeartbeatAt: number | null, coveredSeconds: number, disabledSinceHeartbeat = 0) => ({
  registeredAt: T0,
  lastHeartbeatAt,
  coveredSeconds,
  disabledSinceHeartbeat,
})
const always = (now: number) => enabledSeconds({ registeredAt: T0, disabledSeconds: 0, disabledAt: null }, now)

test('the first heartbeat covers back to registration, at most heartbeatMaxAge', () => {
  assert.deepEqual(applyHeartbeat(at(null, 0), T0 + 600, 1800), { gapSeconds: null, disabledSeconds: 0, coveredSeconds: 600 })
  assert.deepEqual(applyHeartbeat(at(null, 0), T0 + 5000, 1800), { gapSeconds: null, disabledSeconds: 0, coveredSeconds: 1800 })
})

test('later heartbeats add min(gap, maxAge) and report the gap', () => {
  assert.deepEqual(applyHeartbeat(at(T0 + 600, 600), T0 + 1200, 1800), { gapSeconds: 600, disabledSeconds: 0, coveredSeconds: 1200 })
  // a 2-hour silence only counts for the 30 minutes the registry itself would have trusted
  assert.deepEqual(applyHeartbeat(at(T0 + 1200, 1200), T0 + 1200 + 7200, 1800), { gapSeconds: 7200, disabledSeconds: 0, coveredSeconds: 3000 })
})

test('time spent disabled inside a gap is neither covered nor held against the node', () => {
  // beat, 10 min enabled, disabled 2 h, beat 5 min after coming back: 15 enabled minutes, all vouched for
  assert.deepEqual(applyHeartbeat(at(T0 + 600, 600, 7200), T0 + 600 + 900 + 7200, 1800), { gapSeconds: 8100, disabledSeconds: 7200, coveredSeconds: 1500 })
  // the cap applies to enabled time: 50 enabled minutes around a 2-hour disabled span cover 30
  assert.deepEqual(applyHeartbeat(at(T0 + 600, 600, 7200), T0 + 600 + 3000 + 7200, 1800), { gapSeconds: 10_200, disabledSeconds: 7200, coveredSeconds: 2400 })
})

test('a heartbeat in the same second adds nothing, and time never runs backwards', () => {
  assert.deepEqual(applyHeartbeat(at(T0 + 10, 10), T0 + 10, 1800), { gapSeconds: 0, disabledSeconds: 0, coveredSeconds: 10 })
  assert.deepEqual(applyHeartbeat(at(T0 + 10, 10), T0 + 5, 1800), { gapSeconds: 0, disabledSeconds: 0, coveredSeconds: 10 })
})

test('enabled time leaves out finished and open disabled spans', () => {
  assert.equal(always(T0 + 8400), 8400)
  assert.equal(enabledSeconds({ registeredAt: T0, disabledSeconds: 3600, disabledAt: null }, T0 + 8400), 4800)
  // disabled at T0 + 5000: the clock stops there however late "now" is
  const open = { registeredAt: T0, disabledSeconds: 3600, disabledAt: T0 + 5000 }
  assert.equal(enabledSeconds(open, T0 + 5000), 1400)
  assert.equal(enabledSeconds(open, T0 + 90_000), 1400)
  assert.equal(enabledSeconds({ registeredAt: T0, disabledSeconds: 0, disabledAt: null }, T0 - 10), 0)
})

test('uptime is covered / enabled time, clamped, and decays once heartbeats stop', () => {
  assert.equal(uptime(3000, always(T0 + 8400)), 3000 / 8400)
  assert.equal(uptime(3000, always(T0 + 3000)), 1)
  assert.equal(uptime(3000, always(T0 + 2000)), 1) // clamped
  assert.equal(uptime(0, always(T0)), 0)
  assert.ok(uptime(3000, always(T0 + 86_400)) < uptime(3000, always(T0 + 8400)))
})

test('a steady 60 s heartbeat keeps uptime near 1', () => {
  let state = at(null, 0)
  for (let t = T0 + 60; t <= T0 + 86_400; t += 60) state = { ...state, lastHeartbeatAt: t, coveredSeconds: applyHeartbeat(state, t, 1800).coveredSeconds }
  assert.equal(uptime(state.coveredSeconds, always(T0 + 86_400)), 1)
  assert.ok(uptime(state.coveredSeconds, always(T0 + 86_400 + 59)) > 0.999)
})

test('a node counts as active once per UTC day', () => {
  const day = Date.UTC(2026, 4, 1) // midnight
  assert.equal(firstHeartbeatOfDay(null, day + 1000), true)
  assert.equal(firstHeartbeatOfDay(day + 1000, day + 5000), false)
  assert.equal(firstHeartbeatOfDay(day - 1000, day + 1000), true)
})

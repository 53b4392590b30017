import { test } from 'node:test'
import assert from 'node:assert/strict'
import { applyHeartbeat, firstHeartbeatOfDay, uptime } from './uptime'

const T0 = 1_700_000_000

test('the first heartbeat covers back to registration, at most heartbeatMaxAge', () => {
  assert.deepEqual(applyHeartbeat({ registeredAt: T0, lastHeartbeatAt: null, coveredSeconds: 0 }, T0 + 600, 1800), { gapSeconds: null, coveredSeconds: 600 })
  assert.deepEqual(applyHeartbeat({ registeredAt: T0, lastHeartbeatAt: null, coveredSeconds: 0 }, T0 + 5000, 1800), { gapSeconds: null, coveredSeconds: 1800 })
})

test('later heartbeats add min(gap, maxAge) and report the gap', () => {
  assert.deepEqual(applyHeartbeat({ registeredAt: T0, lastHeartbeatAt: T0 + 600, coveredSeconds: 600 }, T0 + 1200, 1800), {
    gapSeconds: 600,
    coveredSeconds: 1200,
  })
  // a 2-hour silence only counts for the 30 minutes the registry itself would have trusted
  assert.deepEqual(applyHeartbeat({ registeredAt: T0, lastHeartbeatAt: T0 + 1200, coveredSeconds: 1200 }, T0 + 1200 + 7200, 1800), {
    gapSeconds: 7200,
    coveredSeconds: 3000,
  })
})

test('a heartbeat in the same second adds nothing, and time never runs backwards', () => {
  assert.deepEqual(applyHeartbeat({ registeredAt: T0, lastHeartbeatAt: T0 + 10, coveredSeconds: 10 }, T0 + 10, 1800), { gapSeconds: 0, coveredSeconds: 10 })
  assert.deepEqual(applyHeartbeat({ registeredAt: T0, lastHeartbeatAt: T0 + 10, coveredSeconds: 10 }, T0 + 5, 1800), { gapSeconds: 0, coveredSeconds: 10 })
})

test('uptime is covered / elapsed, clamped, and decays once heartbeats stop', () => {
  assert.equal(uptime(3000, T0, T0 + 8400), 3000 / 8400)
  assert.equal(uptime(3000, T0, T0 + 3000), 1)
  assert.equal(uptime(3000, T0, T0 + 2000), 1) // clamped
  assert.equal(uptime(0, T0, T0), 0)
  assert.ok(uptime(3000, T0, T0 + 86_400) < uptime(3000, T0, T0 + 8400))
})

test('a steady 60 s heartbeat keeps uptime near 1', () => {
  let state = { registeredAt: T0, lastHeartbeatAt: null as number | null, coveredSeconds: 0 }
  for (let t = T0 + 60; t <= T0 + 86_400; t += 60) state = { ...state, lastHeartbeatAt: t, coveredSeconds: applyHeartbeat(state, t, 1800).coveredSeconds }
  assert.equal(uptime(state.coveredSeconds, T0, T0 + 86_400), 1)
  assert.ok(uptime(state.coveredSeconds, T0, T0 + 86_400 + 59) > 0.999)
})

test('a node counts as active once per UTC day', () => {
  const day = Date.UTC(2026, 4, 1) // midnight
  assert.equal(firstHeartbeatOfDay(null, day + 1000), true)
  assert.equal(firstHeartbeatOfDay(day + 1000, day + 5000), false)
  assert.equal(firstHeartbeatOfDay(day - 1000, day + 1000), true)
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { dailyTotals } from './finish'
import { addMove, detectStateChanges, emptyDelta, estimateTokens, jailings, ROUNDING_DUST_PER_LOG, type LoggedDelta } from './slash'

const OPG = 10n ** 18n
const free = (tokens: bigint) => ({ tokens, jailed: false })
const deltaOf = (moves: [bigint, boolean][], unjailed = false): LoggedDelta => {
  const m = new Map<string, LoggedDelta>()
  for (const [delta, rounded] of moves) addMove(m, 'v', delta, rounded)
  return { ...(m.get('v') ?? emptyDelta()), unjailed }
}

test('no logs, no change: nothing found', () => {
  assert.deepEqual(detectStateChanges(free(100n * OPG), free(100n * OPG), emptyDelta()), { slashed: 0n, jails: [] })
})

test('a drop with no logs is a slash of exactly the drop', () => {
  assert.equal(detectStateChanges(free(100n * OPG), free(95n * OPG), emptyDelta()).slashed, 5n * OPG)
})

test('logged delegations, unbonds, cancels and redelegations explain the change', () => {
  // 100 + 20 (delegate) - 30 (unbond) + 4 (cancel) - 10 (redelegate out) + 6 (redelegate in) = 90
  const logged = deltaOf([
    [20n * OPG, false],
    [-30n * OPG, true],
    [4n * OPG, false],
    [-10n * OPG, true],
    [6n * OPG, true],
  ])
  assert.deepEqual(detectStateChanges(free(100n * OPG), free(90n * OPG), logged), { slashed: 0n, jails: [] })
})

test('a slash hidden among logged moves is the unexplained part only', () => {
  // expected 100 + 50 - 20 = 130; actual 117 → 13 OPG slashed
  const logged = deltaOf([
    [50n * OPG, false],
    [-20n * OPG, true],
  ])
  assert.equal(detectStateChanges(free(100n * OPG), free(117n * OPG), logged).slashed, 13n * OPG)
})

test('a delegation in the window does not hide a slash (delta counted, not ignored)', () => {
  // slashed 10 then a delegation of 10 restores the total: the logs say +10, so 10 is missing
  assert.equal(detectStateChanges(free(100n * OPG), free(100n * OPG), deltaOf([[10n * OPG, false]])).slashed, 10n * OPG)
})

test('share truncation on an incoming redelegation is rounding, not a slash', () => {
  const logged = deltaOf([[7n * OPG, true]])
  assert.equal(detectStateChanges(free(100n * OPG), free(107n * OPG - 2n), logged).slashed, 0n)
  assert.equal(detectStateChanges(free(100n * OPG), free(107n * OPG - ROUNDING_DUST_PER_LOG - 1n), logged).slashed, ROUNDING_DUST_PER_LOG + 1n)
  // without a rounded log, a single wei is already a slash
  assert.equal(detectStateChanges(free(100n), free(99n), emptyDelta()).slashed, 1n)
})

test('a surplus (stake moved outside the EVM) is not an event', () => {
  assert.equal(detectStateChanges(free(100n * OPG), free(150n * OPG), emptyDelta()).slashed, 0n)
})

test('a validator created in the window starts from zero', () => {
  assert.equal(detectStateChanges(free(0n), free(10n * OPG), deltaOf([[10n * OPG, false]])).slashed, 0n)
  assert.equal(detectStateChanges(free(0n), free(9n * OPG), deltaOf([[10n * OPG, false]])).slashed, 1n * OPG)
})

test('jailings: transitions and jails hidden by an unjail in the same window', () => {
  assert.deepEqual(jailings(false, false, true), ['at-end'])
  assert.deepEqual(jailings(false, false, false), [])
  assert.deepEqual(jailings(true, false, true), [])
  assert.deepEqual(jailings(true, false, false), []) // unjailed outside the EVM: copied, no event
  assert.deepEqual(jailings(true, true, false), [])
  assert.deepEqual(jailings(false, true, false), ['before-unjail'])
  assert.deepEqual(jailings(false, true, true), ['before-unjail', 'at-end'])
  assert.deepEqual(jailings(true, true, true), ['at-end'])
})

test('slash and jail together (adminSlashAndJail)', () => {
  const found = detectStateChanges(free(100n * OPG), { tokens: 90n * OPG, jailed: true }, emptyDelta())
  assert.deepEqual(found, { slashed: 10n * OPG, jails: ['at-end'] })
})

test('estimate after a failed read: last read plus the logs, never negative', () => {
  assert.equal(estimateTokens(100n, deltaOf([[-30n, true]])), 70n)
  assert.equal(estimateTokens(10n, deltaOf([[-30n, true]])), 0n)
})

test('each day of a batch gets the total staked at its end, walked back from the reading at the batch end', () => {
  const moves = new Map([
    ['2026-05-02', 30n * OPG],
    ['2026-05-03', -10n * OPG],
  ])
  const totals = dailyTotals(['2026-05-03', '2026-05-01', '2026-05-02'], 1_000n * OPG, moves)
  assert.deepEqual([...totals].sort(), [
    ['2026-05-01', 980n * OPG],
    ['2026-05-02', 1_010n * OPG],
    ['2026-05-03', 1_000n * OPG],
  ])
})

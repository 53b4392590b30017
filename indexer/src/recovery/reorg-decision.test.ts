import assert from 'node:assert/strict'
import { test } from 'node:test'
import { decideDeepReorg, type Observation, type ReorgPolicy } from './reorg-decision'

const indexed = { height: 120, hash: '0xaaa' }
const devnet: ReorgPolicy = { maxReads: 4, consentRequired: false, consentGiven: false }
const mainnet: ReorgPolicy = { maxReads: 4, consentRequired: true, consentGiven: false }
const decide = (observations: Observation[], policy = devnet) => decideDeepReorg(indexed, observations, policy)

test('the same hash (in any case) at our height means in sync, whatever came before', () => {
  assert.deepEqual(decide([{ head: 130, hash: '0xAAA' }]), { action: 'in-sync' })
  assert.deepEqual(decide([{ error: 'HTTP 502' }, { head: 120, hash: '0xaaa' }]), { action: 'in-sync' })
  // a load-balanced pool that answered from a forked or stale member once
  assert.deepEqual(
    decide([
      { head: 130, hash: '0xbbb' },
      { head: 131, hash: '0xaaa' },
    ]),
    { action: 'in-sync' },
  )
})

test('a null block, an error or a node behind our height never leads to a reset: read again, then give up', () => {
  const unverifiable: Observation[] = [{ head: 130, hash: null }, { error: 'connect ECONNREFUSED' }, { head: 119, hash: null }, { head: 100, hash: '0xbbb' }]
  for (const observation of unverifiable) {
    const first = decide([observation])
    assert.equal(first.action, 'read-again', JSON.stringify(observation))
    assert.equal(first.action === 'read-again' && first.confirming, false)
    const exhausted = decide(Array(devnet.maxReads).fill(observation))
    assert.equal(exhausted.action, 'cannot-verify', JSON.stringify(observation))
  }
  // a lagging node is named as such, even when the hash it has for a lower block differs
  const lagging = decide([{ head: 100, hash: '0xbbb' }])
  assert.match(lagging.action === 'read-again' ? lagging.reason : '', /head 100 is behind our final block 120/)
  const pruned = decide(Array(4).fill({ head: 130, hash: null }))
  assert.match(pruned.action === 'cannot-verify' ? pruned.reason : '', /no block 120/)
})

test('a different hash is read again to confirm, and only two equal different answers in a row reset', () => {
  const once = decide([{ head: 130, hash: '0xbbb' }])
  assert.deepEqual(once, { action: 'read-again', confirming: true, reason: 'the node has 0xbbb at block 120, not 0xaaa' })
  assert.deepEqual(
    decide([
      { head: 130, hash: '0xbbb' },
      { head: 132, hash: '0xBBB' },
    ]),
    { action: 'reset', chainHash: '0xbbb', nodeHead: 132 },
  )
  // two different answers are no confirmation of either
  assert.equal(
    decide([
      { head: 130, hash: '0xbbb' },
      { head: 131, hash: '0xccc' },
    ]).action,
    'read-again',
  )
  // a confirmation interrupted by an unverifiable read starts over
  assert.equal(
    decide([
      { head: 130, hash: '0xbbb' },
      { head: 130, hash: null },
      { head: 131, hash: '0xbbb' },
    ]).action,
    'read-again',
  )
  assert.equal(
    decide([
      { head: 130, hash: '0xbbb' },
      { head: 130, hash: null },
      { head: 131, hash: '0xbbb' },
      { head: 132, hash: '0xbbb' },
    ]).action,
    'reset',
  )
})

test('a divergence seen only on the last allowed read is not acted on', () => {
  const verdict = decide([{ error: 'timeout' }, { error: 'timeout' }, { error: 'timeout' }, { head: 130, hash: '0xbbb' }])
  assert.equal(verdict.action, 'cannot-verify')
  assert.match(verdict.action === 'cannot-verify' ? verdict.reason : '', /no second read in a row confirmed it/)
})

test('on a profile that needs consent, a confirmed divergence asks for it instead of resetting', () => {
  const confirmed: Observation[] = [
    { head: 130, hash: '0xbbb' },
    { head: 130, hash: '0xbbb' },
  ]
  assert.deepEqual(decide(confirmed, mainnet), { action: 'needs-consent', chainHash: '0xbbb', nodeHead: 130 })
  assert.deepEqual(decide(confirmed, { ...mainnet, consentGiven: true }), { action: 'reset', chainHash: '0xbbb', nodeHead: 130 })
  // consent does not lower the bar of evidence
  assert.equal(decide([{ head: 130, hash: null }], { ...mainnet, consentGiven: true }).action, 'read-again')
})

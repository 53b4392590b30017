import { test } from 'node:test'
import assert from 'node:assert/strict'
import { newlyNamed, teesByPaymentAddress } from './tee-directory'

test('payment addresses map to TEE ids, lowercased; nodes without one are skipped', () => {
  const map = teesByPaymentAddress([
    { id: '0x01', paymentAddress: '0xAbC', enabled: true, registeredBlock: 5 },
    { id: '0x02', paymentAddress: null, enabled: true, registeredBlock: 6 },
  ])
  assert.deepEqual([...map], [['0xabc', '0x01']])
})

test('a shared address names the enabled, latest registered node, whatever the row order', () => {
  const nodes = [
    { id: '0x0a', paymentAddress: '0xp', enabled: false, registeredBlock: 90 },
    { id: '0x0b', paymentAddress: '0xp', enabled: true, registeredBlock: 10 },
    { id: '0x0c', paymentAddress: '0xp', enabled: true, registeredBlock: 20 },
    { id: '0x0d', paymentAddress: '0xp', enabled: true, registeredBlock: 20 },
  ]
  assert.equal(teesByPaymentAddress(nodes).get('0xp'), '0x0d')
  assert.equal(teesByPaymentAddress([...nodes].reverse()).get('0xp'), '0x0d')
})

test('only addresses naming a node for the first time are reported for linking', () => {
  const before = new Map([['0xa', '0x01']])
  const after = new Map([
    ['0xa', '0x02'],
    ['0xb', '0x03'],
  ])
  const at = new Date('2026-05-01T00:00:00Z')
  assert.deepEqual(
    newlyNamed(before, after, (id) => (id === '0x03' ? at : undefined)),
    [{ address: '0xb', teeId: '0x03', since: at }],
  )
  assert.deepEqual(newlyNamed(after, after), [])
})

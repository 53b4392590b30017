import { test } from 'node:test'
import assert from 'node:assert/strict'
import { circulatingChange, circulatingSupply, totalSupply } from './supply'

const ZERO = '0x0000000000000000000000000000000000000000'
const treasury = '0x00000000000000000000000000000000000000a0'
const vesting = '0x00000000000000000000000000000000000000b0'
const holder = '0x00000000000000000000000000000000000000c0'
const dead = '0x000000000000000000000000000000000000dead'
const excluded = new Set([ZERO, treasury, vesting])

test('mint, fund, unlock, trade, burn: the running change matches the recomputed supply', () => {
  const balances = new Map<string, bigint>()
  let running = 0n
  const transfer = (from: string, to: string, amount: bigint) => {
    balances.set(from, (balances.get(from) ?? 0n) - amount)
    balances.set(to, (balances.get(to) ?? 0n) + amount)
    running += circulatingChange(from, to, amount, excluded)
    const recomputed = circulatingSupply([...excluded].map((a) => balances.get(a) ?? 0n))
    assert.equal(running, recomputed)
    return recomputed
  }
  assert.equal(transfer(ZERO, treasury, 1000n), 0n) // mint to the treasury: nothing circulates
  assert.equal(transfer(treasury, vesting, 400n), 0n) // funding a vesting contract
  assert.equal(transfer(vesting, holder, 40n), 40n) // an unlock
  assert.equal(transfer(treasury, holder, 60n), 100n)
  assert.equal(transfer(holder, dead, 10n), 100n) // sent to 0xdead: still counted, not a burn
  assert.equal(transfer(holder, ZERO, 20n), 80n) // a real burn
  assert.equal(transfer(holder, treasury, 5n), 75n) // back to the treasury
  assert.equal(totalSupply(balances.get(ZERO)!), 980n)
})

test('transfers among excluded accounts or among holders do not change it', () => {
  assert.equal(circulatingChange(treasury, vesting, 5n, excluded), 0n)
  assert.equal(circulatingChange(holder, dead, 5n, excluded), 0n)
})

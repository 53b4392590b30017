import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { encodeFunctionData, type Abi, type Hex } from 'viem'
import * as exactCodec from '../../abi/X402ExactProxy'
import * as uptoCodec from '../../abi/X402UptoProxy'
import { decodeSettleCall, readCanonicalSettle } from './settle'

// the JSON ABIs the decoders were generated from, read from the source tree (lib/base/payments → abi/)
const abiDir = path.resolve(__dirname, '../../../abi')
const exactAbi = JSON.parse(fs.readFileSync(path.join(abiDir, 'X402ExactProxy.json'), 'utf8')) as Abi
const uptoAbi = JSON.parse(fs.readFileSync(path.join(abiDir, 'X402UptoProxy.json'), 'utf8')) as Abi

const opg = '0xfbc2051ae2265686a469421b2c5a2d5462fbf5eb'
const payer = '0x1111111111111111111111111111111111111111'
const payTo = '0x2222222222222222222222222222222222222222'
const facilitator = '0x3333333333333333333333333333333333333333'
const signature = `0x${'ab'.repeat(65)}` as Hex
const permit = { permitted: { token: opg, amount: 10n ** 17n }, nonce: 7n, deadline: 1_800_000_000n }
const permit2612 = { value: 10n ** 17n, deadline: 1_800_000_000n, r: `0x${'01'.repeat(32)}` as Hex, s: `0x${'02'.repeat(32)}` as Hex, v: 27 }

test('exact settle: payer is owner, payee is witness.to, amount is the permitted amount', () => {
  const input = encodeFunctionData({ abi: exactAbi, functionName: 'settle', args: [permit, payer, { to: payTo, validAfter: 1n }, signature] })
  assert.ok(input.startsWith('0x13cd3b53'))
  assert.deepEqual(decodeSettleCall('exact', input), { token: opg, payer, payee: payTo, amount: 10n ** 17n, withPermit: false })
})

test('exact settleWithPermit is read the same way and flagged', () => {
  const input = encodeFunctionData({
    abi: exactAbi,
    functionName: 'settleWithPermit',
    args: [permit2612, permit, payer, { to: payTo, validAfter: 1n }, signature],
  })
  assert.ok(input.startsWith('0xfa340378'))
  assert.deepEqual(decodeSettleCall('exact', input), { token: opg, payer, payee: payTo, amount: 10n ** 17n, withPermit: true })
})

test('upto settle: the settled amount and the facilitator come from the call', () => {
  const input = encodeFunctionData({
    abi: uptoAbi,
    functionName: 'settle',
    args: [permit, 12345n, payer, { to: payTo, facilitator, validAfter: 1n }, signature],
  })
  assert.ok(input.startsWith('0xff11e7b4'))
  assert.deepEqual(decodeSettleCall('upto', input), { token: opg, payer, payee: payTo, facilitator, amount: 12345n, withPermit: false })
})

test('upto settleWithPermit', () => {
  const input = encodeFunctionData({
    abi: uptoAbi,
    functionName: 'settleWithPermit',
    args: [permit2612, permit, 999n, payer, { to: payTo, facilitator, validAfter: 1n }, signature],
  })
  assert.ok(input.startsWith('0x016c1748'))
  assert.deepEqual(decodeSettleCall('upto', input), { token: opg, payer, payee: payTo, facilitator, amount: 999n, withPermit: true })
})

test('checksummed addresses in the call come back lowercase', () => {
  const input = encodeFunctionData({
    abi: exactAbi,
    functionName: 'settle',
    args: [{ ...permit, permitted: { token: '0xFbC2051AE2265686a469421b2C5A2D5462FbF5eB', amount: 1n } }, payer, { to: payTo, validAfter: 1n }, signature],
  })
  assert.equal(decodeSettleCall('exact', input)?.token, opg)
})

test("anything else is undefined: another selector, the other proxy's calldata, truncated data", () => {
  const uptoInput = encodeFunctionData({
    abi: uptoAbi,
    functionName: 'settle',
    args: [permit, 1n, payer, { to: payTo, facilitator, validAfter: 1n }, signature],
  })
  assert.equal(decodeSettleCall('exact', uptoInput), undefined)
  assert.equal(decodeSettleCall('upto', '0xac9650d8' + '00'.repeat(64)), undefined) // multicall(bytes[])
  assert.equal(decodeSettleCall('upto', uptoInput.slice(0, 100)), undefined)
  assert.equal(decodeSettleCall('upto', '0x'), undefined)
})

test('the fixed-offset reading agrees with the generic decoder on many random settle calls of both proxies', () => {
  let state = 0xc0ffee
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31)
  const hex = (bytes: number) => `0x${Array.from({ length: bytes }, () => (random() % 256).toString(16).padStart(2, '0')).join('')}` as Hex
  const uint = () => BigInt(hex(1 + (random() % 32)))
  for (let i = 0; i < 300; i++) {
    const p = { permitted: { token: hex(20), amount: uint() }, nonce: uint(), deadline: uint() }
    const sig = hex(random() % 140)
    const exactInput = encodeFunctionData({ abi: exactAbi, functionName: 'settle', args: [p, hex(20), { to: hex(20), validAfter: uint() }, sig] })
    const generic = exactCodec.functions.settle.decode(exactInput)
    assert.deepEqual(readCanonicalSettle('exact', exactInput), {
      token: generic.permit.permitted.token,
      payer: generic.owner,
      payee: generic.witness.to,
      amount: generic.permit.permitted.amount,
      withPermit: false,
    })
    const uptoInput = encodeFunctionData({
      abi: uptoAbi,
      functionName: 'settle',
      args: [p, uint(), hex(20), { to: hex(20), facilitator: hex(20), validAfter: uint() }, sig],
    })
    const u = uptoCodec.functions.settle.decode(uptoInput)
    assert.deepEqual(readCanonicalSettle('upto', uptoInput), {
      token: u.permit.permitted.token,
      payer: u.owner,
      payee: u.witness.to,
      facilitator: u.witness.facilitator,
      amount: u.amount,
      withPermit: false,
    })
  }
})

test('only the canonical shape is read at fixed offsets; the rest goes to the generic decoder', () => {
  const input = encodeFunctionData({ abi: exactAbi, functionName: 'settle', args: [permit, payer, { to: payTo, validAfter: 1n }, signature] })
  const expected = { token: opg, payer, payee: payTo, amount: 10n ** 17n, withPermit: false }
  const dirtyOwner = `${input.slice(0, 10 + 64 * 4)}${'f'.repeat(24)}${input.slice(10 + 64 * 4 + 24)}`
  const odd = [
    `${input}00`, // trailing bytes
    input.slice(0, -2), // a signature word cut short
    input.toUpperCase().replace('0X', '0x'), // uppercase hex
    dirtyOwner, // an address word with dirty padding
  ]
  for (const o of odd) assert.equal(readCanonicalSettle('exact', o), undefined, o.slice(0, 20))
  // settleWithPermit always takes the generic path
  const withPermit = encodeFunctionData({
    abi: exactAbi,
    functionName: 'settleWithPermit',
    args: [permit2612, permit, payer, { to: payTo, validAfter: 1n }, signature],
  })
  assert.equal(readCanonicalSettle('exact', withPermit), undefined)
  // and decodeSettleCall still answers for the lenient cases the generic decoder accepts
  assert.deepEqual(decodeSettleCall('exact', `${input}00`), expected)
  assert.deepEqual(decodeSettleCall('exact', input), expected)
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { encodeAbiParameters, encodeEventTopics, parseAbi } from 'viem'
import * as erc20 from '../../abi/ERC20'
import { decodeOpgLog, decodeStandardTransfer } from './decode'

const abi = parseAbi([
  'event Transfer(address indexed from, address indexed to, uint256 value)',
  'event Approval(address indexed owner, address indexed spender, uint256 value)',
])
const alice = '0x00000000000000000000000000000000000a11ce'
const bob = '0x0000000000000000000000000000000000000b0b'

test('a Transfer decodes to lowercase addresses and the amount in wei', () => {
  const topics = encodeEventTopics({ abi, eventName: 'Transfer', args: { from: alice, to: bob } }) as string[]
  const data = encodeAbiParameters([{ type: 'uint256' }], [123n * 10n ** 18n])
  assert.deepEqual(decodeOpgLog({ topics, data }), { from: alice, to: bob, amount: 123n * 10n ** 18n })
})

test('an Approval needs no row', () => {
  const topics = encodeEventTopics({ abi, eventName: 'Approval', args: { owner: alice, spender: bob } }) as string[]
  assert.equal(decodeOpgLog({ topics, data: encodeAbiParameters([{ type: 'uint256' }], [1n]) }), undefined)
})

test('a Transfer with a missing indexed topic throws, for the caller to record', () => {
  const topics = (encodeEventTopics({ abi, eventName: 'Transfer', args: { from: alice, to: bob } }) as string[]).slice(0, 2)
  assert.throws(() => decodeOpgLog({ topics, data: encodeAbiParameters([{ type: 'uint256' }], [1n]) }))
})

test('the direct Transfer reading agrees with the ABI decoder on many random transfers, mixed-case hex included', () => {
  let state = 0x5eed
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31)
  const hex = (chars: number) => Array.from({ length: chars }, () => '0123456789abcdefABCDEF'[random() % 22]).join('')
  for (let i = 0; i < 500; i++) {
    const log = { topics: [erc20.events.Transfer.topic, `0x${'0'.repeat(24)}${hex(40)}`, `0x${'0'.repeat(24)}${hex(40)}`], data: `0x${hex(64)}` }
    const fast = decodeStandardTransfer(log)
    const generic = erc20.events.Transfer.decode(log)
    assert.deepEqual(fast, { from: generic.from, to: generic.to, amount: generic.value })
    assert.deepEqual(decodeOpgLog(log), fast)
  }
})

test('odd Transfers are left to the ABI decoder: extra data, dirty address padding, a missing topic', () => {
  const topics = encodeEventTopics({ abi, eventName: 'Transfer', args: { from: alice, to: bob } }) as string[]
  const data = encodeAbiParameters([{ type: 'uint256' }], [7n])
  const odd = [
    { topics, data: `${data}00` },
    { topics: [topics[0], `0x${'f'.repeat(24)}${topics[1].slice(26)}`, topics[2]], data },
    { topics: topics.slice(0, 2), data },
  ]
  for (const log of odd) assert.equal(decodeStandardTransfer(log), undefined)
  // the generic decoder still reads a Transfer with trailing bytes
  assert.deepEqual(decodeOpgLog(odd[0]), { from: alice, to: bob, amount: 7n })
})

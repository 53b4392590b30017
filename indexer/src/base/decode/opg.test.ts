import { test } from 'node:test'
import assert from 'node:assert/strict'
import { encodeAbiParameters, encodeEventTopics, parseAbi } from 'viem'
import { decodeOpgLog } from './opg'

const abi = parseAbi(['event Transfer(address indexed from, address indexed to, uint256 value)', 'event Approval(address indexed owner, address indexed spender, uint256 value)'])
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

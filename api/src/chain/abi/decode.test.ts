// Logs and calls encoded by viem (an independent ABI encoder) from our own ABI files, decoded by the API's registry.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { encodeAbiParameters, encodeEventTopics, encodeFunctionData, erc20Abi, keccak256, toBytes, toFunctionSelector, type Abi } from 'viem'
import { decodeParams } from './decode'
import { keccakText } from './keccak'
import { KNOWN_ABIS } from './known-abis'
import { decodeLog, methodOf, signatureOf } from './registry'

const abi = (name: string) => KNOWN_ABIS[name] as unknown as Abi

test('keccak256 equals viem’s on empty, short, one-block-edge and multi-block inputs', () => {
  for (const s of ['', 'Transfer(address,address,uint256)', 'a'.repeat(135), 'a'.repeat(136), 'b'.repeat(137), 'c'.repeat(500)]) {
    assert.equal(keccakText(s), keccak256(toBytes(s)), `length ${s.length}`)
  }
})

test('a BatchSettlement log (indexed bytes32, uint256, dynamic bytes) decodes to the fields it was encoded from', () => {
  const root = `0x${'ab'.repeat(32)}` as const
  const blobId = '0x68656c6c6f2d77616c727573' as const
  const topics = encodeEventTopics({ abi: abi('InferenceSettlementRelay'), eventName: 'BatchSettlement', args: { merkleRoot: root } } as never)
  const data = encodeAbiParameters([{ type: 'uint256' }, { type: 'bytes' }], [123456789012345678901234567890n, blobId])
  const decoded = decodeLog(topics as string[], data)
  assert.ok(decoded)
  assert.equal(decoded.name, 'BatchSettlement')
  assert.equal(decoded.contract, 'InferenceSettlementRelay')
  assert.deepEqual(
    decoded.args.map((a) => [a.name, a.value, a.indexed]),
    [
      ['merkleRoot', root, true],
      ['batchSize', '123456789012345678901234567890', false],
      ['walrusBlobId', blobId, false],
    ],
  )
})

test('an ERC-20 Transfer decodes its indexed addresses from topics', () => {
  const from = '0x1111111111111111111111111111111111111111'
  const to = '0x2222222222222222222222222222222222222222'
  const topics = encodeEventTopics({ abi: abi('ERC20'), eventName: 'Transfer', args: { from, to } } as never)
  const decoded = decodeLog(topics as string[], encodeAbiParameters([{ type: 'uint256' }], [10n ** 24n]))
  assert.deepEqual(
    decoded?.args.map((a) => a.value),
    [from, to, (10n ** 24n).toString()],
  )
})

test('every event’s topic and every function’s selector equal viem’s, so each is recognised', () => {
  let checked = 0
  for (const entries of Object.values(KNOWN_ABIS)) {
    for (const e of entries) {
      if (e.type === 'event') {
        const [topic0] = encodeEventTopics({ abi: [e] as unknown as Abi, eventName: e.name } as never) as string[]
        const indexed = e.inputs.filter((i) => i.indexed).map(() => `0x${'00'.repeat(32)}`)
        const noData = e.inputs.every((i) => i.indexed)
        // recognised by topic: a log with its indexed topics but no data decodes only when the event has no data fields
        assert.equal(decodeLog([topic0, ...indexed], '0x') !== null, noData, `${e.name}`)
        assert.equal(keccakText(signatureOf(e)), topic0, e.name)
      } else {
        assert.equal(methodOf(`${toFunctionSelector(signatureOf(e))}00`)?.signature, signatureOf(e))
      }
      checked++
    }
  }
  assert.ok(checked > 40, `${checked} entries`)
})

test('int, bool, string, fixed and dynamic arrays and tuples decode as viem encoded them', () => {
  const params = [
    { name: 'a', type: 'int24' },
    { name: 'b', type: 'bool' },
    { name: 'c', type: 'string' },
    { name: 'd', type: 'uint32[]' },
    {
      name: 'e',
      type: 'tuple[]',
      components: [
        { name: 'x', type: 'address' },
        { name: 'y', type: 'string[]' },
      ],
    },
    { name: 'f', type: 'int128' },
  ] as const
  const e = [{ x: '0x3333333333333333333333333333333333333333', y: ['p', 'q'] }] as const
  const data = encodeAbiParameters(params, [-5, true, 'héllo', [1, 2, 3], e, -(2n ** 100n)] as never)
  assert.deepEqual(decodeParams(params, data), ['-5', true, 'héllo', ['1', '2', '3'], [{ x: e[0].x, y: ['p', 'q'] }], (-(2n ** 100n)).toString()])
})

test('a length pointing past the data throws instead of reading garbage', () => {
  const data = encodeAbiParameters([{ type: 'bytes' }], ['0x1234'])
  const cut = data.slice(0, data.length - 64)
  assert.throws(() => decodeParams([{ name: 'b', type: 'bytes' }], cut))
  assert.equal(decodeLog([keccakText('BatchSettlement(bytes32,uint256,bytes)'), `0x${'00'.repeat(32)}`], cut), null)
})

test('a call’s selector is named from our ABIs or the common list, and an unknown one is left unnamed', () => {
  const transfer = encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: ['0x1111111111111111111111111111111111111111', 5n] })
  assert.deepEqual(methodOf(transfer), { selector: '0xa9059cbb', name: 'transfer', signature: 'transfer(address,uint256)' })
  const settle = KNOWN_ABIS.InferenceSettlementRelay.find((x) => x.name === 'batchSettle')
  const call = encodeFunctionData({ abi: [settle] as unknown as Abi, functionName: 'batchSettle', args: [`0x${'11'.repeat(32)}`, 3n, '0x01'] } as never)
  assert.equal(methodOf(call)?.name, 'batchSettle')
  assert.deepEqual(methodOf('0xdeadbeef00'), { selector: '0xdeadbeef', name: null, signature: null })
  assert.equal(methodOf('0x'), null)
})

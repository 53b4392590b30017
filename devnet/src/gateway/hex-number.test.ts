import assert from 'node:assert/strict'
import { test } from 'node:test'
import { hexToNumber } from './hex-number'

const obvious = (hex: string | number) => (typeof hex === 'number' ? hex : Number(BigInt(hex)))

test('hexToNumber gives what Number(BigInt(hex)) gives, for short, long, upper-case and padded quantities', () => {
  const samples: (string | number)[] = [
    '0x0',
    '0x1',
    '0xa',
    '0xF',
    '0xff',
    '0x00ff',
    '0X1f',
    '0xdeadBEEF',
    '0x1fffffffffffff',
    '0x20000000000000',
    '0xffffffffffffff',
    7,
    `0x${'f'.repeat(64)}`,
  ]
  for (let i = 0; i < 2000; i++) samples.push(`0x${Math.floor(Math.random() * 2 ** 53).toString(16)}`)
  for (const hex of samples) assert.equal(hexToNumber(hex), obvious(hex), String(hex))
})

test('hexToNumber refuses what BigInt refuses, with the same error', () => {
  for (const bad of ['0x', '0x1g', '12z', '0x-1', 'x12'])
    assert.throws(
      () => hexToNumber(bad),
      (e: Error) => assert.throws(() => obvious(bad), { message: e.message }) === undefined,
    )
})

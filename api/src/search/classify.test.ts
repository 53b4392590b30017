import { test } from 'node:test'
import assert from 'node:assert/strict'
import { classify } from './classify'

const h32 = '0x' + 'Ab'.repeat(32)

test('hex shapes are recognised and lowercased', () => {
  assert.deepEqual(classify(` ${h32} `), { shape: 'hash', value: h32.toLowerCase() })
  assert.deepEqual(classify('0x' + 'C'.repeat(40)), { shape: 'address', value: '0x' + 'c'.repeat(40) })
  assert.equal(classify(`${h32}-4`).shape, 'eventId')
  assert.equal(classify(`${h32}-4-12`).shape, 'eventId')
})

test('a hash, address or event id pasted without 0x is the same id', () => {
  assert.deepEqual(classify(h32.slice(2)), classify(h32))
  assert.deepEqual(classify('C'.repeat(40)), { shape: 'address', value: '0x' + 'c'.repeat(40) })
  assert.deepEqual(classify(`${h32.slice(2)}-4-12`), { shape: 'eventId', value: `${h32.toLowerCase()}-4-12` })
})

test('block numbers, with or without thousands separators', () => {
  assert.deepEqual(classify('1234'), { shape: 'blockNumber', value: '1234' })
  assert.deepEqual(classify('#1,234,567'), { shape: 'blockNumber', value: '1234567' })
  assert.deepEqual(classify('0'), { shape: 'blockNumber', value: '0' })
  assert.notEqual(classify('1'.repeat(13)).shape, 'blockNumber')
})

test('the start of a hex id, and ids as lists shorten them, are prefixes', () => {
  assert.deepEqual(classify('0x2588'), { shape: 'prefix', value: '0x2588' })
  assert.deepEqual(classify('2588ab'), { shape: 'prefix', value: '0x2588ab' })
  assert.deepEqual(classify('0x2588…-6'), { shape: 'prefix', value: '0x2588', suffix: '-6' })
  assert.deepEqual(classify('0x2588...-6-3'), { shape: 'prefix', value: '0x2588', suffix: '-6-3' })
  assert.deepEqual(classify('0x1234…7890'), { shape: 'prefix', value: '0x1234', suffix: '7890' })
  assert.equal(classify('0x123').shape, 'text', 'three digits match too much')
})

test('blob ids and text', () => {
  assert.equal(classify('NWf8Y9ysv2xadKX0XorwyoAc3cD-0UCr_Wo-Vb3Qox8').shape, 'blobId')
  assert.equal(classify('a'.repeat(43)).shape, 'blobId', 'a 43-character id is read as a blob id, not as a prefix')
  assert.deepEqual(classify('Atlas'), { shape: 'text', value: 'Atlas' })
  assert.equal(classify("'; drop table settlement; --").shape, 'text')
})

test('empty, one-character and oversized queries are BAD_USER_INPUT', () => {
  for (const q of ['', '   ', 'a', 'x'.repeat(201)])
    assert.throws(
      () => classify(q),
      (e: any) => e.extensions?.code === 'BAD_USER_INPUT',
      JSON.stringify(q),
    )
})

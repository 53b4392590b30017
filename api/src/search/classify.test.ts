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

test('blob ids and text', () => {
  assert.equal(classify('NWf8Y9ysv2xadKX0XorwyoAc3cD-0UCr_Wo-Vb3Qox8').shape, 'blobId')
  assert.deepEqual(classify('Atlas'), { shape: 'text', value: 'Atlas' })
  assert.equal(classify("'; drop table settlement; --").shape, 'text')
  assert.equal(classify('0x1234').shape, 'text')
})

test('empty, one-character and oversized queries are BAD_USER_INPUT', () => {
  for (const q of ['', '   ', 'a', 'x'.repeat(201)])
    assert.throws(
      () => classify(q),
      (e: any) => e.extensions?.code === 'BAD_USER_INPUT',
      JSON.stringify(q),
    )
})

import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { TEE_TYPE_NAMES, teeTypeName } from './tee-types.js'

test('types are named with their number, and a later type by its number alone', () => {
  assert.equal(teeTypeName(0), 'LLM proxy (type 0)')
  assert.equal(teeTypeName(1), 'Validator (type 1)')
  assert.equal(teeTypeName(7), 'type 7')
  assert.equal(teeTypeName(null), 'unknown type')
})

test('the names are the ones the sources record', () => {
  const sources = fs.readFileSync(path.join(__dirname, '../../docs/sources.md'), 'utf8')
  const line = sources.split('\n').find((l) => l.startsWith('TEE types:')) ?? ''
  for (const [type, name] of Object.entries(TEE_TYPE_NAMES)) assert.match(line, new RegExp(`${type} = ${name.replace(/ /g, '')}`, 'i'))
})

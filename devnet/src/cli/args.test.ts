import { test } from 'node:test'
import assert from 'node:assert/strict'
import { DEFAULT_BACKGROUND, MAINNET_BACKGROUND } from '../sim/background'
import { parseBackground, parseSimulationArgs } from './args'

test('--background takes a rate per Base block or "mainnet", and defaults to the modest level', () => {
  assert.equal(parseSimulationArgs([]).background, DEFAULT_BACKGROUND)
  assert.equal(parseSimulationArgs(['--background', '0']).background, 0)
  assert.equal(parseSimulationArgs(['--background', '12.5']).background, 12.5)
  assert.equal(parseBackground('mainnet'), MAINNET_BACKGROUND)
  assert.ok(MAINNET_BACKGROUND >= 100, 'a mainnet-sized block holds hundreds of transactions')
})

test('a bad --background value is an error naming the flag', () => {
  for (const bad of ['', '-1', 'lots', 'NaN']) assert.throws(() => parseBackground(bad), /--background/)
})

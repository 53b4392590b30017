import { test } from 'node:test'
import assert from 'node:assert/strict'
import { bech32ToHex, operatorId } from './operator'

test('operator addresses in hex and bech32 name the same validator id', () => {
  // BIP-173 test vector: the 20-byte witness program of bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4
  assert.equal(bech32ToHex('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'), undefined, 'a segwit address carries a version group first, so it is not 20 bytes')
  // cosmos valoper of the same bytes as 0x751e76e8199196d454941c45d1b3a323f1433bd6
  assert.equal(operatorId('cosmosvaloper1w508d6qejxtdg4y5r3zarvary0c5xw7klfr0rt'), '0x751e76e8199196d454941c45d1b3a323f1433bd6')
  assert.equal(operatorId('ogvaloper1w508d6qejxtdg4y5r3zarvary0c5xw7kemh4yj'), '0x751e76e8199196d454941c45d1b3a323f1433bd6')
  assert.equal(operatorId('0x751E76E8199196D454941C45D1B3A323F1433BD6'), '0x751e76e8199196d454941c45d1b3a323f1433bd6')
})

test('a corrupted or foreign operator address is refused, not guessed', () => {
  assert.equal(operatorId('cosmosvaloper1w508d6qejxtdg4y5r3zarvary0c5xw7klfr0rx'), undefined, 'bad checksum')
  assert.equal(operatorId(''), undefined)
  assert.equal(operatorId('0x1234'), undefined)
  assert.equal(operatorId('not an address'), undefined)
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { decodeTeeInfo, decodeTeeLog, getTeeCall, decodeHeartbeatMaxAge } from './decode'
import { getAddress } from 'viem'
import { eventLog, functionResult, loadAbi } from '../handler-fixtures'

const abi = loadAbi('TEERegistry')
const TEE = '0xAB' + '11'.repeat(31)
const PCR = '0x' + '22'.repeat(32)
const OWNER = getAddress('0x00000000000000000000000000000000000000aa') // checksummed: mixed case

test('TEERegistered: id and owner come out lowercase, type from the data', () => {
  const e = decodeTeeLog(eventLog(abi, 'TEERegistered', { teeId: TEE, owner: OWNER, teeType: 1 }))
  assert.deepEqual(e, { type: 'registered', teeId: TEE.toLowerCase(), owner: OWNER.toLowerCase(), teeType: 1 })
})

test('HeartbeatReceived carries the enclave-signed timestamp', () => {
  const e = decodeTeeLog(eventLog(abi, 'HeartbeatReceived', { teeId: TEE, timestamp: 1_700_000_123n }))
  assert.deepEqual(e, { type: 'heartbeat', teeId: TEE.toLowerCase(), reportedAt: 1_700_000_123n })
})

test('both PCRRevoked variants decode; the legacy one has no type', () => {
  assert.deepEqual(decodeTeeLog(eventLog(abi, 'PCRRevoked', { pcrHash: PCR, teeType: 0 }, 2)), { type: 'pcr-revoked', pcrHash: PCR, teeType: 0 })
  assert.deepEqual(decodeTeeLog(eventLog(abi, 'PCRRevoked', { pcrHash: PCR }, 1)), { type: 'pcr-revoked', pcrHash: PCR, teeType: null })
})

test('PCRApproved, TEEEnabled, TEEDisabled', () => {
  assert.deepEqual(decodeTeeLog(eventLog(abi, 'PCRApproved', { pcrHash: PCR, teeType: 1, version: 'v1.2' })), {
    type: 'pcr-approved',
    pcrHash: PCR,
    teeType: 1,
    version: 'v1.2',
  })
  assert.deepEqual(decodeTeeLog(eventLog(abi, 'TEEEnabled', { teeId: TEE })), { type: 'enabled', teeId: TEE.toLowerCase() })
  assert.deepEqual(decodeTeeLog(eventLog(abi, 'TEEDisabled', { teeId: TEE })), { type: 'disabled', teeId: TEE.toLowerCase() })
})

test('events we do not store map to undefined, not to an error', () => {
  assert.equal(decodeTeeLog(eventLog(abi, 'TEETypeAdded', { typeId: 0, name: 'LLMProxy' })), undefined)
  assert.equal(decodeTeeLog(eventLog(abi, 'AWSCertificateUpdated', { certHash: PCR })), undefined)
})

test('a truncated log of a known topic throws', () => {
  const log = eventLog(abi, 'HeartbeatReceived', { teeId: TEE, timestamp: 1n })
  assert.throws(() => decodeTeeLog({ topics: log.topics, data: '0x' }))
})

test('getTEE: call data and result mapping', () => {
  assert.equal(getTeeCall(TEE).slice(0, 10), '0x418b207d')
  const hex = functionResult(abi, 'getTEE', {
    owner: OWNER,
    paymentAddress: getAddress('0x00000000000000000000000000000000000000bb'),
    endpoint: 'https://tee.example:443',
    publicKey: '0x3082010A0282',
    tlsCertificate: '0x',
    pcrHash: PCR,
    teeType: 0,
    enabled: true,
    registeredAt: 1_700_000_000n,
    lastHeartbeatAt: 1_700_000_000n,
  })
  assert.deepEqual(decodeTeeInfo(hex), {
    owner: OWNER.toLowerCase(),
    paymentAddress: '0x00000000000000000000000000000000000000bb',
    endpoint: 'https://tee.example:443',
    publicKey: '0x3082010a0282',
    pcrHash: PCR,
    teeType: 0,
    enabled: true,
    registeredAt: 1_700_000_000,
  })
  assert.equal(decodeHeartbeatMaxAge(functionResult(abi, 'heartbeatMaxAge', 1800n)), 1800)
})

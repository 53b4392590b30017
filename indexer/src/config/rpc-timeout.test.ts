import { test } from 'node:test'
import assert from 'node:assert/strict'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createBaseProcessor } from '../base/processor'
import { createOgProcessor } from '../og/processor'
import { rpcNodeReader } from '../recovery/node-reader'
import { StateReader } from '../rpc/state-reader'
import { loadProfile, parseEnv } from './env'
import { jsonRpc } from './start-blocks-rpc'
import { DEFAULT_RPC_TIMEOUT_MS } from './rpc-timeout'

const MAINNET = { PROFILE: 'mainnet', OG_RPC_URL: 'https://og.example', BASE_RPC_URL: 'https://base.example' }

test('RPC_TIMEOUT_MS and BLOB_RETRY_MAX_DELAY_MS are read once into the profile; empty means unset; a bad value names its variable', () => {
  const set = loadProfile(parseEnv({ ...MAINNET, RPC_TIMEOUT_MS: '2500', BLOB_RETRY_MAX_DELAY_MS: '1000' }))
  assert.deepEqual([set.og.rpcTimeoutMs, set.base.rpcTimeoutMs, set.blobRetryMaxDelayMs], [2500, 2500, 1000])
  const unset = loadProfile(parseEnv({ ...MAINNET, RPC_TIMEOUT_MS: '', BLOB_RETRY_MAX_DELAY_MS: ' ' }))
  assert.deepEqual([unset.og.rpcTimeoutMs, unset.base.rpcTimeoutMs, unset.blobRetryMaxDelayMs], [undefined, undefined, undefined])
  for (const bad of ['0', '-5', '1.5', 'soon', '99999999']) {
    assert.throws(() => parseEnv({ RPC_TIMEOUT_MS: bad }), /RPC_TIMEOUT_MS/, bad)
    assert.throws(() => parseEnv({ BLOB_RETRY_MAX_DELAY_MS: bad }), /BLOB_RETRY_MAX_DELAY_MS/, bad)
  }
})

test("the processors' own client gets the same timeout, and Subsquid's default is the indexer's default", () => {
  const profile = loadProfile(parseEnv({ ...MAINNET, RPC_TIMEOUT_MS: '2500' }))
  // the endpoint settings are private to EvmBatchProcessor; reading them is the only way to see what it was given
  const timeoutOf = (p: object) => (p as unknown as { rpcEndpoint: { requestTimeout?: number } }).rpcEndpoint.requestTimeout
  assert.equal(timeoutOf(createOgProcessor(profile)), 2500)
  assert.equal(timeoutOf(createBaseProcessor(profile)), 2500)
  // unset: Subsquid falls back to its own 30 s (processor.js: `requestTimeout ?? 30000`), which ours equals
  assert.equal(timeoutOf(createOgProcessor(loadProfile(parseEnv(MAINNET)))), undefined)
  assert.equal(DEFAULT_RPC_TIMEOUT_MS, 30_000)
})

test('a node that never answers is given up on after the timeout by every reader the indexer has', async (t) => {
  const held: http.ServerResponse[] = []
  const server = http.createServer((_req, res) => held.push(res))
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  t.after(() => {
    for (const res of held) res.destroy()
    server.close()
  })
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const within = async (what: string, read: () => Promise<unknown>) => {
    const started = Date.now()
    await assert.rejects(read(), Error, what)
    // far below the default: the setting, not the default, ended the wait
    assert.ok(Date.now() - started < 10_000, `${what} waited ${Date.now() - started} ms`)
  }
  await within('node reader', () => rpcNodeReader(url, 200).head())
  await within('start-block discovery', () => jsonRpc(url, { timeoutMs: 200, backoffMs: [] })('eth_blockNumber'))
  await within('state reader', () => new StateReader(url, undefined, () => {}, { timeoutMs: 200 }).blockNumber(1))
})

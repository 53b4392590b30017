import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { loadProfile, parseEnv } from '../config/env'
import { SQD_BASE_MAINNET_GATEWAY } from './gateway-check'

const mainnet = { PROFILE: 'mainnet', OG_RPC_URL: 'https://og.example', BASE_RPC_URL: 'https://base.example' }
const profileOf = (env: Record<string, string>) => loadProfile(parseEnv(env))

test('mainnet: a key turns on the public Base dataset; no key means RPC only; an explicit URL wins', () => {
  assert.equal(profileOf(mainnet).base.gatewayUrl, undefined)
  const keyed = profileOf({ ...mainnet, SQD_API_KEY: 'k' }).base
  assert.equal(keyed.gatewayUrl, SQD_BASE_MAINNET_GATEWAY)
  assert.equal(keyed.gatewayApiKey, 'k')
  // a self-hosted gateway may need no key
  assert.equal(profileOf({ ...mainnet, BASE_GATEWAY_URL: 'https://gw.example/base' }).base.gatewayUrl, 'https://gw.example/base')
  // empty values are unset, as in .env files
  assert.equal(profileOf({ ...mainnet, SQD_API_KEY: '', BASE_GATEWAY_URL: '' }).base.gatewayUrl, undefined)
  assert.equal(profileOf({ ...mainnet, SQD_API_KEY: 'k', BASE_GATEWAY: 'off' }).base.gatewayUrl, undefined)
  assert.throws(() => parseEnv({ ...mainnet, BASE_GATEWAY: 'maybe' }), /BASE_GATEWAY: use on \(the default\) or off/)
})

test('devnet: Base goes through the gateway the deployments file names, unless turned off', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-config-'))
  try {
    const at = (n: number, kind = 'contract') => ({ address: `0x${n.toString(16).padStart(40, '0')}`, block: 1, kind })
    const file = path.join(dir, 'deployments.json')
    fs.writeFileSync(
      file,
      JSON.stringify({
        blobStoreUrl: 'http://127.0.0.1:9002',
        labels: [],
        chains: {
          og: {
            chainId: 1,
            rpcUrl: 'http://127.0.0.1:8545',
            contracts: { StakingPrecompile: at(1), DistributionPrecompile: at(2), SlashingPrecompile: at(3), InferencePrecompile: at(4) },
          },
          base: {
            chainId: 2,
            rpcUrl: 'http://127.0.0.1:8546',
            gatewayUrl: 'http://127.0.0.1:9003/network/base-devnet',
            contracts: { OPG: at(5), X402ExactPermit2Proxy: at(6), X402UptoPermit2Proxy: at(7) },
          },
        },
      }),
    )
    const env = { DEVNET_DEPLOYMENTS: file }
    assert.equal(profileOf(env).base.gatewayUrl, 'http://127.0.0.1:9003/network/base-devnet')
    assert.equal(profileOf({ ...env, BASE_GATEWAY: 'off' }).base.gatewayUrl, undefined)
    const keyed = profileOf({ ...env, BASE_GATEWAY_URL: 'http://127.0.0.1:9999/network/base-devnet', SQD_API_KEY: 'k' }).base
    assert.deepEqual([keyed.gatewayUrl, keyed.gatewayApiKey], ['http://127.0.0.1:9999/network/base-devnet', 'k'])
    // in docker compose the devnet is reached by its service name, the gateway too
    assert.equal(profileOf({ ...env, DEVNET_SERVICE_HOST: 'devnet' }).base.gatewayUrl, 'http://devnet:9003/network/base-devnet')
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})

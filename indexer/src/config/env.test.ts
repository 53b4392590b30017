import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { FIXED_ADDRESSES } from '@og-explorer/common'
import { loadProfile, parseEnv } from './env'
import { trustedOgAddresses } from './profile'

test('an unknown profile or a bad URL is rejected with the variable named', () => {
  assert.throws(() => parseEnv({ PROFILE: 'testnet' }), /PROFILE/)
  assert.throws(() => parseEnv({ OG_RPC_URL: 'not a url' }), /OG_RPC_URL/)
  assert.throws(() => parseEnv({ OG_FINALITY: '-3' }), /OG_FINALITY/)
})

test('an empty or blank variable means unset: no invalid URL, no block 0, no finality 0', () => {
  const env = parseEnv({ PROFILE: '', OG_RPC_URL: '', BASE_GATEWAY_URL: '  ', OG_TO_BLOCK: '', BASE_FINALITY: '', ALLOW_REINDEX: '', SQD_API_KEY: '' })
  assert.equal(env.PROFILE, 'devnet', 'the default applies')
  assert.equal(env.OG_RPC_URL, undefined)
  assert.equal(env.BASE_GATEWAY_URL, undefined)
  assert.equal(env.OG_TO_BLOCK, undefined, 'OG_TO_BLOCK= must not stop the processor at block 0')
  assert.equal(env.BASE_FINALITY, undefined, 'BASE_FINALITY= must not turn hot blocks off')
  assert.equal(env.ALLOW_REINDEX, false)
  assert.equal(env.SQD_API_KEY, undefined)
  // a set value still counts, 0 included
  assert.equal(parseEnv({ OG_TO_BLOCK: '0' }).OG_TO_BLOCK, 0)
  const mainnet = loadProfile(
    parseEnv({ PROFILE: 'mainnet', OG_RPC_URL: 'https://og.example', BASE_RPC_URL: 'https://base.example', BLOB_STORE_URL: '', OG_FINALITY: '' }),
  )
  assert.equal(mainnet.blobStoreUrl, 'https://aggregator.suicore.com')
  assert.equal(mainnet.og.finalityConfirmations, 10)
})

test('consent to re-index is explicit, and the start blocks and gateway key are read once for everybody', () => {
  assert.equal(parseEnv({ ALLOW_REINDEX: '1' }).ALLOW_REINDEX, true)
  assert.equal(parseEnv({ ALLOW_REINDEX: '0' }).ALLOW_REINDEX, false)
  assert.equal(parseEnv({}).ALLOW_REINDEX, false)
  assert.throws(() => parseEnv({ ALLOW_REINDEX: 'yes please' }), /ALLOW_REINDEX/)
  const env = parseEnv({ BASE_START_BLOCK: '44700000', OG_START_BLOCK: '12', SQD_API_KEY: 'k' })
  assert.deepEqual([env.BASE_START_BLOCK, env.OG_START_BLOCK, env.SQD_API_KEY], [44_700_000, 12, 'k'])
  assert.throws(() => parseEnv({ BASE_START_BLOCK: '-1' }), /BASE_START_BLOCK/)
})

test('the mainnet profile needs both RPC URLs and carries the real addresses', () => {
  assert.throws(() => loadProfile(parseEnv({ PROFILE: 'mainnet', OG_RPC_URL: 'https://og.example' })), /BASE_RPC_URL/)
  const profile = loadProfile(parseEnv({ PROFILE: 'mainnet', OG_RPC_URL: 'https://og.example', BASE_RPC_URL: 'https://base.example', BASE_FINALITY: '100' }))
  assert.equal(profile.base.contracts.opg.address, '0xfbc2051ae2265686a469421b2c5a2d5462fbf5eb')
  assert.equal(profile.base.contracts.x402UptoProxy.address, FIXED_ADDRESSES.x402UptoProxy)
  assert.equal(profile.og.contracts.settlementRelays.length + profile.og.contracts.legacyRelays.length, 4)
  assert.equal(profile.og.contracts.teeRegistries.length, 2)
  assert.equal(profile.base.finalityConfirmations, 100)
  assert.ok(trustedOgAddresses(profile.og.contracts).has('0x0000000000000000000000000000000000000800'))
})

test('the devnet profile reads the deployments file and explains when it is missing', () => {
  assert.throws(() => loadProfile(parseEnv({ DEVNET_DEPLOYMENTS: '/nonexistent/deployments.json' })), /npm run devnet/)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'profile-'))
  const file = path.join(dir, 'deployments.json')
  const c = (address: string, block: number, kind: string) => ({ address, block, kind })
  fs.writeFileSync(
    file,
    JSON.stringify({
      blobStoreUrl: 'http://127.0.0.1:9002',
      labels: [
        { address: '0xAA00000000000000000000000000000000000001', label: 'Ecosystem vesting', category: 'vesting', circulating: false, allocation: 'ecosystem' },
      ],
      pool: { opgIsToken0: true },
      chains: {
        og: {
          chainId: 10740,
          rpcUrl: 'http://127.0.0.1:8545',
          contracts: {
            InferenceSettlementRelayV1: c('0x01', 3, 'settlement-relay'),
            LegacySettlementRelay: c('0x02', 2, 'legacy-settlement-relay'),
            TEERegistry: c('0x03', 4, 'tee-registry'),
            StakingPrecompile: c(FIXED_ADDRESSES.stakingPrecompile, 5, 'staking-precompile'),
            DistributionPrecompile: c(FIXED_ADDRESSES.distributionPrecompile, 6, 'distribution-precompile'),
            SlashingPrecompile: c(FIXED_ADDRESSES.slashingPrecompile, 7, 'slashing-precompile'),
            InferencePrecompile: c(FIXED_ADDRESSES.inferencePrecompile, 8, 'inference-precompile'),
            InferenceHub: c('0x04', 9, 'inference-hub'),
          },
        },
        base: {
          chainId: 8453,
          rpcUrl: 'http://127.0.0.1:8546',
          contracts: {
            OPG: c('0x05', 1, 'opg-token'),
            X402ExactPermit2Proxy: c(FIXED_ADDRESSES.x402ExactProxy, 3, 'x402-exact-proxy'),
            X402UptoPermit2Proxy: c(FIXED_ADDRESSES.x402UptoProxy, 4, 'x402-upto-proxy'),
            OPG_USDC_Pool: c('0x06', 9, 'dex-pool'),
          },
        },
      },
    }),
  )
  const profile = loadProfile(parseEnv({ DEVNET_DEPLOYMENTS: file, OG_RPC_URL: 'http://127.0.0.1:7777' }))
  assert.equal(profile.og.rpcUrl, 'http://127.0.0.1:7777', 'environment overrides the file')
  // in docker compose the devnet is another container: its URLs keep their ports under the service's name
  const inCompose = loadProfile(parseEnv({ DEVNET_DEPLOYMENTS: file, DEVNET_SERVICE_HOST: 'devnet' }))
  assert.deepEqual([inCompose.og.rpcUrl, inCompose.base.rpcUrl, inCompose.blobStoreUrl], ['http://devnet:8545', 'http://devnet:8546', 'http://devnet:9002'])
  assert.deepEqual(profile.og.contracts.settlementRelays, [{ address: '0x01', from: 3 }])
  assert.equal(profile.base.contracts.allocationSources[0].address, '0xaa00000000000000000000000000000000000001')
  assert.equal(profile.base.contracts.pool?.opgIsToken0, true)
  fs.rmSync(dir, { recursive: true, force: true })
})

test('OG_CHAIN_ID replaces the chain id the start check expects, and must be a positive integer', () => {
  const env = { PROFILE: 'mainnet', OG_RPC_URL: 'https://og.example', BASE_RPC_URL: 'https://base.example' }
  assert.equal(loadProfile(parseEnv(env)).og.chainId, 10740)
  assert.equal(loadProfile(parseEnv({ ...env, OG_CHAIN_ID: '1486' })).og.chainId, 1486)
  assert.equal(loadProfile(parseEnv({ ...env, OG_CHAIN_ID: '' })).og.chainId, 10740, 'empty means unset')
  assert.throws(() => parseEnv({ ...env, OG_CHAIN_ID: '-1' }), /OG_CHAIN_ID/)
})

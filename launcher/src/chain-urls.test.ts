import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { apiChainEnv } from './chain-urls'

test('the API reads the chains the API was told to, else the ones indexed, else the devnet’s', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'chain-urls-')), 'deployments.json')
  fs.writeFileSync(
    file,
    JSON.stringify({
      chains: {
        og: { rpcUrl: 'http://127.0.0.1:8545' },
        base: { rpcUrl: 'http://127.0.0.1:8546', contracts: { OPG: { address: '0x00000000000000000000000000000000000000aa' } } },
      },
    }),
  )
  assert.deepEqual(apiChainEnv({}, file), {
    API_OG_RPC_URL: 'http://127.0.0.1:8545',
    API_BASE_RPC_URL: 'http://127.0.0.1:8546',
    API_OPG_TOKEN_ADDRESS: '0x00000000000000000000000000000000000000aa',
  })
  assert.deepEqual(apiChainEnv({ OG_RPC_URL: 'https://og.example', BASE_RPC_URL: 'https://base.example', API_BASE_RPC_URL: 'https://api-base.example' }), {
    API_OG_RPC_URL: 'https://og.example',
    API_BASE_RPC_URL: 'https://api-base.example',
  })
  assert.deepEqual(apiChainEnv({ API_OG_RPC_URL: ' ' }), {}, 'a blank variable is unset')
})

import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { startGatewayServer, type GatewayServer } from '@og-explorer/devnet'
import { INDEXER_DIR } from '@og-explorer/indexer/lib/db/migrate'
import { startRpcProxy, type RpcProxy } from '../../faults/rpc-proxy'
import { freshDatabase, query, stopTestPostgres } from '@og-explorer/indexer/lib/testing/postgres'
import { minFrom } from '@og-explorer/indexer/lib/config/profile'
import { resolveStartBlock, withStartBlock } from '@og-explorer/indexer/lib/config/start-blocks'
import { writeCachedStart } from '@og-explorer/indexer/lib/config/start-blocks-cache'
import { findDeployBlock } from '@og-explorer/indexer/lib/config/start-blocks-code'
import { firstLogBlock } from '@og-explorer/indexer/lib/config/start-blocks-gateway'
import { jsonRpc } from '@og-explorer/indexer/lib/config/start-blocks-rpc'
import { lateProfile, startLateChain, type LateChain } from '../../stack/late-chain'

// Real anvil chains: OG gets contracts after 1,500 and then 800 more empty blocks; Base a proxy
// after 500 and OPG after 1,000 more. Real embedded Postgres for the cache.
let og: LateChain
let base: LateChain
let gateway: GatewayServer
let pruned: RpcProxy

before(async () => {
  ;[og, base] = await Promise.all([
    startLateChain({ chainId: 10740, gaps: [1500, 800], after: 400 }),
    startLateChain({ chainId: 8453, gaps: [500, 1000], after: 200 }),
  ])
  gateway = await startGatewayServer({ rpcUrl: base.url, finalityLag: 5 })
  // a node keeping state for its newest 1,000 blocks only
  pruned = await startRpcProxy(og.url, { provider: { stateBlocks: 1000 } })
})

after(async () => {
  await pruned?.close()
  await gateway?.close()
  await Promise.all([og?.dispose(), base?.dispose()])
  await stopTestPostgres()
})

const migrated = async () => {
  const url = await freshDatabase()
  const run = spawnSync(process.execPath, [path.join(INDEXER_DIR, 'lib/cli/migrate.js')], { env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' })
  assert.equal(run.status, 0, run.stderr)
  return url
}

test('deploy blocks after thousands of empty blocks are found by eth_getCode, each exactly', async () => {
  for (const d of og.deployed) {
    const found = await findDeployBlock(jsonRpc(og.url), d.address)
    assert.equal(found.block, d.block)
    assert.ok(found.probes < 20, `a binary search, not a scan: ${found.probes} probes`)
  }
})

test("OG starts at the first of its contracts, Base at OPG's deploy block even with older proxies", async () => {
  const profile = lateProfile(og, base)
  const ogStart = await resolveStartBlock({ chain: 'og', profile, rpc: jsonRpc(og.url) })
  assert.deepEqual([ogStart.block, ogStart.source], [og.deployed[0].block, 'code'])
  const baseStart = await resolveStartBlock({ chain: 'base', profile, rpc: jsonRpc(base.url) })
  assert.deepEqual([baseStart.block, baseStart.source], [base.deployed[1].block, 'code'])
  assert.ok(base.deployed[0].block < baseStart.block)
})

test('through the gateway, the first log of the contracts gives the same start', async () => {
  const first = await firstLogBlock(gateway.url, [base.deployed[1].address])
  assert.equal(first.block, base.deployed[1].block)
  const profile = lateProfile(og, base, { base: gateway.url })
  const start = await resolveStartBlock({ chain: 'base', profile, rpc: jsonRpc(base.url) })
  assert.deepEqual([start.block, start.source], [base.deployed[1].block, 'gateway'])
})

test('a node without old state stops the search with the reason, never taking it for "no code yet"', async () => {
  const profile = lateProfile(og, base)
  await assert.rejects(
    resolveStartBlock({ chain: 'og', profile, rpc: jsonRpc(pruned.url) }),
    (e: Error) => /not an archive node/.test(e.message) && /OG_RPC_URL/.test(e.message) && /OG_START_BLOCK/.test(e.message),
  )
  assert.ok(pruned.stats().refused.pruned > 0, 'the proxy refused old state')
})

test('a found start is cached by chain id and genesis hash, kept when the node cannot re-check it, and an override wins', async () => {
  const db = await migrated()
  const profile = lateProfile(og, base)
  const found = await resolveStartBlock({ chain: 'og', profile, rpc: jsonRpc(og.url), databaseUrl: db })
  assert.equal(found.source, 'code')
  const rows = await query(db, 'SELECT chain_id, block, found_by FROM start_block')
  assert.deepEqual(rows, [{ chain_id: 10740, block: og.deployed[0].block, found_by: 'code' }])
  // a pruned node could not search again; the cached value is read instead
  const cached = await resolveStartBlock({ chain: 'og', profile, rpc: jsonRpc(pruned.url), databaseUrl: db })
  assert.deepEqual([cached.block, cached.source], [og.deployed[0].block, 'cache'])
  const override = await resolveStartBlock({ chain: 'og', profile, rpc: jsonRpc(pruned.url), databaseUrl: db, override: 42 })
  assert.deepEqual([override.block, override.source], [42, 'override'])
})

test('a cached start the chain contradicts (a devnet rebuilt under the same genesis) is searched again', async () => {
  const db = await migrated()
  const profile = lateProfile(og, base)
  const genesis = await jsonRpc(og.url)<{ hash: string }>('eth_getBlockByNumber', ['0x0', false])
  const addresses = og.deployed.map((d) => d.address)
  for (const stale of [og.deployed[0].block - 100, og.deployed[0].block + 100]) {
    await writeCachedStart(db, { chainId: 10740, genesisHash: genesis.hash, addresses }, { block: stale, foundBy: 'code' })
    const start = await resolveStartBlock({ chain: 'og', profile, rpc: jsonRpc(og.url), databaseUrl: db })
    assert.deepEqual([start.block, start.source], [og.deployed[0].block, 'code'], `stale cache at ${stale}`)
  }
})

test("the processors' profile starts every contract of the chain at the start block", () => {
  const profile = lateProfile(og, base)
  const moved = withStartBlock(profile, 'base', 1234)
  const c = moved.base.contracts
  assert.equal(minFrom([c.opg, c.x402ExactProxy, c.x402UptoProxy, c.pool]), 1234)
  assert.ok([c.opg, c.x402ExactProxy, c.x402UptoProxy].every((r) => r.from === 1234))
  assert.deepEqual(moved.og, profile.og, 'the other chain is untouched')
  const ogMoved = withStartBlock(profile, 'og', 99).og.contracts
  assert.equal(minFrom([...ogMoved.settlementRelays, ...ogMoved.teeRegistries]), 99)
  assert.equal(profile.og.contracts.teeRegistries[0].from, 0, 'the original profile is not changed')
})

test('deploy blocks a profile declares (the devnet writes them) are used as they are, without asking the node', async () => {
  const profile = lateProfile(og, base)
  const declared = withStartBlock(withStartBlock(profile, 'og', 700), 'base', 900)
  declared.og.contracts.teeRegistries[0] = { ...declared.og.contracts.teeRegistries[0], from: 650 }
  const unreachable = async () => {
    throw new Error('the node was asked')
  }
  const ogStart = await resolveStartBlock({ chain: 'og', profile: declared, rpc: unreachable as any })
  assert.deepEqual([ogStart.block, ogStart.source], [650, 'profile'])
  const baseStart = await resolveStartBlock({ chain: 'base', profile: declared, rpc: unreachable as any })
  assert.deepEqual([baseStart.block, baseStart.source], [900, 'profile'])
  // one contract the profile does not place (from 0) means the start must be found
  declared.og.contracts.settlementRelays[0] = { ...declared.og.contracts.settlementRelays[0], from: 0 }
  await assert.rejects(resolveStartBlock({ chain: 'og', profile: declared, rpc: unreachable as any }), /the node was asked/)
})

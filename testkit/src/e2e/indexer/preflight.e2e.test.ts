import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { startGatewayServer, type GatewayServer } from '@og-explorer/devnet'
import type { NetworkProfile } from '@og-explorer/indexer/lib/config/profile'
import { lateProfile, startLateChain, type LateChain } from '../../stack/late-chain'
import { startRpcProxy, type RpcFaultPlan } from '../../faults/rpc-proxy'
import type { Chain } from '@og-explorer/indexer/lib/util/metrics'
import { chainPreflight } from '@og-explorer/indexer/lib/preflight/chain-checks'
import { exitCodeOf, formatTable, type PreflightRow, type Verdict } from '@og-explorer/indexer/lib/preflight/verdict'

// Real anvil chains with contracts after thousands of empty blocks (OG's first contract is followed
// by a block of 60 logs), a local gateway on Base, and the fault proxy imitating each provider limit.
let og: LateChain
let base: LateChain
let gateway: GatewayServer
let profile: NetworkProfile

before(async () => {
  ;[og, base] = await Promise.all([
    startLateChain({ chainId: 10740, gaps: [1500, 800], after: 400, busy: 60 }),
    startLateChain({ chainId: 8453, gaps: [500, 1000], after: 200 }),
  ])
  gateway = await startGatewayServer({ rpcUrl: base.url, finalityLag: 5 })
  profile = lateProfile(og, base, { base: gateway.url })
})

after(async () => {
  await gateway?.close()
  await Promise.all([og?.dispose(), base?.dispose()])
})

/** one chain's preflight through a proxy with `plan` (none: straight to anvil), as check → row */
async function preflight(chain: Chain, plan?: RpcFaultPlan): Promise<Map<string, PreflightRow>> {
  const proxy = plan ? await startRpcProxy(chain === 'og' ? og.url : base.url, plan) : undefined
  try {
    const endpoint = { ...profile[chain], rpcUrl: proxy?.url ?? profile[chain].rpcUrl }
    const rows = await chainPreflight({ chain, profile: { ...profile, [chain]: endpoint }, env: {} })
    return new Map(rows.map((r) => [r.check, r]))
  } finally {
    await proxy?.close()
  }
}

const verdicts = (rows: Map<string, PreflightRow>) => Object.fromEntries([...rows].map(([check, r]) => [check, r.verdict]))
const expectOnly = (rows: Map<string, PreflightRow>, expected: Record<string, Verdict>) => {
  const want = Object.fromEntries([...rows.keys()].map((check) => [check, expected[check] ?? 'ok']))
  assert.deepEqual(verdicts(rows), want, formatTable([...rows.values()]))
}

test('a plain archive node and gateway pass every check, with the start blocks found', async () => {
  for (const chain of ['og', 'base'] as Chain[]) {
    const rows = await preflight(chain)
    expectOnly(rows, {})
    assert.equal(exitCodeOf([...rows.values()]), 0)
    const first = chain === 'og' ? og.deployed[0].block : base.deployed[1].block
    assert.match(rows.get('start block')!.value, new RegExp(`^${first.toLocaleString('en-US')} \\(${chain === 'og' ? 'code' : 'gateway'}`))
    assert.match(rows.get('first sync')!.value, /estimate/)
  }
})

test('a block-range cap below the backfill split warns and names the cap', async () => {
  const rows = await preflight('og', { provider: { getLogsRangeCap: 20 } })
  expectOnly(rows, { 'getLogs range cap': 'warn' })
  assert.match(rows.get('getLogs range cap')!.value, /^20 blocks answered, 50 refused/)
})

test('a result cap warns, with what was answered and what was refused', async () => {
  const rows = await preflight('og', { provider: { getLogsResultCap: 40 } })
  expectOnly(rows, { 'getLogs result cap': 'warn' })
  assert.match(rows.get('getLogs result cap')!.value, /^1 log in 1 block answered, 10 blocks refused/)
})

test('429s in a burst warn and point at the rate-limit variable; the other checks still pass', async () => {
  const rows = await preflight('base', { rates: { 'rate-limit': 0.3 }, retryAfterSeconds: 0, seed: 5 })
  expectOnly(rows, { 'rate limit': 'warn' })
  assert.match(rows.get('rate limit')!.value, /^\d+ of 20 requests at once answered 429.*BASE_RPC_RATE_LIMIT/)
})

test('a node lagging behind the gateway warns on its head', async () => {
  const rows = await preflight('base', { rates: { lag: 1 }, lagBlocks: 50 })
  expectOnly(rows, { head: 'warn' })
  assert.match(rows.get('head')!.value, /blocks behind the gateway: a lagging node/)
})

test('a pruned node fails the archive, start-block and estimate rows, and the run exits non-zero', async () => {
  const rows = await preflight('og', { provider: { stateBlocks: 1000 } })
  expectOnly(rows, { 'archive state': 'fail', 'start block': 'fail', 'first sync': 'fail' })
  assert.match(rows.get('start block')!.value, /not an archive node.*OG_START_BLOCK/)
  assert.equal(exitCodeOf([...rows.values()]), 1)
})

test('an endpoint refusing batches fails the batch row (Subsquid fetches blocks in batches)', async () => {
  const rows = await preflight('og', { provider: { noBatch: true } })
  expectOnly(rows, { 'batch calls': 'fail', 'first sync': 'warn' })
})

test('a node of another chain fails the chain id row', async () => {
  const rows = await chainPreflight({ chain: 'og', profile: { ...profile, og: { ...profile.og, rpcUrl: base.url } }, env: {} })
  assert.equal(rows.find((r) => r.check === 'chain id')?.verdict, 'fail')
  assert.match(rows.find((r) => r.check === 'chain id')!.value, /^8453, but .* expects 10740: OG_RPC_URL/)
})

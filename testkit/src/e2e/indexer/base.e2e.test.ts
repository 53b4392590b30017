import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { toEventSelector } from 'viem'
import * as erc20 from '@og-explorer/indexer/lib/abi/ERC20'
import { query, stopTestPostgres } from '@og-explorer/indexer/lib/testing/postgres'
import { startProcessor } from '../../stack/processes'
import { chainHead, indexedHeight, startStack, waitUntil, type TestStack } from '../../stack/stack'

const END = Date.UTC(2026, 5, 30) / 1000
let stack: TestStack

before(async () => {
  stack = await startStack({ seed: 5, end: END })
  stack.processors.base = startProcessor('base', stack.env)
  const head = await chainHead(stack, 'base')
  await waitUntil(stack, async () => (await indexedHeight(stack.dbUrl, 'base')) >= head, 'the Base processor to reach the head')
})

after(async () => {
  await stack?.dispose()
  await stopTestPostgres()
})

const contract = (name: string) => stack.devnet.deployments.chains.base.contracts[name].address.toLowerCase()

async function logs(address: string[] | string, signature: string): Promise<any[]> {
  return stack.devnet.base.rpc.call<any[]>('eth_getLogs', [{ fromBlock: '0x0', toBlock: 'latest', address, topics: [toEventSelector(signature)] }])
}

async function balanceOf(addresses: string[]): Promise<bigint[]> {
  const out: bigint[] = []
  for (let i = 0; i < addresses.length; i += 200) {
    const results = await stack.devnet.base.rpc.batch<string>(
      addresses
        .slice(i, i + 200)
        .map((a) => ({ method: 'eth_call', params: [{ to: contract('OPG'), data: erc20.functions.balanceOf.encode({ account: a } as any) }, 'latest'] })),
    )
    out.push(...results.map((r) => BigInt(r)))
  }
  return out
}

test('every OPG transfer is indexed once', async () => {
  const [{ n }] = await query<{ n: string }>(stack.dbUrl, 'select count(*) n from transfer')
  assert.equal(Number(n), (await logs(contract('OPG'), 'Transfer(address,address,uint256)')).length)
})

test("every account's OPG balance equals balanceOf", async () => {
  const accounts = await query<{ id: string; balance: string }>(
    stack.dbUrl,
    `select id, balance from account where id <> '0x0000000000000000000000000000000000000000'`,
  )
  assert.ok(accounts.length > 500, `${accounts.length} accounts`)
  const onChain = await balanceOf(accounts.map((a) => a.id))
  const wrong = accounts.filter((a, i) => BigInt(a.balance) !== onChain[i])
  assert.deepEqual(wrong.slice(0, 5), [], `${wrong.length} balances differ`)
})

test('x402 payments: one per OPG settlement at the proxies, with the amount of its OPG transfer', async () => {
  const proxies = [contract('X402ExactPermit2Proxy'), contract('X402UptoPermit2Proxy')]
  const settled = [...(await logs(proxies, 'Settled()')), ...(await logs(proxies, 'SettledWithPermit()'))]
  const [{ n, wallets }] = await query<{ n: string; wallets: string }>(stack.dbUrl, 'select count(*) n, count(distinct payer_id) wallets from payment')
  assert.equal(Number(n), stack.truth.payments.count)
  assert.equal(Number(n), settled.length - stack.truth.background!.x402Payments.total, "every proxy event but the other users' ones")
  assert.equal(Number(wallets), stack.truth.payments.payingWallets)
  const mismatched = await query(
    stack.dbUrl,
    `select p.id from payment p where not exists (select 1 from transfer t where t.tx_hash = p.tx_hash and t.from_id = p.payer_id and t.to_id = p.payee_id and t.amount = p.amount)`,
  )
  assert.equal(mismatched.length, 0)
})

test("other users' x402 payments through the same proxies, in USDC and other tokens, leave no payment row", async () => {
  const background = stack.truth.background!
  assert.ok(background.x402Payments.total > 0, 'the devnet had background x402 traffic')
  const proxies = [contract('X402ExactPermit2Proxy'), contract('X402UptoPermit2Proxy')]
  const settled = [...(await logs(proxies, 'Settled()')), ...(await logs(proxies, 'SettledWithPermit()'))]
  const facilitators = new Set(background.facilitators.map((f) => f.toLowerCase()))
  const foreign: string[] = []
  for (let i = 0; i < settled.length; i += 500) {
    const txs = await stack.devnet.base.rpc.batch<any>(
      settled.slice(i, i + 500).map((l) => ({ method: 'eth_getTransactionByHash', params: [l.transactionHash] })),
    )
    for (const tx of txs) if (facilitators.has(tx.from.toLowerCase())) foreign.push(tx.hash)
  }
  assert.equal(foreign.length, background.x402Payments.total, 'the ground truth finds every background settlement on chain')
  const rows = await query(stack.dbUrl, 'select id from payment where tx_hash = any($1)', [foreign])
  assert.deepEqual(rows, [])
})

test('circulating supply equals total supply minus the non-circulating balances on chain', async () => {
  const nonCirculating = stack.devnet.deployments.labels.filter((l) => !l.circulating).map((l) => l.address.toLowerCase())
  const balances = await balanceOf(nonCirculating)
  const total = 1_000_000_000n * 10n ** 18n
  const expected = total - balances.reduce((s, b) => s + b, 0n)
  const [latest] = await query<{ circulating_supply: string }>(stack.dbUrl, 'select circulating_supply from base_daily_stat order by date desc limit 1')
  assert.equal(BigInt(latest.circulating_supply), expected)
})

test('unlocks are exactly the transfers out of vesting contracts and the distributor', async () => {
  const sources = stack.devnet.deployments.labels.filter((l) => l.category === 'vesting' || l.category === 'distributor').map((l) => l.address.toLowerCase())
  const all = await logs(contract('OPG'), 'Transfer(address,address,uint256)')
  const out = all.filter((l) => sources.includes(`0x${l.topics[1].slice(26)}`))
  const [{ n }] = await query<{ n: string }>(stack.dbUrl, 'select count(*) n from unlock')
  assert.equal(Number(n), out.length)
})

test('swaps and candles follow the pool', async () => {
  const swaps = await logs(contract('OPG_USDC_Pool'), 'Swap(address,address,int256,int256,uint160,uint128,int24)')
  const [{ n }] = await query<{ n: string }>(stack.dbUrl, 'select count(*) n from swap')
  assert.equal(Number(n), swaps.length)
  const [{ s }] = await query<{ s: string }>(stack.dbUrl, `select sum(swaps) s from price_candle where interval = 'DAY'`)
  assert.equal(Number(s), swaps.length)
  const [first] = await query<{ open: string }>(stack.dbUrl, `select open from price_candle where interval = 'DAY' order by start limit 1`)
  assert.ok(Math.abs(Number(first.open) - 0.48) < 0.02, `first open ${first.open}`)
})

test('look-alike contracts at untrusted addresses leave no trace', async () => {
  const hits = await query(
    stack.dbUrl,
    `select id from transfer where tx_hash = any($1) union all select id from settlement where tx_hash = any($1) or relay = any($2)`,
    [stack.spoofs.txHashes, stack.spoofs.addresses],
  )
  assert.equal(hits.length, 0)
  const [{ n }] = await query<{ n: string }>(stack.dbUrl, `select count(*) n from account where id = any($1)`, [stack.spoofs.addresses])
  assert.equal(Number(n), 0)
})

test('payments indexed before the OG pipeline knew their TEE node are linked to it once it does', async () => {
  // On a fresh database the Base backfill runs ahead of the OG one, so most payments precede their node's row.
  const [{ n: before }] = await query<{ n: string }>(stack.dbUrl, 'select count(*) n from payment where tee_id is not null')
  assert.equal(Number(before), 0)
  stack.processors.og = startProcessor('og', stack.env)
  const ogHead = await chainHead(stack, 'og')
  await waitUntil(stack, async () => (await indexedHeight(stack.dbUrl, 'og')) >= ogHead, 'the OG processor to reach the head')
  const unlinked = `select count(*) n from payment p join tee_node t on lower(t.payment_address) = p.payee_id
    where p.timestamp >= t.registered_at and p.tee_id is null`
  await waitUntil(
    stack,
    async () => Number((await query<{ n: string }>(stack.dbUrl, unlinked))[0].n) === 0,
    'payments to TEE payment addresses to be linked',
    120_000,
  )
  const [{ n: linked }] = await query<{ n: string }>(stack.dbUrl, 'select count(*) n from payment where tee_id is not null')
  assert.ok(Number(linked) > 0)
  // every link names a node whose payment address is the payee, registered before the payment
  const wrong = await query(
    stack.dbUrl,
    `select p.id from payment p join tee_node t on t.id = p.tee_id where lower(t.payment_address) <> p.payee_id or p.timestamp < t.registered_at`,
  )
  assert.deepEqual(wrong, [])
})

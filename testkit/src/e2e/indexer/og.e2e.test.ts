import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { encodeFunctionData, keccak256, toBytes, toEventSelector, toHex } from 'viem'
import * as staking from '@og-explorer/indexer/lib/abi/StakingI'
import { query, stopTestPostgres } from '@og-explorer/indexer/lib/testing/postgres'
import { startProcessor } from '../../stack/processes'
import { mineEmpty, mineTxs } from '../../faults/chain-edit'
import { chainHead, indexedHeight, startStack, waitForHead, waitUntil, type TestStack } from '../../stack/stack'
import { teeLifecycleFromChain } from '../../stack/tee-lifecycle'

// Covers the farming spike (day 55), the slash (day 80) and both relay generations (v2 from day 40).
const END = Date.UTC(2026, 6, 15) / 1000
let stack: TestStack

let resumeSeconds = 0

before(async () => {
  stack = await startStack({ seed: 11, end: END })
  stack.processors.og = startProcessor('og', stack.env)
  const head = await chainHead(stack, 'og')
  // Crash mid-backfill: kill -9, restart, and the result must still be exact.
  await waitUntil(stack, async () => (await indexedHeight(stack.dbUrl, 'og')) >= head * 0.4, 'the OG processor to pass 40% of the chain')
  await stack.processors.og.stop('SIGKILL')
  const killedAt = await indexedHeight(stack.dbUrl, 'og')
  const restarted = Date.now()
  stack.processors.og = startProcessor('og', stack.env)
  await waitUntil(stack, async () => (await indexedHeight(stack.dbUrl, 'og')) > killedAt, 'the restarted processor to resume')
  resumeSeconds = (Date.now() - restarted) / 1000
  await waitUntil(stack, async () => (await indexedHeight(stack.dbUrl, 'og')) >= head, 'the OG processor to reach the head')
  await waitUntil(
    stack,
    async () => (await query(stack.dbUrl, `select 1 from settlement where status = 'PENDING' limit 1`)).length === 0,
    'every settlement to be verified',
  )
  // the waits above mine a block per round; the checks below compare against the chain's head
  await waitForHead(stack, 'og')
})

after(async () => {
  await stack?.dispose()
  await stopTestPostgres()
})

const relays = () =>
  Object.values(stack.devnet.deployments.chains.og.contracts)
    .filter((c) => c.kind.includes('settlement-relay'))
    .map((c) => c.address)

async function logCount(address: string[] | string, signature: string): Promise<number> {
  const logs = await stack.devnet.og.rpc.call<any[]>('eth_getLogs', [{ fromBlock: '0x0', toBlock: 'latest', address, topics: [toEventSelector(signature)] }])
  return logs.length
}

test('settlements of every kind match the relays logs one for one', async () => {
  const rows = await query<{ kind: string; n: string }>(stack.dbUrl, 'select kind, count(*) n from settlement group by kind')
  const byKind = Object.fromEntries(rows.map((r) => [r.kind, Number(r.n)]))
  assert.equal(byKind.BATCH, await logCount(relays(), 'BatchSettlement(bytes32,uint256,bytes)'))
  assert.equal(byKind.INDIVIDUAL, await logCount(relays(), 'IndividualSettlement(bytes32,address,bytes32,bytes32,uint256,bytes,bytes)'))
  assert.equal(byKind.LEGACY_SINGLE ?? 0, await logCount(relays(), 'Settlement(bytes32,bytes32)'))
  assert.equal(byKind.LEGACY_METADATA ?? 0, await logCount(relays(), 'SettlementWithMetadata(bytes32,bytes32,string,bytes,bytes)'))
  assert.equal(byKind.BATCH, stack.truth.settled.batches)
})

test('verification verdicts equal the ground truth: every injected fault caught, nothing else flagged', async () => {
  const { faults } = stack.truth
  const corrupt = faults
    .filter((f) => f.kind === 'corrupt-batch')
    .map((f) => f.blobId)
    .sort()
  const missing = faults
    .filter((f) => f.kind === 'missing-blob')
    .map((f) => f.blobId)
    .sort()
  assert.ok(corrupt.length > 0 && missing.length > 0)
  const invalid = await query<{ blob_id: string }>(
    stack.dbUrl,
    `select blob_id from settlement where status = 'INVALID' and status_reason <> 'bad-signature' order by blob_id`,
  )
  assert.deepEqual(
    invalid.map((r) => r.blob_id),
    corrupt,
  )
  const gone = await query<{ blob_id: string }>(stack.dbUrl, `select blob_id from settlement where status = 'MISSING' order by blob_id`)
  assert.deepEqual(
    gone.map((r) => r.blob_id),
    missing,
  )
  const unreadable = new Set([...corrupt, ...missing])
  const badExpected = faults
    .filter((f) => f.kind === 'bad-signature' && !(f.settlement === 'batch' && unreadable.has(f.blobId)))
    .map((f) => `${f.teeId}:${f.inputHash}`)
    .sort()
  const bad = await query<{ k: string }>(stack.dbUrl, `select tee_id || ':' || input_hash k from inference where signature_valid = false order by k`)
  assert.deepEqual(
    bad.map((r) => r.k),
    badExpected,
  )
  const [{ n }] = await query<{ n: string }>(stack.dbUrl, `select count(*) n from inference where signature_valid = true`)
  const leavesInReadable = stack.truth.settled.batchLeaves + stack.truth.settled.individual - (await expandedMissingLeaves())
  assert.equal(Number(n) + badExpected.length, leavesInReadable)
})

async function expandedMissingLeaves(): Promise<number> {
  const [{ n }] = await query<{ n: string }>(
    stack.dbUrl,
    `select coalesce(sum(batch_size), 0) n from settlement where kind = 'BATCH' and status in ('INVALID', 'MISSING')`,
  )
  return Number(n)
}

test('TEE nodes and heartbeats match the registries', async () => {
  const registries = Object.values(stack.devnet.deployments.chains.og.contracts)
    .filter((c) => c.kind === 'tee-registry')
    .map((c) => c.address)
  const [{ n: nodes }] = await query<{ n: string }>(stack.dbUrl, 'select count(*) n from tee_node')
  assert.equal(Number(nodes), await logCount(registries, 'TEERegistered(bytes32,address,uint8)'))
  const [{ n: beats }] = await query<{ n: string }>(stack.dbUrl, 'select count(*) n from heartbeat')
  assert.equal(Number(beats), await logCount(registries, 'HeartbeatReceived(bytes32,uint256)'))
  const [{ n: keyless }] = await query<{ n: string }>(stack.dbUrl, 'select count(*) n from tee_node where public_key is null')
  assert.equal(Number(keyless), 0)
})

test('every TEE uptime equals its definition over the chain timeline, a node disabled and enabled again included', async () => {
  const registries = Object.values(stack.devnet.deployments.chains.og.contracts)
    .filter((c) => c.kind === 'tee-registry')
    .map((c) => c.address)
  const rpc = stack.devnet.og.rpc
  // per node, from the chain: its (last) registration time and its disabled spans [from, to), to = null while open
  const nodes = await teeLifecycleFromChain(rpc, registries)
  const head = await waitForHead(stack, 'og')
  const now = Number((await rpc.call<any>('eth_getBlockByNumber', [`0x${head.toString(16)}`, false])).timestamp)
  const maxAge = new Map<string, number>()
  for (const registry of registries) {
    const data = encodeFunctionData({
      abi: [{ type: 'function', name: 'heartbeatMaxAge', inputs: [], outputs: [{ type: 'uint256' }], stateMutability: 'view' }],
    })
    maxAge.set(registry.toLowerCase(), Number(BigInt(await rpc.call<string>('eth_call', [{ to: registry, data }, 'latest']))))
  }
  // the raw heartbeat rows (their count equals the chain's logs, checked above)
  const beats = await query<{ tee_id: string; t: number; disabled: number }>(
    stack.dbUrl,
    'select tee_id, extract(epoch from timestamp)::int t, disabled_seconds disabled from heartbeat order by timestamp, id',
  )
  const rows = await query<{ id: string; registry: string; uptime: number; disabled_seconds: number }>(
    stack.dbUrl,
    'select id, registry, uptime::float8 uptime, disabled_seconds from tee_node',
  )
  assert.equal(rows.length, nodes.size)
  let reEnabledWithBeats = 0
  for (const row of rows) {
    const node = nodes.get(row.id)
    assert.ok(node, row.id)
    // the definition: a clock that stops while the node is disabled; each heartbeat covers the enabled
    // time since the previous one (or registration), at most heartbeatMaxAge; uptime = covered / enabled
    const enabledUpTo = (t: number) =>
      t - node.registeredAt - node.disabled.reduce((s, [from, to]) => s + Math.max(0, Math.min(t, to ?? t) - Math.max(node.registeredAt, from)), 0)
    const ownRows = beats.filter((b) => b.tee_id === row.id && b.t >= node.registeredAt)
    const own = ownRows.map((b) => b.t)
    let covered = 0
    let previous = node.registeredAt
    for (const beat of ownRows) {
      const enabledGap = enabledUpTo(beat.t) - enabledUpTo(previous)
      covered += Math.min(enabledGap, maxAge.get(row.registry) as number)
      // each heartbeat keeps the part of its gap the node spent disabled (the timeline leaves it out)
      assert.equal(beat.disabled, beat.t - previous - enabledGap, `${row.id}: disabled seconds of the heartbeat at ${beat.t}`)
      previous = beat.t
    }
    const enabled = enabledUpTo(now)
    const expected = enabled > 0 ? Math.min(1, covered / enabled) : 0
    assert.ok(Math.abs(row.uptime - expected) < 1e-9, `${row.id}: indexed uptime ${row.uptime}, from the chain ${expected}`)
    const finished = node.disabled.filter(([, to]) => to !== null) as Array<[number, number]>
    assert.equal(
      row.disabled_seconds,
      finished.reduce((s, [from, to]) => s + to - from, 0),
      row.id,
    )
    if (finished.length > 0 && own.some((t) => t > finished[0][1])) reEnabledWithBeats++
  }
  assert.ok(reEnabledWithBeats >= 1, 'the devnet has a node disabled, enabled again, and heartbeating after it')
})

test('validator tokens and jailed state equal the staking precompile views', async () => {
  const validators = await query<{ id: string; tokens: string; jailed: boolean; slash_count: number }>(
    stack.dbUrl,
    'select id, tokens, jailed, slash_count from validator',
  )
  assert.ok(validators.length >= 4)
  for (const v of validators) {
    const data = await stack.devnet.og.rpc.call<string>('eth_call', [
      { to: '0x0000000000000000000000000000000000000800', data: staking.functions.validator.encode({ validatorAddress: v.id }) },
      'latest',
    ])
    const view = staking.functions.validator.decodeResult(data)
    assert.equal(BigInt(v.tokens), view.tokens, `tokens of ${v.id}`)
    assert.equal(v.jailed, view.jailed, `jailed of ${v.id}`)
  }
  const slashed = stack.truth.staking.filter((i) => i.kind === 'slash')
  const [{ n }] = await query<{ n: string }>(stack.dbUrl, `select count(*) n from staking_event where kind = 'SLASH'`)
  assert.equal(Number(n), slashed.length)
})

test('staking events and hub inferences match the precompile and hub logs, kind by kind', async () => {
  const staking = '0x0000000000000000000000000000000000000800'
  const distribution = '0x0000000000000000000000000000000000000801'
  const slashing = '0x0000000000000000000000000000000000000806'
  const expected: Record<string, number> = {
    CREATE_VALIDATOR: await logCount(staking, 'CreateValidator(address,uint256)'),
    EDIT_VALIDATOR: await logCount(staking, 'EditValidator(address,int256,int256)'),
    DELEGATE: await logCount(staking, 'Delegate(address,address,uint256,uint256)'),
    UNBOND: await logCount(staking, 'Unbond(address,address,uint256,uint256)'),
    REDELEGATE: await logCount(staking, 'Redelegate(address,address,address,uint256,uint256)'),
    CANCEL_UNBONDING: await logCount(staking, 'CancelUnbondingDelegation(address,address,uint256,uint256)'),
    WITHDRAW_REWARD: await logCount(distribution, 'WithdrawDelegatorReward(address,address,uint256)'),
    CLAIM_REWARDS: await logCount(distribution, 'ClaimRewards(address,uint256)'),
    UNJAIL: await logCount(slashing, 'ValidatorUnjailed(address)'),
  }
  const rows = await query<{ kind: string; n: string }>(stack.dbUrl, `select kind, count(*) n from staking_event where detected_by = 'log' group by kind`)
  const actual = Object.fromEntries(Object.keys(expected).map((k) => [k, Number(rows.find((r) => r.kind === k)?.n ?? 0)]))
  assert.deepEqual(actual, expected)
  const hub = stack.devnet.deployments.chains.og.contracts.InferenceHub.address
  const hubResults =
    (await logCount(hub, 'InferenceResult(((string,(int128,int128)[],uint32[])[],(string,string[])[],(string,string)[],bool))')) +
    (await logCount(hub, 'LLMChatResult((string,(string,string,string,string,(string,string,string)[])))')) +
    (await logCount(hub, 'LLMCompletionResult((string))'))
  const modes = await query<{ mode: string; n: string }>(stack.dbUrl, `select mode, count(*) n from inference where kind = 'HUB' group by mode`)
  const byMode = Object.fromEntries(modes.map((m) => [m.mode, Number(m.n)]))
  assert.equal(
    Object.values(byMode).reduce((a, b) => a + b, 0),
    hubResults,
  )
  assert.equal(hubResults, stack.truth.settled.hubInferences)
  assert.ok(byMode.TEE > byMode.VANILLA && byMode.VANILLA > 0 && byMode.ZKML > 0, `TEE-heavy with a small ZKML share: ${JSON.stringify(byMode)}`)
})

test('daily aggregates add up to the rows they summarise', async () => {
  const [day] = await query<any>(stack.dbUrl, 'select sum(settlements) s, sum(inferences_verified) v, sum(heartbeats) h from og_daily_stat')
  const [{ n: settlements }] = await query<{ n: string }>(stack.dbUrl, 'select count(*) n from settlement')
  assert.equal(Number(day.s), Number(settlements))
  const [{ n: verified }] = await query<{ n: string }>(
    stack.dbUrl,
    `select count(*) n from inference i join settlement s on s.id = i.settlement_id where s.status in ('VERIFIED', 'PARTIAL') and i.signature_valid`,
  )
  assert.equal(Number(day.v), Number(verified))
  const [{ n: beats }] = await query<{ n: string }>(stack.dbUrl, 'select count(*) n from heartbeat')
  assert.equal(Number(day.h), Number(beats))
})

test('a look-alike relay at an untrusted address leaves no trace', async () => {
  const hits = await query(stack.dbUrl, `select id from settlement where tx_hash = any($1) or relay = any($2)`, [stack.spoofs.txHashes, stack.spoofs.addresses])
  assert.equal(hits.length, 0)
})

test('a kill -9 mid-backfill resumed where it stopped (the checks above ran on the resumed index)', () => {
  assert.ok(resumeSeconds > 0 && resumeSeconds < 60, `resumed in ${resumeSeconds} s`)
})

test('a reorg inside the finality window leaves the database equal to the new canonical chain', async () => {
  const rpc = stack.devnet.og.rpc
  const og = stack.devnet.ogWriter
  const relay = stack.devnet.deployments.chains.og.contracts.InferenceSettlementRelayV2.address
  const relayer = stack.devnet.deployments.actors.relayer
  const settle = (tag: string) => ({ from: relayer, to: relay, data: batchSettleCall(tag) })
  // Reorgs by snapshot and revert, as the fault suite does: anvil_reorg sometimes drops the
  // replacement transaction, which leaves a test with nothing replaced to check. Waits for the head
  // do not mine, so the blocks replaced are exactly the three below.
  const base = await waitForHead(stack, 'og')
  const snapshot = await rpc.call<string>('evm_snapshot')
  // three blocks, each with a settlement, all inside the finality window (5 blocks)
  for (const tag of ['a', 'b', 'c']) await mineTxs(rpc, og, [settle(`old-${tag}`)])
  await waitForHead(stack, 'og')
  const old = await query<{ id: string }>(stack.dbUrl, `select id from settlement where block_number > $1`, [base])
  assert.equal(old.length, 3)
  // replace them with a longer branch that has one different settlement
  assert.equal(await rpc.call<boolean>('evm_revert', [snapshot]), true)
  await mineTxs(rpc, og, [settle('new')])
  for (let i = 0; i < 3; i++) await mineEmpty(rpc, og)
  const newHead = await chainHead(stack, 'og')
  const branchIds = async () => {
    const logs = await rpc.call<any[]>('eth_getLogs', [
      { fromBlock: `0x${(base + 1).toString(16)}`, toBlock: 'latest', address: relays(), topics: [toEventSelector('BatchSettlement(bytes32,uint256,bytes)')] },
    ])
    return logs.map((l) => `${l.transactionHash}-${Number(BigInt(l.logIndex))}`).sort()
  }
  const branch = await branchIds()
  assert.equal(branch.length, 1, 'the new branch holds one settlement')
  assert.ok(!old.some((row) => branch.includes(row.id)), 'none of the replaced settlements is on the new branch')
  // this wait mines a block per round; the replaced heights can leave the hot window meanwhile, so
  // it asks the data: every hot block is canonical and the replaced range holds the new settlement
  await waitUntil(
    stack,
    async () => {
      if ((await indexedHeight(stack.dbUrl, 'og')) < newHead) return false
      const hot = await query<{ height: number; hash: string }>(stack.dbUrl, 'select height, hash from og_processor.hot_block')
      for (const block of hot) {
        const canonical = await rpc.call<any>('eth_getBlockByNumber', [`0x${block.height.toString(16)}`, false])
        if (canonical?.hash !== block.hash) return false
      }
      const rows = await query<{ id: string }>(stack.dbUrl, `select id from settlement where block_number > $1`, [base])
      return JSON.stringify(rows.map((r) => r.id).sort()) === JSON.stringify(branch)
    },
    'the processor to follow the new branch',
    60_000,
  )
  const onChain = await stack.devnet.og.rpc.call<any[]>('eth_getLogs', [
    { fromBlock: '0x0', toBlock: 'latest', address: relays(), topics: [toEventSelector('BatchSettlement(bytes32,uint256,bytes)')] },
  ])
  const ids = onChain.map((l) => `${l.transactionHash}-${Number(BigInt(l.logIndex))}`).sort()
  const rows = await query<{ id: string }>(stack.dbUrl, `select id from settlement where kind = 'BATCH' order by id`)
  assert.deepEqual(
    rows.map((r) => r.id),
    ids,
  )
  const [day] = await query<{ s: string }>(stack.dbUrl, 'select sum(settlements) s from og_daily_stat')
  const [{ n: all }] = await query<{ n: string }>(stack.dbUrl, 'select count(*) n from settlement')
  assert.equal(Number(day.s), Number(all), 'daily aggregates rolled back with the blocks')
})

function batchSettleCall(tag: string): `0x${string}` {
  return encodeFunctionData({
    abi: [
      {
        type: 'function',
        name: 'batchSettle',
        inputs: [{ type: 'bytes32' }, { type: 'uint256' }, { type: 'bytes' }],
        outputs: [],
        stateMutability: 'nonpayable',
      },
    ],
    functionName: 'batchSettle',
    args: [keccak256(toBytes(`reorg-${tag}`)), 3n, toHex(toBytes(`reorg-blob-${tag}`))],
  })
}

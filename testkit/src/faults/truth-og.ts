/**
 * The OG chain's rows held against its logs and precompile views: settlements of every kind one for
 * one, TEE nodes and heartbeats, staking events, validators, and the daily aggregates day by day.
 * Logic copied from og.e2e.test.ts (which stays as it is) and widened from counts to ids and days.
 */
import * as staking from '@og-explorer/indexer/lib/abi/StakingI'
import { query } from '@og-explorer/indexer/lib/testing/postgres'
import type { TestDevnet } from '../stack/devnet'
import { ChainView, Tally, countBy, logId, type RawLog, type TruthReport } from './truth-chain'

export const STAKING = '0x0000000000000000000000000000000000000800'
const DISTRIBUTION = '0x0000000000000000000000000000000000000801'
const SLASHING = '0x0000000000000000000000000000000000000806'

export const SETTLEMENT_SIGNATURES: Record<string, string> = {
  BATCH: 'BatchSettlement(bytes32,uint256,bytes)',
  INDIVIDUAL: 'IndividualSettlement(bytes32,address,bytes32,bytes32,uint256,bytes,bytes)',
  LEGACY_SINGLE: 'Settlement(bytes32,bytes32)',
  LEGACY_BATCH: 'BatchSettlement(bytes32,uint256)',
  LEGACY_METADATA: 'SettlementWithMetadata(bytes32,bytes32,string,bytes,bytes)',
}
const HUB_RESULTS = [
  'InferenceResult(((string,(int128,int128)[],uint32[])[],(string,string[])[],(string,string)[],bool))',
  'LLMChatResult((string,(string,string,string,string,(string,string,string)[])))',
  'LLMCompletionResult((string))',
]
const STAKING_LOGS: Record<string, [string, string]> = {
  CREATE_VALIDATOR: [STAKING, 'CreateValidator(address,uint256)'],
  EDIT_VALIDATOR: [STAKING, 'EditValidator(address,int256,int256)'],
  DELEGATE: [STAKING, 'Delegate(address,address,uint256,uint256)'],
  UNBOND: [STAKING, 'Unbond(address,address,uint256,uint256)'],
  REDELEGATE: [STAKING, 'Redelegate(address,address,address,uint256,uint256)'],
  CANCEL_UNBONDING: [STAKING, 'CancelUnbondingDelegation(address,address,uint256,uint256)'],
  WITHDRAW_REWARD: [DISTRIBUTION, 'WithdrawDelegatorReward(address,address,uint256)'],
  CLAIM_REWARDS: [DISTRIBUTION, 'ClaimRewards(address,uint256)'],
  UNJAIL: [SLASHING, 'ValidatorUnjailed(address)'],
}

const contractsOfKind = (devnet: TestDevnet, test: (kind: string) => boolean) =>
  Object.values(devnet.deployments.chains.og.contracts)
    .filter((c) => test(c.kind))
    .map((c) => c.address)

export const ogRelays = (devnet: TestDevnet) => contractsOfKind(devnet, (k) => k.includes('settlement-relay'))

/** The OG chain's BatchSettlement logs, for verdict expectations (leaves per blob). */
export async function batchLogs(devnet: TestDevnet, skip: ReadonlySet<string>): Promise<RawLog[]> {
  return new ChainView(devnet.og.rpc).logs(ogRelays(devnet), SETTLEMENT_SIGNATURES.BATCH, skip)
}

/**
 * `skip`: ids (txHash-logIndex) of logs planted on purpose as undecodable; they must produce an
 * IndexingIssue instead of a row, which truth.ts checks.
 */
export async function compareOg(dbUrl: string, devnet: TestDevnet, skip: ReadonlySet<string>): Promise<TruthReport> {
  const chain = new ChainView(devnet.og.rpc)
  const t = new Tally()
  const relays = ogRelays(devnet)

  // settlements, kind by kind, row for log
  const dbSettlements = await query<{ id: string; kind: string }>(dbUrl, 'select id, kind from settlement')
  const settlementLogs: RawLog[] = []
  for (const [kind, signature] of Object.entries(SETTLEMENT_SIGNATURES)) {
    const logs = await chain.logs(relays, signature, skip)
    settlementLogs.push(...logs)
    t.sameSet(
      `settlements ${kind}`,
      dbSettlements.filter((s) => s.kind === kind).map((s) => s.id),
      logs.map(logId),
    )
  }
  const hub = contractsOfKind(devnet, (k) => k === 'inference-hub')
  const hubLogs = (await Promise.all(HUB_RESULTS.map((s) => chain.logs(hub, s, skip)))).flat()
  t.sameSet(
    'settlements HUB (one per hub result)',
    dbSettlements.filter((s) => s.kind === 'HUB').map((s) => s.id),
    hubLogs.map(logId),
  )

  // TEE registry
  const registries = contractsOfKind(devnet, (k) => k === 'tee-registry')
  const registered = await chain.logs(registries, 'TEERegistered(bytes32,address,uint8)', skip)
  const beats = await chain.logs(registries, 'HeartbeatReceived(bytes32,uint256)', skip)
  const [nodes] = await query<{ n: string; keyless: string }>(dbUrl, 'select count(*) n, count(*) filter (where public_key is null) keyless from tee_node')
  t.equal('TEE nodes', Number(nodes.n), registered.length)
  t.equal('TEE nodes without a public key', Number(nodes.keyless), 0)

  // staking events found in logs, kind by kind
  const stakingRows = await query<{ kind: string; n: string }>(dbUrl, `select kind, count(*) n from staking_event where detected_by = 'log' group by kind`)
  const stakingExpected = new Map<string, number>()
  for (const [kind, [address, signature]] of Object.entries(STAKING_LOGS)) stakingExpected.set(kind, (await chain.logs(address, signature, skip)).length)
  t.sameCounts('staking events per kind', new Map(stakingRows.map((r) => [r.kind, Number(r.n)])), stakingExpected)

  // validators against the precompile's own view (slashing and jailing leave no log)
  const validators = await query<{ id: string; tokens: string; jailed: boolean }>(dbUrl, 'select id, tokens, jailed from validator order by id')
  // every validator the precompile lists, those added without a log (proof of authority) included
  t.sameSet(
    'validators (the precompile list)',
    validators.map((v) => v.id),
    await listedValidators(chain),
  )
  const views = await chain.callMany(validators.map((v) => ({ to: STAKING, data: staking.functions.validator.encode({ validatorAddress: v.id }) })))
  validators.forEach((v, i) => {
    const view = staking.functions.validator.decodeResult(views[i])
    t.equal(`validator ${v.id} tokens`, v.tokens, view.tokens)
    t.equal(`validator ${v.id} jailed`, v.jailed, view.jailed)
  })

  // daily aggregates, day by day, from the logs' block times
  const daily = await query<{ id: string; settlements: number; heartbeats: number; inferences_settled: number }>(
    dbUrl,
    'select id, settlements, heartbeats, inferences_settled from og_daily_stat',
  )
  const settledDays = await chain.days([...settlementLogs, ...hubLogs])
  t.sameCounts(
    'og_daily_stat.settlements per day',
    new Map(daily.map((d) => [d.id, d.settlements])),
    countBy(settledDays, (d) => d),
  )
  t.sameCounts(
    'og_daily_stat.heartbeats per day',
    new Map(daily.map((d) => [d.id, d.heartbeats])),
    countBy(await chain.days(beats), (d) => d),
  )
  const [beatRows] = await query<{ n: string }>(dbUrl, 'select count(*) n from heartbeat')
  t.equal('heartbeats', Number(beatRows.n), beats.length)
  // verified inferences are counted on their settlement's day when the verdict arrives
  const [sums] = await query<{ verified: string; rows: string }>(
    dbUrl,
    `select (select coalesce(sum(inferences_verified), 0) from og_daily_stat) verified,
            (select count(*) from inference i join settlement s on s.id = i.settlement_id where s.status in ('VERIFIED', 'PARTIAL') and i.signature_valid) rows`,
  )
  t.equal('og_daily_stat.inferences_verified total vs verified inference rows', sums.verified, sums.rows)
  return t
}

/** The staking precompile's validators(), every status, page by page, at latest. */
async function listedValidators(chain: ChainView): Promise<string[]> {
  const ids: string[] = []
  let key = '0x'
  for (let page = 0; page < 100; page++) {
    const [result] = await chain.callMany([
      {
        to: STAKING,
        data: staking.functions.validators.encode({ status: '', pageRequest: { key, offset: 0n, limit: 100n, countTotal: false, reverse: false } }),
      },
    ])
    const { validators, pageResponse } = staking.functions.validators.decodeResult(result)
    ids.push(...validators.map((v) => v.operatorAddress.toLowerCase()))
    if (pageResponse.nextKey === '0x') break
    key = pageResponse.nextKey
  }
  return ids
}

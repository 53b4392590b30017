/**
 * Chain truth for a synthetic OG dataset, read from its blocks and its recorded state rather than
 * from a node (there is none behind it). One pass over every chunk, keeping counts and order-free
 * digests of the row ids the OG processor must write: settlements of every kind one for one, hub
 * results, TEE registrations, heartbeats, staking logs by kind, and per-day counts; the batch sizes
 * (for the leaves a verifier must check); and the staking precompile's validators at the last block
 * from the recorded state. The rules are the devnet's chain-truth comparison's on eth_getLogs and the
 * precompile's views (testkit/src/faults/truth-og.ts).
 */
import path from 'node:path'
import { dayId } from '@og-explorer/common'
import { readDeployments } from '@og-explorer/devnet'
import { columnIndex, headerOf, LOG_COLUMNS, rowsOf, sectionsOf } from '@og-explorer/devnet/lib/dataset/format'
import { VALIDATOR_PREFIX, type RecordedValidator } from '@og-explorer/devnet/lib/dataset/og-state-keys'
import { DatasetReader } from '@og-explorer/devnet/lib/dataset/reader'
import { StateHistory } from '@og-explorer/devnet/lib/dataset/state-history'
import * as distribution from '@og-explorer/indexer/lib/abi/DistributionI'
import * as hub from '@og-explorer/indexer/lib/abi/InferenceHub'
import * as relay from '@og-explorer/indexer/lib/abi/InferenceSettlementRelay'
import * as legacy from '@og-explorer/indexer/lib/abi/LegacySettlementRelay'
import * as slashing from '@og-explorer/indexer/lib/abi/SlashingI'
import * as stakingAbi from '@og-explorer/indexer/lib/abi/StakingI'
import * as registryAbi from '@og-explorer/indexer/lib/abi/TEERegistry'
import { IdSet } from './dataset-facts'

/** settlement kinds as the settlement table names them, by topic */
const SETTLEMENT_TOPICS: Record<string, string> = {
  BATCH: relay.events.BatchSettlement.topic,
  INDIVIDUAL: relay.events.IndividualSettlement.topic,
  LEGACY_SINGLE: legacy.events.Settlement.topic,
  LEGACY_BATCH: legacy.events.BatchSettlement.topic,
  LEGACY_METADATA: legacy.events.SettlementWithMetadata.topic,
}
const HUB_RESULTS = [hub.events.InferenceResult.topic, hub.events.LLMChatResult.topic, hub.events.LLMCompletionResult.topic]
/** staking_event kinds found in logs, by contract and topic */
const STAKING_TOPICS: Record<string, [contract: 'staking' | 'distribution' | 'slashing', topic: string]> = {
  CREATE_VALIDATOR: ['staking', stakingAbi.events.CreateValidator.topic],
  EDIT_VALIDATOR: ['staking', stakingAbi.events.EditValidator.topic],
  DELEGATE: ['staking', stakingAbi.events.Delegate.topic],
  UNBOND: ['staking', stakingAbi.events.Unbond.topic],
  REDELEGATE: ['staking', stakingAbi.events.Redelegate.topic],
  CANCEL_UNBONDING: ['staking', stakingAbi.events.CancelUnbondingDelegation.topic],
  WITHDRAW_REWARD: ['distribution', distribution.events.WithdrawDelegatorReward.topic],
  CLAIM_REWARDS: ['distribution', distribution.events.ClaimRewards.topic],
  UNJAIL: ['slashing', slashing.events.ValidatorUnjailed.topic],
}

export interface OgDatasetFacts {
  blocks: number
  /** logs of the contracts the OG processor asks for: its events */
  events: number
  settlements: Map<string, IdSet>
  hubResults: IdSet
  teeRegistrations: number
  heartbeats: number
  stakingLogs: Map<string, number>
  /** per UTC day: settlements (hub results included) and heartbeats */
  daily: { settlements: Map<string, number>; heartbeats: Map<string, number> }
  /** BATCH settlement id → its batch size and blob id */
  batches: Map<string, { size: number; blobId: string }>
  /** the precompile's validators at the last block (its validators() list), with tokens and jailed */
  validators: Map<string, { tokens: bigint; jailed: boolean }>
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)

export async function readOgDatasetFacts(dir: string): Promise<OgDatasetFacts> {
  const contracts = readDeployments(path.join(dir, 'deployments.json')).chains.og.contracts
  const ofKind = (test: (kind: string) => boolean) =>
    new Set(
      Object.values(contracts)
        .filter((c) => test(c.kind))
        .map((c) => c.address.toLowerCase()),
    )
  const relays = ofKind((k) => k.includes('settlement-relay'))
  const registries = ofKind((k) => k === 'tee-registry')
  const hubs = ofKind((k) => k === 'inference-hub')
  const precompiles = {
    staking: contracts.StakingPrecompile.address.toLowerCase(),
    distribution: contracts.DistributionPrecompile.address.toLowerCase(),
    slashing: contracts.SlashingPrecompile.address.toLowerCase(),
  }
  const watched = new Set([...relays, ...registries, ...hubs, ...Object.values(precompiles), contracts.InferencePrecompile.address.toLowerCase()])
  const settlementKind = new Map(Object.entries(SETTLEMENT_TOPICS).map(([kind, topic]) => [topic, kind]))
  const hubTopics = new Set(HUB_RESULTS)
  const stakingKind = new Map(Object.entries(STAKING_TOPICS).map(([kind, [contract, topic]]) => [`${precompiles[contract]}/${topic}`, kind]))
  const registered = registryAbi.events.TEERegistered.topic
  const beat = registryAbi.events.HeartbeatReceived.topic
  const col = columnIndex(LOG_COLUMNS)

  const facts: OgDatasetFacts = {
    blocks: 0,
    events: 0,
    settlements: new Map(Object.keys(SETTLEMENT_TOPICS).map((k) => [k, new IdSet()])),
    hubResults: new IdSet(),
    teeRegistrations: 0,
    heartbeats: 0,
    stakingLogs: new Map(),
    daily: { settlements: new Map(), heartbeats: new Map() },
    batches: new Map(),
    validators: new Map(),
  }
  const reader = DatasetReader.open(dir, { cachedChunks: 1 })
  for (const chunk of reader.manifest.chunks) {
    for (const line of await reader.chunk(chunk)) {
      facts.blocks++
      const [headerSection, , logSection] = sectionsOf(line)
      if (logSection === '') continue
      const day = dayId(Number(BigInt(headerOf(headerSection).timestamp)) * 1000)
      for (const c of rowsOf(logSection)) {
        const address = (JSON.parse(c[col.address]) as string).toLowerCase()
        if (!watched.has(address)) continue
        facts.events++
        const topics = JSON.parse(c[col.topics]) as string[]
        const topic0 = topics[0]
        const id = `${JSON.parse(c[col.transactionHash]) as string}-${Number(BigInt(JSON.parse(c[col.logIndex]) as string))}`
        const kind = relays.has(address) ? settlementKind.get(topic0) : undefined
        if (kind) {
          facts.settlements.get(kind)!.add(id)
          bump(facts.daily.settlements, day)
          if (kind === 'BATCH') {
            const { batchSize, walrusBlobId } = relay.events.BatchSettlement.decode({ topics, data: JSON.parse(c[col.data]) as string })
            facts.batches.set(id, { size: Number(batchSize), blobId: Buffer.from(walrusBlobId.slice(2), 'hex').toString('utf8') })
          }
        } else if (hubs.has(address) && hubTopics.has(topic0)) {
          facts.hubResults.add(id)
          bump(facts.daily.settlements, day)
        } else if (registries.has(address) && topic0 === registered) facts.teeRegistrations++
        else if (registries.has(address) && topic0 === beat) {
          facts.heartbeats++
          bump(facts.daily.heartbeats, day)
        } else {
          const staking = stakingKind.get(`${address}/${topic0}`)
          if (staking) bump(facts.stakingLogs, staking)
        }
      }
    }
  }
  const state = StateHistory.load(dir)
  if (!state) throw new Error(`${dir} has no recorded state: not a synthetic OG dataset`)
  for (const key of state.keys) {
    if (!key.startsWith(VALIDATOR_PREFIX)) continue
    const v = state.at(key, reader.manifest.height) as unknown as RecordedValidator
    facts.validators.set(key.slice(VALIDATOR_PREFIX.length), { tokens: BigInt(v.tokens), jailed: v.jailed })
  }
  return facts
}

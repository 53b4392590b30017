import { TypeormDatabase } from '@subsquid/typeorm-store'
import type { NetworkProfile } from '../config/profile'
import { lower } from '../config/profile'
import {
  CommissionChange,
  Delegation,
  Heartbeat,
  Inference,
  InferenceDailyGroup,
  IndexingIssue,
  OgDailyStat,
  OgHourlyStat,
  Pcr,
  Settlement,
  StakingEvent,
  TeeNode,
  Validator,
} from '../model'
import { EntityCache } from '../store/entity-cache'
import { recordIssue } from '../util/issues'
import { splitRateLimit } from '../rpc/rate-limit'
import { StateReader } from '../rpc/state-reader'
import { dayId, hourId } from '@og-explorer/common'
import { addFlows, countInference, inferenceGroupId, newInferenceGroup, newOgDailyStat, newOgHourlyStat } from './aggregates'
import { type OgBatch, type OgContractKind, type OgHandler, type RoutedLog } from './batch'
import { createOgProcessor, type OgContext } from './processor'
import { ogHandlers } from './handlers'
import { isUnknownTopic } from './known-topics'
import { INDEXER_DIR } from '../db/migrate'
import type { IndexDeferral } from '../store/index-deferral'
import { createIndexerMetrics, processorRegistry } from '../util/metrics'
import { phaseClock } from '../util/phase-clock'
import { createProgress, type BatchReport } from '../util/progress'

/** The tables only this pipeline writes (IndexingIssue is shared, split by its chain column). */
export const OG_ENTITIES = [Validator, TeeNode, Pcr, Heartbeat, Settlement, Inference, Delegation, StakingEvent, CommissionChange, OgDailyStat, OgHourlyStat, InferenceDailyGroup]

/** Rows are written in this order so that referenced rows exist first. */
const FLUSH_ORDER = [...OG_ENTITIES, IndexingIssue]

export function contractKinds(profile: NetworkProfile): Map<string, OgContractKind> {
  const c = profile.og.contracts
  const kinds = new Map<string, OgContractKind>()
  for (const r of c.settlementRelays) kinds.set(lower(r.address), 'settlement-relay')
  for (const r of c.legacyRelays) kinds.set(lower(r.address), 'legacy-relay')
  for (const r of c.teeRegistries) kinds.set(lower(r.address), 'tee-registry')
  for (const r of c.inferenceHubs) kinds.set(lower(r.address), 'inference-hub')
  kinds.set(lower(c.stakingPrecompile.address), 'staking')
  kinds.set(lower(c.distributionPrecompile.address), 'distribution')
  kinds.set(lower(c.slashingPrecompile.address), 'slashing')
  kinds.set(lower(c.inferencePrecompile.address), 'inference-precompile')
  return kinds
}

/** Processes one batch of OG blocks: route, prepare, apply in order, finish, write once. */
export async function processOgBatch(ctx: OgContext, profile: NetworkProfile, reader: StateReader, handlers: OgHandler[], kinds: Map<string, OgContractKind>, progress?: (report: BatchReport) => Promise<void>): Promise<void> {
  const clock = phaseClock()
  const cache = new EntityCache(ctx.store)
  const routed: RoutedLog[] = []
  for (const block of ctx.blocks) {
    for (const log of block.logs) {
      const kind = kinds.get(log.address)
      if (!kind) continue // untrusted address: ignored, leaves no trace
      if (isUnknownTopic(kind, log.topics[0])) {
        // a trusted contract said something no decoder knows (a new version's event): recorded, counted
        recordIssue(cache, { chain: 'og', blockNumber: block.header.height, timestampMs: block.header.timestamp, txHash: log.transactionHash, logIndex: log.logIndex, address: log.address, topic0: log.topics[0] }, 'unknown-topic', kind)
        continue
      }
      routed.push({ log, block: block.header, kind })
    }
  }
  const days = new Set(ctx.blocks.map((b) => dayId(b.header.timestamp)))
  await cache.prefetch(OgDailyStat, days)
  await cache.prefetch(OgHourlyStat, new Set(ctx.blocks.map((b) => hourId(b.header.timestamp))))
  await cache.prefetchWhere(InferenceDailyGroup, 'date', [...days].map((d) => new Date(`${d}T00:00:00Z`)))
  // Both small tables are read whole every batch anyway (TEE uptime refresh, staking reconcile);
  // loading them first lets every handler's prefetch of them skip its query.
  await cache.prefetchAll(TeeNode)
  await cache.prefetchAll(Validator)
  const daily = (ts: number) => {
    const day = cache.getOrCreate(OgDailyStat, dayId(ts), () => newOgDailyStat(ts))
    cache.save(OgDailyStat, day) // callers mutate it
    return day
  }
  const batch: OgBatch = {
    ctx,
    cache,
    profile,
    reader,
    lastBlock: ctx.blocks[ctx.blocks.length - 1].header,
    days: [...days],
    daily,
    add(ts, flows) {
      addFlows(daily(ts), flows)
      const hour = cache.getOrCreate(OgHourlyStat, hourId(ts), () => newOgHourlyStat(ts))
      addFlows(hour, flows)
      cache.save(OgHourlyStat, hour)
    },
    countInference(inference, before) {
      const group = cache.getOrCreate(InferenceDailyGroup, inferenceGroupId(inference), () => newInferenceGroup(inference))
      countInference(group, inference.status, before)
      cache.save(InferenceDailyGroup, group)
    },
  }
  // Every day the chain reaches gets its row (its total staked is filled in after the state read).
  for (const block of ctx.blocks) batch.daily(block.header.timestamp)
  for (const handler of handlers) {
    const mine = routed.filter((r) => handler.kinds.includes(r.kind))
    if (handler.prepare) await handler.prepare(batch, mine)
  }
  clock.lap('read')
  for (const r of routed) {
    for (const handler of handlers) {
      if (!handler.kinds.includes(r.kind)) continue
      try {
        handler.handle(batch, r)
      } catch (error) {
        // A trusted contract emitted something we cannot read: record it, never stop indexing.
        recordIssue(
          cache,
          { chain: 'og', blockNumber: r.block.height, timestampMs: r.block.timestamp, txHash: r.log.transactionHash, logIndex: r.log.logIndex, address: r.log.address, topic0: r.log.topics[0] },
          'undecodable-log',
          `${handler.name}: ${error instanceof Error ? error.message : String(error)}`,
        )
      }
    }
  }
  clock.lap('handle')
  // each handler's finish is its own phase: state reads (staking) and verdicts (verification) differ
  for (const handler of handlers) {
    if (!handler.finish) continue
    await handler.finish(batch)
    clock.lap(handler.name)
  }
  await cache.flush(FLUSH_ORDER)
  clock.lap('write')
  await progress?.({ firstBlock: ctx.blocks[0].header.height, lastBlock: batch.lastBlock.height, events: routed.length, phases: clock.phases })
}

export function runOgProcessor(profile: NetworkProfile, options: { toBlock?: number; indexes?: IndexDeferral } = {}): void {
  // the endpoint's rate limit is split between Subsquid's client and our state reads (rpc/rate-limit.ts)
  const budget = profile.og.rateLimit ? splitRateLimit(profile.og.rateLimit) : undefined
  const processor = createOgProcessor(budget ? { ...profile, og: { ...profile.og, rateLimit: budget.processor } } : profile, options.toBlock)
  const reader = new StateReader(profile.og.rpcUrl, undefined, undefined, { rateLimit: budget?.stateReads })
  const handlers = ogHandlers(profile, { drainAtBlock: options.toBlock })
  const kinds = contractKinds(profile)
  const db = new TypeormDatabase({ supportHotBlocks: true, stateSchema: 'og_processor', projectDir: INDEXER_DIR })
  createIndexerMetrics(processorRegistry(processor))
  const progress = createProgress({ chain: 'og', head: () => reader.blockNumber(), toBlock: options.toBlock })
  processor.run(db, async (ctx) => {
    await processOgBatch(ctx, profile, reader, handlers, kinds, progress)
    if (ctx.blocks.length === 0) return
    const last = ctx.blocks[ctx.blocks.length - 1].header.height
    await options.indexes?.buildIfDue(ctx.store, ctx.isHead || (options.toBlock !== undefined && last >= options.toBlock))
  })
}

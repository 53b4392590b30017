import { TypeormDatabase, type Store } from '@subsquid/typeorm-store'
import type { NetworkProfile } from '../config/profile'
import { INDEXER_DIR } from '../db/migrate'
import {
  Account,
  AllocationDailyUnlock,
  BaseDailyStat,
  BaseHourlyStat,
  DailyPayer,
  IndexingIssue,
  Payment,
  PriceCandle,
  Swap,
  Transfer,
  Unlock,
} from '../model'
import { runHandlers } from '../pipeline/handler'
import { StateReader } from '../rpc/state-reader'
import { CarryOver } from '../store/carry-over'
import { EntityCache } from '../store/entity-cache'
import type { IndexDeferral } from '../store/index-deferral'
import { recordIssue } from '../util/issues'
import { createIndexerMetrics, processorRegistry } from '../util/metrics'
import { phaseClock } from '../util/phase-clock'
import { createProgress, type BatchReport } from '../util/progress'
import { BaseBatch, type BaseHandler } from './batch'
import { baseHandlers } from './handler-list'
import { collectBaseItems, type ItemBlock } from './items'
import { linkPaymentsToTees } from './payments/link-payments'
import { TeeDirectory } from './payments/tee-directory'
import { createBaseProcessor } from './processor'
import { baseSetup, type BaseSetup } from './setup'

/** The tables only this pipeline writes (IndexingIssue is shared, split by its chain column). */
export const BASE_ENTITIES = [Account, DailyPayer, Transfer, Unlock, AllocationDailyUnlock, Payment, Swap, PriceCandle, BaseDailyStat, BaseHourlyStat]

/** Rows are written in this order so that referenced rows exist first. */
const FLUSH_ORDER = [...BASE_ENTITIES, IndexingIssue]

/** The parts of the processor's context a batch uses; a BaseContext is one. */
export interface BaseBatchContext {
  store: Store
  blocks: ItemBlock[]
}

/** Processes one batch of Base blocks: decode, then the handlers (pipeline/handler.ts) from memory, write once. */
export async function processBaseBatch(
  ctx: BaseBatchContext,
  profile: NetworkProfile,
  setup: BaseSetup = baseSetup(profile),
  tees: TeeDirectory = new TeeDirectory(),
  progress?: (report: BatchReport) => Promise<void>,
  carry?: CarryOver,
  handlers: readonly BaseHandler[] = baseHandlers,
): Promise<void> {
  const clock = phaseClock()
  if (ctx.blocks.length > 0) carry?.begin(ctx.store, ctx.blocks[0].header.height)
  const cache = new EntityCache(ctx.store, carry)
  const blocks = collectBaseItems(ctx.blocks, setup, (header, log, reason, detail) =>
    recordIssue(
      cache,
      {
        chain: 'base',
        blockNumber: header.height,
        timestampMs: header.timestamp,
        txHash: log.transactionHash,
        logIndex: log.logIndex,
        address: log.address,
        topic0: log.topics[0],
      },
      reason,
      detail,
    ),
  )
  const batch = new BaseBatch(cache, setup, tees)
  await runHandlers(batch, blocks, handlers, {
    async afterPrepare() {
      await batch.load(ctx.store, blocks)
      // TEE nodes come from the other pipeline, possibly after the payments to them were indexed here
      const linked = await tees.refresh(ctx.store)
      if (linked.length > 0) await linkPaymentsToTees(ctx.store, linked)
    },
    // Every day the chain reaches gets its row, carrying supply and price, even with no activity.
    beginBlock: (header) => void batch.daily(header.timestamp),
    onError(_handler, item, header, error) {
      // Items are decoded already, so a failure here is our bug: stop, saying where.
      throw new Error(
        `base block ${header.height} tx ${item.log.transactionHash} log ${item.log.logIndex}: ${error instanceof Error ? error.message : error}`,
        { cause: error },
      )
    },
    lap: (phase) => clock.lap(phase),
  })
  const last = blocks[blocks.length - 1]
  // Circulating supply as of the batch's end (labels may have moved accounts in or out of it).
  if (last) batch.daily(last.header.timestamp).circulatingSupply = batch.circulating
  await cache.flush(FLUSH_ORDER)
  if (last) cache.carryForward(last.header.height)
  clock.lap('write')
  if (progress && ctx.blocks.length > 0) {
    // every trusted log counts, as on the OG side (approvals and proxy events included)
    const events = ctx.blocks.reduce((n, b) => n + b.logs.length, 0)
    await progress({ firstBlock: ctx.blocks[0].header.height, lastBlock: ctx.blocks[ctx.blocks.length - 1].header.height, events, phases: clock.phases })
  }
}

export function runBaseProcessor(profile: NetworkProfile, options: { toBlock?: number; indexes?: IndexDeferral } = {}): void {
  const processor = createBaseProcessor(profile, options.toBlock)
  const setup = baseSetup(profile)
  const tees = new TeeDirectory()
  // the rows most batches touch again: accounts, and the day's and hour's aggregates
  const carry = new CarryOver([Account, DailyPayer, BaseDailyStat, BaseHourlyStat, AllocationDailyUnlock, PriceCandle])
  const db = new TypeormDatabase({ supportHotBlocks: true, stateSchema: 'base_processor', projectDir: INDEXER_DIR })
  createIndexerMetrics(processorRegistry(processor))
  const reader = new StateReader(profile.base.rpcUrl, undefined, undefined, { timeoutMs: profile.base.rpcTimeoutMs })
  const progress = createProgress({ chain: 'base', head: () => reader.blockNumber(), toBlock: options.toBlock })
  processor.run(db, async (ctx) => {
    await processBaseBatch(ctx, profile, setup, tees, progress, carry)
    if (ctx.blocks.length === 0) return
    const last = ctx.blocks[ctx.blocks.length - 1].header.height
    await options.indexes?.buildIfDue(ctx.store, ctx.isHead || (options.toBlock !== undefined && last >= options.toBlock))
  })
}

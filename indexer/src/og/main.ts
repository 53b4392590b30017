import { TypeormDatabase } from '@subsquid/typeorm-store'
import type { NetworkProfile } from '../config/profile'
import { INDEXER_DIR } from '../db/migrate'
import { runHandlers } from '../pipeline/handler'
import { splitRateLimit } from '../rpc/rate-limit'
import { StateReader } from '../rpc/state-reader'
import { EntityCache } from '../store/entity-cache'
import type { IndexDeferral } from '../store/index-deferral'
import { recordIssue } from '../util/issues'
import { createIndexerMetrics, processorRegistry } from '../util/metrics'
import { phaseClock } from '../util/phase-clock'
import { createProgress, type BatchReport } from '../util/progress'
import { OgBatch, type OgHandler } from './batch'
import { ogHandlers } from './handler-list'
import { createOgProcessor, type OgContext } from './processor'
import { contractKinds, routeOgLogs, type OgContractKind } from './routing'

/** Processes one batch of OG blocks: route, load, then the handlers (pipeline/handler.ts), write. */
export async function processOgBatch(
  ctx: OgContext,
  profile: NetworkProfile,
  reader: StateReader,
  handlers: OgHandler[],
  kinds: Map<string, OgContractKind>,
  progress?: (report: BatchReport) => Promise<void>,
): Promise<void> {
  const clock = phaseClock()
  const cache = new EntityCache(ctx.store)
  const blocks = routeOgLogs(ctx, kinds, cache)
  const batch = await OgBatch.load(ctx, cache, profile, reader)
  await runHandlers(batch, blocks, handlers, {
    onError(handler, { log, block }, _header, error) {
      // A trusted contract emitted something we cannot read: record it, never stop indexing.
      recordIssue(
        cache,
        {
          chain: 'og',
          blockNumber: block.height,
          timestampMs: block.timestamp,
          txHash: log.transactionHash,
          logIndex: log.logIndex,
          address: log.address,
          topic0: log.topics[0],
        },
        'undecodable-log',
        `${handler.name}: ${error instanceof Error ? error.message : String(error)}`,
      )
    },
    lap: (phase) => clock.lap(phase),
  })
  await batch.write()
  clock.lap('write')
  const events = blocks.reduce((n, b) => n + b.items.length, 0)
  await progress?.({ firstBlock: ctx.blocks[0].header.height, lastBlock: batch.lastBlock.height, events, phases: clock.phases })
}

export function runOgProcessor(profile: NetworkProfile, options: { toBlock?: number; indexes?: IndexDeferral; log?: (line: string) => void } = {}): void {
  // the endpoint's rate limit is split between Subsquid's client and our state reads (rpc/rate-limit.ts)
  const budget = profile.og.rateLimit ? splitRateLimit(profile.og.rateLimit) : undefined
  const processor = createOgProcessor(budget ? { ...profile, og: { ...profile.og, rateLimit: budget.processor } } : profile, options.toBlock)
  const reader = new StateReader(profile.og.rpcUrl, undefined, undefined, { rateLimit: budget?.stateReads, timeoutMs: profile.og.rpcTimeoutMs })
  const handlers = ogHandlers(profile, { drainAtBlock: options.toBlock, log: options.log })
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

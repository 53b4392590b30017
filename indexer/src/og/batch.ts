import type { NetworkProfile } from '../config/profile'
import { InferenceDailyGroup, OgDailyStat, OgHourlyStat, TeeNode, Validator, type Inference, type VerificationStatus } from '../model'
import type { Handler } from '../pipeline/handler'
import type { StateReader } from '../rpc/state-reader'
import type { EntityCache } from '../store/entity-cache'
import { dayId, hourId } from '@og-explorer/common'
import { OG_FLUSH_ORDER } from './entities'
import { addFlows, countInference, inferenceGroupId, newInferenceGroup, newOgDailyStat, newOgHourlyStat, type OgFlows } from './aggregates'
import type { OgBlockHeader, OgContext } from './processor'
import type { RoutedLog } from './routing'

/** A handler of the OG pipeline (see pipeline/handler.ts): it receives the logs of its contract kinds. */
export type OgHandler = Handler<OgBatch, RoutedLog>

/**
 * Everything a handler may use while one batch of OG blocks is processed: the entity cache, the
 * state reader, and the day, hour and inference-group counters every handler adds to.
 */
export class OgBatch {
  /** the batch's last block, for state reads "as of now" */
  readonly lastBlock: OgBlockHeader
  /** every day (dayId) a block of the batch falls on; each has its OgDailyStat in the cache */
  readonly days: string[]

  private constructor(
    readonly ctx: OgContext,
    readonly cache: EntityCache,
    readonly profile: NetworkProfile,
    readonly reader: StateReader,
  ) {
    this.lastBlock = ctx.blocks[ctx.blocks.length - 1].header
    this.days = [...new Set(ctx.blocks.map((b) => dayId(b.header.timestamp)))]
  }

  /**
   * Loads the rows every batch touches (its days' and hours' counters and inference groups, and the
   * two small tables read whole every batch) and gives every day the chain reaches its row.
   */
  static async load(ctx: OgContext, cache: EntityCache, profile: NetworkProfile, reader: StateReader): Promise<OgBatch> {
    const batch = new OgBatch(ctx, cache, profile, reader)
    const days = new Set(batch.days)
    await cache.prefetch(OgDailyStat, days)
    await cache.prefetch(OgHourlyStat, new Set(ctx.blocks.map((b) => hourId(b.header.timestamp))))
    await cache.prefetchWhere(
      InferenceDailyGroup,
      'date',
      [...days].map((d) => new Date(`${d}T00:00:00Z`)),
    )
    // Both small tables are read whole every batch anyway (TEE uptime refresh, staking reconcile);
    // loading them first lets every handler's prefetch of them skip its query.
    await cache.prefetchAll(TeeNode)
    await cache.prefetchAll(Validator)
    // Every day the chain reaches gets its row (its total staked is filled in after the state read).
    for (const block of ctx.blocks) batch.daily(block.header.timestamp)
    return batch
  }

  /** The day's row, created when new; marked for writing (callers mutate it). */
  daily(timestampMs: number): OgDailyStat {
    const day = this.cache.getOrCreate(OgDailyStat, dayId(timestampMs), () => newOgDailyStat(timestampMs))
    this.cache.save(OgDailyStat, day)
    return day
  }

  /**
   * Writes every change so far through the batch's store transaction. The batch's end calls it; a
   * handler with more work than fits in memory at once (a bounded run's final verification) calls
   * it between slices, after which the written rows may be forgotten (EntityCache.forget).
   */
  async write(): Promise<void> {
    await this.cache.flush(OG_FLUSH_ORDER)
  }

  /** Adds to the counters of the day and of the hour (OgDailyStat, OgHourlyStat). */
  add(timestampMs: number, flows: OgFlows): void {
    addFlows(this.daily(timestampMs), flows)
    const hour = this.cache.getOrCreate(OgHourlyStat, hourId(timestampMs), () => newOgHourlyStat(timestampMs))
    addFlows(hour, flows)
    this.cache.save(OgHourlyStat, hour)
  }

  /**
   * Counts an inference in its InferenceDailyGroup: a new one (`before` undefined) or a status change.
   * The groups of the batch's days are in memory; the verification handler loads its own.
   */
  countInference(inference: Inference, before?: VerificationStatus): void {
    const group = this.cache.getOrCreate(InferenceDailyGroup, inferenceGroupId(inference), () => newInferenceGroup(inference))
    countInference(group, inference.status, before)
    this.cache.save(InferenceDailyGroup, group)
  }
}

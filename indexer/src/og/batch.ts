import type { NetworkProfile } from '../config/profile'
import type { Inference, OgDailyStat, VerificationStatus } from '../model'
import type { OgFlows } from './aggregates'
import type { EntityCache } from '../store/entity-cache'
import type { StateReader } from '../rpc/state-reader'
import type { OgBlockHeader, OgContext, OgLog } from './processor'

export type OgContractKind =
  | 'settlement-relay'
  | 'legacy-relay'
  | 'tee-registry'
  | 'staking'
  | 'distribution'
  | 'slashing'
  | 'inference-precompile'
  | 'inference-hub'

export interface RoutedLog {
  log: OgLog
  block: OgBlockHeader
  kind: OgContractKind
}

/** Everything a handler may use while one batch of OG blocks is processed. */
export interface OgBatch {
  ctx: OgContext
  cache: EntityCache
  profile: NetworkProfile
  reader: StateReader
  /** the batch's last block, for state reads "as of now" */
  lastBlock: OgBlockHeader
  /** every day (dayId) a block of the batch falls on; each has its OgDailyStat in the cache */
  days: string[]
  daily(timestampMs: number): OgDailyStat
  /** adds to the counters of the day and of the hour (OgDailyStat, OgHourlyStat) */
  add(timestampMs: number, flows: OgFlows): void
  /**
   * Counts an inference in its InferenceDailyGroup: a new one (`before` undefined) or a status change.
   * The groups of the batch's days are in memory; the verification handler loads its own.
   */
  countInference(inference: Inference, before?: VerificationStatus): void
}

/**
 * A handler for the logs of one or more contract kinds. `prepare` sees every routed log of the
 * batch first (prefetch ids, batched eth_calls); `handle` then applies logs one by one, in chain
 * order, from memory; `finish` runs once per batch after all logs.
 */
export interface OgHandler {
  name: string
  kinds: OgContractKind[]
  prepare?(batch: OgBatch, logs: RoutedLog[]): Promise<void>
  handle(batch: OgBatch, routed: RoutedLog): void
  finish?(batch: OgBatch): Promise<void>
}

import type { NetworkProfile } from '../config/profile'
import { OgDailyStat } from '../model'
import type { EntityCache } from '../util/entity-cache'
import type { StateReader } from '../util/state-reader'
import { dayId, dayStart } from '../util/time'
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

export function newOgDailyStat(timestampMs: number): OgDailyStat {
  return new OgDailyStat({
    id: dayId(timestampMs),
    date: dayStart(timestampMs),
    inferencesSettled: 0,
    batchInferences: 0,
    individualInferences: 0,
    legacyInferences: 0,
    hubInferences: 0,
    inferencesVerified: 0,
    inferencesFailed: 0,
    settlements: 0,
    heartbeats: 0,
    activeTees: 0,
    stakingEvents: 0,
    totalStaked: 0n,
  })
}

import type { Chain } from '@og-explorer/common'
import { IndexingIssue } from '../model'
import type { EntityCache } from '../store/entity-cache'
import { metrics } from './metrics'

export interface IssueContext {
  chain: Chain
  blockNumber: number
  timestampMs: number
  txHash?: string
  logIndex?: number
  address?: string
  topic0?: string
}

/**
 * Records a problem with chain data (an undecodable log from a trusted contract, an unreadable blob)
 * as an IndexingIssue row. Chain data never stops indexing.
 */
export function recordIssue(cache: EntityCache, at: IssueContext, reason: string, detail?: string): void {
  const id =
    at.logIndex !== undefined && at.txHash
      ? `${at.chain}-${at.txHash}-${at.logIndex}-${reason}`
      : `${at.chain}-${at.blockNumber}-${reason}-${detail ?? ''}`.slice(0, 200)
  cache.insert(
    IndexingIssue,
    new IndexingIssue({
      id,
      chain: at.chain,
      blockNumber: at.blockNumber,
      txHash: at.txHash,
      logIndex: at.logIndex,
      address: at.address,
      topic0: at.topic0,
      reason,
      detail: detail?.slice(0, 2000),
      timestamp: new Date(at.timestampMs),
    }),
  )
  metrics().issues.inc({ chain: at.chain, reason })
}

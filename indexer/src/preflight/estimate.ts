/**
 * A first-sync estimate from what was measured against the endpoints. It bounds block fetching only
 * (the handlers and the database come on top), so it is a floor, printed as an estimate.
 */

/** Subsquid keeps this many splits in flight over RPC (min(5, capacity) in 1.27.3) */
export const SPLITS_IN_FLIGHT = 5

export interface EstimateInput {
  /** blocks from the start block to the head */
  blocks: number
  /** measured: milliseconds for one batch of `sampleBlocks` full blocks */
  batchMs: number
  sampleBlocks: number
  /** the endpoint's configured requests per second (each block is one request to the limiter) */
  rateLimit?: number
  /** with a gateway: its height, and one measured query */
  gateway?: { height: number; blocksPerQuery: number; msPerQuery: number }
  start: number
}

export interface Estimate {
  seconds: number
  /** how it was reached, for the table */
  basis: string
}

export function estimateFirstSync(e: EstimateInput): Estimate {
  const perSecond = Math.min((SPLITS_IN_FLIGHT * e.sampleBlocks * 1000) / Math.max(e.batchMs, 1), e.rateLimit ?? Infinity)
  const head = e.start + e.blocks
  if (e.gateway && e.gateway.height > e.start && e.gateway.blocksPerQuery > 0) {
    const covered = Math.min(e.gateway.height, head) - e.start
    const queries = Math.ceil(covered / e.gateway.blocksPerQuery)
    const rpcBlocks = Math.max(0, head - e.gateway.height)
    const seconds = (queries * e.gateway.msPerQuery) / 1000 + rpcBlocks / perSecond
    return {
      seconds,
      basis: `gateway ${covered.toLocaleString('en-US')} blocks in ~${queries.toLocaleString('en-US')} queries, then RPC ${rpcBlocks.toLocaleString('en-US')} blocks at ~${Math.round(perSecond)} blocks/s`,
    }
  }
  return {
    seconds: e.blocks / perSecond,
    basis: `RPC ${e.blocks.toLocaleString('en-US')} blocks at ~${Math.round(perSecond)} blocks/s${e.rateLimit && perSecond === e.rateLimit ? ' (the rate limit)' : ''}`,
  }
}

export function formatDuration(seconds: number): string {
  if (seconds < 90) return `${Math.max(1, Math.round(seconds))} s`
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`
  if (seconds < 2 * 86_400) return `${(seconds / 3600).toFixed(1)} h`
  return `${(seconds / 86_400).toFixed(1)} days`
}

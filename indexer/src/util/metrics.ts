import type { Chain } from '@og-explorer/common'
import { Counter, Gauge, Histogram, Registry } from 'prom-client'

export type { Chain }

/**
 * The indexer's own Prometheus metrics. They are registered into the registry Subsquid's processor
 * already serves (its `sqd_processor_*` gauges: chain height, last block, ETA), so one `/metrics`
 * port per processor carries both.
 */
export interface IndexerMetrics {
  registry: Registry
  events: Counter<'chain'>
  blocks: Counter<'chain'>
  issues: Counter<'chain' | 'reason'>
  headLag: Gauge<'chain'>
  batchSeconds: Histogram<'chain' | 'phase'>
  blobQueue: Gauge<never>
  verifications: Counter<'status'>
}

let current: IndexerMetrics | undefined

export function createIndexerMetrics(target?: Registry): IndexerMetrics {
  const registry = target ?? new Registry()
  const registers = [registry]
  current = {
    registry,
    events: new Counter({ name: 'og_indexer_events_total', help: 'Trusted logs processed (rate = events/s)', labelNames: ['chain'], registers }),
    blocks: new Counter({ name: 'og_indexer_blocks_total', help: 'Blocks processed', labelNames: ['chain'], registers }),
    issues: new Counter({
      name: 'og_indexer_indexing_issues_total',
      help: 'IndexingIssue rows recorded, by reason',
      labelNames: ['chain', 'reason'],
      registers,
    }),
    headLag: new Gauge({
      name: 'og_indexer_head_lag_blocks',
      help: 'Blocks between the chain head and the last indexed block',
      labelNames: ['chain'],
      registers,
    }),
    batchSeconds: new Histogram({
      name: 'og_indexer_batch_phase_seconds',
      help: 'Time per handler batch and phase (read, handle, verify, write)',
      labelNames: ['chain', 'phase'],
      buckets: [0.005, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    blobQueue: new Gauge({ name: 'og_indexer_blob_queue_depth', help: 'Walrus blobs queued or being fetched', registers }),
    verifications: new Counter({
      name: 'og_indexer_verifications_total',
      help: 'Settlements judged, by verdict (VERIFIED, PARTIAL, INVALID, MISSING)',
      labelNames: ['status'],
      registers,
    }),
  }
  return current
}

/** The process's metrics; created on first use so pure handlers and tests need no setup. */
export function metrics(): IndexerMetrics {
  return current ?? createIndexerMetrics()
}

/** Runs `work` and records its duration under `phase`. */
export async function timed<T>(chain: Chain, phase: string, work: () => Promise<T>): Promise<T> {
  const end = metrics().batchSeconds.startTimer({ chain, phase })
  try {
    return await work()
  } finally {
    end()
  }
}

/**
 * The registry Subsquid's processor serves on its Prometheus port. It is not public API, so when a
 * library update hides it the indexer's metrics get a registry of their own (and are not served).
 */
export function processorRegistry(processor: unknown): Registry | undefined {
  const server = (processor as { getPrometheusServer?: () => { registry?: unknown } }).getPrometheusServer?.()
  const registry = server?.registry as Registry | undefined
  return registry && typeof registry.registerMetric === 'function' ? registry : undefined
}

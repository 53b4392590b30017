import { metrics, type Chain } from './metrics'

export interface BatchReport {
  firstBlock: number
  lastBlock: number
  events: number
  /** seconds per phase of this batch, e.g. { read: 0.2, handle: 0.05, finish: 0.3, write: 0.1 } */
  phases: Record<string, number>
}

export interface ProgressOptions {
  chain: Chain
  /** the chain's current head; polled at most once per report */
  head: () => Promise<number>
  /** the block a bounded run stops at, when there is one */
  toBlock?: number
  intervalMs?: number
  print?: (line: string) => void
  now?: () => number
}

const int = (n: number) => Math.round(n).toLocaleString('en-US')

/** "2 h 5 min", "3 min 12 s", "45 s" */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return 'unknown'
  const s = Math.max(0, Math.round(seconds))
  if (s >= 3600) return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`
  if (s >= 60) return `${Math.floor(s / 60)} min ${s % 60} s`
  return `${s} s`
}

/** One progress line from a window of batches: position, lag, speed, ETA, and the last batch's cost. */
export function progressLine(
  chain: Chain,
  at: { block: number; head: number; target: number },
  window: { blocks: number; events: number; seconds: number },
  last: BatchReport,
): string {
  const blocksPerSecond = window.seconds > 0 ? window.blocks / window.seconds : 0
  const eventsPerSecond = window.seconds > 0 ? window.events / window.seconds : 0
  const left = Math.max(0, at.target - at.block)
  const eta =
    left === 0
      ? at.head > at.target
        ? 'target block reached'
        : 'at head'
      : blocksPerSecond > 0
        ? `ETA ${formatDuration(left / blocksPerSecond)}`
        : 'ETA unknown'
  const phases = Object.entries(last.phases)
    .map(([name, s]) => `${name} ${s.toFixed(2)}`)
    .join(', ')
  return (
    `[${chain}] block ${int(at.block)} of ${int(at.target)} · head lag ${int(Math.max(0, at.head - at.block))} blocks · ` +
    `${int(eventsPerSecond)} events/s · ${int(blocksPerSecond)} blocks/s · ${eta} · ` +
    `last batch ${int(last.lastBlock - last.firstBlock + 1)} blocks, ${int(last.events)} events (${phases} s)`
  )
}

/**
 * Progress for people watching a processor: a line at most every `intervalMs` with how far it is,
 * how far behind the head, how fast, and when it will be done; and the same figures as metrics.
 */
export function createProgress(options: ProgressOptions): (report: BatchReport) => Promise<void> {
  const { chain, intervalMs = 10_000, print = (line) => console.error(line), now = Date.now } = options
  let windowStart = now()
  let window = { blocks: 0, events: 0 }
  let lastHead = -1
  return async (report) => {
    const m = metrics()
    m.events.inc({ chain }, report.events)
    m.blocks.inc({ chain }, report.lastBlock - report.firstBlock + 1)
    for (const [phase, seconds] of Object.entries(report.phases)) m.batchSeconds.observe({ chain, phase }, seconds)
    window.blocks += report.lastBlock - report.firstBlock + 1
    window.events += report.events
    const t = now()
    const due = t - windowStart >= intervalMs || (options.toBlock !== undefined && report.lastBlock >= options.toBlock)
    if (!due) {
      if (lastHead >= 0) m.headLag.set({ chain }, Math.max(0, lastHead - report.lastBlock))
      return
    }
    lastHead = await options.head().catch(() => lastHead)
    m.headLag.set({ chain }, Math.max(0, lastHead - report.lastBlock))
    const target = options.toBlock ?? Math.max(lastHead, report.lastBlock)
    print(
      progressLine(
        chain,
        { block: report.lastBlock, head: Math.max(lastHead, report.lastBlock), target },
        { ...window, seconds: (t - windowStart) / 1000 },
        report,
      ),
    )
    windowStart = t
    window = { blocks: 0, events: 0 }
  }
}

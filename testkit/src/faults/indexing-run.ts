import type { FaultFixture } from './fixture'
import { settle, StallMonitor, type Watch } from './progress'
import { SupervisedProcessor, type Chain } from './supervised-processor'

/** Supervised processors over one database, with a stall monitor running beside them. */
export class IndexingRun {
  readonly processors: SupervisedProcessor[]
  readonly watch: Watch
  private monitor: StallMonitor | undefined

  constructor(
    fx: FaultFixture,
    readonly dbUrl: string,
    env: Record<string, string>,
    readonly chains: Chain[] = ['og', 'base'],
    label = 'run',
  ) {
    this.processors = chains.map((c) => new SupervisedProcessor(c, env, fx.logFile(`${label}-${c}`)))
    this.watch = fx.watch(dbUrl, this.processors)
  }

  /** starts the stall monitor and the processors of `only` (default: every chain); start others later with processor(c).start() */
  start(only: Chain[] = this.chains): this {
    this.monitor = new StallMonitor(this.watch, this.chains)
    for (const chain of only) this.processor(chain).start()
    return this
  }

  processor(chain: Chain): SupervisedProcessor {
    return this.processors.find((p) => p.chain === chain)!
  }

  settle(timeoutMs?: number): Promise<void> {
    return settle(this.watch, this.chains, timeoutMs)
  }

  /** longest stall in seconds */
  async stop(): Promise<number> {
    await Promise.all(this.processors.map((p) => p.stop()))
    return this.monitor?.stop() ?? 0
  }

  get restarts(): number {
    return this.processors.reduce((n, p) => n + p.restarts, 0)
  }

  /** why processors died on their own, most frequent first, for the notes */
  exitReasons(limit = 3): string[] {
    const counts = new Map<string, number>()
    for (const p of this.processors)
      for (const e of p.exits) if (!e.planned) counts.set(`${p.chain}: ${e.reason}`, (counts.get(`${p.chain}: ${e.reason}`) ?? 0) + 1)
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([reason, n]) => `${n}× ${reason.slice(0, 160)}`)
  }
}

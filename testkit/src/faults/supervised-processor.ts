import fs from 'node:fs'
import { startProcessor, type ProcessorHandle } from '../testing/processes'

export type Chain = 'og' | 'base'

export interface ExitRecord {
  at: number
  code: number | null
  signal: NodeJS.Signals | null
  /** set when the harness killed it on purpose */
  planned: boolean
  /** the last error-looking line the processor printed, for the report */
  reason: string
}

/**
 * Keeps one chain's processor running the way production does: Subsquid exits on fatal RPC and
 * database errors by design, so a dead processor is restarted with exponential backoff (reset once a
 * run lasted a while). The harness can also kill it on purpose and restart it when it chooses.
 */
export class SupervisedProcessor {
  readonly exits: ExitRecord[] = []
  /** restarts after unplanned exits */
  restarts = 0
  private handle: ProcessorHandle | undefined
  private startedAt = 0
  private quickFailures = 0
  private restartTimer: NodeJS.Timeout | undefined
  private stopped = false
  private planned = false
  private startListeners: (() => void)[] = []
  private history = ''

  constructor(
    readonly chain: Chain,
    private readonly env: Record<string, string>,
    /** every run's output tail is appended here, for diagnosing a failed case afterwards */
    private readonly logFile?: string,
    private readonly backoff = { baseMs: 500, maxMs: 5_000, healthyAfterMs: 30_000 },
  ) {}

  start(): void {
    this.stopped = false
    this.planned = false
    this.spawn()
  }

  get running(): boolean {
    return !!this.handle && this.handle.child.exitCode === null && this.handle.child.signalCode === null
  }

  /** when the current child was spawned */
  get spawnedAt(): number {
    return this.startedAt
  }

  /** kill -9 and do not restart until start() is called */
  async crash(): Promise<void> {
    this.planned = true
    clearTimeout(this.restartTimer)
    await this.handle?.stop('SIGKILL')
  }

  async stop(): Promise<void> {
    this.stopped = true
    this.planned = true
    clearTimeout(this.restartTimer)
    await this.handle?.stop('SIGTERM')
    if (this.running) await this.handle?.stop('SIGKILL')
  }

  /** the output of every run so far (tail), for diagnosing a failure */
  output(): string {
    return (this.history + (this.handle?.output() ?? '')).slice(-12_000)
  }

  /** resolves at the next spawn */
  nextStart(): Promise<void> {
    return new Promise((resolve) => this.startListeners.push(resolve))
  }

  private spawn(): void {
    this.startedAt = Date.now()
    const handle = startProcessor(this.chain, this.env)
    this.handle = handle
    for (const listener of this.startListeners.splice(0)) listener()
    handle.child.once('exit', (code, signal) => {
      const out = handle.output()
      this.history = (this.history + `\n--- ${this.chain} run exited (${code ?? signal})\n` + out.slice(-4000)).slice(-20_000)
      if (this.logFile) fs.appendFileSync(this.logFile, `${out}\n--- run started ${new Date(this.startedAt).toISOString()} exited ${code ?? signal}${this.planned ? ' (planned)' : ''}\n`)
      this.exits.push({ at: Date.now(), code, signal, planned: this.planned, reason: lastErrorLine(out) })
      if (this.planned || this.stopped) return
      if (Date.now() - this.startedAt > this.backoff.healthyAfterMs) this.quickFailures = 0
      const delay = Math.min(this.backoff.maxMs, this.backoff.baseMs * 2 ** this.quickFailures++)
      this.restarts++
      this.restartTimer = setTimeout(() => this.spawn(), delay)
    })
  }
}

/** Why a run ended, from its output: Subsquid's last FATAL log line (JSON), else the CLI's own error line. */
export function lastErrorLine(output: string): string {
  const lines = output.split('\n').filter((l) => l.trim())
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]
    if (line.startsWith('{')) {
      try {
        const entry = JSON.parse(line)
        if (entry.level >= 5) return shorten(entry.err?.message ?? entry.err?.stack?.split('\n')[0] ?? entry.msg ?? line)
      } catch {
        // a line cut by the kill
      }
    } else if (/^\[indexer\]/.test(line) && !/peak RSS|backfill batches/.test(line)) return shorten(line.replace(/^\[indexer\]\s*/, ''))
  }
  return 'no error printed'
}

const shorten = (s: string) => String(s).replace(/\s+/g, ' ').slice(0, 200)

import type { ChildProcess } from 'node:child_process'

/**
 * Restart timing: the n-th quick failure in a row waits baseMs · 2^n, capped at maxMs; a run that
 * lasted healthyAfterMs counts as healthy and starts the count again.
 */
export interface Backoff {
  baseMs: number
  maxMs: number
  healthyAfterMs: number
}

/** One run of the supervised program, as whoever spawns it hands it over. */
export interface SupervisedRun {
  child: ChildProcess
  /** the run's output so far (a tail is enough) */
  output(): string
}

export interface ExitRecord {
  at: number
  code: number | null
  signal: NodeJS.Signals | null
  /** set when the owner stopped or killed it on purpose */
  planned: boolean
  /** why the run ended, as describeExit read it from the output */
  reason: string
}

export interface SupervisorOptions {
  backoff: Backoff
  /**
   * Exit codes after which a restart cannot help (a wrong setting): the supervisor gives up and
   * calls onGiveUp instead.
   */
  finalExitCodes?: readonly number[]
  /** why a run ended, from its output; the default records nothing */
  describeExit?: (output: string) => string
  /** every exit, planned or not, with the run's output and start time */
  onExit?: (exit: ExitRecord, output: string, startedAt: number) => void
  /** an unplanned exit, just before the restart is scheduled */
  onRestart?: (exit: ExitRecord, delayMs: number, restarts: number) => void
  onGiveUp?: (exit: ExitRecord) => void
}

/** The wait before the next restart after `quickFailures` failed runs in a row. */
export function restartDelay(backoff: Backoff, quickFailures: number): number {
  return Math.min(backoff.maxMs, backoff.baseMs * 2 ** quickFailures)
}

/**
 * Keeps one program running the way production needs it: the processors exit on fatal RPC and
 * database errors by design (Subsquid's choice), so a dead run is restarted with exponential backoff.
 * The owner can also kill it on purpose (crash, stop) and start it again when it chooses; those
 * exits are planned and never restarted. `npm start` and the fault suite both use this one class.
 */
export class Supervisor {
  readonly exits: ExitRecord[] = []
  /** restarts after unplanned exits */
  restarts = 0
  private run: SupervisedRun | undefined
  private startedAt = 0
  private quickFailures = 0
  private restartTimer: NodeJS.Timeout | undefined
  private stopped = false
  private planned = false
  private startListeners: (() => void)[] = []
  private history = ''

  constructor(
    readonly name: string,
    private readonly launch: () => SupervisedRun,
    private readonly options: SupervisorOptions,
  ) {}

  start(): void {
    this.stopped = false
    this.planned = false
    this.spawn()
  }

  get running(): boolean {
    const child = this.run?.child
    return !!child && child.exitCode === null && child.signalCode === null
  }

  /** when the current run was spawned */
  get spawnedAt(): number {
    return this.startedAt
  }

  /** the current run's child process, if one was spawned */
  get child(): ChildProcess | undefined {
    return this.run?.child
  }

  /** kill -9, and no restart until start() is called */
  async crash(): Promise<void> {
    this.planned = true
    clearTimeout(this.restartTimer)
    await this.signal('SIGKILL')
  }

  /**
   * SIGTERM and wait for the exit; after graceMs (when given) SIGKILL. No restart until start().
   */
  async stop(graceMs?: number): Promise<void> {
    this.stopped = true
    this.planned = true
    clearTimeout(this.restartTimer)
    const exited = this.signal('SIGTERM')
    if (graceMs === undefined) return exited
    const timer = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), graceMs).unref())
    if ((await Promise.race([exited, timer])) === 'late') await this.signal('SIGKILL')
  }

  /** the output of every run so far (tail), for diagnosing a failure */
  output(): string {
    return (this.history + (this.run?.output() ?? '')).slice(-12_000)
  }

  /** resolves at the next spawn */
  nextStart(): Promise<void> {
    return new Promise((resolve) => this.startListeners.push(resolve))
  }

  /** sends `signal` to the current run if it is alive; resolves when it has exited */
  private signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.run?.child
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    child.kill(signal)
    return exited
  }

  private spawn(): void {
    this.startedAt = Date.now()
    const startedAt = this.startedAt
    const run = this.launch()
    this.run = run
    for (const listener of this.startListeners.splice(0)) listener()
    run.child.once('exit', (code, signal) => {
      const out = run.output()
      this.history = (this.history + `\n--- ${this.name} run exited (${code ?? signal})\n` + out.slice(-4000)).slice(-20_000)
      const exit: ExitRecord = { at: Date.now(), code, signal, planned: this.planned, reason: this.options.describeExit?.(out) ?? '' }
      this.exits.push(exit)
      this.options.onExit?.(exit, out, startedAt)
      if (this.planned || this.stopped) return
      if (code !== null && this.options.finalExitCodes?.includes(code)) {
        this.options.onGiveUp?.(exit)
        return
      }
      if (Date.now() - startedAt > this.options.backoff.healthyAfterMs) this.quickFailures = 0
      const delay = restartDelay(this.options.backoff, this.quickFailures++)
      this.restarts++
      this.options.onRestart?.(exit, delay, this.restarts)
      this.restartTimer = setTimeout(() => this.spawn(), delay)
    })
  }
}

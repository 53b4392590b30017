import { TGE_TIMESTAMP } from '@og-explorer/common'
import type { Deployments } from '../deployments'
import { BackgroundActivity, DEFAULT_BACKGROUND, withoutBackground } from './background'
import type { BlobSink, BlockClock, SimChain, SimContext } from './context'
import { DexActivity } from './dex'
import { GroundTruthBuilder, writeGroundTruth, type ChainSummary, type GroundTruth } from './ground-truth'
import { HubActivity } from './hub'
import { PaymentActivity } from './payments'
import { Rng } from './random'
import type { ScaleParams } from './scales'
import { SettlementActivity } from './settlements'
import { StakingActivity } from './staking'
import { TeeActivity } from './tees'
import { TokenActivity } from './token'
import { UsagePlanner } from './usage'
import { WalletBook } from './wallets'

const DAY = 86_400

export interface SimulateOptions {
  scale: ScaleParams
  seed: number
  /** unix seconds where simulated history stops; defaults to the current hour */
  end?: number
  /** fraction of settled items carrying each injected fault */
  faultRate?: number
  groundTruthFile?: string
  log?: (line: string) => void
  /** mean transactions per Base block from other users of Base (0 turns it off; see background.ts) */
  background?: number
}

export interface SimTargets {
  deployments: Deployments
  og: SimChain
  base: SimChain
  blobs: BlobSink
}

/** A running simulation: its world can keep producing blocks in live mode after the history. */
export class Simulation {
  readonly ctx: SimContext
  readonly wallets: WalletBook
  readonly tees: TeeActivity
  readonly staking: StakingActivity
  readonly dex: DexActivity
  readonly token: TokenActivity
  readonly usage: UsagePlanner
  readonly settlements: SettlementActivity
  readonly payments: PaymentActivity
  readonly hub: HubActivity
  readonly background: BackgroundActivity

  constructor(
    targets: SimTargets,
    readonly options: SimulateOptions,
    readonly start: number,
    readonly end: number,
  ) {
    const rng = new Rng(options.seed)
    this.ctx = {
      rng,
      scale: options.scale,
      deployments: targets.deployments,
      og: targets.og,
      base: targets.base,
      blobs: targets.blobs,
      truth: new GroundTruthBuilder(),
      faultRate: options.faultRate ?? 0.01,
      totalDays: Math.max(1, Math.ceil((end - start) / DAY)),
    }
    this.wallets = new WalletBook(rng)
    this.staking = new StakingActivity(this.ctx)
    this.tees = new TeeActivity(
      this.ctx,
      this.staking.validators.map((v) => ({ operator: v.operator, flaky: !!v.flaky })),
    )
    this.dex = new DexActivity(this.ctx, this.wallets)
    this.token = new TokenActivity(this.ctx, this.wallets, this.dex)
    this.usage = new UsagePlanner(this.ctx, this.wallets, this.tees)
    this.settlements = new SettlementActivity(this.ctx)
    this.payments = new PaymentActivity(this.ctx, () => this.dex.price())
    this.hub = new HubActivity(this.ctx)
    this.background = new BackgroundActivity(this.ctx, options.background ?? DEFAULT_BACKGROUND, options.seed)
  }

  /** Builds one block on each chain and mines both at the same timestamp. */
  async block(clock: BlockClock): Promise<void> {
    this.tees.onBlock(clock)
    await this.staking.onBlock(clock)
    this.token.onBlock(clock)
    await this.dex.onBlock(clock)
    const requests = this.usage.requestsFor(clock)
    this.settlements.onBlock(clock, requests)
    this.payments.onBlock(clock, requests)
    this.hub.onBlock(clock)
    // last, so the OPG world's transactions keep their places in the block
    this.background.onBlock(clock)
    const [, baseBlock] = await Promise.all([this.ctx.og.mine(clock.timestamp), this.ctx.base.mine(clock.timestamp)])
    this.background.afterMine(baseBlock)
  }

  /** Simulates every day from TGE to `end`, printing progress. */
  async history(): Promise<GroundTruth> {
    const { ctx, options } = this
    const log = options.log ?? (() => {})
    const started = Date.now()
    let lastLog = 0
    const perDay = ctx.scale.blocksPerDay
    const spacing = DAY / perDay
    for (let day = 0; day < ctx.totalDays; day++) {
      for (let b = 0; b < perDay; b++) {
        const jitter = Math.floor((ctx.rng.next() - 0.5) * spacing * 0.2)
        const timestamp = this.start + day * DAY + Math.floor((b + 0.5) * spacing) + jitter
        if (timestamp > this.end) break
        await this.block({ day, blockOfDay: b, timestamp, live: false })
      }
      if (Date.now() - lastLog > 2000 || day === ctx.totalDays - 1) {
        lastLog = Date.now()
        const elapsed = (Date.now() - started) / 1000
        const events = sumEvents(ctx.og) + sumEvents(ctx.base)
        const eta = ((ctx.totalDays - day - 1) * elapsed) / (day + 1)
        log(
          `day ${day + 1}/${ctx.totalDays} (${new Date((this.start + day * DAY) * 1000).toISOString().slice(0, 10)}): ` +
            `${ctx.og.blockCount + ctx.base.blockCount} blocks, ${ctx.og.txCount + ctx.base.txCount} txs, ${events} events, ` +
            `${Math.round(events / Math.max(elapsed, 0.001))} events/s, ETA ${eta.toFixed(0)} s`,
        )
      }
    }
    const truth = this.groundTruth((Date.now() - started) / 1000)
    if (options.groundTruthFile) writeGroundTruth(options.groundTruthFile, truth)
    return truth
  }

  /** Keeps mining a block on each chain every `intervalMs` with live traffic, until aborted. */
  async live(intervalMs: number, signal: AbortSignal, log: (line: string) => void = () => {}): Promise<void> {
    let blocks = 0
    while (!signal.aborted) {
      const tickStarted = Date.now()
      const timestamp = Math.max(Math.floor(Date.now() / 1000), this.ctx.og.lastTimestamp + 1, this.ctx.base.lastTimestamp + 1)
      const day = Math.floor((timestamp - this.start) / DAY)
      await this.block({ day, blockOfDay: -1, timestamp, live: true })
      if (++blocks % 15 === 0)
        log(`live: og #${this.ctx.og.head?.number} base #${this.ctx.base.head?.number}, ${this.ctx.og.txCount + this.ctx.base.txCount} txs so far`)
      const wait = intervalMs - (Date.now() - tickStarted)
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    }
  }

  groundTruth(generationSeconds: number): GroundTruth {
    const { ctx } = this
    const background = this.background.totals
    const base = summarize(ctx.base)
    return {
      seed: this.options.seed,
      scale: ctx.scale.name,
      startTimestamp: this.start,
      endTimestamp: this.end,
      days: ctx.totalDays,
      generationSeconds: Math.round(generationSeconds * 10) / 10,
      // Base as the OPG world alone, so the same seed gives the same summary at any background level
      chains: {
        og: summarize(ctx.og),
        base: { ...base, transactions: base.transactions - background.transactions, events: withoutBackground(base.events, background.events) },
      },
      settled: { ...ctx.truth.settled },
      payments: { ...ctx.truth.payments },
      faults: ctx.truth.faults,
      staking: ctx.truth.staking,
      background,
    }
  }
}

export function defaultEnd(now = Date.now()): number {
  return Math.floor(now / 1000 / 3600) * 3600
}

/** Runs a whole history on a freshly deployed devnet. */
export async function simulate(targets: SimTargets, options: SimulateOptions): Promise<{ simulation: Simulation; truth: GroundTruth }> {
  const head = targets.og.head ?? (await readHead(targets.og))
  if (head.timestamp >= targets.deployments.tgeTimestamp) {
    throw new Error('this devnet already holds a simulation (its chain is past TGE); restart "npm run devnet" for a fresh one')
  }
  const end = options.end ?? defaultEnd()
  if (end <= TGE_TIMESTAMP) throw new Error(`--end must be after TGE (${new Date(TGE_TIMESTAMP * 1000).toISOString()})`)
  targets.og.resetCounters()
  targets.base.resetCounters()
  const simulation = new Simulation(targets, options, targets.deployments.tgeTimestamp, end)
  const truth = await simulation.history()
  return { simulation, truth }
}

async function readHead(writer: SimChain) {
  const block = await writer.rpc.call<any>('eth_getBlockByNumber', ['latest', false])
  writer.lastTimestamp = Number(BigInt(block.timestamp))
  return { number: Number(BigInt(block.number)), timestamp: writer.lastTimestamp }
}

function sumEvents(writer: SimChain): number {
  let total = 0
  for (const count of writer.eventCounts.values()) total += count
  return total
}

function summarize(writer: SimChain): ChainSummary {
  const head = writer.head
  return {
    blocks: writer.blockCount,
    transactions: writer.txCount,
    head: head ? { number: head.number, hash: head.hash, stateRoot: head.stateRoot, timestamp: head.timestamp } : null,
    events: Object.fromEntries([...writer.eventCounts.entries()].sort(([a], [b]) => a.localeCompare(b))),
  }
}

import type { AbuseResult, ApiResult, IndexResult, LiveResult, LoadRow, SeedResult, Summary, WebResult } from '../results/schema'
import { LIMITS, type TargetId } from './targets'
import { verificationText } from '../index/backlog-verification'

/** One measured number and its unit ('' for a plain count). */
export interface Figure {
  value: number | null
  unit: string
  /** decimals shown; whole numbers unless said */
  digits?: number
}

/** met / missed against the row's targets; 'no target' for context rows; 'not run' when the benchmark did not run. */
export type Status = 'met' | 'missed' | 'no target' | 'not run'

export interface ReportRow {
  benchmark: string
  /** what the figures are, in the order of `measured` */
  figure: string
  measured: Figure[]
  note?: string
  targets: TargetId[]
  status: Status
}

const fig = (value: number | null | undefined, unit: string, digits = 0): Figure => ({ value: value ?? null, unit, digits })
/** A target is met only when every figure it needs was measured and passes. */
const judge = (...checks: (boolean | null)[]): Status => (checks.every((c) => c === true) ? 'met' : 'missed')
const below = (value: number | null | undefined, limit: number) => (value == null ? null : value < limit)
const atLeast = (value: number | null | undefined, limit: number) => (value == null ? null : value >= limit)
const notRun = (benchmark: string, figure: string, targets: TargetId[], note: string): ReportRow => ({
  benchmark,
  figure,
  measured: [],
  note,
  targets,
  status: 'not run',
})

function indexingRows(r: IndexResult): ReportRow[] {
  const rows: ReportRow[] = []
  for (const chain of ['og', 'base'] as const) {
    const c = r.indexing[chain]
    if (!c) continue
    rows.push({
      benchmark: `indexing ${chain}`,
      figure: 'events in seconds; events/s; peak RSS',
      measured: [fig(c.events, 'events'), fig(c.seconds, 's', 1), fig(c.eventsPerSecond, 'events/s'), fig(c.peakRssMb, 'MB')],
      note: c.exitCode === 0 ? undefined : `the processor exited with ${c.exitCode}`,
      targets: ['indexingSpeed', 'processorMemory'],
      status: judge(c.exitCode === 0, atLeast(c.eventsPerSecond, LIMITS.eventsPerSecond), below(c.peakRssMb, LIMITS.processorRssMb)),
    })
  }
  if (r.combined) {
    const c = r.combined
    rows.push({
      benchmark: 'indexing combined (both chains in parallel)',
      figure: 'events in seconds; events/s; peak RSS of both processors',
      measured: [fig(c.events, 'events'), fig(c.seconds, 's', 1), fig(c.eventsPerSecond, 'events/s'), fig(c.peakRssMb, 'MB')],
      targets: ['indexingSpeed'],
      status: judge(atLeast(c.eventsPerSecond, LIMITS.eventsPerSecond)),
    })
  }
  for (const chain of ['og', 'base'] as const) {
    const i = r.ingestion[chain]
    if (!i) continue
    rows.push({
      benchmark: `Subsquid RPC ingestion alone, ${chain} (no handler, no database)`,
      figure: 'logs in seconds; logs/s; CPU',
      measured: [fig(i.logs, 'logs'), fig(i.seconds, 's', 1), fig(i.logsPerSecond, 'logs/s'), fig(i.usage.cpuSeconds, 'CPU s', 1)],
      note: 'the ceiling for the indexing rows',
      targets: [],
      status: 'no target',
    })
  }
  const g = r.baseThroughGateway
  if (g) {
    rows.push({
      benchmark: 'indexing base through the SQD gateway (devnet stand-in), alone',
      figure: 'events in seconds; events/s; peak RSS',
      measured: [fig(g.events, 'events'), fig(g.seconds, 's', 1), fig(g.eventsPerSecond, 'events/s'), fig(g.peakRssMb, 'MB')],
      note: g.exitCode === 0 ? undefined : `the processor exited with ${g.exitCode}`,
      targets: ['indexingSpeed', 'processorMemory'],
      status: judge(g.exitCode === 0, atLeast(g.eventsPerSecond, LIMITS.eventsPerSecond), below(g.peakRssMb, LIMITS.processorRssMb)),
    })
  }
  const cpuTotal = Object.values(r.cpu.seconds).reduce((a, b) => a + b, 0)
  rows.push({
    benchmark: 'indexing, CPU of the run’s own processes',
    figure: `${Object.keys(r.cpu.seconds).join(', ')}; total in wall time; cores busy`,
    measured: [
      ...Object.values(r.cpu.seconds).map((s) => fig(s, 'CPU s', 1)),
      fig(cpuTotal, 'CPU s', 1),
      fig(r.cpu.wall, 's', 1),
      fig(cpuTotal / r.cpu.wall, 'cores', 2),
    ],
    note: 'a run that keeps every core busy is bound by CPU, not by waiting',
    targets: [],
    status: 'no target',
  })
  return rows
}

/** Base over RPC with mainnet-sized blocks, and what each in-flight block split adds to the heap over the small devnet. */
function mainnetBlocksRow(r: IndexResult, smallDevnet: IndexResult | null): ReportRow {
  const base = r.indexing.base
  const u = base?.usage ?? null
  const smallHeap = smallDevnet?.indexing.base?.usage?.peakHeapMb
  const perSplit = u && smallHeap !== undefined ? Math.max(0, (u.peakHeapMb - smallHeap) / r.baseIngestion.splitsInFlight) : null
  const perBlock = r.devnet.baseTransactionsPerBlock
  return {
    benchmark: `indexing base over RPC, mainnet-sized blocks${perBlock === null ? '' : ` (${Math.round(perBlock).toLocaleString('en-US')} txs a block)`}`,
    figure: `blocks in seconds; blocks/s; peak RSS; peak heap; heap limit; heap per ${r.baseIngestion.splitBlocks}-block split above the small devnet’s`,
    measured: [
      fig(base?.blocks, 'blocks'),
      fig(base?.seconds, 's', 1),
      fig(base?.blocksPerSecond, 'blocks/s'),
      fig(u?.peakRssMb, 'MB'),
      fig(u?.peakHeapMb, 'MB'),
      fig(u?.heapLimitMb, 'MB'),
      fig(perSplit, 'MB'),
    ],
    note: `${r.baseIngestion.splitsInFlight} splits in flight`,
    targets: ['heapWithinLimit'],
    status: judge(base?.exitCode === 0, u ? u.peakHeapMb < u.heapLimitMb : null),
  }
}

function seedRow(r: SeedResult | null): ReportRow {
  const targets: TargetId[] = ['seedBackfill']
  const benchmark = 'indexing, seed-scale backfill through the gateway path'
  const figure = 'Base: events; minutes; events/s; blocks/s; peak RSS. OG: events; minutes; events/s; blocks/s; peak RSS. Chain-truth mismatches (both)'
  if (!r) return notRun(benchmark, figure, targets, 'not run: `npm run bench -- --scale seed` builds (or reuses) the synthetic datasets and runs them')
  const { base, og } = r
  const cpuOf = (seconds: Record<string, number>, wall: number) =>
    `${Object.entries(seconds)
      .map(([name, s]) => `${name} ${s.toFixed(0)} CPU s`)
      .join(', ')} in ${wall.toFixed(0)} s`
  const built = (b: { seconds: number } | null) => (b ? `built in ${(b.seconds / 60).toFixed(1)} min` : 'reused')
  const mismatches = [...r.truth.mismatches, ...(og?.truth.mismatches ?? [])]
  const rowsCompared = r.truth.rowsCompared + (og?.truth.rowsCompared ?? 0)
  const notes = [
    `${r.dataset.blocks.toLocaleString('en-US')} Base blocks, ${r.dataset.days} days, dataset ${built(r.dataset.build)}`,
    og
      ? `${og.dataset.blocks.toLocaleString('en-US')} OG blocks with blobs and recorded state, dataset ${built(og.dataset.build)}`
      : 'OG: not built, only Base is written at seed scale',
    `where the time went: Base: ${cpuOf(r.cpu.seconds, r.cpu.wall)}${r.indexBuildSeconds === null ? '' : `, ${r.indexBuildSeconds.toFixed(0)} s of it building indexes at the end`}`,
    ...(og
      ? [
          `OG: ${cpuOf(og.cpu.seconds, og.cpu.wall)}${og.verification ? `, ${verificationText(og.verification, 0)}` : ''}${og.indexBuildSeconds === null ? '' : `, ${og.indexBuildSeconds.toFixed(0)} s building indexes`}`,
        ]
      : []),
    `the gateway with its endpoint (not a processor) peaked at ${Math.max(r.served.peakRssMb, og?.served.peakRssMb ?? 0)} MB`,
    ...(base.exitCode === 0 ? [] : [`the base processor exited with ${base.exitCode}`]),
    ...(og && og.run.exitCode !== 0 ? [`the og processor stopped: ${og.failure ?? `exit code ${og.run.exitCode}`}`] : []),
    ...(mismatches.length > 0
      ? [`chain truth: ${mismatches.slice(0, 2).join('; ')}`]
      : [`${rowsCompared.toLocaleString('en-US')} values held to the datasets`]),
  ]
  return {
    benchmark,
    figure,
    measured: [
      fig(base.events, 'events'),
      fig(base.seconds / 60, 'min', 1),
      fig(base.eventsPerSecond, 'events/s'),
      fig(base.blocksPerSecond, 'blocks/s'),
      fig(base.peakRssMb, 'MB'),
      fig(og?.run.events, 'events'),
      fig(og ? og.run.seconds / 60 : null, 'min', 1),
      fig(og?.run.eventsPerSecond, 'events/s'),
      fig(og?.run.blocksPerSecond, 'blocks/s'),
      fig(og?.run.peakRssMb, 'MB'),
      fig(mismatches.length, 'mismatches'),
    ],
    note: notes.join('; '),
    targets,
    // the target is for both chains: with the OG half missing it can be missed, never met
    status: judge(
      base.exitCode === 0,
      mismatches.length === 0,
      below(base.seconds, LIMITS.seedBackfillSeconds),
      below(base.peakRssMb, LIMITS.processorRssMb),
      og !== null,
      og ? og.run.exitCode === 0 : null,
      below(og?.run.seconds, LIMITS.seedBackfillSeconds),
      below(og?.run.peakRssMb, LIMITS.processorRssMb),
    ),
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** Lowest and median rps and worst p99 over some queries. */
function spread(rows: LoadRow[]): { min: number | null; median: number | null; worstP99: number | null } {
  if (rows.length === 0) return { min: null, median: null, worstP99: null }
  const rps = rows.map((r) => r.rps)
  return { min: Math.min(...rps), median: median(rps), worstP99: Math.max(...rows.map((r) => r.p99)) }
}

function apiRows(r: ApiResult): ReportRow[] {
  // the deployed configuration (response cache on) is the one held to the targets
  const cached = r.runs.find((run) => run.cacheTtlMs > 0) ?? r.runs[0]
  const uncached = r.runs.find((run) => run.cacheTtlMs === 0)
  const listAndAnalytics = cached.rows.filter((q) => q.kind === 'list' || q.kind === 'analytics')
  const s = spread(listAndAnalytics)
  const filtered = cached.rows.find((q) => q.name === 'filtered totalCount')
  const failed = r.runs.flatMap((run) => run.rows).reduce((n, q) => n + q.failed, 0)
  const conn = `${r.options.connections} connections, ${r.options.workers} worker${r.options.workers === 1 ? '' : 's'}`
  const rows: ReportRow[] = [
    {
      benchmark: `API, ${listAndAnalytics.length} list and analytics queries, ${conn}, response cache on`,
      figure: 'lowest rps; median rps; worst p99',
      measured: [fig(s.min, 'rps'), fig(s.median, 'rps'), fig(s.worstP99, 'ms')],
      targets: ['apiThroughput'],
      status: judge(atLeast(s.min, LIMITS.apiRps), below(s.worstP99, LIMITS.apiP99Ms)),
    },
    {
      benchmark: 'API, filtered totalCount, response cache on',
      figure: 'rps; p99',
      measured: [fig(filtered?.rps, 'rps'), fig(filtered?.p99, 'ms')],
      targets: ['apiFilteredCount'],
      status: judge(atLeast(filtered?.rps, LIMITS.filteredCountRps)),
    },
  ]
  if (uncached) {
    const u = spread(uncached.rows)
    rows.push({
      benchmark: `API, all ${uncached.rows.length} queries, response cache off (every request run against Postgres)`,
      figure: 'lowest rps; median rps; worst p99',
      measured: [fig(u.min, 'rps'), fig(u.median, 'rps'), fig(u.worstP99, 'ms')],
      targets: [],
      status: 'no target',
    })
  }
  rows.push({
    benchmark: 'API, failed requests in every run',
    figure: 'count',
    measured: [fig(failed, 'failed')],
    targets: ['apiFailures'],
    status: judge(failed === 0),
  })
  return rows
}

function webRows(r: WebResult): ReportRow[] {
  const jsKb = r.initialJs.gzipBytes / 1024
  const render = r.firstRender
  return [
    {
      benchmark: 'web, initial JavaScript',
      figure: `gzipped, ${r.initialJs.files.length} file(s)`,
      measured: [fig(jsKb, 'KB', 1)],
      targets: ['webInitialJs'],
      status: judge(below(jsKb, LIMITS.initialJsKb)),
    },
    render
      ? {
          benchmark: 'web, overview first render in Chromium',
          figure: `headline figures; every chart (median of ${render.runs} cold loads)`,
          measured: [fig(render.headlineMs, 'ms'), fig(render.allChartsMs, 'ms')],
          targets: ['webFirstRender'],
          status: judge(below(render.allChartsMs, LIMITS.firstRenderMs)),
        }
      : notRun('web, overview first render in Chromium', 'headline figures; every chart', ['webFirstRender'], `skipped: ${r.skipped ?? 'no reason given'}`),
  ]
}

/**
 * bench:live: a settlement mined on the OG anvil timed to its row in Postgres, to an SSE client of
 * `live` and to the open settlements list in Chromium; the stages split the browser median; and the
 * API's memory per idle subscriber, a figure issue 17 asks for without setting a limit.
 */
function liveRows(r: LiveResult): ReportRow[] {
  const spread = (s: LiveResult['latency']['browser']) => [fig(s.medianMs, 'ms'), fig(s.p95Ms, 'ms'), fig(s.maxMs, 'ms')]
  const of = `median; p95; max of ${r.events} blocks`
  const stages = r.stagesMedianMs
  return [
    {
      benchmark: 'live, block to browser (the open settlements list, no reload)',
      figure: of,
      measured: spread(r.latency.browser),
      targets: ['liveLatency'],
      status: judge(below(r.latency.browser.medianMs, LIMITS.liveBrowserMedianMs)),
    },
    {
      benchmark: 'live, block to the row in Postgres',
      figure: of,
      measured: spread(r.latency.indexed),
      note: `the OG processor polls the head every ${r.settings.processorHeadPollMs.toLocaleString('en-US')} ms`,
      targets: [],
      status: 'no target',
    },
    {
      benchmark: 'live, block to an SSE client of the live subscription',
      figure: of,
      measured: spread(r.latency.sse),
      note: `the API polls for new rows every ${r.settings.livePollMs.toLocaleString('en-US')} ms`,
      targets: [],
      status: 'no target',
    },
    {
      benchmark: 'live, where the browser median goes',
      figure: 'indexer; API push; browser refetch and drawing',
      measured: [fig(stages.indexer, 'ms'), fig(stages.apiPush, 'ms'), fig(stages.browserRefetch, 'ms')],
      note: 'differences of the medians above',
      targets: [],
      status: 'no target',
    },
    {
      benchmark: 'live, idle subscribers',
      figure: 'subscribers; API RSS before; after; per subscriber',
      measured: [
        fig(r.idle.subscribers, 'subscribers'),
        fig(r.idle.apiRssBeforeMb, 'MB'),
        fig(r.idle.apiRssAfterMb, 'MB'),
        fig(r.idle.kbPerSubscriber, 'KB', 1),
      ],
      note: 'issue 17 asks for the figure and sets no limit',
      targets: [],
      status: 'no target',
    },
  ]
}

/**
 * The API under the fault suite's attacks (issue 14): the worst /healthz and steady p99 over the attacks, the slowest
 * rejection and whether the process was replaced, held to the issue's limits; the note names the attacks behind them.
 */
export function abuseRow(r: AbuseResult): ReportRow {
  const attacks = r.results.filter((x) => x.figures)
  const worst = (key: string) => {
    let top: { value: number; name: string } | null = null
    for (const a of attacks) {
      const v = a.figures?.[key]
      if (typeof v === 'number' && (!top || v > top.value)) top = { value: v, name: a.name.replace(/^abuse: /, '') }
    }
    return top
  }
  const [health, steady, rejection] = [worst('healthP99Ms'), worst('steadyP99Ms'), worst('slowestRejectionMs')]
  const replaced = attacks.reduce((n, a) => n + (a.figures?.processReplaced ?? 0), 0)
  const failed = r.results.filter((x) => x.result !== 'PASS').map((x) => x.name)
  const notes = [
    `${attacks.length} attacks of the ${r.short ? 'short' : 'full'} set, one client over loopback while an analyst works`,
    ...(health ? [`/healthz worst in "${health.name}"`] : []),
    ...(steady ? [`analyst worst in "${steady.name}"`] : []),
    ...(failed.length ? [`failed: ${failed.join('; ')}`] : []),
  ]
  return {
    benchmark: 'API under attack (the fault suite’s abuse case)',
    figure: 'worst /healthz p99; worst analyst p99; slowest rejection; process replaced',
    measured: [fig(health?.value, 'ms'), fig(steady?.value, 'ms'), fig(rejection?.value, 'ms'), fig(replaced, 'times')],
    note: notes.join('; '),
    targets: ['apiUnderAttack'],
    status: judge(
      attacks.length > 0,
      failed.length === 0,
      replaced === 0,
      below(health?.value, LIMITS.attackHealthP99Ms),
      below(steady?.value, LIMITS.attackSteadyP99Ms),
      rejection ? rejection.value < LIMITS.attackRejectionMs : true,
    ),
  }
}

/** Every row of the report's table, from a summary; benchmarks that did not run get a 'not run' row. */
export function reportRows(summary: Summary): ReportRow[] {
  const rows: ReportRow[] = []
  rows.push(
    ...(summary.index
      ? indexingRows(summary.index)
      : [notRun('indexing og, base and combined', 'events/s; peak RSS', ['indexingSpeed', 'processorMemory'], 'not run')]),
  )
  if (summary.mainnetBlocks) rows.push(mainnetBlocksRow(summary.mainnetBlocks, summary.index))
  rows.push(seedRow(summary.seed))
  rows.push(...(summary.api ? apiRows(summary.api) : [notRun('API load', 'rps; p99', ['apiThroughput', 'apiFilteredCount', 'apiFailures'], 'not run')]))
  rows.push(...(summary.web ? webRows(summary.web) : [notRun('web', 'initial JavaScript; first render', ['webInitialJs', 'webFirstRender'], 'not run')]))
  rows.push(...(summary.live ? liveRows(summary.live) : [notRun('live', 'block-to-browser latency; memory per idle subscriber', ['liveLatency'], 'not run')]))
  rows.push(summary.abuse ? abuseRow(summary.abuse) : notRun('API under attack', 'worst /healthz and analyst p99', ['apiUnderAttack'], 'not run'))
  return rows
}

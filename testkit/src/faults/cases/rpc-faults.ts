/**
 * Case 1, RPC faults: both processors index the devnet through a misbehaving JSON-RPC proxy, under
 * the harness supervisor, and the result must be exact. The full set runs one fault kind per index;
 * the short set mixes them all in one.
 */
import { indexedHeight } from '../../stack/stack'
import type { FaultFixture } from '../fixture'
import { IndexingRun } from '../indexing-run'
import { chainHeadOf, waitFor } from '../progress'
import { failed, resultFrom, type CaseResult } from '../report'
import { startRpcProxy, type RpcFaultKind, type RpcFaultPlan, type RpcProxy } from '../rpc-proxy'
import { FAULT_RPC_HOLD_MS } from '../short-waits'

interface Scenario {
  name: string
  plan: RpcFaultPlan
  /** the OG proxy's plan when it differs */
  og?: RpcFaultPlan
  /** a lagging node must hold the index back until it catches up */
  lagFirst?: boolean
  /** the fault is retried inside the processor: any restart fails the case */
  noRestarts?: boolean
}

// 500s and bodies that are not JSON are fatal to Subsquid (not retried), so they are capped: each
// one costs a restart. A timeout costs the client its whole request timeout (RPC_TIMEOUT_MS, short-waits.ts),
// so those are capped too.
// A connection cut mid-answer is retried in-process (rpc/dropped-responses.ts), so it costs none.
const FULL: Scenario[] = [
  { name: 'latency (400 ms on half the requests)', plan: { rates: { latency: 0.5 }, atLeast: { latency: 20 }, latencyMs: 400 } },
  {
    name: 'timeouts (held past the client timeout)',
    plan: { rates: { timeout: 0.05 }, atLeast: { timeout: 2 }, limits: { timeout: 3 }, holdMs: FAULT_RPC_HOLD_MS },
  },
  { name: '429 with Retry-After', plan: { rates: { 'rate-limit': 0.3 }, atLeast: { 'rate-limit': 15 }, retryAfterSeconds: 1 } },
  { name: '5xx (500/502/503)', plan: { rates: { 'server-error': 0.1 }, atLeast: { 'server-error': 8 }, limits: { 'server-error': 12 } } },
  { name: 'malformed JSON bodies', plan: { rates: { malformed: 0.05 }, atLeast: { malformed: 4 }, limits: { malformed: 6 } } },
  { name: 'dropped connections mid-response', plan: { rates: { drop: 0.1 }, atLeast: { drop: 10 } }, noRestarts: true },
  { name: 'node lagging 3 blocks behind', plan: { rates: { lag: 0.5 }, atLeast: { lag: 15 }, lagBlocks: 3 }, lagFirst: true },
]

// One index through everything at once. A 500, a body that is not JSON and a connection cut mid-body
// are each fatal to Subsquid (one restart apiece), and a timeout costs its whole timeout, so the short mix has
// one of each (the timeout on the OG side only) and many of the cheap kinds.
const MIXED_RATES: RpcFaultPlan = {
  rates: { latency: 0.1, 'rate-limit': 0.05, 'server-error': 0.01, malformed: 0.01, drop: 0.01, lag: 0.1 },
  atLeast: { latency: 3, 'rate-limit': 3, 'server-error': 1, malformed: 1, drop: 1, lag: 3 },
  limits: { timeout: 1, 'server-error': 2, malformed: 2, drop: 2 },
  latencyMs: 300,
  holdMs: FAULT_RPC_HOLD_MS,
  lagBlocks: 3,
}
const MIXED: Scenario = {
  name: 'mixed: latency, timeout, 429, 5xx, malformed, drop, lag',
  plan: MIXED_RATES,
  og: { ...MIXED_RATES, atLeast: { ...MIXED_RATES.atLeast, timeout: 1 } },
}

export async function rpcFaultCases(fx: FaultFixture): Promise<CaseResult[]> {
  // FAULT_RPC_SCENARIO=<part of a name> runs only the matching scenarios (to repeat one alone)
  const only = process.env.FAULT_RPC_SCENARIO?.trim()
  const scenarios = (fx.options.short ? [MIXED] : [...FULL, MIXED]).filter((s) => !only || s.name.includes(only))
  const results: CaseResult[] = []
  for (const [i, scenario] of scenarios.entries()) results.push(await runScenario(fx, scenario, fx.options.seed * 100 + i))
  return results
}

async function runScenario(fx: FaultFixture, scenario: Scenario, seed: number): Promise<CaseResult> {
  const name = `rpc: ${scenario.name}`
  const proxies: RpcProxy[] = []
  let run: IndexingRun | undefined
  try {
    const dbUrl = await fx.freshDb()
    const plans = [
      { ...(scenario.og ?? scenario.plan), seed },
      { ...scenario.plan, seed: seed + 1 },
    ]
    const og = await startRpcProxy(fx.devnet.og.url, plans[0])
    const base = await startRpcProxy(fx.devnet.base.url, plans[1])
    proxies.push(og, base)
    const extra: string[] = []
    if (scenario.lagFirst) {
      // a node stuck behind: the index follows it and goes no further, until it catches up
      for (const p of proxies) p.setPlan({ rates: { lag: 1 }, lagBlocks: scenario.plan.lagBlocks })
    }
    run = new IndexingRun(fx, dbUrl, fx.env(dbUrl, { og: og.url, base: base.url }), undefined, `rpc-${seed}`).start()
    if (scenario.lagFirst) {
      const lag = scenario.plan.lagBlocks ?? 3
      for (const chain of run.chains) {
        const visible = async () => (await chainHeadOf(fx.devnet, chain)) - lag
        await waitFor(run.watch, async () => (await indexedHeight(dbUrl, chain)) >= (await visible()), `${chain} to reach the lagging node's head`, {
          tick: false,
        })
        const height = await indexedHeight(dbUrl, chain)
        if (height > (await visible())) extra.push(`${chain} indexed block ${height}, above the lagging node's head ${await visible()}`)
      }
      proxies.forEach((p, i) => p.setPlan(plans[i]))
    }
    // every planned fault must actually have happened, or the case proves nothing
    await waitFor(run.watch, async () => proxies.every((p) => p.shortOf().length === 0), 'every planned fault to be injected', { timeoutMs: 180_000 }).catch(
      () => extra.push(`planned faults not injected: ${proxies.map((p) => p.shortOf().join('/')).join(' ')}`),
    )
    await run.settle()
    const stall = await run.stop()
    if (scenario.noRestarts && run.restarts > 0) extra.push(`${run.restarts} processor restarts; this fault should be retried in-process`)
    const truth = await fx.truth(dbUrl)
    fx.offerClean(dbUrl, truth)
    const injected = sumInjected(proxies)
    const requests = proxies.reduce((n, p) => n + p.stats().requests, 0)
    return resultFrom(name, truth, stall, [`${requests} requests, injected ${injected}`, `${run.restarts} restarts`, ...run.exitReasons()], extra)
  } catch (error) {
    await run?.stop()
    return failed(name, error)
  } finally {
    await Promise.all(proxies.map((p) => p.close()))
  }
}

function sumInjected(proxies: RpcProxy[]): string {
  const total = new Map<RpcFaultKind, number>()
  for (const p of proxies) for (const [k, n] of Object.entries(p.stats().injected)) total.set(k as RpcFaultKind, (total.get(k as RpcFaultKind) ?? 0) + n)
  return (
    [...total.entries()]
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ') || 'nothing'
  )
}

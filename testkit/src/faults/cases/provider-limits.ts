/**
 * Provider limits: both processors index the devnet through a proxy that refuses eth_getLogs the way
 * common providers do (a block-range cap, a result cap, ranges past the head of a node behind its
 * load balancer). The index must come out exact with no restart: a refusal is split or waited out,
 * never fatal. Every limit must actually have been hit, or the case proves nothing.
 */
import type { FaultFixture } from '../fixture'
import { IndexingRun } from '../indexing-run'
import { failed, resultFrom, type CaseResult } from '../report'
import { startRpcProxy, type ProviderLimitKind, type ProviderLimits, type RpcProxy } from '../rpc-proxy'

// The devnet backfills in splits of up to 200 blocks, so a cap of 25 blocks refuses most of them; a
// devnet block holds few logs, so a cap of 40 is met only by the wider ranges that pass the range cap.
const LIMITS: ProviderLimits = { getLogsRangeCap: 25, getLogsResultCap: 40, beyondHeadRefusals: 4 }
const MUST_HIT: ProviderLimitKind[] = ['range', 'results', 'beyond-head']

export async function providerLimitCases(fx: FaultFixture): Promise<CaseResult[]> {
  const name = 'provider-limits: getLogs range cap 25, result cap 40, 4 refusals beyond the head'
  const proxies: RpcProxy[] = []
  let run: IndexingRun | undefined
  try {
    const dbUrl = await fx.freshDb()
    const og = await startRpcProxy(fx.devnet.og.url, { provider: LIMITS, lagBlocks: 3 })
    const base = await startRpcProxy(fx.devnet.base.url, { provider: LIMITS, lagBlocks: 3 })
    proxies.push(og, base)
    run = new IndexingRun(fx, dbUrl, fx.env(dbUrl, { og: og.url, base: base.url }), undefined, 'provider-limits').start()
    await run.settle()
    const stall = await run.stop()
    const truth = await fx.truth(dbUrl)
    fx.offerClean(dbUrl, truth)
    const refused = (kind: ProviderLimitKind) => proxies.reduce((n, p) => n + p.stats().refused[kind], 0)
    const extra: string[] = []
    const missed = MUST_HIT.filter((k) => refused(k) === 0)
    if (missed.length) extra.push(`limits never hit, so not tested: ${missed.join(', ')}`)
    if (run.restarts > 0) extra.push(`${run.restarts} processor restarts: a provider limit was fatal`)
    const requests = proxies.reduce((n, p) => n + p.stats().requests, 0)
    const notes = [`${requests} requests; refused ${MUST_HIT.map((k) => `${refused(k)} ${k}`).join(', ')}`, ...run.exitReasons()]
    return [resultFrom(name, truth, stall, notes, extra)]
  } catch (error) {
    await run?.stop()
    return [failed(name, error)]
  } finally {
    await Promise.all(proxies.map((p) => p.close()))
  }
}

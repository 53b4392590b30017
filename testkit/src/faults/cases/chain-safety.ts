/**
 * Case 'safety': nodes that cannot be trusted at start. Each scenario starts both processors on a copy
 * of a clean index through a proxy that misreports, and the index must come through untouched:
 * - a node of another chain: every start stops on eth_chainId with the message, nothing is written;
 * - a node without our last final block (null hash): the check reads again, no reset, and once the
 *   node answers the processor goes on from where it was;
 * - a node lagging behind our last final block: the check gives up and the processor stops, nothing
 *   is written; once the node catches up the next start goes on.
 * Each ends with the node honest again, the index at the head and compared with chain truth.
 */
import { query } from '@og-explorer/indexer/lib/testing/postgres'
import { indexedHeight } from '../../stack/stack'
import type { FaultFixture } from '../fixture'
import { IndexingRun } from '../indexing-run'
import { chainHeadOf, waitFor } from '../progress'
import { failed, resultFrom, type CaseResult } from '../report'
import { startRpcProxy, type RpcFaultPlan, type RpcProxy } from '../rpc-proxy'
import type { Chain } from '../supervised-processor'

const CHAINS: Chain[] = ['og', 'base']

interface Scenario {
  name: string
  /** the misreporting plan for a chain, given the final block the copied index holds */
  plan: (chain: Chain, finalHeight: number, head: number) => RpcFaultPlan
  /** what must happen before the node is made honest again */
  until: 'exit' | 'retry'
  /** the processor's message for it */
  message: RegExp
  timeoutMs: number
}

const SCENARIOS: Scenario[] = [
  {
    name: 'wrong chain id',
    // the OG mainnet's planned id and Base Sepolia: the likeliest wrong endpoints
    plan: (chain) => ({ misreport: { chainId: chain === 'og' ? 1486 : 84532 } }),
    until: 'exit',
    message: /wrong chain: .* answers eth_chainId (1486|84532), but the profile expects (10740|8453)/,
    timeoutMs: 60_000,
  },
  {
    name: 'null hash at the indexed final block',
    plan: (_chain, finalHeight) => ({ misreport: { nullBlocksFrom: finalHeight } }),
    until: 'retry',
    message: /cannot verify final block \d+ yet: the node reports head \d+ but no block \d+/,
    timeoutMs: 60_000,
  },
  {
    name: 'node lagging behind the indexed final block',
    // its head 10 blocks below our final block
    plan: (_chain, finalHeight, head) => ({ rates: { lag: 1 }, lagBlocks: head - finalHeight + 10 }),
    until: 'exit',
    message: /cannot verify our last final block \d+: the node's head \d+ is behind our final block/,
    // the check reads for about a minute before it gives up
    timeoutMs: 180_000,
  },
]

export async function chainSafetyCases(fx: FaultFixture): Promise<CaseResult[]> {
  const results: CaseResult[] = []
  for (const scenario of SCENARIOS) results.push(await runScenario(fx, scenario))
  return results
}

async function runScenario(fx: FaultFixture, scenario: Scenario): Promise<CaseResult> {
  const name = `safety: ${scenario.name}`
  const proxies: Partial<Record<Chain, RpcProxy>> = {}
  let run: IndexingRun | undefined
  try {
    const dbUrl = await fx.indexedCopy()
    const before = await fingerprint(dbUrl)
    for (const chain of CHAINS) {
      const final = before.finals[chain]
      const head = await chainHeadOf(fx.devnet, chain)
      proxies[chain] = await startRpcProxy(chain === 'og' ? fx.devnet.og.url : fx.devnet.base.url, scenario.plan(chain, final, head))
    }
    run = new IndexingRun(fx, dbUrl, fx.env(dbUrl, { og: proxies.og!.url, base: proxies.base!.url }), CHAINS, `safety-${scenario.name.split(' ')[0]}`).start()
    const extra: string[] = []
    const seen = (chain: Chain) =>
      scenario.until === 'exit'
        ? run!.processor(chain).exits.some((e) => !e.planned && scenario.message.test(e.reason))
        : scenario.message.test(run!.processor(chain).output())
    await waitFor(run.watch, async () => CHAINS.every(seen), `both processors to ${scenario.until === 'exit' ? 'stop with' : 'print'} ${scenario.message}`, {
      tick: false,
      timeoutMs: scenario.timeoutMs,
    })
    const during = await fingerprint(dbUrl)
    if (during.text !== before.text) extra.push(`the database changed while the node misreported: ${firstDifference(before.text, during.text)}`)
    const misreported = CHAINS.reduce((n, c) => n + proxies[c]!.stats().misreported + proxies[c]!.stats().injected.lag, 0)
    const restartsWhileWrong = run.restarts
    // the node is honest again: the index must go on from where it was, through new blocks
    const healed = Date.now()
    for (const chain of CHAINS) proxies[chain]!.setPlan({})
    for (let i = 0; i < 3; i++) await fx.stack.tick()
    await run.settle()
    for (const chain of CHAINS) {
      const [height, head] = [await indexedHeight(dbUrl, chain), await chainHeadOf(fx.devnet, chain)]
      if (height < head) extra.push(`${chain} stands at ${height} of ${head} after the node recovered`)
    }
    const recoverSeconds = (Date.now() - healed) / 1000
    const restarts = run.restarts
    await run.stop()
    const resets = await query<{ chain: string }>(dbUrl, `select chain from indexing_issue where reason = 'deep-reorg'`)
    if (resets.length) extra.push(`a deep-reorg reset happened on ${resets.map((r) => r.chain).join(', ')}`)
    if (scenario.until === 'retry') {
      if (restarts > 0) extra.push(`${restarts} restarts (${run.exitReasons(1).join('')}); the check should have waited for the node`)
      for (const chain of CHAINS)
        if (!/final block \d+ verified on .* after \d+ reads/.test(run.processor(chain).output()))
          extra.push(`${chain}: no line saying the final block was verified after the node recovered`)
    }
    const truth = await fx.truth(dbUrl)
    const notes = [
      `${misreported} answers misreported`,
      `${restartsWhileWrong} stops while misreported`,
      `final blocks kept: og ${before.finals.og}, base ${before.finals.base}`,
      `message: ${(
        run
          .processor('og')
          .output()
          .match(new RegExp(`[^\n]*${scenario.message.source}[^\n]*`))?.[0]
          .replace(/^\[indexer\] /, '') ?? '(none)'
      ).slice(0, 160)}`,
    ]
    return resultFrom(name, truth, recoverSeconds, notes, extra)
  } catch (error) {
    await run?.stop()
    return failed(name, error)
  } finally {
    await Promise.all(Object.values(proxies).map((p) => p!.close()))
  }
}

/** Every table's row count and both processors' stored heads: what "nothing was written" is checked against. */
async function fingerprint(dbUrl: string): Promise<{ text: string; finals: Record<Chain, number> }> {
  const tables = await query<{ schema: string; name: string }>(
    dbUrl,
    `select table_schema as schema, table_name as name from information_schema.tables where table_schema in ('public', 'og_processor', 'base_processor') and table_type = 'BASE TABLE' order by 1, 2`,
  )
  const lines: string[] = []
  for (const t of tables) {
    const [row] = await query<{ n: string }>(dbUrl, `select count(*) as n from "${t.schema}"."${t.name}"`)
    lines.push(`${t.schema}.${t.name}=${row.n}`)
  }
  const finals = {} as Record<Chain, number>
  for (const chain of CHAINS) {
    const [status] = await query<{ height: number; hash: string }>(dbUrl, `select height, hash from ${chain}_processor.status where id = 0`)
    const [hot] = await query<{ n: string; top: number | null }>(dbUrl, `select count(*) as n, max(height) as top from ${chain}_processor.hot_block`)
    finals[chain] = status.height
    lines.push(`${chain} final ${status.height} ${status.hash}, hot ${hot.n} up to ${hot.top}`)
  }
  return { text: lines.join('\n'), finals }
}

function firstDifference(a: string, b: string): string {
  const [left, right] = [a.split('\n'), b.split('\n')]
  const i = left.findIndex((line, j) => line !== right[j])
  return i < 0 ? 'more lines' : `${left[i]} → ${right[i]}`
}

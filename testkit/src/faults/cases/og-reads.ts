/**
 * OG state reads against endpoints like the real ones: the OG processor indexes through a proxy that
 * (1) keeps no state older than 64 blocks (a pruned Cosmos EVM node: historical eth_call fails),
 * (2) answers state reads with a 429 storm (Retry-After 1), or (3) refuses getTEE until a restart.
 * The first two must end exact against chain truth with no processor restart; the third must judge
 * no signature bad while keys are unreadable, and find every key once they can be read.
 */
import { query } from '@og-explorer/indexer/lib/testing/postgres'
import type { FaultFixture } from '../fixture'
import { IndexingRun } from '../indexing-run'
import { waitFor } from '../progress'
import { failed, resultFrom, type CaseResult } from '../report'
import { startRpcProxy, type RpcFaultPlan, type RpcProxy } from '../rpc-proxy'
import type { TruthReport } from '../truth-chain'

const GET_TEE = '0x418b207d'

async function issueCount(dbUrl: string, reason: string): Promise<number> {
  const [{ n }] = await query<{ n: string }>(dbUrl, `select count(*) n from indexing_issue where chain = 'og' and reason = $1`, [reason])
  return Number(n)
}

/** Indexes the OG chain alone through a proxy with `plan`; the caller judges the result. */
async function indexThrough(
  fx: FaultFixture,
  label: string,
  plan: RpcFaultPlan,
  judge: (run: IndexingRun, proxy: RpcProxy, dbUrl: string) => Promise<{ truth: TruthReport; notes: string[]; extra: string[] }>,
): Promise<CaseResult> {
  const name = `og-reads: ${label}`
  let proxy: RpcProxy | undefined
  let run: IndexingRun | undefined
  try {
    const dbUrl = await fx.freshDb()
    proxy = await startRpcProxy(fx.devnet.og.url, plan)
    run = new IndexingRun(fx, dbUrl, fx.env(dbUrl, { og: proxy.url }), ['og'], `og-reads-${label.split(' ')[0]}`).start()
    const { truth, notes, extra } = await judge(run, proxy, dbUrl)
    const stall = await run.stop()
    if (run.restarts > 0) extra.push(`${run.restarts} processor restarts: a failed state read was fatal`)
    return resultFrom(name, truth, stall, [`${proxy.stats().requests} requests`, ...notes, ...run.exitReasons()], extra)
  } catch (error) {
    await run?.stop()
    return failed(name, error)
  } finally {
    await proxy?.close()
  }
}

export async function ogReadCases(fx: FaultFixture): Promise<CaseResult[]> {
  const results: CaseResult[] = []

  results.push(
    await indexThrough(fx, 'pruned OG node (eth_call older than 64 blocks refused)', { provider: { stateBlocks: 64 } }, async (run, proxy, dbUrl) => {
      await run.settle()
      const truth = await fx.truth(dbUrl, undefined, ['og'])
      const pruned = proxy.stats().refused.pruned
      const failedReads = await issueCount(dbUrl, 'state-read-failed')
      const extra = pruned === 0 ? ['no historical eth_call was refused, so nothing was tested'] : []
      return { truth, notes: [`${pruned} historical reads refused, ${failedReads} state-read-failed issues recorded`], extra }
    }),
  )

  // the short history makes only about 50 eth_call requests: at least 10 refused is a storm for it, and a
  // floor near the expected 40% of them made the case fail on the draw (19 of 20 once)
  results.push(
    await indexThrough(
      fx,
      '429 storm on state reads (40% of eth_call requests, Retry-After 1)',
      { rates: { 'rate-limit': 0.4 }, atLeast: { 'rate-limit': 10 }, faultMethods: ['eth_call'], retryAfterSeconds: 1, seed: fx.options.seed * 100 + 71 },
      async (run, proxy, dbUrl) => {
        await run.settle()
        const truth = await fx.truth(dbUrl, undefined, ['og'])
        const storm = proxy.stats().injected['rate-limit']
        const extra = proxy.shortOf().length ? [`planned 429s not injected (${storm})`] : []
        return {
          truth,
          notes: [`${storm} state-read requests answered 429`, `${await issueCount(dbUrl, 'state-read-failed')} state-read-failed issues`],
          extra,
        }
      },
    ),
  )

  results.push(
    await indexThrough(fx, 'getTEE refused, then served after a restart', { refuseSelectors: [GET_TEE] }, async (run, proxy, dbUrl) => {
      await run.settle()
      const extra: string[] = []
      const [verdicts] = await query<{ unknown: string; bad: string; keyless: string }>(
        dbUrl,
        `select (select count(*) from settlement where status = 'UNVERIFIABLE' and status_reason = 'key-unknown') unknown,
                (select count(*) from inference where signature_valid = false) bad,
                (select count(*) from tee_node where public_key is null) keyless`,
      )
      if (Number(verdicts.bad) > 0) extra.push(`${verdicts.bad} inferences judged bad signatures while no key could be read`)
      if (Number(verdicts.unknown) === 0) extra.push('no settlement was judged key-unknown')
      if (Number(verdicts.keyless) === 0) extra.push('every TEE had a key although getTEE was refused')
      // the node serves getTEE again; a restarted processor asks for every missing key at its first batch
      proxy.setPlan({})
      await run.processor('og').stop()
      run.processor('og').start()
      await waitFor(
        run.watch,
        async () => (await query<{ n: string }>(dbUrl, 'select count(*) n from tee_node where public_key is null'))[0].n === '0',
        'every TEE key to be read',
        { timeoutMs: 120_000 },
      )
      await run.settle()
      // verdicts given while keys were unknown stay key-unknown, so only the chain facts are compared
      const truth = await fx.truth(dbUrl, undefined, ['og'])
      const kept = truth.mismatches.filter((m) => !/signature|inferences_verified/.test(m))
      const report: TruthReport = { rowsCompared: truth.rowsCompared, mismatches: kept }
      const refused = proxy.stats().refused.selector
      return {
        truth: report,
        notes: [`${refused} getTEE reads refused`, `${verdicts.unknown} settlements key-unknown, ${verdicts.keyless} TEEs keyless before the restart`],
        extra,
      }
    }),
  )
  return results
}

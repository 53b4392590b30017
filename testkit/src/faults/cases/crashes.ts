/**
 * Case 2, crashes: kill -9 at random points, during backfill and at the head. After every kill the
 * frozen database must hold exactly the blocks it says it has; after every restart the processor must
 * resume where it stopped; at the end the whole index must equal chain truth.
 */
import { indexedHeight } from '../../stack/stack'
import type { FaultFixture } from '../fixture'
import { IndexingRun } from '../indexing-run'
import { chainHeadOf, sleep, waitFor } from '../progress'
import { seededRandom } from '../random'
import { failed, resultFrom, type CaseResult } from '../report'
import type { Chain } from '../supervised-processor'
import { Tally } from '../truth-chain'
import { comparePrefix } from '../truth-prefix'

interface CrashPoint {
  chain: Chain
  /** fraction of the chain to pass before the kill; undefined = at the head */
  fraction?: number
}

/**
 * 70% of the points during backfill, the rest at the head. Backfill points go chain by chain (OG
 * first, Base started only after OG's last one), each chain's in increasing order, so that a fast
 * chain cannot finish its backfill while the other one is being killed.
 */
function crashPoints(total: number, random: () => number): CrashPoint[] {
  const backfill = Math.ceil(total * 0.7)
  const points: CrashPoint[] = []
  for (const [chain, n] of [
    ['og', Math.ceil(backfill / 2)],
    ['base', Math.floor(backfill / 2)],
  ] as const) {
    const fractions = Array.from({ length: n }, () => 0.05 + random() * 0.85).sort((a, b) => a - b)
    points.push(...fractions.map((fraction) => ({ chain, fraction })))
  }
  for (let i = backfill; i < total; i++) points.push({ chain: random() < 0.5 ? 'og' : 'base' })
  return points
}

export async function crashCases(fx: FaultFixture): Promise<CaseResult[]> {
  const name = `crashes: kill -9 at ${fx.options.short ? 3 : 20} random points`
  const random = seededRandom(fx.options.seed * 7 + 1)
  const points = crashPoints(fx.options.short ? 3 : 20, random)
  let run: IndexingRun | undefined
  try {
    const dbUrl = await fx.freshDb()
    // 10-block batches (Subsquid's own default) so a backfill has many commit points to land between
    run = new IndexingRun(
      fx,
      dbUrl,
      fx.env(dbUrl, { extra: { OG_BACKFILL_BATCH_BLOCKS: '10', BASE_BACKFILL_BATCH_BLOCKS: '10' } }),
      undefined,
      'crashes',
    ).start(['og'])
    const prefix = new Tally()
    const resumes: number[] = []
    const landed = { backfill: 0, head: 0 }
    let baseStarted = false
    for (const point of points) {
      const processor = run.processor(point.chain)
      // Base starts once OG's backfill points are spent
      if (!baseStarted && (point.chain === 'base' || point.fraction === undefined)) {
        run.processor('base').start()
        baseStarted = true
      }
      const head = await chainHeadOf(fx.devnet, point.chain)
      if (point.fraction !== undefined) {
        const target = Math.floor(head * point.fraction)
        await waitFor(run.watch, async () => (await indexedHeight(dbUrl, point.chain)) >= target, `${point.chain} to pass block ${target}`, {
          tick: false,
          pollMs: 50,
        })
      } else {
        await waitFor(
          run.watch,
          async () => (await indexedHeight(dbUrl, point.chain)) >= (await chainHeadOf(fx.devnet, point.chain)),
          `${point.chain} to reach the head`,
        )
        for (let i = Math.floor(random() * 3); i >= 0; i--) await fx.stack.tick()
      }
      // somewhere inside the next batch, not just after a commit
      await sleep(Math.floor(random() * (point.fraction === undefined ? 1500 : 150)))
      // a backfill point that fired after its chain caught up is counted where it really landed
      const behind = (await chainHeadOf(fx.devnet, point.chain)) - (await indexedHeight(dbUrl, point.chain))
      landed[point.fraction !== undefined && behind > 3 ? 'backfill' : 'head']++
      await processor.crash()
      const killedAt = await indexedHeight(dbUrl, point.chain)
      prefix.merge(await comparePrefix(dbUrl, fx.devnet, point.chain, killedAt))
      processor.start()
      const restarted = Date.now()
      await waitFor(run.watch, async () => (await indexedHeight(dbUrl, point.chain)) > killedAt, `${point.chain} to resume after block ${killedAt}`)
      resumes.push((Date.now() - restarted) / 1000)
    }
    await run.settle()
    await run.stop()
    const truth = await fx.truth(dbUrl)
    truth.rowsCompared += prefix.rowsCompared
    const mean = resumes.reduce((a, b) => a + b, 0) / resumes.length
    const max = Math.max(...resumes)
    return [
      resultFrom(
        name,
        truth,
        max,
        [
          `${landed.backfill} kills during backfill, ${landed.head} at the head (0–3 new blocks to index)`,
          `resume mean ${mean.toFixed(1)} s, max ${max.toFixed(1)} s`,
          `frozen database ${prefix.mismatches.length ? 'NOT exact' : 'exact'} after every kill (${prefix.rowsCompared} rows)`,
          ...(run.restarts ? [`${run.restarts} unplanned restarts`, ...run.exitReasons()] : []),
        ],
        prefix.mismatches.map((m) => `after a kill: ${m}`),
      ),
    ]
  } catch (error) {
    await run?.stop()
    return [failed(name, error)]
  }
}

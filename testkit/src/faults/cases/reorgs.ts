/**
 * Case 4, reorgs: depths 1 to the finality depth at the head, one while the processors are down, and
 * one deeper than finality, which must recover on its own. After each, the rows and the aggregates
 * (daily stats, balances, circulating supply) must equal the new canonical chain.
 */
import type { FaultFixture } from '../fixture'
import { IndexingRun } from '../indexing-run'
import { chainHeadOf, waitFor } from '../progress'
import { failed, resultFrom, type CaseResult } from '../report'
import { followsCanonical, mineBranch, revertBoth, snapshotBoth } from '../reorg'
import { query } from '@og-explorer/indexer/lib/testing/postgres'
import { indexedHeight } from '../../stack/stack'

/** OG_FINALITY and BASE_FINALITY in the test stack */
const FINALITY = 5

interface ReorgScenario {
  name: string
  depth: number
  /** both processors are killed before the reorg and started after it */
  whileDown?: boolean
  /** how long to wait for recovery before calling it a failure */
  timeoutMs: number
}

export async function reorgCases(fx: FaultFixture): Promise<CaseResult[]> {
  const scenarios: ReorgScenario[] = fx.options.short
    ? [{ name: 'reorg depth 3 (inside finality)', depth: 3, timeoutMs: 120_000 }]
    : [
        ...[1, 2, 3, 4, FINALITY].map((depth) => ({ name: `reorg depth ${depth}${depth === FINALITY ? ' (= finality)' : ''}`, depth, timeoutMs: 120_000 })),
        { name: 'reorg depth 3 while the processors are down', depth: 3, whileDown: true, timeoutMs: 120_000 },
        // last: until the processor recovers from it, it leaves the index broken
        { name: `reorg depth ${FINALITY + 5} (finality + 5)`, depth: FINALITY + 5, timeoutMs: 180_000 },
      ]
  // the copy is taken before the snapshot, so it only holds blocks the reverted chain still has
  const dbUrl = await fx.indexedCopy()
  const revertAll = await fx.snapshotChains()
  const run = new IndexingRun(fx, dbUrl, fx.env(dbUrl), undefined, 'reorgs').start()
  const results: CaseResult[] = []
  const canonicalBlobs: string[] = []
  try {
    await run.settle()
    for (const [i, scenario] of scenarios.entries()) {
      results.push(await runReorg(fx, run, scenario, `${i}`, canonicalBlobs))
    }
  } catch (error) {
    results.push(failed('reorgs', error))
  } finally {
    await run.stop()
    await revertAll()
  }
  return results
}

async function runReorg(fx: FaultFixture, run: IndexingRun, scenario: ReorgScenario, tag: string, canonicalBlobs: string[]): Promise<CaseResult> {
  const { devnet } = fx
  const restartsBefore = run.restarts
  try {
    await run.settle()
    const base = { og: await chainHeadOf(devnet, 'og'), base: await chainHeadOf(devnet, 'base') }
    const snapshot = await snapshotBoth(devnet)
    await mineBranch(devnet, `old-${tag}`, scenario.depth)
    await waitFor(
      run.watch,
      async () => (await indexedHeight(run.dbUrl, 'og')) >= base.og + scenario.depth && (await indexedHeight(run.dbUrl, 'base')) >= base.base + scenario.depth,
      'the old branch to be indexed',
      { tick: false },
    )
    if (scenario.whileDown) await Promise.all(run.processors.map((p) => p.crash()))
    await revertBoth(devnet, snapshot)
    // one block longer than the branch it replaces, with its transactions in a different place
    const branch = await mineBranch(devnet, `new-${tag}`, scenario.depth + 1, Math.max(1, scenario.depth - 1))
    canonicalBlobs.push(...branch.blobIds)
    if (scenario.whileDown) run.processors.forEach((p) => p.start())
    const started = Date.now()
    const extra: string[] = []
    await waitFor(
      run.watch,
      async () => (await followsCanonical(run.dbUrl, devnet, 'og')) && (await followsCanonical(run.dbUrl, devnet, 'base')),
      'the processors to follow the new branch',
      { tick: false, timeoutMs: scenario.timeoutMs },
    ).catch(() => extra.push(`not back on the canonical chain ${scenario.timeoutMs / 1000} s after the reorg`))
    const recoverSeconds = extra.length ? null : (Date.now() - started) / 1000
    if (!extra.length) await run.settle()
    const truth = await fx.truth(run.dbUrl, { missingBlobs: canonicalBlobs })
    const restarts = run.restarts - restartsBefore
    const notes = [
      `${scenario.depth} blocks replaced by ${scenario.depth + 1} on both chains`,
      ...(restarts ? [`${restarts} restarts`, ...run.exitReasons(2)] : []),
    ]
    if (scenario.depth > FINALITY) {
      const rebuilt = await query<{ chain: string }>(run.dbUrl, `select chain from indexing_issue where reason = 'deep-reorg' order by chain`)
      notes.push(
        rebuilt.length ? `recovered by re-indexing ${rebuilt.map((r) => r.chain).join(' and ')} (deep-reorg issues recorded)` : 'no deep-reorg issue recorded',
      )
    }
    return resultFrom(scenario.name, truth, recoverSeconds, notes, extra)
  } catch (error) {
    return failed(scenario.name, error)
  }
}

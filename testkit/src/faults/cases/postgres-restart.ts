/**
 * Case 3, Postgres stopped and started: on a Postgres server of its own, the database goes away
 * (fast shutdown, every connection cut) once mid-backfill and once at the head, for several seconds
 * each. Processors die or stall, come back through the supervisor, and the index must end exact.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freePort } from '@og-explorer/devnet'
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@og-explorer/indexer/lib/db/embedded'
import { indexedHeight } from '../../stack/stack'
import { createMigratedDatabase, type FaultFixture } from '../fixture'
import { IndexingRun } from '../indexing-run'
import { chainHeadOf, sleep, waitFor } from '../progress'
import { failed, resultFrom, type CaseResult } from '../report'
import type { Chain } from '../supervised-processor'

export async function postgresCases(fx: FaultFixture): Promise<CaseResult[]> {
  const name = 'postgres: stopped and started mid-backfill and at the head'
  const outageMs = fx.options.short ? 6_000 : 15_000
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-faults-pg-'))
  // as root, Postgres runs as the `postgres` OS user, which must be able to enter the folder
  fs.chmodSync(dir, 0o755)
  const server = { dataDir: path.join(dir, 'data'), port: await freePort(), throwaway: true }
  let pg: EmbeddedPostgresHandle | undefined = await startEmbeddedPostgres(server)
  let run: IndexingRun | undefined
  try {
    const dbUrl = await createMigratedDatabase(pg.url, 'faults_pg')
    // Base backfills empty blocks much faster than OG, so it starts later and in smaller batches:
    // the first outage should find both chains mid-backfill
    run = new IndexingRun(
      fx,
      dbUrl,
      fx.env(dbUrl, { extra: { OG_BACKFILL_BATCH_BLOCKS: '20', BASE_BACKFILL_BATCH_BLOCKS: '5' } }),
      undefined,
      'postgres',
    ).start(['og'])
    const notes: string[] = []
    const outage = async (what: string): Promise<number> => {
      const before = { og: await indexedHeight(dbUrl, 'og'), base: await indexedHeight(dbUrl, 'base') }
      const exitsBefore = run!.processors.reduce((n, p) => n + p.exits.length, 0)
      await pg!.stop()
      pg = undefined
      // the chains keep moving while the database is away
      for (const until = Date.now() + outageMs; Date.now() < until; ) {
        await fx.stack.tick()
        await sleep(1000)
      }
      pg = await startEmbeddedPostgres(server)
      const back = Date.now()
      await waitFor(
        run!.watch,
        async () => (await indexedHeight(dbUrl, 'og')) > before.og && (await indexedHeight(dbUrl, 'base')) > before.base,
        `both processors to write again after the outage ${what}`,
      )
      const died = run!.processors.reduce((n, p) => n + p.exits.length, 0) - exitsBefore
      notes.push(
        `${what}: ${outageMs / 1000} s down, ${died ? `${died} processor exits` : 'processors stalled without exiting'}, writing again ${((Date.now() - back) / 1000).toFixed(1)} s after Postgres came back`,
      )
      return (Date.now() - back) / 1000
    }
    const past = async (chain: Chain, fraction: number) => (await indexedHeight(dbUrl, chain)) >= (await chainHeadOf(fx.devnet, chain)) * fraction
    await waitFor(run.watch, () => past('og', 0.2), 'OG to pass 20% of its chain', { tick: false, pollMs: 100 })
    run.processor('base').start()
    await waitFor(run.watch, async () => (await past('og', 0.3)) && (await indexedHeight(dbUrl, 'base')) > 0, 'OG to pass 30% and Base to begin', {
      tick: false,
      pollMs: 100,
    })
    const backfillHeights = { og: await indexedHeight(dbUrl, 'og'), base: await indexedHeight(dbUrl, 'base') }
    const heads = { og: await chainHeadOf(fx.devnet, 'og'), base: await chainHeadOf(fx.devnet, 'base') }
    const extra: string[] = []
    if (backfillHeights.og >= heads.og || backfillHeights.base >= heads.base)
      extra.push('the first outage missed the backfill (a processor was already at the head)')
    const first = await outage(`mid-backfill (og ${backfillHeights.og}/${heads.og}, base ${backfillHeights.base}/${heads.base})`)
    await run.settle()
    const second = await outage('at the head')
    await run.settle()
    await run.stop()
    const truth = await fx.truth(dbUrl)
    return [resultFrom(name, truth, Math.max(first, second), [...notes, `${run.restarts} restarts`, ...run.exitReasons(2)], extra)]
  } catch (error) {
    await run?.stop()
    return [failed(name, error)]
  } finally {
    await pg?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

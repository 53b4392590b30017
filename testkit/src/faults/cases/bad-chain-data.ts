/**
 * Case 5, bad chain data. On one index of the devnet:
 *  - look-alike contracts at untrusted addresses (emitted by startStack) must leave no trace;
 *  - logs with trusted topics and garbage data, planted at trusted addresses, must each become an
 *    IndexingIssue and nothing else;
 *  - the blob store is down while the chain is indexed (the chain must not wait for it), then comes
 *    back slow and flaky; chosen blobs are lost or corrupted in transit. Every settlement must end
 *    with the verdict the simulator's faults plus these choices dictate, with its reason.
 */
import { decodeAbiParameters, hexToString, type Hex } from 'viem'
import { indexedHeight } from '../../stack/stack'
import { startBlobProxy } from '../blob-proxy'
import { plantUndecodableLogs, type PlantedLog } from '../chain-edit'
import type { FaultFixture } from '../fixture'
import { IndexingRun } from '../indexing-run'
import { chainHeadOf, pendingSettlements, waitFor } from '../progress'
import { failed, resultFrom, type CaseResult } from '../report'
import { batchLogs } from '../truth-og'
import { query } from '@og-explorer/indexer/lib/testing/postgres'

const STAKING = '0x0000000000000000000000000000000000000800'

export async function badChainDataCases(fx: FaultFixture): Promise<CaseResult[]> {
  const name = 'bad data: spoofed and undecodable logs; blob store down, slow, flaky; blobs lost and corrupted'
  const revert = await fx.snapshotChains()
  let run: IndexingRun | undefined
  const closers: (() => Promise<void>)[] = []
  try {
    const og = fx.devnet.deployments.chains.og.contracts
    const base = fx.devnet.deployments.chains.base.contracts
    const planted: PlantedLog[] = [
      ...(await plantUndecodableLogs('og', fx.devnet.og.rpc, fx.devnet.ogWriter, [
        { address: og.InferenceSettlementRelayV1.address, signature: 'BatchSettlement(bytes32,uint256,bytes)' },
        { address: og.InferenceSettlementRelayV2.address, signature: 'IndividualSettlement(bytes32,address,bytes32,bytes32,uint256,bytes,bytes)' },
        { address: og.TEERegistry.address, signature: 'HeartbeatReceived(bytes32,uint256)' },
        { address: STAKING, signature: 'Delegate(address,address,uint256,uint256)' },
      ])),
      ...(await plantUndecodableLogs('base', fx.devnet.base.rpc, fx.devnet.baseWriter, [
        { address: base.OPG.address, signature: 'Transfer(address,address,uint256)' },
        { address: base.OPG_USDC_Pool.address, signature: 'Swap(address,address,int256,int256,uint160,uint128,int24)' },
      ])),
    ]
    const undecodable = planted.map((p) => `${p.chain}:${p.id}`)

    // blobs of sound batches chosen to be lost or corrupted on the way
    const injected = new Set(fx.stack.truth.faults.map((f) => f.blobId))
    const sound = (await batchLogs(fx.devnet, new Set(planted.map((p) => p.id))))
      .map((l) => hexToString(decodeAbiParameters([{ type: 'uint256' }, { type: 'bytes' }], l.data as Hex)[1]))
      .filter((id) => !injected.has(id))
    const count = fx.options.short ? 2 : 5
    const lost = sound.filter((_, i) => i % 7 === 1).slice(0, count)
    const corrupted = sound.filter((_, i) => i % 7 === 4).slice(0, count)
    const proxy = await startBlobProxy(fx.devnet.blobServer.url, { missing: lost, corrupt: corrupted })
    closers.push(() => proxy.close())

    // the store is down for the whole backfill
    fx.devnet.blobServer.setFaults({ failRate: 1 })
    closers.push(async () => fx.devnet.blobServer.setFaults({}))
    const dbUrl = await fx.freshDb()
    run = new IndexingRun(fx, dbUrl, fx.env(dbUrl, { blob: proxy.url }), undefined, 'bad-data').start()
    const heads = { og: await chainHeadOf(fx.devnet, 'og'), base: await chainHeadOf(fx.devnet, 'base') }
    // the full set keeps the store down for the whole backfill; the short one for a third of OG's
    const outageUntil = fx.options.short ? { og: Math.floor(heads.og / 3), base: 0 } : heads
    await waitFor(
      run.watch,
      async () => (await indexedHeight(dbUrl, 'og')) >= outageUntil.og && (await indexedHeight(dbUrl, 'base')) >= outageUntil.base,
      `the chains to be indexed up to ${JSON.stringify(outageUntil)} while the blob store is down`,
    )
    const [{ n: withBlob }] = await query<{ n: string }>(dbUrl, `select count(*) n from settlement where blob_id is not null`)
    const pendingDuringOutage = await pendingSettlements(dbUrl)
    const ogDuringOutage = await indexedHeight(dbUrl, 'og')
    const extra: string[] = []
    if (pendingDuringOutage !== Number(withBlob))
      extra.push(`during the outage ${Number(withBlob) - pendingDuringOutage} of ${withBlob} settlements with a blob got a verdict anyway`)

    // back, but slow and still failing now and then
    const flaky = fx.options.short ? { latencyMs: 150, failRate: 0.05 } : { latencyMs: 400, failRate: 0.1 }
    fx.devnet.blobServer.setFaults(flaky)
    const recovered = Date.now()
    // the fetcher's per-blob backoff (doubling to BLOB_RETRY_MAX_DELAY_MS, short-waits.ts) decides how long
    // this takes, not the store
    const patienceMs = 420_000
    const verdicts = await waitFor(run.watch, async () => (await pendingSettlements(dbUrl)) === 0, 'every verdict once the blob store is back', {
      timeoutMs: patienceMs,
    }).then(
      () => true,
      async () => (extra.push(`${await pendingSettlements(dbUrl)} settlements still PENDING ${patienceMs / 1000} s after the blob store came back`), false),
    )
    const recoverSeconds = verdicts ? (Date.now() - recovered) / 1000 : null
    if (verdicts) await run.settle()
    await run.stop()
    const stats = fx.devnet.blobServer.stats()
    const truth = await fx.truth(dbUrl, { missingBlobs: lost, invalidBlobs: corrupted, undecodableLogs: undecodable })
    return [
      resultFrom(
        name,
        truth,
        recoverSeconds,
        [
          `${planted.length} undecodable logs planted at trusted addresses (${planted.map((p) => p.signature.split('(')[0]).join(', ')})`,
          `${fx.stack.spoofs.txHashes.length} spoofing txs`,
          `${pendingDuringOutage} settlements waited through the outage while OG indexed on (block ${ogDuringOutage} of ${heads.og})`,
          `store back with ${flaky.latencyMs} ms latency and ${flaky.failRate * 100}% 503s (${stats.injectedFailures} 503s in all)`,
          `${lost.length} blobs lost and ${corrupted.length} corrupted in transit`,
          ...(run.restarts ? [`${run.restarts} restarts`, ...run.exitReasons()] : []),
        ],
        extra,
      ),
    ]
  } catch (error) {
    await run?.stop()
    return [failed(name, error)]
  } finally {
    for (const close of closers.reverse()) await close()
    await revert()
  }
}

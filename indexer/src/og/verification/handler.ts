import { In } from 'typeorm'
import type { NetworkProfile } from '../../config/profile'
import { Inference, InferenceDailyGroup, OgDailyStat, OgHourlyStat, Settlement, SettlementKind, TeeNode, VerificationStatus } from '../../model'
import { recordIssue } from '../../util/issues'
import { dayId, dayStart, hourId } from '@og-explorer/common'
import { verdictFor } from './apply'
import { BatchAnalyzer } from './batch-analyzer'
import { BlobFetcher, type BlobFetcherOptions, type BlobResult, type FetchProgress } from './blob-fetcher'
import { ChainHeadTime } from './chain-head-time'
import { DAY_MS, judgeGone, type JudgedBlob, type NowBounds } from './expiry'
import type { OgBatch, OgHandler } from '../batch'
import { metrics } from '../../util/metrics'

/** how many pending settlements one rescan looks at */
const PENDING_WINDOW = 50_000
const RESCAN_MS = 15_000
/** how often a bounded run's final verification says how far it is */
const DRAIN_REPORT_MS = 10_000

/**
 * Expands and verifies settlements without ever blocking the chain: blobs are fetched in the
 * background, and each batch applies whatever has arrived. Verdicts are written through the same
 * store transaction as the batch, so a hot-block rollback undoes them too; the settlement is then
 * pending again and its blob is simply fetched once more. So is the progress of blobs still being
 * retried (attempts, 404 count, next try): a restarted processor resumes it instead of starting over.
 */
export function verificationHandler(
  profile: NetworkProfile,
  options: BlobFetcherOptions & { drainAtBlock?: number; log?: (line: string) => void } = {},
): OgHandler & { fetcher: BlobFetcher } {
  const { drainAtBlock, log = () => {}, ...fetcherOptions } = options
  const analyzer = new BatchAnalyzer()
  const fetcher = new BlobFetcher(profile.blobStoreUrl, {
    maxDelayMs: profile.blobRetryMaxDelayMs,
    analyze: (body) => analyzer.analyze(body),
    ...fetcherOptions,
  })
  const retentionMs = profile.blobRetentionDays === undefined ? undefined : profile.blobRetentionDays * DAY_MS
  const headTime = new ChainHeadTime(profile.og.rpcUrl)
  const request = (s: Settlement) => fetcher.request(s.blobId!, { analyze: s.kind === SettlementKind.BATCH, progress: storedProgress(s) })
  const applyArrived = async (batch: OgBatch): Promise<ApplyResult> => {
    const arrived = await readySettlements(batch, fetcher)
    const { out: ready, restored } = await judged(batch, arrived, fetcher, retentionMs, headTime)
    if (ready.length > 0) {
      await prefetchFor(batch, ready)
      for (const [settlement, result] of ready) apply(batch, settlement, result)
    }
    return { applied: ready.map(([s]) => s), restored }
  }
  let lastScan = 0
  return {
    name: 'verification',
    kinds: [],
    fetcher,
    handle() {},
    async finish(batch: OgBatch) {
      // every TEE node is in memory at this point of a batch (loaded whole at its start)
      analyzer.addKeys(batch.cache.values(TeeNode))
      // New settlements of this batch are requested at once. A periodic scan of the table finds the
      // rest: pending rows from before a restart, and verdicts a rollback has undone.
      for (const s of batch.cache.values(Settlement)) if (s.status === VerificationStatus.PENDING && s.blobId) request(s)
      if (Date.now() - lastScan > RESCAN_MS) {
        lastScan = Date.now()
        const stored = await batch.ctx.store.find(Settlement, { where: { status: VerificationStatus.PENDING }, take: PENDING_WINDOW })
        for (const s of stored) if (s.blobId) request(s)
      }
      const draining = drainAtBlock !== undefined && batch.lastBlock.height >= drainAtBlock
      if (draining) await drain(batch, fetcher, applyArrived, log)
      else await applyArrived(batch)
      await storeProgress(batch, fetcher.takeProgress())
      metrics().blobQueue.set(fetcher.depth)
    },
  }
}

interface ApplyResult {
  /** settlements given their verdict */
  applied: Settlement[]
  /** results put back for a later batch (undecided expiry) */
  restored: number
}

/**
 * A bounded run (a benchmark, a test) verifies everything requested before it stops, all in its last
 * batch. It does so a slice at a time: the fetcher holds at most its maxHeld results, each slice's
 * verdicts are written, and the rows written are dropped from memory, so a backfill that requested
 * every blob of a seed-scale chain never holds them all. It stops when nothing is left to fetch, or
 * when a slice could only put its results back (the chain's time unknown: a later run decides them).
 */
async function drain(batch: OgBatch, fetcher: BlobFetcher, applyArrived: (batch: OgBatch) => Promise<ApplyResult>, log: (line: string) => void): Promise<void> {
  const started = Date.now()
  // where the time goes, for the progress lines: the fetcher (fetches and the worker's signature checks), verdicts, writes
  const spent = { blobs: 0, verdicts: 0, writes: 0 }
  const lap = (phase: keyof typeof spent, since: number) => {
    spent[phase] += Date.now() - since
    return Date.now()
  }
  let verified = 0
  let reported = started
  const report = (done: boolean) => {
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
    const left = done ? '' : `, ${fetcher.depth + fetcher.held} blobs to go`
    log(
      `${done ? 'backlog verified' : 'verifying the backlog before stopping'}: ${verified} settlements in ${seconds(Date.now() - started)}${left} ` +
        `(waiting for blobs and their checks ${seconds(spent.blobs)}, verdicts ${seconds(spent.verdicts)}, writes ${seconds(spent.writes)})`,
    )
    reported = Date.now()
  }
  for (;;) {
    let at = Date.now()
    await fetcher.settled()
    at = lap('blobs', at)
    const held = fetcher.held
    const { applied, restored } = await applyArrived(batch)
    at = lap('verdicts', at)
    verified += applied.length
    if (fetcher.depth === 0 || held === restored) return report(true)
    await batch.write()
    batch.cache.forget(
      Settlement,
      applied.map((s) => s.id),
    )
    batch.cache.forget(
      Inference,
      applied.filter((s) => s.kind === SettlementKind.INDIVIDUAL).map((s) => `${s.id}-0`),
    )
    lap('writes', at)
    if (Date.now() - reported >= DRAIN_REPORT_MS) report(false)
  }
}

/** Pending settlements whose blob has arrived, from this batch's memory or from the database. */
async function readySettlements(batch: OgBatch, fetcher: BlobFetcher): Promise<[Settlement, BlobResult][]> {
  const readyIds = new Set(fetcher.readyIds())
  if (readyIds.size === 0) return []
  const byId = new Map<string, Settlement>()
  for (const s of batch.cache.values(Settlement)) if (s.status === VerificationStatus.PENDING && s.blobId && readyIds.has(s.blobId)) byId.set(s.id, s)
  const ids = [...readyIds]
  for (let i = 0; i < ids.length; i += 5_000) {
    const stored = await batch.ctx.store.find(Settlement, { where: { status: VerificationStatus.PENDING, blobId: In(ids.slice(i, i + 5_000)) } })
    for (const s of stored) if (!byId.has(s.id)) byId.set(s.id, batch.cache.get(Settlement, s.id) ?? s)
  }
  const ready: [Settlement, BlobResult][] = []
  const taken = new Map<string, BlobResult>()
  for (const s of byId.values()) {
    if (s.status !== VerificationStatus.PENDING) continue
    const result = taken.get(s.blobId!) ?? fetcher.take(s.blobId!)
    if (!result) continue
    taken.set(s.blobId!, result)
    ready.push([s, result])
  }
  // Results for settlements no longer pending (e.g. rolled back out of existence) are dropped.
  for (const id of readyIds) if (!taken.has(id)) fetcher.take(id)
  return ready
}

function storedProgress(s: Settlement): FetchProgress {
  return { attempts: s.attempts, notFound: s.blobNotFound, nextAt: s.nextAttemptAt?.getTime() ?? 0 }
}

/**
 * Judges gone blobs missing or expired (expiry.ts). The chain's now lies between the batch's
 * last block (the head itself when the batch reached it) and the wall clock; the head's time is
 * asked for only when a settlement sits between the two. Without an answer those results wait for
 * the next batch: a node that did not answer is no evidence either way.
 */
async function judged(
  batch: OgBatch,
  ready: [Settlement, BlobResult][],
  fetcher: BlobFetcher,
  retentionMs: number | undefined,
  headTime: ChainHeadTime,
): Promise<{ out: [Settlement, JudgedBlob][]; restored: number }> {
  const last = batch.lastBlock.timestamp
  let now: NowBounds = { earliest: last, latest: batch.ctx.isHead ? last : Date.now() }
  const out: [Settlement, JudgedBlob][] = []
  const undecided: [Settlement, Exclude<BlobResult, { kind: 'ok' }>][] = []
  for (const [s, result] of ready) {
    if (result.kind === 'ok') {
      out.push([s, result])
      continue
    }
    const judgement = judgeGone(result, s.timestamp.getTime(), retentionMs, now)
    if (judgement === 'undecided') undecided.push([s, result])
    else out.push([s, judgement])
  }
  if (undecided.length === 0) return { out, restored: 0 }
  const head = await headTime.get()
  if (head !== undefined) now = { earliest: Math.max(head, last), latest: Math.max(head, last) }
  let restored = 0
  for (const [s, result] of undecided) {
    const judgement = head === undefined ? 'undecided' : judgeGone(result, s.timestamp.getTime(), retentionMs, now)
    if (judgement === 'undecided') {
      fetcher.restore(s.blobId!, result)
      restored++
    } else out.push([s, judgement])
  }
  return { out, restored }
}

/**
 * Writes the progress of blobs still being retried onto their pending settlements, through this
 * batch's cache: one load for the rows not in memory and one upsert with the rest of the batch.
 */
async function storeProgress(batch: OgBatch, progress: Map<string, FetchProgress>): Promise<void> {
  if (progress.size === 0) return
  const rows = new Map<string, Settlement>()
  for (const s of batch.cache.values(Settlement)) if (s.blobId && progress.has(s.blobId)) rows.set(s.id, s)
  const blobIds = [...progress.keys()]
  for (let i = 0; i < blobIds.length; i += 5_000) {
    const stored = await batch.ctx.store.find(Settlement, { where: { status: VerificationStatus.PENDING, blobId: In(blobIds.slice(i, i + 5_000)) } })
    for (const s of stored) if (!rows.has(s.id)) rows.set(s.id, batch.cache.get(Settlement, s.id) ?? s)
  }
  for (const s of rows.values()) {
    if (s.status !== VerificationStatus.PENDING) continue
    const p = progress.get(s.blobId!)!
    s.attempts = p.attempts
    s.blobNotFound = p.notFound
    s.nextAttemptAt = p.nextAt > 0 ? new Date(p.nextAt) : null
    batch.cache.save(Settlement, s)
  }
}

async function prefetchFor(batch: OgBatch, ready: [Settlement, JudgedBlob][]): Promise<void> {
  const teeIds = new Set<string>()
  const individualIds: string[] = []
  for (const [s, r] of ready) {
    if (s.kind === SettlementKind.INDIVIDUAL) {
      individualIds.push(`${s.id}-0`)
      if (s.teeId) teeIds.add(s.teeId)
    } else if (r.kind === 'ok' && r.analysis?.ok) {
      for (const leaf of r.analysis.leaves) teeIds.add(leaf.teeId.toLowerCase())
    } else if (r.kind === 'ok') {
      // not analysed: a cheap scan of the dump text for the leaves' TEE ids, before the parse in verdictFor
      for (const m of r.body.matchAll(/"value":\["(0x[0-9a-fA-F]{64})"/g)) teeIds.add(m[1].toLowerCase())
    }
  }
  await batch.cache.prefetch(TeeNode, teeIds)
  await batch.cache.prefetch(Inference, individualIds, { settlement: true })
  await batch.cache.prefetch(
    OgDailyStat,
    ready.map(([s]) => dayId(s.timestamp.getTime())),
  )
  await batch.cache.prefetch(
    OgHourlyStat,
    ready.map(([s]) => hourId(s.timestamp.getTime())),
  )
  const days = new Set(ready.map(([s]) => dayStart(s.timestamp.getTime()).getTime()))
  await batch.cache.prefetchWhere(
    InferenceDailyGroup,
    'date',
    [...days].map((t) => new Date(t)),
  )
}

function apply(batch: OgBatch, settlement: Settlement, result: JudgedBlob): void {
  const { cache } = batch
  const individual = settlement.kind === SettlementKind.INDIVIDUAL ? cache.get(Inference, `${settlement.id}-0`) : undefined
  const keys = (teeId: string) => {
    const node = cache.get(TeeNode, teeId)
    return node ? { publicKey: node.publicKey, node } : undefined
  }
  const individualBefore = individual?.status
  const verdict = verdictFor(settlement, result, keys, individual)
  settlement.status = verdict.status
  metrics().verifications.inc({ status: verdict.status })
  settlement.statusReason = verdict.reason
  settlement.attempts = result.attempts
  settlement.nextAttemptAt = null
  settlement.verifiedAt = new Date(batch.lastBlock.timestamp)
  settlement.validSignatures = verdict.valid
  settlement.invalidSignatures = verdict.invalid
  if (settlement.kind === SettlementKind.BATCH) settlement.inferenceCount = verdict.inferences.length
  cache.save(Settlement, settlement)
  for (const inference of verdict.inferences) {
    // a batch's leaves are new rows (written with their settlement's verdict, undone with it), so
    // they take the insert path; an individual settlement's inference exists and is updated
    if (inference === individual) cache.save(Inference, inference)
    else cache.insert(Inference, inference)
    batch.countInference(inference, inference === individual ? individualBefore : undefined)
    if (settlement.kind === SettlementKind.BATCH && inference.teeNode) {
      inference.teeNode.inferenceCount += 1
      cache.save(TeeNode, inference.teeNode)
    }
  }
  batch.add(settlement.timestamp.getTime(), { inferencesVerified: verdict.verified, inferencesFailed: verdict.failed })
  // an expired blob is no indexing problem: its status and reason (blob-expired, blob-unavailable) say it all
  if (verdict.status === VerificationStatus.MISSING || (verdict.status === VerificationStatus.INVALID && verdict.reason !== 'bad-signature')) {
    recordIssue(
      cache,
      {
        chain: 'og',
        blockNumber: settlement.blockNumber,
        timestampMs: batch.lastBlock.timestamp,
        txHash: settlement.txHash,
        logIndex: Number(settlement.id.split('-').pop()),
        address: settlement.relay,
      },
      verdict.status === VerificationStatus.MISSING ? 'blob-missing' : 'blob-invalid',
      `${settlement.blobId}: ${verdict.reason}`,
    )
  }
}

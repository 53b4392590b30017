import type { NetworkProfile } from '../../config/profile'
import { Inference, OgDailyStat, Settlement, SettlementKind, TeeNode, VerificationStatus } from '../../model'
import { recordIssue } from '../../util/issues'
import { dayId } from '../../util/time'
import { verdictFor } from '../../verify/apply'
import { BlobFetcher, type BlobFetcherOptions, type BlobResult } from '../../verify/blob-fetcher'
import type { OgBatch, OgHandler } from '../batch'

/** how many pending settlements one batch looks at */
const PENDING_WINDOW = 20_000

/**
 * Expands and verifies settlements without ever blocking the chain: blobs are fetched in the
 * background, and each batch applies whatever has arrived. Verdicts are written through the same
 * store transaction as the batch, so a hot-block rollback undoes them too; the settlement is then
 * pending again and its blob is simply fetched once more.
 */
export function verificationHandler(profile: NetworkProfile, options: BlobFetcherOptions = {}): OgHandler & { fetcher: BlobFetcher } {
  const fetcher = new BlobFetcher(profile.blobStoreUrl, options)
  return {
    name: 'verification',
    kinds: [],
    fetcher,
    handle() {},
    async finish(batch: OgBatch) {
      const pending = await pendingSettlements(batch)
      const ready: [Settlement, BlobResult][] = []
      for (const s of pending) {
        fetcher.request(s.blobId!)
        const result = fetcher.take(s.blobId!)
        if (result) ready.push([s, result])
      }
      if (ready.length === 0) return
      await prefetchFor(batch, ready)
      for (const [settlement, result] of ready) apply(batch, settlement, result)
    },
  }
}

async function pendingSettlements(batch: OgBatch): Promise<Settlement[]> {
  const byId = new Map<string, Settlement>()
  for (const s of batch.cache.values(Settlement)) if (s.status === VerificationStatus.PENDING && s.blobId) byId.set(s.id, s)
  const stored = await batch.ctx.store.find(Settlement, { where: { status: VerificationStatus.PENDING }, order: { blockNumber: 'ASC' }, take: PENDING_WINDOW })
  for (const s of stored) if (!byId.has(s.id) && s.blobId) byId.set(s.id, batch.cache.get(Settlement, s.id) ?? s)
  return [...byId.values()].filter((s) => s.status === VerificationStatus.PENDING)
}

async function prefetchFor(batch: OgBatch, ready: [Settlement, BlobResult][]): Promise<void> {
  const teeIds = new Set<string>()
  const individualIds: string[] = []
  for (const [s, r] of ready) {
    if (s.kind === SettlementKind.INDIVIDUAL) {
      individualIds.push(`${s.id}-0`)
      if (s.teeId) teeIds.add(s.teeId)
    } else if (r.kind === 'ok') {
      // leaf TEE ids: a cheap scan of the dump text, before the full parse in verdictFor
      for (const m of r.body.matchAll(/"value":\["(0x[0-9a-fA-F]{64})"/g)) teeIds.add(m[1].toLowerCase())
    }
  }
  await batch.cache.prefetch(TeeNode, teeIds)
  await batch.cache.prefetch(Inference, individualIds)
  await batch.cache.prefetch(OgDailyStat, ready.map(([s]) => dayId(s.timestamp.getTime())))
}

function apply(batch: OgBatch, settlement: Settlement, result: BlobResult): void {
  const { cache } = batch
  const individual = settlement.kind === SettlementKind.INDIVIDUAL ? cache.get(Inference, `${settlement.id}-0`) : undefined
  const keys = (teeId: string) => {
    const node = cache.get(TeeNode, teeId)
    return node ? { publicKey: node.publicKey, node } : undefined
  }
  const verdict = verdictFor(settlement, result, keys, individual)
  settlement.status = verdict.status
  settlement.statusReason = verdict.reason
  settlement.attempts = result.attempts
  settlement.verifiedAt = new Date(batch.lastBlock.timestamp)
  settlement.validSignatures = verdict.valid
  settlement.invalidSignatures = verdict.invalid
  if (settlement.kind === SettlementKind.BATCH) settlement.inferenceCount = verdict.inferences.length
  cache.save(Settlement, settlement)
  for (const inference of verdict.inferences) {
    cache.save(Inference, inference)
    if (settlement.kind === SettlementKind.BATCH && inference.teeNode) {
      inference.teeNode.inferenceCount += 1
      cache.save(TeeNode, inference.teeNode)
    }
  }
  const day = batch.daily(settlement.timestamp.getTime())
  day.inferencesVerified += verdict.verified
  day.inferencesFailed += verdict.failed
  if (verdict.status === VerificationStatus.MISSING || (verdict.status === VerificationStatus.INVALID && verdict.reason !== 'bad-signature')) {
    recordIssue(
      cache,
      { chain: 'og', blockNumber: settlement.blockNumber, timestampMs: batch.lastBlock.timestamp, txHash: settlement.txHash, logIndex: Number(settlement.id.split('-').pop()), address: settlement.relay },
      verdict.status === VerificationStatus.MISSING ? 'blob-missing' : 'blob-invalid',
      `${settlement.blobId}: ${verdict.reason}`,
    )
  }
}

import { Heartbeat, Pcr, TeeNode, Validator } from '../../model'
import { recordIssue, type IssueContext } from '../../util/issues'
import { logId } from '@og-explorer/common'
import type { OgBatch } from '../batch'
import type { RoutedLog } from '../routing'
import type { TeeEvent, TeeInfo } from './decode'
import { pcrId, TeeKeyMismatch } from './decode'
import { infoKey, type TeeBatchState } from './state'
import { applyHeartbeat, DEFAULT_HEARTBEAT_MAX_AGE, firstHeartbeatOfDay } from './uptime'

type Registered = Extract<TeeEvent, { type: 'registered' }>

export function issueAt({ log, block }: RoutedLog): IssueContext {
  return {
    chain: 'og',
    blockNumber: block.height,
    timestampMs: block.timestamp,
    txHash: log.transactionHash,
    logIndex: log.logIndex,
    address: log.address,
    topic0: log.topics[0],
  }
}

function readInfo(batch: OgBatch, state: TeeBatchState, r: RoutedLog, teeId: string): TeeInfo | undefined {
  const info = state.info.get(infoKey(r.log.address, teeId))
  if (info instanceof TeeKeyMismatch) recordIssue(batch.cache, issueAt(r), 'tee-key-mismatch', info.message)
  else if (info instanceof Error) recordIssue(batch.cache, issueAt(r), 'state-read-failed', `getTEE(${teeId}): ${info.message}`)
  return info instanceof Error ? undefined : info
}

function maxAgeOf(state: TeeBatchState, registry: string, node?: TeeNode): number {
  const read = state.maxAge.get(registry)
  return typeof read === 'number' ? read : (node?.heartbeatMaxAge ?? DEFAULT_HEARTBEAT_MAX_AGE)
}

/**
 * TEERegistered: owner and type come from the event, registeredAt from its block (the registry
 * stamps block.timestamp), the rest from getTEE. A failed read leaves those fields null (recorded
 * as an issue, and retried in later batches) but the node still exists for settlements; its
 * signatures are then judged key-unknown, never bad.
 */
export function applyRegistered(batch: OgBatch, state: TeeBatchState, r: RoutedLog, e: Registered): void {
  const info = readInfo(batch, state, r, e.teeId)
  const existing = batch.cache.get(TeeNode, e.teeId)
  const node = existing ?? new TeeNode({ id: e.teeId, heartbeatCount: 0, inferenceCount: 0, lastHeartbeatAt: null })
  Object.assign(node, {
    registry: r.log.address,
    owner: e.owner,
    teeType: e.teeType,
    paymentAddress: info?.paymentAddress ?? null,
    endpoint: info?.endpoint ?? null,
    publicKey: info?.publicKey ?? null,
    pcrHash: info?.pcrHash ?? null,
    enabled: true,
    // getTEE is read at the latest block, which may hold a later re-registration's time
    registeredAt: new Date(r.block.timestamp),
    registeredBlock: r.block.height,
    // a registration on another registry restarts the uptime window; heartbeatCount stays a lifetime total
    coveredSeconds: 0,
    uptime: 0,
    disabledSeconds: 0,
    disabledAt: null,
    disabledSinceHeartbeat: 0,
    heartbeatMaxAge: maxAgeOf(state, r.log.address, existing),
    validator: batch.cache.get(Validator, e.owner) ?? null,
  })
  batch.cache.save(TeeNode, node)
}

/**
 * The node a lifecycle or heartbeat log refers to. A node we never saw registered is built from
 * getTEE (registeredBlock is then the first block we saw it at); undefined when even that failed.
 */
export function nodeFor(batch: OgBatch, state: TeeBatchState, r: RoutedLog, teeId: string): TeeNode | undefined {
  const cached = batch.cache.get(TeeNode, teeId)
  if (cached) return cached
  const info = readInfo(batch, state, r, teeId)
  if (!info) {
    recordIssue(batch.cache, issueAt(r), 'unknown-tee', teeId)
    return undefined
  }
  const node = new TeeNode({
    id: teeId,
    registry: r.log.address,
    ...info,
    registeredAt: new Date(info.registeredAt * 1000),
    registeredBlock: r.block.height,
    lastHeartbeatAt: null,
    heartbeatCount: 0,
    coveredSeconds: 0,
    uptime: 0,
    disabledSeconds: 0,
    disabledAt: null,
    disabledSinceHeartbeat: 0,
    heartbeatMaxAge: maxAgeOf(state, r.log.address),
    validator: batch.cache.get(Validator, info.owner) ?? null,
    inferenceCount: 0,
  })
  batch.cache.save(TeeNode, node)
  return node
}

export function applyHeartbeatLog(batch: OgBatch, state: TeeBatchState, r: RoutedLog, node: TeeNode, reportedAt: bigint): void {
  const at = Math.floor(r.block.timestamp / 1000)
  const maxAge = maxAgeOf(state, r.log.address, node)
  const previousMs = node.lastHeartbeatAt?.getTime() ?? null
  const step = applyHeartbeat(
    {
      registeredAt: Math.floor(node.registeredAt.getTime() / 1000),
      lastHeartbeatAt: previousMs === null ? null : Math.floor(previousMs / 1000),
      coveredSeconds: node.coveredSeconds,
      disabledSinceHeartbeat: node.disabledSinceHeartbeat,
    },
    at,
    maxAge,
  )
  batch.cache.insert(
    Heartbeat,
    new Heartbeat({
      id: logId(r.log),
      tee: node,
      reportedAt: new Date(Number(reportedAt) * 1000),
      blockNumber: r.block.height,
      timestamp: new Date(r.block.timestamp),
      txHash: r.log.transactionHash,
      gapSeconds: step.gapSeconds,
      disabledSeconds: step.disabledSeconds,
    }),
  )
  batch.add(r.block.timestamp, { heartbeats: 1 })
  if (firstHeartbeatOfDay(previousMs, r.block.timestamp)) batch.daily(r.block.timestamp).activeTees += 1

  node.lastHeartbeatAt = new Date(r.block.timestamp)
  node.heartbeatCount += 1
  node.coveredSeconds = step.coveredSeconds
  node.disabledSinceHeartbeat = 0
  node.heartbeatMaxAge = maxAge
  batch.cache.save(TeeNode, node)
}

export function applyPcr(batch: OgBatch, r: RoutedLog, e: Extract<TeeEvent, { type: 'pcr-approved' | 'pcr-revoked' }>): void {
  const registry = r.log.address
  const when = { at: new Date(r.block.timestamp), block: r.block.height }
  if (e.type === 'pcr-approved') {
    const id = pcrId(registry, e.pcrHash, e.teeType)
    const pcr = batch.cache.get(Pcr, id) ?? new Pcr({ id, registry, pcrHash: e.pcrHash, teeType: e.teeType })
    // re-approving a revoked measurement is allowed on chain and starts a fresh approval
    Object.assign(pcr, { version: e.version, active: true, approvedAt: when.at, approvedBlock: when.block, revokedAt: null, revokedBlock: null })
    batch.cache.save(Pcr, pcr)
    return
  }
  const targets = batch.cache.values(Pcr).filter((p) => p.registry === registry && p.pcrHash === e.pcrHash && (e.teeType === null || p.teeType === e.teeType))
  if (targets.length === 0) recordIssue(batch.cache, issueAt(r), 'unknown-pcr', `revoked ${e.pcrHash} was never seen approved`)
  for (const pcr of targets) {
    if (!pcr.active) continue
    Object.assign(pcr, { active: false, revokedAt: when.at, revokedBlock: when.block })
    batch.cache.save(Pcr, pcr)
  }
}

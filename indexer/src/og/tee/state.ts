import { Pcr, TeeNode, Validator } from '../../model'
import type { EntityCache } from '../../store/entity-cache'
import { recordIssue } from '../../util/issues'
import type { CallRequest } from '../../rpc/state-reader'
import type { OgBatch } from '../batch'
import type { RoutedLog } from '../routing'
import {
  checkTeeKey,
  decodeHeartbeatMaxAge,
  decodeTeeInfo,
  decodeTeeLog,
  getTeeCall,
  heartbeatMaxAgeCall,
  pcrId,
  teeIdOf,
  type TeeEvent,
  type TeeInfo,
} from './decode'

/** What one batch of registry logs needs from memory and from chain state, loaded up front. */
export interface TeeBatchState {
  events: Map<RoutedLog, TeeEvent | undefined>
  /** getTEE results by `${registry}-${teeId}`, read at the latest block and checked against the id */
  info: Map<string, TeeInfo | Error>
  /** heartbeatMaxAge by registry, read at the batch's last block */
  maxAge: Map<string, number | Error>
}

export const infoKey = (registry: string, teeId: string) => `${registry}-${teeId}`

/** Loads the TEE nodes with these ids into the batch cache; settlement handlers call it in `prepare`. */
export async function prefetchTeeNodes(batch: OgBatch, teeIds: Iterable<string>): Promise<void> {
  await batch.cache.prefetch(
    TeeNode,
    [...teeIds].map((id) => id.toLowerCase()),
  )
}

/** Points the cached nodes of this owner at a validator; the staking handler calls it on creation. */
export function linkTeeNodesToValidator(cache: EntityCache, validator: Validator): void {
  for (const node of cache.values(TeeNode)) {
    if (node.owner !== validator.id || node.validator?.id === validator.id) continue
    node.validator = validator
    cache.save(TeeNode, node)
  }
}

function safeDecode(routed: RoutedLog): TeeEvent | undefined {
  try {
    return decodeTeeLog(routed.log)
  } catch {
    return undefined // handle() decodes again and records the failure against the log
  }
}

/** Decodes the batch's registry logs, prefetches every row they touch and batches the eth_calls. */
export async function loadTeeBatch(batch: OgBatch, logs: RoutedLog[]): Promise<TeeBatchState> {
  const events = new Map(logs.map((r) => [r, safeDecode(r)] as const))
  const teeIds = new Set<string>()
  const pcrIds = new Set<string>()
  const owners = new Set<string>()
  const registries = new Set<string>()
  for (const [{ log }, event] of events) {
    if (!event) continue
    const teeId = teeIdOf(event)
    if (teeId) {
      teeIds.add(teeId)
      registries.add(log.address) // heartbeatMaxAge is needed only where nodes are touched
    }
    if (event.type === 'registered') owners.add(event.owner)
    if (event.type !== 'pcr-approved' && event.type !== 'pcr-revoked') continue
    if (event.teeType !== null) pcrIds.add(pcrId(log.address, event.pcrHash, event.teeType))
    else {
      // the legacy revoke names no type: every approval of that hash on that registry is affected
      // (rare, so a lookup by hash followed by the usual prefetch is cheap enough)
      const rows = await batch.ctx.store.findBy(Pcr, { registry: log.address, pcrHash: event.pcrHash })
      for (const row of rows) pcrIds.add(row.id)
    }
  }
  await batch.cache.prefetch(TeeNode, teeIds)
  await batch.cache.prefetch(Pcr, pcrIds)
  await batch.cache.prefetch(Validator, owners)

  // getTEE for every registration, and for nodes first seen through another event (registered
  // before the indexed range or on a registry added later), so that they can still be created.
  // Read at the latest block: a node that keeps no old state (most do not) answers it, and the key
  // cannot have changed since, its hash being the id (checked in teeInfoOf).
  const planned = new Map<string, CallRequest>()
  const plannedIds: string[] = []
  const registeredHere = new Set<string>()
  for (const [{ log }, event] of events) {
    const teeId = teeIdOf(event)
    if (!event || !teeId) continue
    const key = infoKey(log.address, teeId)
    const unknown = !batch.cache.get(TeeNode, teeId) && !registeredHere.has(teeId)
    if ((event.type === 'registered' || unknown) && !planned.has(key)) {
      planned.set(key, { to: log.address, data: getTeeCall(teeId), block: 'latest' })
      plannedIds.push(teeId)
    }
    if (event.type === 'registered') registeredHere.add(teeId)
  }
  const maxAgeCalls = [...registries].map((to) => ({ to, data: heartbeatMaxAgeCall(), block: batch.lastBlock.height }))
  const calls = [...planned.values(), ...maxAgeCalls]
  const results = calls.length > 0 ? await batch.reader.callMany(calls) : []

  const info = new Map<string, TeeInfo | Error>()
  ;[...planned.keys()].forEach((key, i) => info.set(key, teeInfoOf(plannedIds[i], results[i])))
  const maxAge = new Map<string, number | Error>()
  maxAgeCalls.forEach((call, i) => {
    const read = decodeOr(results[planned.size + i], decodeHeartbeatMaxAge)
    maxAge.set(call.to, read)
    // heartbeats then use the node's last known value (the contract default at first)
    if (read instanceof Error)
      recordIssue(
        batch.cache,
        { chain: 'og', blockNumber: call.block, timestampMs: batch.lastBlock.timestamp, address: call.to },
        'state-read-failed',
        `heartbeatMaxAge(${call.to}): ${read.message}`,
      )
  })
  return { events, info, maxAge }
}

/** A getTEE answer decoded and checked against the id it was asked for. */
export function teeInfoOf(teeId: string, result: string | Error): TeeInfo | Error {
  return decodeOr(result, (hex) => checkTeeKey(teeId, decodeTeeInfo(hex)))
}

function decodeOr<T>(result: string | Error, decode: (hex: string) => T): T | Error {
  if (result instanceof Error) return result
  try {
    return decode(result)
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error))
  }
}

import type { NetworkProfile } from '../../config/profile'
import { TeeNode, Validator } from '../../model'
import type { OgBatch, OgHandler } from '../batch'
import type { RoutedLog } from '../routing'
import { applyHeartbeatLog, applyPcr, applyRegistered, nodeFor } from './apply'
import { decodeTeeLog } from './decode'
import { KeyRetrySchedule, retryMissingKeys } from './key-retry'
import { loadTeeBatch, type TeeBatchState } from './state'
import { applyEnabledChange, refreshUptime } from './lifecycle'

export { linkTeeNodesToValidator, prefetchTeeNodes } from './state'

/**
 * TEE registries: nodes, PCR approvals, heartbeats and uptime. Runs first among the OG handlers so
 * that settlements of the same batch find the nodes they name in the cache.
 */
export function teeRegistryHandler(_profile: NetworkProfile): OgHandler {
  let state: TeeBatchState = { events: new Map(), info: new Map(), maxAge: new Map() }
  const keyRetries = new KeyRetrySchedule()
  return {
    name: 'tee-registry',
    kinds: ['tee-registry'],
    async prepare(batch: OgBatch, logs: RoutedLog[]) {
      state = await loadTeeBatch(batch, logs)
      // a key this batch failed to read waits its turn rather than being asked again in finish
      for (const [key, info] of state.info) if (info instanceof Error) keyRetries.failed(key.slice(key.lastIndexOf('-') + 1), batch.lastBlock.height)
    },
    handle(batch: OgBatch, r: RoutedLog) {
      // decoded again when prepare could not: the error then reaches main.ts as an undecodable log
      const event = state.events.get(r) ?? decodeTeeLog(r.log)
      if (!event) return
      switch (event.type) {
        case 'registered':
          return applyRegistered(batch, state, r, event)
        case 'pcr-approved':
        case 'pcr-revoked':
          return applyPcr(batch, r, event)
      }
      const node = nodeFor(batch, state, r, event.teeId)
      if (!node) return
      if (event.type === 'heartbeat') return applyHeartbeatLog(batch, state, r, node, event.reportedAt)
      // a disabled node is not expected to heartbeat: its disabled time is kept out of its uptime
      applyEnabledChange(node, event.type === 'enabled', Math.floor(r.block.timestamp / 1000))
      batch.cache.save(TeeNode, node)
    },
    async finish(batch: OgBatch) {
      await refreshNodes(batch)
      await retryMissingKeys(batch, keyRetries)
    },
  }
}

/**
 * Every node, every batch: uptime decays for enabled nodes that stopped heartbeating (a disabled one
 * keeps its figure), and the validator link is derived from the owner, so it appears in whichever
 * order the node and the validator were created. Setting the relation on every saved node also keeps the batch's upsert from writing NULL
 * into validator for rows loaded without their relations.
 */
async function refreshNodes(batch: OgBatch): Promise<void> {
  await batch.cache.prefetchAll(TeeNode)
  await batch.cache.prefetchAll(Validator)
  const now = Math.floor(batch.lastBlock.timestamp / 1000)
  for (const node of batch.cache.values(TeeNode)) {
    refreshUptime(node, now)
    node.validator = batch.cache.get(Validator, node.owner) ?? null
    batch.cache.save(TeeNode, node)
  }
}

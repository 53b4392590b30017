import type { TeeNodeRow } from './query'

export type Liveness = 'live' | 'stale' | 'disabled'

/**
 * A node is live when enabled and its last heartbeat is within the registry's heartbeatMaxAge of
 * the newest heartbeat indexed (the index's own "now", so a devnet history in the past reads right).
 */
export function livenessOf(node: Pick<TeeNodeRow, 'enabled' | 'lastHeartbeatAt' | 'heartbeatMaxAge'>, referenceMs: number | null): Liveness {
  if (!node.enabled) return 'disabled'
  if (!node.lastHeartbeatAt || referenceMs === null) return 'stale'
  return referenceMs - Date.parse(node.lastHeartbeatAt) <= node.heartbeatMaxAge * 1000 ? 'live' : 'stale'
}

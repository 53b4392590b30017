/** TEE nodes: the registry list, one node with its heartbeats, PCRs, payments and inferences. */

const NODE_FIELDS = 'id registry owner teeType paymentAddress endpoint pcrHash enabled registeredAt registeredBlock lastHeartbeatAt heartbeatCount coveredSeconds uptime heartbeatMaxAge inferenceCount validator { id moniker }'

export const TEE_NODES_QUERY = /* GraphQL */ `
query TeeNodes($where: TeeNodeWhereInput, $orderBy: [TeeNodeOrderByInput!]!, $first: Int!, $after: String) {
  teeNodesConnection(where: $where, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage }
    edges { node { ${NODE_FIELDS} } }
  }
  latestHeartbeat: heartbeats(orderBy: [timestamp_DESC], limit: 1) { timestamp }
}`

export interface TeeNodeRow {
  id: string
  registry: string
  owner: string
  teeType: number
  paymentAddress: string | null
  endpoint: string | null
  pcrHash: string | null
  enabled: boolean
  registeredAt: string
  registeredBlock: number
  lastHeartbeatAt: string | null
  heartbeatCount: number
  coveredSeconds: number
  uptime: number
  heartbeatMaxAge: number
  inferenceCount: number
  validator: { id: string; moniker: string | null } | null
}

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

export const TEE_NODE_QUERY = /* GraphQL */ `
query TeeNode($id: String!) {
  teeNodeById(id: $id) { ${NODE_FIELDS} publicKey }
  heartbeats(where: { tee: { id_eq: $id } }, orderBy: [timestamp_ASC], limit: 1000) { id timestamp reportedAt gapSeconds blockNumber txHash }
  latestHeartbeat: heartbeats(orderBy: [timestamp_DESC], limit: 1) { timestamp }
}`

export interface HeartbeatRow {
  id: string
  timestamp: string
  reportedAt: string
  gapSeconds: number | null
  blockNumber: number
  txHash: string
}

export interface TeeNodeWire {
  teeNodeById: (TeeNodeRow & { publicKey: string | null }) | null
  heartbeats: HeartbeatRow[]
  latestHeartbeat: Array<{ timestamp: string }>
}

export interface HeartbeatPoint {
  t: number
  /** hours since the previous heartbeat */
  gapHours: number | null
  /** the gap was longer than the registry's heartbeatMaxAge: the node counted as down for the excess */
  late: boolean
}

export function mapHeartbeats(rows: HeartbeatRow[], maxAgeSeconds: number): HeartbeatPoint[] {
  return rows.map((h) => ({ t: Date.parse(h.timestamp), gapHours: h.gapSeconds == null ? null : h.gapSeconds / 3600, late: h.gapSeconds != null && h.gapSeconds > maxAgeSeconds }))
}

export const PCRS_QUERY = /* GraphQL */ `
query Pcrs($registry: String!) {
  pcrs(where: { registry_eq: $registry }, orderBy: [approvedAt_ASC], limit: 100) {
    id registry pcrHash teeType version active approvedAt approvedBlock revokedAt revokedBlock
  }
}`

export interface PcrRow {
  id: string
  registry: string
  pcrHash: string
  teeType: number | null
  version: string | null
  active: boolean
  approvedAt: string
  approvedBlock: number
  revokedAt: string | null
  revokedBlock: number | null
}

export interface PcrsWire {
  pcrs: PcrRow[]
}

export const PCR_QUERY = /* GraphQL */ `
query Pcr($pcrHash: String!) {
  pcrs(where: { pcrHash_eq: $pcrHash }, orderBy: [approvedAt_ASC], limit: 100) {
    id registry pcrHash teeType version active approvedAt approvedBlock revokedAt revokedBlock
  }
  teeNodes(where: { pcrHash_eq: $pcrHash }, orderBy: [registeredAt_ASC], limit: 100) { ${NODE_FIELDS} }
  latestHeartbeat: heartbeats(orderBy: [timestamp_DESC], limit: 1) { timestamp }
}`

export interface PcrWire {
  pcrs: PcrRow[]
  teeNodes: TeeNodeRow[]
  latestHeartbeat: Array<{ timestamp: string }>
}

export const PAYEE_QUERY = /* GraphQL */ `
query TeePayee($id: String!) {
  accountById(id: $id) { id receivedTotal paymentsReceived }
}`

export interface PayeeWire {
  accountById: { id: string; receivedTotal: string; paymentsReceived: number } | null
}

/** TEE nodes: the registry list, one node with its heartbeats, PCRs, payments and inferences. */
import type { NodeOf } from '../../api/connection'
import { typed } from '../../api/document'
import type {
  PcrQuery,
  PcrQueryVariables,
  PcrsQuery,
  PcrsQueryVariables,
  TeeNodeFieldsFragment,
  TeeNodeQuery,
  TeeNodeQueryVariables,
  TeeNodesQuery,
  TeeNodesQueryVariables,
  TeePayeeQuery,
  TeePayeeQueryVariables,
} from '../../generated/graphql'

/** The columns of a node every TEE view shows; sent with each document that spreads it. */
const TEE_NODE_FIELDS = /* GraphQL */ `
fragment TeeNodeFields on TeeNode {
  id registry owner teeType paymentAddress endpoint pcrHash enabled registeredAt registeredBlock lastHeartbeatAt
  heartbeatCount coveredSeconds uptime heartbeatMaxAge inferenceCount validator { id moniker }
}`

export type TeeNodeRow = TeeNodeFieldsFragment

export const TEE_NODES_QUERY = typed<TeeNodesQuery, TeeNodesQueryVariables>(/* GraphQL */ `
query TeeNodes($where: TeeNodeWhereInput, $orderBy: [TeeNodeOrderByInput!]!, $first: Int!, $after: String) {
  teeNodesConnection(where: $where, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage }
    edges { node { ...TeeNodeFields } }
  }
  latestHeartbeat: heartbeats(orderBy: [timestamp_DESC], limit: 1) { timestamp }
}
${TEE_NODE_FIELDS}`)

export type TeeNodesRow = NodeOf<TeeNodesQuery['teeNodesConnection']>

export const TEE_NODE_QUERY = typed<TeeNodeQuery, TeeNodeQueryVariables>(/* GraphQL */ `
query TeeNode($id: String!) {
  teeNodeById(id: $id) { ...TeeNodeFields publicKey disabledSeconds disabledAt }
  heartbeats(where: { tee: { id_eq: $id } }, orderBy: [timestamp_ASC], limit: 1000) { id timestamp reportedAt gapSeconds disabledSeconds blockNumber txHash }
  latestHeartbeat: heartbeats(orderBy: [timestamp_DESC], limit: 1) { timestamp }
}
${TEE_NODE_FIELDS}`)

export type HeartbeatRow = TeeNodeQuery['heartbeats'][number]

export const PCRS_QUERY = typed<PcrsQuery, PcrsQueryVariables>(/* GraphQL */ `
query Pcrs($registry: String!) {
  pcrs(where: { registry_eq: $registry }, orderBy: [approvedAt_ASC], limit: 100) {
    id registry pcrHash teeType version active approvedAt approvedBlock revokedAt revokedBlock
  }
}`)

export type PcrRow = PcrsQuery['pcrs'][number]

export const PCR_QUERY = typed<PcrQuery, PcrQueryVariables>(/* GraphQL */ `
query Pcr($pcrHash: String!) {
  pcrs(where: { pcrHash_eq: $pcrHash }, orderBy: [approvedAt_ASC], limit: 100) {
    id registry pcrHash teeType version active approvedAt approvedBlock revokedAt revokedBlock
  }
  teeNodes(where: { pcrHash_eq: $pcrHash }, orderBy: [registeredAt_ASC], limit: 100) { ...TeeNodeFields }
  latestHeartbeat: heartbeats(orderBy: [timestamp_DESC], limit: 1) { timestamp }
}
${TEE_NODE_FIELDS}`)

export const PAYEE_QUERY = typed<TeePayeeQuery, TeePayeeQueryVariables>(/* GraphQL */ `
query TeePayee($id: String!) {
  accountById(id: $id) { id receivedTotal paymentsReceived }
}`)

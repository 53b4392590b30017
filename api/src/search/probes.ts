import type { Chain } from '@og-explorer/common'
import type { SearchShape } from './classify'
import type { SearchHitKind } from './routes'

/**
 * One lookup: a SELECT of (id, label) from one table where the query equals an indexed column.
 * `$1` is the query (for text, its ILIKE pattern). Labels are built in SQL from stored columns.
 * Prefix probes take `$1` ≤ column < `$2` (a range an ordinary btree index answers whatever the collation,
 * unlike LIKE 'x%') and `$3`, a LIKE pattern the column must end with ('%' when the query gave no tail).
 */
export interface Probe {
  kind: SearchHitKind
  /** the chain a tx-hash match lives on, for the TRANSACTION hit */
  chain?: Chain
  sql: string
}

const eq = (kind: SearchHitKind, table: string, column: string, label: string, chain?: Chain, id = 'id'): Probe => ({
  kind,
  chain,
  sql: `SELECT ${id} AS id, ${label} AS label FROM ${table} WHERE ${column} = $1`,
})

/** ids that start with the prefix and end with the tail or event suffix a shortened id shows */
const startsWith = (kind: SearchHitKind, table: string, column: string, label: string, where = ''): Probe => ({
  kind,
  sql: `SELECT id, ${label} AS label FROM ${table} WHERE ${column} >= $1 AND ${column} < $2 AND ${column} LIKE $3${where}`,
})

const settlementLabel = `lower(kind) || ' settlement, OG block ' || block_number || ', ' || lower(status)`
const inferenceLabel = `lower(mode) || ' inference, ' || lower(status) || ', OG block ' || block_number`

export const PROBES: Record<SearchShape, Probe[]> = {
  hash: [
    eq('SETTLEMENT', 'settlement', 'tx_hash', settlementLabel, 'og'),
    eq('BATCH', 'settlement', 'merkle_root', `'Merkle root of a batch of ' || coalesce(batch_size, 0) || ' inferences, ' || lower(status)`),
    eq('INFERENCE', 'inference', 'input_hash', `'input hash of a ' || ${inferenceLabel}`),
    eq('INFERENCE', 'inference', 'output_hash', `'output hash of a ' || ${inferenceLabel}`),
    eq('TEE_NODE', 'tee_node', 'id', `'TEE node ' || coalesce(endpoint, '') || CASE WHEN enabled THEN ' (enabled)' ELSE ' (disabled)' END`),
    eq('PCR', 'pcr', 'pcr_hash', `'enclave measurement' || coalesce(' ' || version, '') || CASE WHEN active THEN ' (active)' ELSE ' (revoked)' END`),
    eq('PAYMENT', 'payment', 'tx_hash', `'x402 ' || lower(scheme) || ' payment, Base block ' || block_number`, 'base'),
    eq('TRANSFER', 'transfer', 'tx_hash', `'OPG transfer, Base block ' || block_number`, 'base'),
    eq('SWAP', 'swap', 'tx_hash', `'OPG/USDC swap, Base block ' || block_number`, 'base'),
    eq('STAKING_EVENT', 'staking_event', 'tx_hash', `lower(kind) || ', OG block ' || block_number`, 'og'),
    eq('HEARTBEAT', 'heartbeat', 'tx_hash', `'TEE heartbeat, OG block ' || block_number`, 'og'),
  ],
  address: [
    eq('ACCOUNT', 'account', 'id', `coalesce(label, 'OPG account') || ', ' || payments_made || ' payments made'`),
    eq('VALIDATOR', 'validator', 'id', `'validator ' || coalesce(moniker, id) || CASE WHEN jailed THEN ' (jailed)' ELSE '' END`),
    eq('TEE_NODE', 'tee_node', 'owner', `'TEE node owned by this address'`),
    eq('TEE_NODE', 'tee_node', 'payment_address', `'TEE node paid at this address'`),
    {
      kind: 'DELEGATOR',
      sql: `SELECT delegator AS id, 'delegator to ' || count(*) || ' validators' AS label FROM delegation WHERE delegator = $1 GROUP BY delegator`,
    },
  ],
  eventId: [
    eq('SETTLEMENT', 'settlement', 'id', settlementLabel),
    eq('INFERENCE', 'inference', 'id', inferenceLabel),
    eq('PAYMENT', 'payment', 'id', `'x402 ' || lower(scheme) || ' payment'`),
    eq('TRANSFER', 'transfer', 'id', `'OPG transfer'`),
    eq('SWAP', 'swap', 'id', `'OPG/USDC swap'`),
    eq('STAKING_EVENT', 'staking_event', 'id', `lower(kind)`),
    eq('HEARTBEAT', 'heartbeat', 'id', `'TEE heartbeat'`),
    eq('UNLOCK', 'unlock', 'id', `allocation || ' unlock'`),
  ],
  // block numbers are answered from the indexed heads, without a table lookup
  blockNumber: [],
  prefix: [
    startsWith('SETTLEMENT', 'settlement', 'id', settlementLabel),
    // an inference only when the query names its leaf (…-6-2): a batch's inferences would crowd out everything else
    startsWith('INFERENCE', 'inference', 'id', inferenceLabel, ` AND $3 ~ '-[0-9]+-[0-9]+$'`),
    startsWith('BATCH', 'settlement', 'merkle_root', `'Merkle root of a batch of ' || coalesce(batch_size, 0) || ' inferences, ' || lower(status)`),
    startsWith('PAYMENT', 'payment', 'id', `'x402 ' || lower(scheme) || ' payment, Base block ' || block_number`),
    startsWith('TRANSFER', 'transfer', 'id', `'OPG transfer, Base block ' || block_number`),
    startsWith('SWAP', 'swap', 'id', `'OPG/USDC swap, Base block ' || block_number`),
    startsWith('STAKING_EVENT', 'staking_event', 'id', `lower(kind) || ', OG block ' || block_number`),
    startsWith('TEE_NODE', 'tee_node', 'id', `'TEE node ' || coalesce(endpoint, '')`),
    startsWith('PCR', 'pcr', 'pcr_hash', `'enclave measurement' || coalesce(' ' || version, '')`),
    startsWith('ACCOUNT', 'account', 'id', `coalesce(label, 'OPG account') || ', ' || payments_made || ' payments made'`),
    startsWith('VALIDATOR', 'validator', 'id', `'validator ' || coalesce(moniker, id)`),
  ],
  blobId: [eq('BLOB', 'settlement', 'blob_id', `'Walrus blob of a ' || ${settlementLabel}`)],
  text: [
    { kind: 'VALIDATOR', sql: `SELECT id, 'validator ' || moniker AS label FROM validator WHERE moniker ILIKE $1 ESCAPE '\\'` },
    { kind: 'ACCOUNT', sql: `SELECT id, label FROM account WHERE label ILIKE $1 ESCAPE '\\'` },
  ],
}

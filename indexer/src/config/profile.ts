/** Where each chain's contracts are and how to reach the chain; one per network (devnet, mainnet). */
export interface ContractRef {
  address: string
  /** first block to scan */
  from: number
}

export interface ChainEndpoint {
  chainId: number
  rpcUrl: string
  /** optional SQD Network gateway for fast historical backfill */
  gatewayUrl?: string
  /** SQD Network API key sent with every gateway request (SQD_API_KEY) */
  gatewayApiKey?: string
  /** blocks behind the head treated as final; hot blocks (rollback-able) above that */
  finalityConfirmations: number
  /** per JSON-RPC request before it is abandoned and retried (RPC_TIMEOUT_MS); unset: DEFAULT_RPC_TIMEOUT_MS */
  rpcTimeoutMs?: number
  /** RPC requests per second, when the endpoint is rate limited */
  rateLimit?: number
  /** blocks per handler batch (one database transaction) while backfilling over RPC */
  backfillBatchBlocks: number
  /** a start this many blocks behind the head drops secondary indexes and builds them at the head; 0: never */
  deferIndexesFromBlocks: number
}

export interface OgContracts {
  /** current-generation relays: BatchSettlement(bytes32,uint256,bytes), IndividualSettlement */
  settlementRelays: ContractRef[]
  /** v0 relays: Settlement, BatchSettlement(bytes32,uint256), SettlementWithMetadata */
  legacyRelays: ContractRef[]
  teeRegistries: ContractRef[]
  stakingPrecompile: ContractRef
  distributionPrecompile: ContractRef
  slashingPrecompile: ContractRef
  inferencePrecompile: ContractRef
  inferenceHubs: ContractRef[]
}

export interface AllocationSource {
  address: string
  from: number
  /** allocation id from common/src/tokenomics.ts */
  allocation: string
  kind: 'vesting' | 'distributor'
}

export interface LabelledAddress {
  address: string
  label: string
  category: string
  circulating: boolean
  allocation?: string
}

export interface BaseContracts {
  opg: ContractRef
  x402ExactProxy: ContractRef
  x402UptoProxy: ContractRef
  /** vesting contracts and distributors: transfers out of them are unlocks */
  allocationSources: AllocationSource[]
  pool?: ContractRef & { opgIsToken0: boolean; usdcDecimals: number }
}

export interface NetworkProfile {
  name: string
  og: ChainEndpoint & { contracts: OgContracts }
  base: ChainEndpoint & { contracts: BaseContracts }
  /** Walrus aggregator, GET <url>/v1/blobs/<blobId> */
  blobStoreUrl: string
  /**
   * How long a settlement's blob is stored, in days from the settlement: a blob gone after that is
   * EXPIRED, not MISSING (see og/verification/expiry.ts). Unset: every gone blob is missing.
   */
  blobRetentionDays?: number
  /** the longest wait between two tries of a blob (BLOB_RETRY_MAX_DELAY_MS); unset: the fetcher's default */
  blobRetryMaxDelayMs?: number
  /** known addresses; non-circulating ones are subtracted from total supply */
  labels: LabelledAddress[]
}

export const lower = (a: string) => a.toLowerCase()

/** Every address a processor trusts, lowercased; logs from anything else are ignored. */
export function trustedOgAddresses(c: OgContracts): Set<string> {
  return new Set(
    [
      ...c.settlementRelays,
      ...c.legacyRelays,
      ...c.teeRegistries,
      c.stakingPrecompile,
      c.distributionPrecompile,
      c.slashingPrecompile,
      c.inferencePrecompile,
      ...c.inferenceHubs,
    ].map((r) => lower(r.address)),
  )
}

export function minFrom(refs: (ContractRef | undefined)[]): number {
  return Math.min(...refs.filter((r): r is ContractRef => !!r).map((r) => r.from))
}

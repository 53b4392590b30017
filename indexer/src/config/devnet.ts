import fs from 'node:fs'
import { FIXED_ADDRESSES } from '@og-explorer/common'
import type { NetworkProfile } from './profile'

/** devnet blocks are small: a big batch amortises each transaction's fixed cost (see rpc/backfill-batch) */
const BACKFILL_BATCH_BLOCKS = 200

/** a devnet of a few thousand blocks is already worth building its indexes once at the end (store/deferred-indexes) */
const DEFER_INDEXES_FROM_BLOCKS = 1_000

/** The devnet profile is read from the file `npm run devnet` writes: every address with its deploy block. */
export function devnetProfile(deploymentsFile: string): NetworkProfile {
  if (!fs.existsSync(deploymentsFile)) {
    throw new Error(`devnet profile: no deployments file at ${deploymentsFile}; start the devnet first ("npm run devnet")`)
  }
  const d = JSON.parse(fs.readFileSync(deploymentsFile, 'utf8'))
  const og = d.chains?.og?.contracts
  const base = d.chains?.base?.contracts
  if (!og || !base) throw new Error(`devnet profile: ${deploymentsFile} has no chains.og/chains.base contracts`)
  const ref = (c: any, name: string) => {
    if (!c) throw new Error(`devnet profile: ${deploymentsFile} lacks contract ${name}`)
    return { address: String(c.address).toLowerCase(), from: Number(c.block) }
  }
  const byKind = (contracts: Record<string, any>, kind: string) =>
    Object.entries(contracts)
      .filter(([, c]) => c.kind === kind)
      .map(([name, c]) => ref(c, name))
  const labels = (d.labels ?? []).map((l: any) => ({ ...l, address: String(l.address).toLowerCase() }))
  return {
    name: 'devnet',
    blobStoreUrl: d.blobStoreUrl,
    // The devnet's blob store keeps every blob unless a test gives it a storage period (then it
    // answers 503 BLOB_UNAVAILABLE), and its history can reach back further than mainnet's 140 days
    // with its ground truth calling an injected 404 missing; so here no 404 is ever expiry.
    blobRetentionDays: 10 * 365,
    labels,
    og: {
      chainId: d.chains.og.chainId,
      rpcUrl: d.chains.og.rpcUrl,
      // set only for a synthetic OG dataset, which has no chain behind it: its history comes from the gateway
      ...(d.chains.og.gatewayUrl ? { gatewayUrl: d.chains.og.gatewayUrl } : {}),
      finalityConfirmations: 5,
      backfillBatchBlocks: BACKFILL_BATCH_BLOCKS,
      deferIndexesFromBlocks: DEFER_INDEXES_FROM_BLOCKS,
      contracts: {
        settlementRelays: byKind(og, 'settlement-relay'),
        legacyRelays: byKind(og, 'legacy-settlement-relay'),
        teeRegistries: byKind(og, 'tee-registry'),
        stakingPrecompile: ref(og.StakingPrecompile, 'StakingPrecompile'),
        distributionPrecompile: ref(og.DistributionPrecompile, 'DistributionPrecompile'),
        slashingPrecompile: ref(og.SlashingPrecompile, 'SlashingPrecompile'),
        inferencePrecompile: ref(og.InferencePrecompile, 'InferencePrecompile'),
        inferenceHubs: byKind(og, 'inference-hub'),
      },
    },
    base: {
      chainId: d.chains.base.chainId,
      rpcUrl: d.chains.base.rpcUrl,
      // the devnet's SQD gateway stand-in: Base backfills through it, as on mainnet with a key
      gatewayUrl: d.chains.base.gatewayUrl,
      finalityConfirmations: 5,
      backfillBatchBlocks: BACKFILL_BATCH_BLOCKS,
      deferIndexesFromBlocks: DEFER_INDEXES_FROM_BLOCKS,
      contracts: {
        opg: ref(base.OPG, 'OPG'),
        x402ExactProxy: { address: FIXED_ADDRESSES.x402ExactProxy, from: ref(base.X402ExactPermit2Proxy, 'X402ExactPermit2Proxy').from },
        x402UptoProxy: { address: FIXED_ADDRESSES.x402UptoProxy, from: ref(base.X402UptoPermit2Proxy, 'X402UptoPermit2Proxy').from },
        allocationSources: labels
          .filter((l: any) => (l.category === 'vesting' || l.category === 'distributor') && l.allocation)
          .map((l: any) => ({ address: l.address, from: 0, allocation: l.allocation, kind: l.category === 'vesting' ? 'vesting' : 'distributor' })),
        pool: base.OPG_USDC_Pool ? { ...ref(base.OPG_USDC_Pool, 'OPG_USDC_Pool'), opgIsToken0: !!d.pool?.opgIsToken0, usdcDecimals: 6 } : undefined,
      },
    },
  }
}

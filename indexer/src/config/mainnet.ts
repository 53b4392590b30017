import { FIXED_ADDRESSES } from '@og-explorer/common'
import type { NetworkProfile } from './profile'
import { SQD_BASE_MAINNET_GATEWAY } from '../ingest/gateway-check'

/** a Base block carries hundreds of transactions, all fetched over RPC: keep a backfill batch modest */
const BACKFILL_BATCH_BLOCKS = 50

/** about two days of Base blocks: shorter catch-ups keep their indexes (store/deferred-indexes) */
const DEFER_INDEXES_FROM_BLOCKS = 100_000

/**
 * OpenGradient as deployed, from docs/sources.md (section noted). Start blocks are
 * conservative (0 where the deploy block is not public): the processor then scans from genesis,
 * which is correct but slower; set them precisely once known. Endpoints come from the environment.
 */
export function mainnetProfile(env: {
  ogRpcUrl: string
  baseRpcUrl: string
  baseGatewayUrl?: string
  sqdApiKey?: string
  blobStoreUrl?: string
}): NetworkProfile {
  const at = (address: string, from = 0) => ({ address: address.toLowerCase(), from })
  return {
    name: 'mainnet',
    blobStoreUrl: env.blobStoreUrl ?? 'https://aggregator.suicore.com',
    // the facilitator uploads batch dumps with epochs=10, and a Walrus mainnet epoch is 14 days
    blobRetentionDays: 10 * 14,
    labels: [
      { address: FIXED_ADDRESSES.permit2, label: 'Permit2', category: 'contract', circulating: true },
      { address: FIXED_ADDRESSES.x402ExactProxy, label: 'x402 exact Permit2 proxy', category: 'x402-proxy', circulating: true },
      { address: FIXED_ADDRESSES.x402UptoProxy, label: 'x402 upto Permit2 proxy', category: 'x402-proxy', circulating: true },
      { address: FIXED_ADDRESSES.defaultPayTo, label: 'OpenGradient default x402 payTo', category: 'x402-payee', circulating: true },
      // §12, third-party: the TGE airdrop and vesting-tranche distributors
      {
        address: '0x455ffbb015f956aa663b9c30432528c3a7bf9783',
        label: 'SablierMerkleInstant (TGE airdrop)',
        category: 'distributor',
        circulating: false,
        allocation: 'airdrop',
      },
      {
        address: '0x28dc829e5eda7c3899557416b8fc97e6873a55aa',
        label: 'TokenTable MerkleDistributor (vesting tranches)',
        category: 'distributor',
        circulating: false,
        allocation: 'ecosystem',
      },
      // §7, third-party and unverified: LayerZero OFT adapter locking OPG on Base
      { address: '0xacd4d6f4ea54045e4ca21e23ae423700d95aeaa2', label: 'OPG OFT adapter (bridge)', category: 'bridge', circulating: false },
    ],
    og: {
      // §1: devnet/testnet 10740 today; mainnet 1486 is planned
      chainId: 10740,
      rpcUrl: env.ogRpcUrl,
      finalityConfirmations: 10,
      backfillBatchBlocks: BACKFILL_BATCH_BLOCKS,
      deferIndexesFromBlocks: DEFER_INDEXES_FROM_BLOCKS,
      contracts: {
        // §4.3: v1 and v2 of the current relay generation
        settlementRelays: [at('0xAa3bB22c5Ef24fe3837134A25A4D801308E2516d'), at('0xf1dc0d5Dcf2A01924faC78185B9227CF3EC839A5')],
        legacyRelays: [at('0x9Ce828377ed2F94093eB9D6d606Fa8f47fA89A3d'), at('0xDa8B168054F7eaaa71C2016829f0ED1161F947Ef')],
        // §3.1: both registries; the older one may emit the 1-argument PCRRevoked
        teeRegistries: [at('0x4e72238852f3c918f4E4e57AeC9280dDB0c80248'), at('0x703cB174AEadB35D611858369B4b1111dC9Abda6')],
        stakingPrecompile: at(FIXED_ADDRESSES.stakingPrecompile),
        distributionPrecompile: at(FIXED_ADDRESSES.distributionPrecompile),
        slashingPrecompile: at(FIXED_ADDRESSES.slashingPrecompile),
        inferencePrecompile: at(FIXED_ADDRESSES.inferencePrecompile),
        inferenceHubs: [at('0x8383C9bD7462F12Eb996DD02F78234C0421A6FaE')],
      },
    },
    base: {
      chainId: 8453,
      rpcUrl: env.baseRpcUrl,
      // the public dataset needs a key: without one (and no other gateway) Base backfills over RPC
      gatewayUrl: env.baseGatewayUrl ?? (env.sqdApiKey ? SQD_BASE_MAINNET_GATEWAY : undefined),
      gatewayApiKey: env.sqdApiKey,
      // Chosen from what a deeper reorg costs: a full Base re-index from the OPG deploy block (a
      // quarter hour to hours through the SQD gateway, days over RPC), and on this profile it waits
      // for the operator's ALLOW_REINDEX=1. Base's L1-finalised block trails the tip by 15–20
      // minutes (450–600 blocks); below it only an Ethereum finality failure reorgs Base, above it
      // the sequencer still can (unsafe blocks dropped when their batch never lands). A wider
      // window costs little: Subsquid keeps undo rows for each hot block and handles hot blocks one
      // at a time, and OPG activity per block is small. So the window is the L1-finalised distance
      // plus room for late L1 finality or batch posting: 900 blocks (30 minutes).
      finalityConfirmations: 900,
      backfillBatchBlocks: BACKFILL_BATCH_BLOCKS,
      deferIndexesFromBlocks: DEFER_INDEXES_FROM_BLOCKS,
      contracts: {
        // OPG launched 2026-04-21; the token contract was deployed shortly before (block not public here)
        opg: at('0xFbC2051AE2265686a469421b2C5A2D5462FbF5eB'),
        x402ExactProxy: at(FIXED_ADDRESSES.x402ExactProxy),
        x402UptoProxy: at(FIXED_ADDRESSES.x402UptoProxy),
        allocationSources: [
          { address: '0x455ffbb015f956aa663b9c30432528c3a7bf9783', from: 0, allocation: 'airdrop', kind: 'distributor' },
          { address: '0x28dc829e5eda7c3899557416b8fc97e6873a55aa', from: 0, allocation: 'ecosystem', kind: 'distributor' },
        ],
        // the OPG/USDC pool address is not public in the research; price indexing is off until set
        pool: undefined,
      },
    },
  }
}

/**
 * Addresses that are the same on the real network and on the devnet, because the devnet installs its
 * stand-ins there with anvil_setCode. Source: docs/sources.md (section noted).
 */
export const FIXED_ADDRESSES = {
  /** Cosmos EVM staking precompile (§2) */
  stakingPrecompile: '0x0000000000000000000000000000000000000800',
  /** Cosmos EVM distribution precompile (§2) */
  distributionPrecompile: '0x0000000000000000000000000000000000000801',
  /** Cosmos EVM slashing precompile (§2) */
  slashingPrecompile: '0x0000000000000000000000000000000000000806',
  /** legacy OGInference precompile (§2, §5.1) */
  inferencePrecompile: '0x00000000000000000000000000000000000000f4',
  /** Uniswap Permit2 on Base (§6.2) */
  permit2: '0x000000000022d473030f116ddee9f6b43ac78ba3',
  /** x402ExactPermit2Proxy on Base (§6.2) */
  x402ExactProxy: '0x402085c248eea27d92e8b30b2c58ed07f9e20001',
  /** x402UptoPermit2Proxy on Base (§6.2) */
  x402UptoProxy: '0x4020a4f3b7b90cca423b9fabcc0ce57c6c240002',
  /** the TEE gateway's default payTo when a node has no own payment address (§6.2) */
  defaultPayTo: '0x9deebb5d1b22e4a6e027977cead13893a7e4cc1a',
} as const

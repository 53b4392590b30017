/** The two chains the explorer indexes: the OpenGradient EVM chain and Base (where OPG trades). */
export const CHAINS = ['og', 'base'] as const
export type Chain = (typeof CHAINS)[number]

export const CHAIN_IDS = {
  /** OpenGradient EVM devnet/testnet (docs/sources.md §1); mainnet is planned as 1486 */
  og: 10740,
  ogMainnet: 1486,
  base: 8453,
} as const

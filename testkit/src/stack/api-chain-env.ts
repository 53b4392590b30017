import type { TestDevnet } from './devnet'

/** The API's chain settings for a test stack: reads go to the devnet's anvil chains, and OPG is the devnet's token. */
export function apiChainEnv(devnet: TestDevnet): Record<string, string> {
  return {
    API_OG_RPC_URL: devnet.deployments.chains.og.rpcUrl,
    API_BASE_RPC_URL: devnet.deployments.chains.base.rpcUrl,
    API_OPG_TOKEN_ADDRESS: devnet.deployments.chains.base.contracts.OPG.address,
  }
}

import type { TestDevnet } from './devnet'

/** The API's chain settings for a test stack: its reads of transactions and blocks go to the devnet's anvil chains. */
export function apiChainEnv(devnet: TestDevnet): Record<string, string> {
  return { API_OG_RPC_URL: devnet.deployments.chains.og.rpcUrl, API_BASE_RPC_URL: devnet.deployments.chains.base.rpcUrl }
}

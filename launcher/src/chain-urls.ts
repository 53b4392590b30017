import fs from 'node:fs'

/**
 * The JSON-RPC endpoints the API reads transactions and blocks from (API_OG_RPC_URL, API_BASE_RPC_URL): the ones
 * set in the environment, else the endpoints the processors index (OG_RPC_URL, BASE_RPC_URL), else the devnet's
 * anvil chains from its deployments file. An endpoint no one gave stays unset: the API then shows what is indexed.
 * On a devnet the OPG token's address (API_OPG_TOKEN_ADDRESS) is the devnet's; elsewhere the API's mainnet default.
 */
export function apiChainEnv(env: NodeJS.ProcessEnv, deploymentsFile?: string): Record<string, string> {
  let devnet: { og?: string; base?: string; opg?: string } = {}
  if (deploymentsFile) {
    const chains = (
      JSON.parse(fs.readFileSync(deploymentsFile, 'utf8')) as { chains?: Record<string, { rpcUrl?: string; contracts?: Record<string, { address?: string }> }> }
    ).chains
    devnet = { og: chains?.og?.rpcUrl, base: chains?.base?.rpcUrl, opg: chains?.base?.contracts?.OPG?.address }
  }
  const given = (name: string) => (env[name]?.trim() ? env[name]!.trim() : undefined)
  const out: Record<string, string> = {}
  const og = given('API_OG_RPC_URL') ?? given('OG_RPC_URL') ?? devnet.og
  const base = given('API_BASE_RPC_URL') ?? given('BASE_RPC_URL') ?? devnet.base
  if (og) out.API_OG_RPC_URL = og
  if (base) out.API_BASE_RPC_URL = base
  const opg = given('API_OPG_TOKEN_ADDRESS') ?? devnet.opg
  if (opg) out.API_OPG_TOKEN_ADDRESS = opg
  return out
}

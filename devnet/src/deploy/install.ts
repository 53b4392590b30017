import type { ChainWriter, Hex } from '../chain/chain-writer'
import { deployData } from '../chain/contracts'

export interface Deployed {
  address: Hex
  block: number
}

/** Deploys a contract normally and returns its address and deploy block. */
export async function deploy(writer: ChainWriter, from: Hex, contractName: string, args: readonly unknown[], timestamp: number): Promise<Deployed> {
  return writer.deploy(from, deployData(contractName, args), timestamp)
}

/**
 * Puts a contract at the address the real network uses (precompiles, Permit2, x402 proxies):
 * deploy it normally so constructor immutables are baked into the runtime code, then copy that code
 * with anvil_setCode. Storage does not travel, so such contracts initialise through a function.
 */
export async function deployAtFixedAddress(
  writer: ChainWriter,
  from: Hex,
  contractName: string,
  args: readonly unknown[],
  fixedAddress: Hex,
  timestamp: number,
): Promise<Deployed> {
  const deployed = await deploy(writer, from, contractName, args, timestamp)
  const code = await writer.rpc.call<Hex>('eth_getCode', [deployed.address, 'latest'])
  await writer.rpc.call('anvil_setCode', [fixedAddress, code])
  return { address: fixedAddress, block: deployed.block }
}

import { keccak256, toBytes, getAddress } from 'viem'
import type { Hex } from './chain-writer'

/** anvil's first dev account; unlocked by default, used as deployer and admin */
export const DEV_ACCOUNT_0: Hex = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'

/**
 * A deterministic address for a named simulated actor. The devnet impersonates every sender, so
 * actors need no private keys; the name space keeps the chain reproducible per seed.
 */
export function actorAddress(name: string): Hex {
  return getAddress(`0x${keccak256(toBytes(`og-devnet/${name}`)).slice(-40)}`) as Hex
}

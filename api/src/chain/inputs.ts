import type { Chain } from '@og-explorer/common'
import { badInput } from '../errors'
import type { ChainReader } from './chain-reader'
import type { ApiContext } from '../resolvers/context'

/** Input checks shared by the chain resolvers: each refusal is BAD_USER_INPUT naming the argument. */

export function txHashArg(hash: string): string {
  if (!/^0x[0-9a-fA-F]{64}$/.test(hash)) throw badInput(`hash "${hash.slice(0, 80)}" is not a transaction hash (0x and 64 hex digits)`)
  return hash.toLowerCase()
}

export function addressArg(address: string): string {
  if (!/^0x[0-9a-fA-F]{40}$/.test(address)) throw badInput(`address "${address.slice(0, 80)}" is not an address (0x and 40 hex digits)`)
  return address.toLowerCase()
}

export function boundedInt(name: string, value: number | null | undefined, fallback: number, min: number, max: number): number {
  const n = value ?? fallback
  if (!Number.isInteger(n) || n < min || n > max) throw badInput(`${name} must be an integer from ${min} to ${max}`, { min, max })
  return n
}

export const readerOf = (ctx: ApiContext, chain: Chain): ChainReader | null => ctx.chain[chain]

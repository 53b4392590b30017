/**
 * ABI words and log topics written by hand: the synthetic executor builds millions of logs at seed
 * scale, and these few shapes (uint, int, address) are all its events need. Lowercase hex, as anvil
 * returns it, so a synthetic log can be compared with a recorded one byte for byte.
 */
import { toEventSelector } from 'viem'

const TWO_256 = 1n << 256n

export type Address = `0x${string}`

/** a uint or an int (two's complement) as one 32-byte word, without 0x */
export function word(value: bigint): string {
  return (value < 0n ? TWO_256 + value : value).toString(16).padStart(64, '0')
}

export function addressWord(address: string): string {
  return address.slice(2).toLowerCase().padStart(64, '0')
}

export function addressTopic(address: string): string {
  return `0x${addressWord(address)}`
}

/** a 32-byte argument of calldata (0-based after the selector) */
export function argWord(data: string, index: number): string {
  return data.slice(10 + index * 64, 10 + (index + 1) * 64)
}

export function argUint(data: string, index: number): bigint {
  return BigInt(`0x${argWord(data, index)}`)
}

export function argAddress(data: string, index: number): Address {
  return `0x${argWord(data, index).slice(24)}`
}

/** topic0 of the events the Base model emits, from their Solidity signatures (contracts/sol/base) */
export const TOPIC = {
  Transfer: toEventSelector('Transfer(address,address,uint256)'),
  Approval: toEventSelector('Approval(address,address,uint256)'),
  OwnershipTransferred: toEventSelector('OwnershipTransferred(address,address)'),
  ERC20Released: toEventSelector('ERC20Released(address,uint256)'),
  Claim: toEventSelector('Claim(uint256,address,uint128)'),
  Initialize: toEventSelector('Initialize(uint160,int24)'),
  Swap: toEventSelector('Swap(address,address,int256,int256,uint160,uint128,int24)'),
  Settled: toEventSelector('Settled()'),
} as const

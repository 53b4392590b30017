import * as erc20 from '../../abi/ERC20'

export interface OpgTransfer {
  from: string
  to: string
  /** OPG wei */
  amount: bigint
}

export interface EventLog {
  topics: string[]
  data: string
}

/**
 * Reads an OPG token log. Transfers become rows; approvals (to Permit2, to the pool) need none, and
 * other events of the token are not indexed. A Transfer that does not decode throws, so the caller
 * records it as an issue.
 */
export function decodeOpgLog(log: EventLog): OpgTransfer | undefined {
  if (log.topics[0] !== erc20.events.Transfer.topic) return undefined
  const fast = decodeStandardTransfer(log)
  if (fast) return fast
  const { from, to, value } = erc20.events.Transfer.decode(log)
  return { from, to, amount: value }
}

const ADDRESS_TOPIC = /^0x0{24}[0-9a-fA-F]{40}$/
const UINT256_DATA = /^0x[0-9a-fA-F]{64}$/

/**
 * The common, well-formed Transfer read straight from its hex, several times cheaper than the generic
 * ABI decoder on the most frequent log of all. Anything else is left to the ABI decoder, which gives the
 * same answer for these logs and its own for the odd ones.
 */
export function decodeStandardTransfer(log: EventLog): OpgTransfer | undefined {
  const [, from, to] = log.topics
  if (log.topics.length !== 3 || !ADDRESS_TOPIC.test(from) || !ADDRESS_TOPIC.test(to) || !UINT256_DATA.test(log.data)) return undefined
  return { from: `0x${from.slice(26).toLowerCase()}`, to: `0x${to.slice(26).toLowerCase()}`, amount: BigInt(log.data) }
}

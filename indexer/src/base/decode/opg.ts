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
  const { from, to, value } = erc20.events.Transfer.decode(log)
  return { from, to, amount: value }
}

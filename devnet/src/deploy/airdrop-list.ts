import { StandardMerkleTree } from '@openzeppelin/merkle-tree'
import { ALLOCATIONS, allocationAmount } from '@og-explorer/common'
import { keccak256, toBytes } from 'viem'
import { actorAddress } from '../chain/actors'
import type { Hex } from '../chain/chain-writer'

export const AIRDROP_RECIPIENTS = 20_000

export interface AirdropEntry {
  index: number
  recipient: Hex
  amount: bigint
}

let cached: { entries: AirdropEntry[]; tree: StandardMerkleTree<[bigint, string, bigint]> } | undefined

/**
 * The TGE airdrop: a fixed, seed-independent list so the distributor can be deployed before any
 * simulation runs. Amounts vary per recipient and add up to exactly the 4% airdrop allocation.
 */
export function airdropList() {
  if (cached) return cached
  const total = allocationAmount(ALLOCATIONS.find((a) => a.id === 'airdrop')!)
  const weights = Array.from({ length: AIRDROP_RECIPIENTS }, (_, i) => 1n + (BigInt(keccak256(toBytes(`airdrop-weight/${i}`))) % 9n))
  const weightSum = weights.reduce((s, w) => s + w, 0n)
  let assigned = 0n
  const entries = weights.map((w, index) => {
    const amount = index === weights.length - 1 ? total - assigned : (total * w) / weightSum
    assigned += amount
    return { index, recipient: actorAddress(`airdrop/${index}`), amount }
  })
  const tree = StandardMerkleTree.of(
    entries.map((e) => [BigInt(e.index), e.recipient, e.amount] as [bigint, string, bigint]),
    ['uint256', 'address', 'uint128'],
  )
  cached = { entries, tree }
  return cached
}

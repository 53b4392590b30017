/**
 * Circulating supply without a supply counter. Every OPG transfer moves balance between two
 * accounts, the zero address included: its balance is −(minted − burned), so all balances sum to
 * zero and total supply is minus the zero address's balance. Circulating supply is total supply
 * minus the balances held outside circulation (vesting, distributors, treasury, staking pool,
 * bridge), which is minus the sum of the balances of the "excluded" accounts when the zero address
 * counts as one of them. Balances live in Account rows, so a rollback restores the supply with them.
 */
export function circulatingSupply(excludedBalances: Iterable<bigint>): bigint {
  let sum = 0n
  for (const b of excludedBalances) sum += b
  return -sum
}

export function totalSupply(zeroAddressBalance: bigint): bigint {
  return -zeroAddressBalance
}

/** How one transfer changes circulating supply: tokens entering or leaving the excluded accounts. */
export function circulatingChange(from: string, to: string, amount: bigint, excluded: ReadonlySet<string>): bigint {
  return (excluded.has(from) ? amount : 0n) - (excluded.has(to) ? amount : 0n)
}

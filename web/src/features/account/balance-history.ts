/** An account's OPG balance over time, from its transfers. */
import type { AccountQuery } from '../../generated/graphql'
import { unitsToNumber } from '../../lib/format'

export interface BalancePoint {
  t: number
  /** OPG after the transfer */
  balance: number
}

/**
 * Balance after each transfer, walked back from the current balance through the newest transfers
 * (newest first, as the query returns them). With more transfers than fetched, the series starts
 * at the oldest one fetched. The current balance is carried forward to `untilMs` (the end of the
 * indexed range), so the line does not stop at the last transfer as if the account had gone.
 */
export function balanceHistory(id: string, currentBalance: string, newestFirst: AccountQuery['recentTransfers'], untilMs?: number | null): BalancePoint[] {
  let balance = BigInt(currentBalance)
  const points: BalancePoint[] = []
  const newest = newestFirst[0] ? Date.parse(newestFirst[0].timestamp) : null
  if (untilMs != null && newest !== null && untilMs > newest) points.push({ t: untilMs, balance: unitsToNumber(balance) })
  for (const tr of newestFirst) {
    points.push({ t: Date.parse(tr.timestamp), balance: unitsToNumber(balance) })
    const amount = BigInt(tr.amount)
    if (tr.to.id === id) balance -= amount
    if (tr.from.id === id) balance += amount
  }
  if (points.length > 0) points.push({ t: points[points.length - 1].t - 1, balance: unitsToNumber(balance < 0n ? 0n : balance) })
  return points.reverse()
}

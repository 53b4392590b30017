/** Everything about one address: its OPG account on Base and its roles on the OG chain. */
import { unitsToNumber } from '../lib/format'

export const ACCOUNT_QUERY = /* GraphQL */ `
query Account($id: String!) {
  accountById(id: $id) {
    id balance label category circulating firstSeenAt firstSeenBlock lastSeenAt transfersIn transfersOut
    paidTotal paymentsMade receivedTotal paymentsReceived firstPaymentAt
  }
  validatorById(id: $id) { id moniker jailed tokens }
  teeNodes(where: { OR: [{ owner_eq: $id }, { paymentAddress_eq: $id }] }, limit: 50) { id endpoint enabled owner paymentAddress uptime }
  delegations(where: { delegator_eq: $id }, orderBy: [amount_DESC], limit: 100) { id amount shares createdAt updatedAt validator { id moniker jailed } }
  recentTransfers: transfers(where: { OR: [{ from: { id_eq: $id } }, { to: { id_eq: $id } }] }, orderBy: [blockNumber_DESC, id_DESC], limit: 1000) {
    timestamp amount from { id } to { id }
  }
}`

export interface AccountWire {
  accountById: {
    id: string
    balance: string
    label: string | null
    category: string | null
    circulating: boolean
    firstSeenAt: string
    firstSeenBlock: number
    lastSeenAt: string
    transfersIn: number
    transfersOut: number
    paidTotal: string
    paymentsMade: number
    receivedTotal: string
    paymentsReceived: number
    firstPaymentAt: string | null
  } | null
  validatorById: { id: string; moniker: string | null; jailed: boolean; tokens: string } | null
  teeNodes: Array<{ id: string; endpoint: string | null; enabled: boolean; owner: string; paymentAddress: string | null; uptime: number }>
  delegations: Array<{ id: string; amount: string; shares: string; createdAt: string; updatedAt: string; validator: { id: string; moniker: string | null; jailed: boolean } }>
  recentTransfers: Array<{ timestamp: string; amount: string; from: { id: string }; to: { id: string } }>
}

export interface BalancePoint {
  t: number
  /** OPG after the transfer */
  balance: number
}

/**
 * Balance after each transfer, walked back from the current balance through the newest transfers
 * (newest first, as the query returns them). With more transfers than fetched, the series starts
 * at the oldest one fetched.
 */
export function balanceHistory(id: string, currentBalance: string, newestFirst: AccountWire['recentTransfers']): BalancePoint[] {
  let balance = BigInt(currentBalance)
  const points: BalancePoint[] = []
  for (const tr of newestFirst) {
    points.push({ t: Date.parse(tr.timestamp), balance: unitsToNumber(balance) })
    const amount = BigInt(tr.amount)
    if (tr.to.id === id) balance -= amount
    if (tr.from.id === id) balance += amount
  }
  if (points.length > 0) points.push({ t: points[points.length - 1].t - 1, balance: unitsToNumber(balance < 0n ? 0n : balance) })
  return points.reverse()
}

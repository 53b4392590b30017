import type { Db } from '../db/db'
import { badInput } from '../errors'
import { endOfLastIndexedDay } from './range'
import { allocationOfSource, vestingSchedule } from './vesting'

const ADDRESS = /^0x[0-9a-fA-F]{40}$/
/** beneficiaries listed by name; a distributor has thousands, counted instead */
export const TOP_BENEFICIARIES = 5

/** A vesting contract's or distributor's schedule and releases, or null when the address is neither. */
export async function loadVestingSchedule(db: Db, address: string) {
  if (!ADDRESS.test(address)) throw badInput('address must be 0x followed by 40 hex digits')
  const id = address.toLowerCase()
  const [summary, beneficiaries, [account], at] = await Promise.all([
    db.query<{ allocation: string; kind: string; n: number; released: string; first: Date; last: Date; beneficiaries: number }>(
      `SELECT allocation, min(source_kind) AS kind, count(*)::int AS n, sum(amount)::text AS released, min(timestamp) AS first, max(timestamp) AS last,
              count(DISTINCT beneficiary)::int AS beneficiaries
         FROM unlock WHERE source = $1 GROUP BY allocation ORDER BY sum(amount) DESC`,
      [id],
    ),
    db.query<{ beneficiary: string }>(`SELECT beneficiary FROM unlock WHERE source = $1 GROUP BY beneficiary ORDER BY sum(amount) DESC, beneficiary LIMIT $2`, [
      id,
      TOP_BENEFICIARIES,
    ]),
    db.query<{ balance: string; label: string | null; category: string | null }>(
      `SELECT balance::text AS balance, label, category FROM account WHERE id = $1`,
      [id],
    ),
    endOfLastIndexedDay(db, 'base_daily_stat'),
  ])
  const s = summary[0]
  const isSource = s !== undefined || account?.category === 'vesting' || account?.category === 'distributor'
  if (!isSource) return null
  const found = allocationOfSource(s?.allocation ?? null, account?.label ?? null)
  if (!found) return null
  return vestingSchedule(
    {
      address: id,
      sourceKind: s?.kind ?? account?.category ?? 'vesting',
      label: account?.label ?? null,
      allocation: found.allocation,
      allocationFrom: found.from,
      released: s ? BigInt(s.released) : 0n,
      releases: s?.n ?? 0,
      remaining: account ? BigInt(account.balance) : 0n,
      beneficiaries: beneficiaries.map((b) => b.beneficiary),
      beneficiaryCount: s?.beneficiaries ?? 0,
      firstRelease: s ? s.first.getTime() : null,
      lastRelease: s ? s.last.getTime() : null,
    },
    at,
  )
}

/**
 * One validator's slashes, jails and unjails as a delegator reads them: when, why (when the chain
 * says), what a slash cost per 1,000 OPG delegated, and how long a jail lasts. Slashes and jails
 * leave no EVM log; the indexer finds them as changes in the staking precompile's view, which
 * carries no reason, so the reason is reported as missing rather than guessed.
 */

/** The chain's slashing parameters a jail's length follows; see docs/sources.md#8-staking-and-validators-og-chain. */
export const DOWNTIME_JAIL_SECONDS = 600

export const REASON_NOT_REPORTED = 'reason not reported by the chain'

export interface IncidentEvent {
  id: string
  kind: string
  /** source validator (the validator itself for SLASH, JAIL, UNJAIL, DELEGATE, UNBOND) */
  validator: string | null
  dstValidator: string | null
  /** ogwei */
  amount: string | null
  timestamp: Date | string
  blockNumber: number
  detectedBy: string
}

export interface Incident {
  id: string
  kind: 'SLASH' | 'JAIL' | 'UNJAIL'
  timestamp: Date
  blockNumber: number
  detectedBy: string
  reason: string | null
  reasonNote: string
  /** ogwei lost to this slash by every delegation of the validator (its self-bond included), as indexed */
  slashedAmount: bigint | null
  /** ogwei staked just before the slash: the current stake walked back through the later events */
  stakeBefore: bigint | null
  /** slashedAmount / stakeBefore */
  slashFraction: number | null
  /** OPG a delegator lost per 1,000 OPG delegated: 1000 × slashFraction */
  lossPer1000: number | null
  lossSource: string | null
  /** the earliest time the validator could unjail */
  jailedUntil: Date | null
  jailedUntilSource: string | null
  /** the unjail that ended this jail; null while still jailed */
  unjailedAt: Date | null
}

/**
 * How an event moves this validator's stake, in ogwei (the same walk as the web's stake chart).
 * MOVE is the loader's sum of one block's logged moves, already signed for this validator.
 */
export function stakeDelta(e: IncidentEvent, validatorId: string): bigint {
  const amount = e.amount == null ? 0n : BigInt(e.amount)
  const isSource = e.validator === validatorId
  switch (e.kind) {
    case 'MOVE':
      return amount
    case 'CREATE_VALIDATOR':
    case 'DELEGATE':
    case 'CANCEL_UNBONDING':
      return isSource ? amount : 0n
    case 'UNBOND':
    case 'SLASH':
      return isSource ? -amount : 0n
    case 'REDELEGATE':
      return (e.dstValidator === validatorId ? amount : 0n) - (isSource ? amount : 0n)
    default:
      return 0n
  }
}

const time = (t: Date | string) => (t instanceof Date ? t : new Date(t))

/** share a / b of two ogwei amounts as a float, null when b is not positive */
function fraction(a: bigint, b: bigint): number | null {
  return b <= 0n ? null : Number((a * 1_000_000_000_000n) / b) / 1_000_000_000_000
}

/**
 * Every SLASH, JAIL and UNJAIL of `validatorId`, newest first, from all the events that moved its
 * stake (oldest first) and its current stake. A slash is dated at the block the indexer read the
 * stake drop, so the events of that block came before it; everything in later blocks came after.
 */
export function incidentDetails(validatorId: string, currentTokens: bigint, eventsOldestFirst: readonly IncidentEvent[]): Incident[] {
  const stakeAfter = new Map<string, bigint>()
  let stake = currentTokens
  for (let i = eventsOldestFirst.length - 1; i >= 0; i--) {
    const e = eventsOldestFirst[i]
    if (e.kind === 'SLASH') stakeAfter.set(e.id, stake)
    stake -= stakeDelta(e, validatorId)
  }
  const own = eventsOldestFirst.filter((e) => e.validator === validatorId && (e.kind === 'SLASH' || e.kind === 'JAIL' || e.kind === 'UNJAIL'))
  const out = own.map((e, i): Incident => {
    const at = time(e.timestamp)
    const base = {
      id: e.id,
      kind: e.kind as Incident['kind'],
      timestamp: at,
      blockNumber: e.blockNumber,
      detectedBy: e.detectedBy,
      reason: null,
      reasonNote:
        e.detectedBy === 'state'
          ? `${REASON_NOT_REPORTED}: found as a change in the staking precompile's view, which names no cause`
          : `${REASON_NOT_REPORTED}: the ValidatorUnjailed log carries no reason`,
      slashedAmount: null,
      stakeBefore: null,
      slashFraction: null,
      lossPer1000: null,
      lossSource: null,
      jailedUntil: null,
      jailedUntilSource: null,
      unjailedAt: null,
    }
    if (e.kind === 'SLASH') {
      const amount = e.amount == null ? 0n : BigInt(e.amount)
      const before = (stakeAfter.get(e.id) ?? 0n) + amount
      const f = fraction(amount, before)
      return {
        ...base,
        slashedAmount: amount,
        stakeBefore: before,
        slashFraction: f,
        lossPer1000: f == null ? null : Math.round(f * 1000 * 1e6) / 1e6,
        lossSource:
          'the indexed slashed amount (the stake drop the staking precompile showed, net of the logged delegations and unbondings); fraction = slashed ÷ stake before, stake before = the current stake walked back through the later events',
      }
    }
    if (e.kind === 'JAIL') {
      const unjail = own.slice(i + 1).find((x) => x.kind === 'UNJAIL' || x.kind === 'JAIL')
      return {
        ...base,
        jailedUntil: new Date(at.getTime() + DOWNTIME_JAIL_SECONDS * 1000),
        jailedUntilSource: `the jail carries no end: jail time + the chain's downtime_jail_duration (${DOWNTIME_JAIL_SECONDS} s, docs/sources.md §8); the earliest unjail, and the validator stays jailed until it sends one (a double-sign jail never ends)`,
        unjailedAt: unjail?.kind === 'UNJAIL' ? time(unjail.timestamp) : null,
      }
    }
    return base
  })
  return out.reverse()
}

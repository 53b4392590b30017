/**
 * Why a row's rank and its expected loss disagree. A delegator who sees validator A ranked above B
 * while A's expected loss is higher deserves the reason in the row, not a puzzle. Losses are
 * compared as the page shows them (two decimals), so rounding noise never produces a note.
 */

export interface RankedForNote {
  rank: number
  expectedLossPer1000: number
  expectedRewardPer1000: number
  expectedCommission: number
  earning: boolean
  risk: number
}

const shown = (x: number) => Math.round(x * 100)

/** null when no validator ranked below this one shows a lower expected loss, or the order is not a ranking of quality */
export function rankNote(row: RankedForNote, all: readonly RankedForNote[], order: string): string | null {
  if (order !== 'NET_DESC' && order !== 'RISK_ASC') return null
  const safer = all.filter((o) => o.rank > row.rank && shown(o.expectedLossPer1000) < shown(row.expectedLossPer1000))
  if (safer.length === 0) return null
  const n = safer.length === 1 ? '1 validator' : `${safer.length} validators`
  if (order === 'NET_DESC') {
    const best = safer.reduce((a, b) => (b.expectedRewardPer1000 > a.expectedRewardPer1000 ? b : a))
    const why = !best.earning
      ? 'they earn nothing while jailed or unbonded'
      : `its expected reward after commission (${pct(row.expectedCommission)}) exceeds theirs by more than the extra loss`
    return `Ranked above ${n} with a lower expected loss: ${why}.`
  }
  return `Ranked above ${n} with a lower expected loss: the risk score also counts jailing, TEE downtime, commission rises, self-bond and concentration, and shrinks a short record toward the network's mean; the expected loss counts slashes only.`
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)} %`
}

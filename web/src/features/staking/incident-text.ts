/** Plain words for a slash's cost and a jail's length, from the API's validatorIncidents. */
import type { ValidatorIncidentsQuery } from '../../generated/graphql'
import { formatOpg, formatPercent } from '../../lib/format'

export type IncidentRow = NonNullable<ValidatorIncidentsQuery['validatorIncidents']>['incidents'][number]

/** "50 OPG slashed (5.00 % of 1,000 OPG staked): 50.00 OPG lost per 1,000 OPG delegated", or null for a jail or unjail. */
export function lossText(i: IncidentRow): string | null {
  if (i.kind !== 'SLASH' || i.slashedAmount == null) return null
  const share = i.slashFraction == null ? 'share of stake unknown' : `${formatPercent(i.slashFraction, 2).text} of ${formatOpg(i.stakeBefore).text} staked`
  const per1000 = i.lossPer1000 == null ? '' : `: ${i.lossPer1000.toFixed(2)} OPG lost per 1,000 OPG delegated`
  return `${formatOpg(i.slashedAmount).text} slashed (${share})${per1000}`
}

/** How a jail ended, or that it has not: the unjail when there is one, else whether the validator is still jailed. */
export function jailEnd(i: IncidentRow, jailedNow: boolean, isLatestJail: boolean): 'unjailed' | 'still jailed' | 'ended (no unjail indexed)' | null {
  if (i.kind !== 'JAIL') return null
  if (i.unjailedAt) return 'unjailed'
  return jailedNow && isLatestJail ? 'still jailed' : 'ended (no unjail indexed)'
}

import { typed } from '../../api/document'
import type { VestingScheduleQuery, VestingScheduleQueryVariables } from '../../generated/graphql'
import { Card } from '../../components/Card'
import { Hash } from '../../components/Hash'
import { KeyValue } from '../../components/KeyValue'
import { useGql } from '../../hooks/useGql'
import { formatDay, formatOpg, formatPercent, plural } from '../../lib/format'
import { kindInWords } from '../token/unlock-calendar'

export const VESTING_SCHEDULE_QUERY = typed<VestingScheduleQuery, VestingScheduleQueryVariables>(/* GraphQL */ `
query VestingSchedule($address: String!) {
  vestingSchedule(address: $address) {
    address label sourceKind allocation allocationLabel allocationFrom kind beneficiary beneficiaryCount topBeneficiaries
    start cliffDate cliffMonths vestingMonths durationDays vestingEnd tgePercent
    holdings holdingsPercentOfAllocation released releases remaining scheduledReleased releasableNow firstRelease lastRelease asOf
    nextRelease { date until kind amount }
  }
}`)

/** An OPG amount with its exact wei in data-wei, so a test can compare it with the database. */
function Opg({ wei, testId }: { wei: string; testId?: string }) {
  const f = formatOpg(wei)
  return (
    <span className="num" title={f.exact} data-testid={testId} data-wei={wei}>
      {f.text}
    </span>
  )
}

const months = (n: number) => plural(n, 'month', 'months')

/**
 * A vesting contract's or distributor's account page opens on its schedule: what it was given,
 * what it has released (its Unlock rows), what it still holds and when it releases next. Other
 * accounts render nothing.
 */
export function VestingPanel({ address }: { address: string }) {
  const q = useGql(VESTING_SCHEDULE_QUERY, { address })
  const v = q.data?.value.vestingSchedule
  if (!v) return null
  const distributor = v.sourceKind === 'distributor'
  const releasedShare = BigInt(v.holdings) === 0n ? null : Number((BigInt(v.released) * 10_000n) / BigInt(v.holdings)) / 10_000
  return (
    <div style={{ marginBottom: 14 }}>
      <Card
        id="vesting-schedule"
        title={`${distributor ? 'Distributor' : 'Vesting'} schedule: ${v.allocationLabel}`}
        subtitle={
          <>
            This contract holds {v.holdingsPercentOfAllocation == null ? '' : `${formatPercent(v.holdingsPercentOfAllocation / 100, 1).text} of `}the{' '}
            {v.allocationLabel} allocation and {distributor ? 'pays it out to claimants' : 'releases it to its beneficiary'} on that allocation's schedule (
            {kindInWords(v)}). As of {formatDay(v.asOf)}
            {v.allocationFrom === 'LABEL' ? '; matched to its allocation by its label, as it has released nothing yet' : ''}.
          </>
        }
      >
        <div data-testid="vesting-panel">
          <KeyValue
            rows={[
              ['Allocation', v.allocationLabel],
              [
                distributor ? 'Claimants' : 'Beneficiary',
                v.beneficiary ? (
                  <Hash value={v.beneficiary} to={`/accounts/${v.beneficiary}`} />
                ) : v.beneficiaryCount > 0 ? (
                  plural(v.beneficiaryCount, 'address', 'addresses')
                ) : (
                  <span className="muted">none yet</span>
                ),
              ],
              ['Start', formatDay(v.start), 'TGE: when the schedule starts (and any TGE share is released)'],
              ['Cliff', v.cliffDate ? `${months(v.cliffMonths)}, ends ${formatDay(v.cliffDate)}` : 'none'],
              [
                'Duration',
                v.vestingMonths > 0
                  ? `${months(v.vestingMonths)} linear (${plural(v.durationDays, 'day', 'days')}), until ${formatDay(v.vestingEnd!)}`
                  : 'none: released at TGE',
              ],
              [
                'Released',
                <span key="r">
                  <Opg wei={v.released} testId="vesting-released" /> in {plural(v.releases, 'transfer', 'transfers')}
                  {releasedShare !== null && <span className="muted"> ({formatPercent(releasedShare, 1).text} of what it was given)</span>}
                </span>,
                'Sum of the transfers out of this contract (the Unlock rows)',
              ],
              ['Remaining', <Opg key="m" wei={v.remaining} testId="vesting-remaining" />, "This contract's OPG balance"],
              [
                'Vested, not yet released',
                <Opg key="v" wei={v.releasableNow} testId="vesting-releasable" />,
                distributor ? 'Vested by the schedule but not yet claimed' : 'Vested by the schedule but not yet released by a release() call',
              ],
              [
                'Next release',
                v.nextRelease ? (
                  <span key="n" data-testid="vesting-next">
                    {formatDay(v.nextRelease.date)}: <Opg wei={v.nextRelease.amount} />{' '}
                    {v.nextRelease.kind === 'TGE' ? 'at once' : `over the month to ${formatDay(v.nextRelease.until)}`}
                  </span>
                ) : (
                  'none: the schedule is over'
                ),
              ],
              v.lastRelease && ['Last release', formatDay(v.lastRelease)],
            ]}
          />
        </div>
      </Card>
    </div>
  )
}

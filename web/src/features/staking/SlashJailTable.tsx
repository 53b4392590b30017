import { INCIDENTS_QUERY } from './query'
import { type IncidentRow, jailEnd, lossText } from './incident-text'
import { AsOf } from '../../components/AsOf'
import { Badge } from '../../components/Badges'
import { Define } from '../../components/Define'
import { DataTable } from '../../components/DataTable'
import { Time } from '../../components/Time'
import { useGql } from '../../hooks/useGql'
import { formatInteger, titleCase } from '../../lib/format'

/**
 * A validator's slashes, jails and unjails as a delegator needs them: when, why (only as the chain
 * reports it), what a slash cost per 1,000 OPG delegated, and how long a jail lasted.
 */
export function SlashJailTable({ id }: { id: string }) {
  const q = useGql(INCIDENTS_QUERY, { id })
  const data = q.data?.value.validatorIncidents
  const rows = data?.incidents
  const latestJail = rows?.find((i) => i.kind === 'JAIL')?.id
  return (
    <>
      <DataTable<IncidentRow>
        testId="slashing-table"
        columns={[
          { key: 'time', header: 'Time (UTC)', render: (i) => <Time value={i.timestamp} /> },
          { key: 'kind', header: 'Event', render: (i) => <Badge tone={i.kind === 'UNJAIL' ? 'ok' : 'bad'}>{titleCase(i.kind)}</Badge> },
          {
            key: 'loss',
            header: "Delegators' loss",
            render: (i) => {
              const text = lossText(i)
              return text ? (
                <span className="nowrap">
                  <span data-testid="slash-loss" data-loss-per-1000={i.lossPer1000 ?? ''} data-slashed={i.slashedAmount ?? ''}>
                    {text}
                  </span>
                  {i.lossSource && <Define label="Where does this loss come from?" text={i.lossSource} />}
                </span>
              ) : (
                <span className="faint">—</span>
              )
            },
          },
          {
            key: 'until',
            header: 'Jailed until',
            render: (i) => {
              const end = jailEnd(i, Boolean(data?.jailed), i.id === latestJail)
              if (!end) return <span className="faint">—</span>
              return (
                <span className="stack" style={{ gap: 0 }} data-testid="jail-until">
                  <span>
                    could unjail from <Time value={i.jailedUntil} seconds />
                    {i.jailedUntilSource && <Define label="Where does this time come from?" text={i.jailedUntilSource} />}
                  </span>
                  <span className={end === 'still jailed' ? 'badge bad' : 'faint'} style={{ fontSize: 12 }}>
                    {end === 'unjailed' ? (
                      <>
                        unjailed <Time value={i.unjailedAt} />
                      </>
                    ) : (
                      end
                    )}
                  </span>
                </span>
              )
            },
          },
          {
            key: 'reason',
            header: 'Reason',
            render: (i) =>
              i.reason ? (
                i.reason
              ) : (
                <span className="faint">
                  not reported by the chain
                  {i.reasonNote && <Define label="Why is there no reason?" text={i.reasonNote} />}
                </span>
              ),
          },
          { key: 'block', header: 'OG block', align: 'right', render: (i) => formatInteger(i.blockNumber) },
          {
            key: 'by',
            header: 'Found by',
            title: "“log”: an EVM log of the event; “state read”: no EVM log, read as a change in the staking precompile's view",
            render: (i) => <span className="faint">{i.detectedBy === 'state' ? 'state read' : 'log'}</span>,
          },
        ]}
        rows={rows}
        rowKey={(i) => i.id}
        isPending={q.isPending}
        error={q.error}
        retry={() => void q.refetch()}
        emptyText="Never slashed or jailed."
      />
      <div className="card-foot">
        <span className="faint">
          Loss = the indexed slashed amount (all delegations, the operator's self-bond included) ÷ the stake just before it; a delegator lost that share of each
          1,000 OPG. Slashes and jails leave no EVM log and the chain's view names no reason. A jail's end is not reported either: the earliest unjail is the
          jail time plus the chain's downtime jail duration (600 s).
        </span>
        <AsOf heads={q.data?.heads} chains={['og']} />
      </div>
    </>
  )
}

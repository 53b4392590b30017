import { Link, useParams, useSearchParams } from 'react-router'
import { RANKING_QUERY, VALIDATOR_QUERY } from './query'
import { COMPONENT_LABELS, commissionTrendText, type RiskComponents } from './ranking'
import { flowOf, stakeHistory, type StakingEventRow } from './stake-history'
import { StakeChart } from './StakeChart'
import { AsOf } from '../../components/AsOf'
import { Badge } from '../../components/Badges'
import { Card } from '../../components/Card'
import { ChartCard } from '../../components/ChartCard'
import { DataTable, type Column } from '../../components/DataTable'
import { Hash } from '../../components/Hash'
import { KeyValue } from '../../components/KeyValue'
import { Kpi } from '../../components/Kpi'
import { UptimeMeter } from '../tee/Liveness'
import { riskTone } from './RiskBar'
import { ErrorState, EmptyState, Loading } from '../../components/States'
import { Tabs } from '../../components/Tabs'
import { Time } from '../../components/Time'
import { Value } from '../../components/Value'
import { useGql } from '../../hooks/useGql'
import { formatInteger, formatOpg, formatPercent, plural, titleCase } from '../../lib/format'
import { Methodology } from './Validators'
import { CommissionLimitBadge, CommissionRules } from './CommissionLimits'
import { DelegationsTable } from './DelegationsTable'
import { SlashJailTable } from './SlashJailTable'

const TABS = [
  { id: 'flows', label: 'Delegations in and out' },
  { id: 'delegators', label: 'Current delegators' },
  { id: 'slashing', label: 'Slash and jail events' },
  { id: 'commission', label: 'Commission changes' },
] as const

const counterparty = (e: StakingEventRow, self: string) => {
  const other = e.validator?.id === self ? e.dstValidator : e.validator
  return other && other.id !== self ? <Link to={`/validators/${other.id}`}>{other.moniker ?? other.id.slice(0, 10)}</Link> : null
}

export default function ValidatorDetail() {
  const { id: rawId = '' } = useParams()
  const id = rawId.toLowerCase()
  const [params] = useSearchParams()
  const tab = (TABS.find((t) => t.id === params.get('tab'))?.id ?? 'flows') as (typeof TABS)[number]['id']
  const q = useGql(VALIDATOR_QUERY, { id })
  const ranking = useGql(RANKING_QUERY, {})
  if (q.isPending) return <Loading height={400} />
  if (q.error) return <ErrorState error={q.error} retry={() => void q.refetch()} />
  const v = q.data.value.validatorById
  if (!v)
    return (
      <EmptyState>
        No validator with operator address <span className="mono">{id}</span> has been indexed.
      </EmptyState>
    )
  const risk = ranking.data?.value.validatorRanking.validators.find((r) => r.validator.id === id)
  const weights = ranking.data?.value.validatorRanking.weights
  const events = q.data.value.events
  const points = stakeHistory(v.tokens, events, id)
  const flows = events.filter((e) => flowOf(e, id) !== 'none' && e.kind !== 'SLASH')
  const eventColumns: Array<Column<StakingEventRow>> = [
    { key: 'time', header: 'Time (UTC)', render: (e) => <Time value={e.timestamp} /> },
    {
      key: 'kind',
      header: 'Event',
      render: (e) => <Badge tone={e.kind === 'SLASH' || e.kind === 'JAIL' ? 'bad' : e.kind === 'UNJAIL' ? 'ok' : ''}>{titleCase(e.kind)}</Badge>,
    },
    {
      key: 'dir',
      header: 'Flow',
      render: (e) => {
        const f = flowOf(e, id)
        return f === 'in' ? <Badge tone="ok">in</Badge> : f === 'out' ? <Badge tone="bad">out</Badge> : '—'
      },
    },
    {
      key: 'delegator',
      header: 'Delegator',
      render: (e) => (e.delegator ? <Hash value={e.delegator} to={`/accounts/${e.delegator}`} label={e.delegator === id ? 'self' : undefined} /> : '—'),
    },
    { key: 'other', header: 'From / to validator', render: (e) => counterparty(e, id) ?? '—' },
    { key: 'amount', header: 'Amount', align: 'right', render: (e) => (e.amount ? <Value f={formatOpg(e.amount)} /> : '—') },
    { key: 'block', header: 'OG block', align: 'right', render: (e) => formatInteger(e.blockNumber) },
    {
      key: 'tx',
      header: 'Tx',
      title:
        "The transaction that carried the event; slashes and jails leave no EVM log, so they show how they were found (read from the staking precompile's state)",
      render: (e) => (e.txHash ? <Hash value={e.txHash} to={`/tx/${e.txHash}`} /> : <span className="faint">{e.detectedBy}</span>),
    },
  ]
  return (
    <>
      <div className="page-head">
        <div>
          <div className="crumbs">
            <Link to="/validators">Validators</Link> / {v.moniker ?? id.slice(0, 10)}
          </div>
          <h1 className="row">
            {v.moniker ?? 'Unnamed validator'} {v.jailed ? <Badge tone="bad">Jailed</Badge> : <Badge tone="ok">{v.status.toLowerCase()}</Badge>}
          </h1>
          <p className="mono">{v.id}</p>
        </div>
      </div>
      <div className="kpis">
        <Kpi
          testId="validator-risk"
          label="Risk score"
          value={risk ? { text: risk.risk.toFixed(1), exact: String(risk.risk) } : ranking.isPending ? null : { text: '—', exact: 'not ranked' }}
          sub={
            risk ? (
              <>
                {formatPercent(risk.confidence, 0).text} own record ·{' '}
                <span className={`badge ${riskTone(risk.risk)}`}>
                  {riskTone(risk.risk) === 'ok' ? 'low' : riskTone(risk.risk) === 'warn' ? 'medium' : 'high'}
                </span>
              </>
            ) : (
              ' '
            )
          }
          hint="0 = no observed risk, 100 = worst; a short record is shrunk toward the network mean"
        />
        <Kpi
          testId="validator-net"
          label="Net per 1,000 OPG"
          value={
            risk
              ? { text: `${risk.netPer1000.toFixed(2)} OPG`, exact: `${risk.netPer1000} OPG per 1,000 OPG delegated, next year` }
              : ranking.isPending
                ? null
                : { text: '—', exact: '' }
          }
          sub={
            risk
              ? `rank ${risk.rank} of ${ranking.data?.value.validatorRanking.validators.length} · reward ${risk.expectedRewardPer1000.toFixed(2)} − loss ${risk.expectedLossPer1000.toFixed(2)}`
              : ' '
          }
          hint={risk?.rankNote ?? 'expected reward after commission − expected loss to slashing'}
        />
        <Kpi
          testId="validator-loss"
          label="Expected loss per 1,000 OPG"
          value={
            risk
              ? { text: `${risk.expectedLossPer1000.toFixed(2)} OPG`, exact: `${risk.expectedLossPer1000} OPG per 1,000 OPG delegated, next year` }
              : ranking.isPending
                ? null
                : { text: '—', exact: '' }
          }
          sub={risk ? `P(slash in a year) ${formatPercent(risk.annualSlashProbability).text}` : ' '}
        />
        <Kpi
          testId="validator-stake"
          label="Stake"
          value={formatOpg(v.tokens)}
          sub={
            risk
              ? `${formatPercent(risk.stakeShare).text} of total · self-bond ${formatPercent(risk.selfBondShare).text}`
              : `self-bond ${formatOpg(v.selfBond).text}`
          }
        />
        <Kpi
          testId="validator-commission"
          label="Commission"
          value={formatPercent(Number(v.commissionRate))}
          sub={
            risk
              ? `${commissionTrendText(risk.commissionTrend, (x) => formatPercent(x).text) ?? 'never changed'} · highest ${formatPercent(risk.commissionTrend.maxObservedRate).text} · expect ${formatPercent(risk.expectedCommission).text}`
              : `${plural(v.commissionChanges.length, 'change', 'changes')}${v.maxCommissionRate ? ` · max ${formatPercent(Number(v.maxCommissionRate)).text}` : ''}`
          }
        />
      </div>
      <div className="stack">
        <div className="grid grid-2">
          <Card
            title="Risk components"
            subtitle="Each component is in [0, 1]; its points are weight × component × 100."
            flush
            footer={<AsOf heads={ranking.data?.heads} chains={['og']} />}
          >
            {risk && weights ? (
              <table className="data" data-testid="risk-components">
                <thead>
                  <tr>
                    <th>Component</th>
                    <th className="right">Value</th>
                    <th className="right">Weight</th>
                    <th className="right">Points</th>
                  </tr>
                </thead>
                <tbody>
                  {(Object.keys(COMPONENT_LABELS) as Array<keyof RiskComponents>).map((k) => (
                    <tr key={k}>
                      <td>{COMPONENT_LABELS[k]}</td>
                      <td className="right num">{risk.components[k].toFixed(3)}</td>
                      <td className="right num">{weights[k]}</td>
                      <td className="right num">{(risk.components[k] * weights[k] * 100).toFixed(1)}</td>
                    </tr>
                  ))}
                  <tr>
                    <td>
                      <strong>Risk score</strong>
                    </td>
                    <td />
                    <td />
                    <td className="right num">
                      <strong>{risk.risk.toFixed(1)}</strong>
                    </td>
                  </tr>
                </tbody>
              </table>
            ) : ranking.isPending ? (
              <Loading height={200} />
            ) : (
              <EmptyState>This validator is not in the API's ranking.</EmptyState>
            )}
          </Card>
          <Card title="Operator" flush footer={<AsOf heads={q.data.heads} chains={['og']} />}>
            <KeyValue
              rows={[
                ['Operator address', <Hash value={v.id} to={`/accounts/${v.id}`} full />],
                ['Status', v.status],
                ['Delegators', formatInteger(v.delegatorCount)],
                ['Self-bond', <Value f={formatOpg(v.selfBond)} />],
                ['Min self-delegation', <Value f={formatOpg(v.minSelfDelegation)} />],
                [
                  'Slashed',
                  <span>
                    {plural(v.slashCount, 'time', 'times')} · <Value f={formatOpg(v.totalSlashed)} /> lost
                  </span>,
                ],
                ['Jailed', `${plural(v.jailCount, 'time', 'times')}${v.jailed ? ' · jailed now' : ''}`],
                ['Commission moves', <CommissionLimitBadge id={id} />],
                [
                  'Created',
                  <span>
                    <Time value={v.createdAt} /> · OG block {formatInteger(v.createdBlock)}
                  </span>,
                ],
                [
                  'TEE nodes',
                  q.data.value.teeNodes.length === 0 ? (
                    <span className="faint">none linked</span>
                  ) : (
                    <span className="stack" style={{ gap: 2 }}>
                      {q.data.value.teeNodes.map((t) => (
                        <span key={t.id} className="row">
                          <Hash value={t.id} to={`/tees/${t.id}`} />
                          <UptimeMeter uptime={t.uptime} />
                        </span>
                      ))}
                    </span>
                  ),
                ],
                ['State read at', `OG block ${formatInteger(v.stateBlock)}`],
              ]}
            />
          </Card>
        </div>
        <ChartCard
          title="Stake history"
          chains={['og']}
          subtitle="Stake after each delegation, unbonding, redelegation and slash, walked back from the current stake through the indexed staking events."
          query={{ document: VALIDATOR_QUERY, variables: { id } }}
          result={q}
          empty={points.length === 0}
          emptyText="No staking events moved this validator's stake."
          csv={() => ({
            filename: `stake-history-${id.slice(0, 10)}`,
            header: ['time_utc', 'stake_opg', 'after_event'],
            rows: points.map((p) => [new Date(p.t).toISOString(), p.stake, p.kind]),
          })}
        >
          {() => <StakeChart points={points} />}
        </ChartCard>
        <section className="card">
          <Tabs tabs={TABS} value={tab} />
          {tab === 'flows' && (
            <DataTable testId="flows-table" columns={eventColumns} rows={[...flows].reverse()} rowKey={(e) => e.id} emptyText="No delegations in or out." />
          )}
          {tab === 'slashing' && <SlashJailTable id={id} />}
          {tab === 'delegators' && <DelegationsTable id={id} stake={v.tokens} />}
          {tab === 'commission' && (
            <DataTable
              testId="commission-table"
              columns={[
                { key: 't', header: 'Time (UTC)', render: (c) => <Time value={c.timestamp} /> },
                { key: 'p', header: 'From', align: 'right', render: (c) => formatPercent(Number(c.previousRate)).text },
                { key: 'r', header: 'To', align: 'right', render: (c) => formatPercent(Number(c.rate)).text },
                {
                  key: 'd',
                  header: 'Change',
                  align: 'right',
                  render: (c) => {
                    const d = Number(c.rate) - Number(c.previousRate)
                    return (
                      <Badge tone={d > 0 ? 'bad' : 'ok'}>
                        {d > 0 ? '+' : ''}
                        {(d * 100).toFixed(2)} pts
                      </Badge>
                    )
                  },
                },
                { key: 'tx', header: 'Tx', render: (c) => <Hash value={c.txHash} to={`/tx/${c.txHash}`} /> },
              ]}
              rows={v.commissionChanges}
              rowKey={(c) => c.id}
              emptyText="Commission never changed."
            />
          )}
          {tab === 'commission' && (
            <div className="card-foot">
              <CommissionRules />
            </div>
          )}
        </section>
        <Methodology weights={weights} />
      </div>
    </>
  )
}

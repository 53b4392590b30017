import { Link, useSearchParams } from 'react-router'
import { METHODOLOGY_QUERY, RANKING_QUERY } from './query'
import { CommissionLimitBadge, CommissionRules } from './CommissionLimits'
import { COMPONENT_LABELS, DEFAULT_RANKING_SORT, commissionTrendText, sortRanking, type RiskComponents, type ValidatorRisk } from './ranking'
import { AsOf } from '../../components/AsOf'
import { Badge } from '../../components/Badges'
import { Card } from '../../components/Card'
import { DataTable, type Column } from '../../components/DataTable'
import { Hash } from '../../components/Hash'
import { Kpi } from '../../components/Kpi'
import { RiskBar, RiskLegend, riskPoints, riskTone } from './RiskBar'
import { Define } from '../../components/Define'
import { Value } from '../../components/Value'
import { graphiqlUrl } from '../../api/client'
import { useGql } from '../../hooks/useGql'
import { formatCount, formatDay, formatInteger, formatOpg, formatPercent, plural, pluralWord } from '../../lib/format'
import { unitsToNumber } from '../../lib/format'

export function Methodology({ weights }: { weights?: RiskComponents }) {
  const q = useGql(METHODOLOGY_QUERY, {})
  const doc = q.data?.value
  return (
    <Card
      title="How the ranking is computed"
      subtitle="The API's own documentation of the formulas for net, reward, loss and risk (the ValidatorRisk and RiskComponents types in its schema)."
      actions={
        <a className="btn" href={graphiqlUrl(RANKING_QUERY)} target="_blank" rel="noreferrer">
          GraphiQL ↗
        </a>
      }
    >
      {q.isPending ? (
        <div className="skeleton" style={{ height: 140 }} />
      ) : q.error || !doc?.score?.description ? (
        <p className="muted">The formula's documentation could not be loaded from the API schema.</p>
      ) : (
        <>
          <div className="formula" data-testid="risk-formula">
            {doc.score.description}
          </div>
          {/* its own scroll box: the definitions are long formulas that must not widen a phone's page */}
          <div className="table-wrap" style={{ marginTop: 10 }}>
            <table className="data">
              <thead>
                <tr>
                  <th>Component</th>
                  <th className="right">Weight</th>
                  <th>Definition</th>
                </tr>
              </thead>
              <tbody>
                {doc.components?.fields?.map((f) => (
                  <tr key={f.name}>
                    <td>{COMPONENT_LABELS[f.name as keyof RiskComponents] ?? f.name}</td>
                    <td className="right num">{weights ? weights[f.name as keyof RiskComponents] : '—'}</td>
                    <td className="mono">{f.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Card>
  )
}

export default function Validators() {
  const [params, setParams] = useSearchParams()
  const sort = params.get('sort') ?? DEFAULT_RANKING_SORT
  const q = useGql(RANKING_QUERY, {})
  const r = q.data?.value.validatorRanking
  const rows = r ? sortRanking(r.validators, sort) : undefined
  const weights = r?.weights
  const columns: Array<Column<ValidatorRisk>> = [
    { key: 'rank', header: '#', label: 'Rank', align: 'right', title: 'Rank by net per 1,000 OPG, highest first', render: (v) => v.rank },
    {
      key: 'name',
      header: 'Validator',
      render: (v) => (
        <span className="stack" style={{ gap: 0 }}>
          <Link to={`/validators/${v.validator.id}`} style={{ fontWeight: 600 }}>
            {v.validator.moniker ?? 'unnamed'}
          </Link>
          <Hash value={v.validator.id} />
        </span>
      ),
    },
    {
      key: 'status',
      header: 'Status',
      render: (v) =>
        v.jailed ? <Badge tone="bad">Jailed</Badge> : <Badge tone={v.validator.status === 'BONDED' ? 'ok' : 'warn'}>{v.validator.status.toLowerCase()}</Badge>,
    },
    {
      key: 'risk',
      header: 'Risk score',
      sort: 'risk',
      title: '0 = no observed risk, 100 = worst, a short record shrunk toward the network mean; the bar shows each component’s points',
      render: (v) => (
        <span className="row nowrap">
          <span className={`badge ${riskTone(v.risk)}`} style={{ minWidth: 44, textAlign: 'center' }} data-testid="risk-score">
            {v.risk.toFixed(1)}
          </span>
          <Define
            label={`How is ${v.validator.moniker ?? 'this validator'}'s risk score made up?`}
            text={`Its record alone scores ${v.recordRisk.toFixed(1)}; ${formatPercent(v.confidence, 0).text} of the score rests on it, the rest on the network mean ${r?.priorRisk.toFixed(1)}.${
              weights ? ` Points: ${riskPoints(v.components, weights, '; ')}.` : ''
            }`}
          />
          {weights && <RiskBar components={v.components} weights={weights} />}
        </span>
      ),
    },
    {
      key: 'stake',
      header: 'Stake',
      align: 'right',
      sort: 'stake',
      render: (v) => (
        <span className="stack" style={{ gap: 0 }}>
          <Value f={formatOpg(v.stake)} />
          <span className="faint" style={{ fontSize: 12 }}>
            {formatPercent(v.stakeShare).text} of total
          </span>
        </span>
      ),
    },
    { key: 'self', header: 'Self-bond', align: 'right', render: (v) => <span title={formatOpg(v.selfBond).exact}>{formatPercent(v.selfBondShare).text}</span> },
    {
      key: 'commission',
      header: 'Commission',
      align: 'right',
      sort: 'commission',
      title:
        'The share of rewards the validator keeps now; below it, how it changed (every rise counts, halving in weight each year) and the commission to expect on average over the next year',
      render: (v) => (
        <span className="stack" style={{ gap: 0 }}>
          <span>{formatPercent(Number(v.commissionRate)).text}</span>
          {commissionTrendText(v.commissionTrend, (x) => formatPercent(x).text) && (
            <span className="row nowrap" style={{ gap: 0, justifyContent: 'flex-end', flexWrap: 'nowrap' }}>
              <span className={`badge ${v.commissionTrend.rises > 0 ? 'warn' : 'ok'}`} data-testid="commission-trend">
                {commissionTrendText(v.commissionTrend, (x) => formatPercent(x).text)}
              </span>
              <Define
                label={`${v.validator.moniker ?? 'This validator'}'s commission history`}
                text={`Highest ever ${formatPercent(v.commissionTrend.maxObservedRate).text}, largest rise ${formatPercent(v.commissionTrend.maxRise).text}${
                  v.maxCommissionRate == null ? '' : `, declared maximum ${formatPercent(Number(v.maxCommissionRate)).text}`
                }.`}
              />
            </span>
          )}
          <span className="faint" style={{ fontSize: 12 }}>
            expect {formatPercent(v.expectedCommission).text}
          </span>
          <CommissionLimitBadge id={v.validator.id} compact />
        </span>
      ),
    },
    {
      key: 'uptime',
      header: 'TEE uptime',
      align: 'right',
      sort: 'uptime',
      title:
        "Mean uptime of the operator's TEE nodes: for each node, the share of the time it was enabled since registration that heartbeats covered (time spent disabled is left out); “no TEE” when no TEE node is linked to the operator",
      render: (v) => (v.teeUptime == null ? <span className="faint">no TEE</span> : formatPercent(v.teeUptime, 2).text),
    },
    {
      key: 'slash',
      header: 'Slashes / jails',
      align: 'right',
      render: (v) => (
        <span className={v.slashCount + v.jailCount > 0 ? 'badge bad' : undefined}>
          {v.slashCount} / {v.jailCount}
        </span>
      ),
    },
    {
      key: 'age',
      header: 'Track record',
      align: 'right',
      sort: 'age',
      title: 'Age of the validator, and the share of its risk score that rests on its own record rather than the network mean',
      render: (v) => (
        <span className="stack" style={{ gap: 0 }} data-testid="track-record">
          <span>{v.ageYears < 1 ? `${Math.round(v.ageYears * 365.25)} d` : `${v.ageYears.toFixed(1)} y`}</span>
          <span className={v.confidence < 0.5 ? 'badge warn' : 'faint'} style={{ fontSize: 12 }}>
            {formatPercent(v.confidence, 0).text} own record
          </span>
        </span>
      ),
    },
    { key: 'delegators', header: 'Delegators', align: 'right', render: (v) => formatInteger(v.delegatorCount) },
    {
      key: 'flow',
      header: 'Net flow 30 d',
      align: 'right',
      render: (v) => <Value f={formatOpg(v.netFlow30d)} className={unitsToNumber(v.netFlow30d) < 0 ? 'down' : undefined} />,
    },
    {
      key: 'loss',
      header: 'Exp. loss / 1,000 OPG',
      align: 'right',
      sort: 'loss',
      title: 'Expected OPG lost to slashing per 1,000 OPG delegated over the next year',
      render: (v) => (
        <span className="nowrap">
          <strong data-testid="expected-loss">{v.expectedLossPer1000.toFixed(2)} OPG</strong>
          <Define
            label={`How is ${v.validator.moniker ?? 'this validator'}'s expected loss computed?`}
            text={`Chance of a slash in a year ${formatPercent(v.annualSlashProbability, 2).text} × slash fraction ${formatPercent(v.slashFraction, 2).text} × 1,000 OPG`}
          />
        </span>
      ),
    },
    {
      key: 'reward',
      header: 'Exp. reward / 1,000 OPG',
      align: 'right',
      sort: 'reward',
      title:
        'Expected OPG earned per 1,000 OPG delegated over the next year, after the expected commission; in red when the validator is jailed or not bonded: it earns nothing until it is back',
      render: (v) =>
        v.earning ? (
          <span data-testid="expected-reward">{v.expectedRewardPer1000.toFixed(2)} OPG</span>
        ) : (
          <span className="badge bad" data-testid="expected-reward">
            {v.expectedRewardPer1000.toFixed(2)} OPG
          </span>
        ),
    },
    {
      key: 'net',
      header: 'Net / 1,000 OPG',
      align: 'right',
      sort: 'net',
      title: 'Expected reward − expected loss per 1,000 OPG over the next year',
      render: (v) => (
        <span className="stack" style={{ gap: 0 }}>
          <strong className={v.netPer1000 < 0 ? 'down' : undefined} data-testid="net">
            {v.netPer1000.toFixed(2)} OPG
          </strong>
          {v.rankNote && (
            <span className="row nowrap" style={{ gap: 0, justifyContent: 'flex-end', flexWrap: 'nowrap' }} data-testid="rank-note">
              <span className="badge warn">why this rank</span>
              <Define label={`Why does ${v.validator.moniker ?? 'this validator'} rank here?`} text={v.rankNote} />
            </span>
          )}
        </span>
      ),
    },
  ]
  // net, risk and commission first: on a phone the table scrolls sideways and these are what a delegator decides on
  const first = ['rank', 'name', 'net', 'risk', 'commission']
  columns.sort((a, b) => (first.includes(a.key) ? first.indexOf(a.key) : first.length) - (first.includes(b.key) ? first.indexOf(b.key) : first.length))
  const setSort = (s: string) =>
    setParams((p) => {
      p.set('sort', s)
      return p
    })
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Validators</h1>
          <p>
            Staking here is underwriting: a validator that attests falsely is slashed, and so are its delegators. Validators are ranked by net per 1,000 OPG
            delegated over the next year: the expected reward after the commission to expect (every past rise counts) minus the expected loss to slashing. A
            short record is weighed against the network's, so a new validator does not rank first on a few clean weeks. The risk score adds up stake, self-bond,
            commission history, TEE uptime and slash and jail history with the weights below.
          </p>
        </div>
      </div>
      <div className="kpis">
        <Kpi
          label="Validators"
          value={r ? formatCount(r.validators.length, ['validator', 'validators']) : null}
          sub={r ? `${r.validators.filter((v) => v.jailed).length} jailed now` : ' '}
        />
        <Kpi label="Total stake" value={r ? formatOpg(r.totalStake) : null} sub="across all validators" />
        <Kpi
          label="Network slash rate"
          value={
            r
              ? {
                  text: `${r.networkSlashRate.toFixed(2)} / yr`,
                  exact: `${r.networkSlashRate} ${pluralWord(r.networkSlashRate, 'slash', 'slashes')} per validator-year`,
                }
              : null
          }
          sub="slashes per validator-year (the prior)"
        />
        <Kpi label="Slash fraction" value={r ? formatPercent(r.slashFraction, 2) : null} sub={r ? `of stake per slash · as of ${formatDay(r.asOf)}` : ' '} />
        <Kpi
          label="Gross reward yield"
          value={r ? formatPercent(r.grossRewardYield, 2) : null}
          sub={r ? `a year, before commission · from rewards withdrawn over ${plural(r.rewardWindowDays, 'indexed day', 'indexed days')}` : ' '}
        />
      </div>
      <div className="stack">
        <Card
          title="Ranking for delegators"
          subtitle={
            <>
              <span data-testid="net-formula">
                Net = expected reward − expected loss per 1,000 OPG; reward = 1,000 × gross yield × (1 − expected commission), 0 while jailed; loss = 1,000 ×
                P(slash in a year) × slash fraction.
              </span>{' '}
              Highest net first by default; click a column to sort. <CommissionRules /> <RiskLegend />
            </>
          }
          flush
          actions={
            <a
              className="btn"
              href="/export/validator-ranking.csv"
              download
              data-testid="ranking-csv"
              title="Every column of this table, with the formula and the indexed heads in notes after the rows"
            >
              Download CSV
            </a>
          }
          footer={<AsOf heads={q.data?.heads} chains={['og']} />}
        >
          <DataTable
            testId="validators-table"
            columns={columns}
            rows={rows}
            rowKey={(v) => v.validator.id}
            isPending={q.isPending}
            error={q.error}
            retry={() => void q.refetch()}
            sort={sort}
            onSort={setSort}
            emptyText="No validators indexed yet."
          />
        </Card>
        <Methodology weights={weights} />
      </div>
    </>
  )
}

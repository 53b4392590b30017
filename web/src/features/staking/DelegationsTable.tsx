import { OPG_UNIT } from '@og-explorer/common'
import { DELEGATIONS_QUERY } from './query'
import { exportUrl } from '../../api/client'
import type { NodeOf } from '../../api/connection'
import type { Column } from '../../components/DataTable'
import { Hash } from '../../components/Hash'
import { PagedTable, pageFromUrl } from '../../components/PagedTable'
import { Time } from '../../components/Time'
import { Value } from '../../components/Value'
import type { ValidatorDelegationsQuery } from '../../generated/graphql'
import { usePaged } from '../../hooks/usePaged'
import { useUrlState } from '../../hooks/useUrlState'
import { formatInteger, formatPercent, plural } from '../../lib/format'
import { sortToOrderBy } from '../../lib/sort'

type DelegationRow = NodeOf<ValidatorDelegationsQuery['delegationsConnection']>

/**
 * Every current delegation of a validator, a page at a time from the generic entity list
 * (delegationsConnection), largest first, with the total count. A delegation fully unbonded keeps
 * its row with zero shares; it is not a current delegator, so it is left out.
 */
export function DelegationsTable({ id, stake }: { id: string; stake: string }) {
  const [state, set] = useUrlState({ sort: '-amount', page: '1' })
  const page = pageFromUrl(state.page)
  const where = { validator: { id_eq: id }, shares_gt: '0' }
  const orderBy = sortToOrderBy(state.sort, ['id_ASC'])
  const { result } = usePaged(DELEGATIONS_QUERY, 'delegationsConnection', where, orderBy, page)
  const total = result.data?.value.total
  const columns: Array<Column<DelegationRow>> = [
    {
      key: 'd',
      header: 'Delegator',
      render: (d) => <Hash value={d.delegator} to={`/accounts/${d.delegator}`} label={d.delegator === id ? 'self-bond' : undefined} />,
    },
    { key: 'a', header: 'Amount', align: 'right', sort: 'amount', render: (d) => <Value f={{ text: formatOpgShort(d.amount), exact: `${d.amount} ogwei` }} /> },
    {
      key: 'sh',
      header: 'Shares',
      align: 'right',
      sort: 'shares',
      title: "The delegation's shares in the staking module's units (10^36 per OPG-sized share); the exact figure on hover",
      render: (d) => <span title={d.shares}>{formatShares(d.shares)}</span>,
    },
    {
      key: 'p',
      header: 'Share of stake',
      align: 'right',
      render: (d) => formatPercent(Number((BigInt(d.amount) * 1_000_000n) / (BigInt(stake) || 1n)) / 1_000_000).text,
    },
    { key: 'c', header: 'Since (UTC)', sort: 'createdAt', render: (d) => <Time value={d.createdAt} /> },
    { key: 'u', header: 'Last change (UTC)', render: (d) => <Time value={d.updatedAt} /> },
  ]
  return (
    <>
      <p className="muted" style={{ margin: '10px 14px' }} data-testid="delegation-count" data-count={total ?? ''}>
        {total == null ? 'Counting delegations…' : `${plural(total, 'current delegation', 'current delegations')} (shares above 0), largest first.`}
      </p>
      <PagedTable
        testId="delegators-table"
        columns={columns}
        rows={result.data?.value}
        rowKey={(d) => d.id}
        query={result}
        page={page}
        sort={state.sort}
        onChange={set}
        exportHref={exportUrl('delegations', where, orderBy)}
        chains={['og']}
        emptyText="No current delegations."
      />
    </>
  )
}

/** OPG with two decimals and grouped digits: a delegation table compares amounts row by row. */
function formatOpgShort(wei: string): string {
  const v = BigInt(wei)
  const whole = v / OPG_UNIT
  const cents = (v % OPG_UNIT) / (OPG_UNIT / 100n)
  return `${formatInteger(whole)}.${cents.toString().padStart(2, '0')} OPG`
}

/**
 * Shares as the staking module counts them: a decimal with 18 places over ogwei, so the
 * precompile's integer is 10^36 per OPG-sized share; two decimals are enough to compare rows.
 */
function formatShares(shares: string): string {
  const v = BigInt(shares) / 10n ** 34n
  return `${formatInteger(v / 100n)}.${(v % 100n).toString().padStart(2, '0')}`
}

import { COMMISSION_LIMITS_QUERY } from './query'
import { Badge } from '../../components/Badges'
import { Define } from '../../components/Define'
import { useGql } from '../../hooks/useGql'
import { formatDay, formatPercent } from '../../lib/format'

/** The chain's commission limits in one line; the API's source says where they come from. */
export function CommissionRules() {
  const q = useGql(COMMISSION_LIMITS_QUERY, {})
  const l = q.data?.value.commissionLimits
  if (!l) return null
  return (
    <span data-testid="commission-rules">
      Commission limits: at least {formatPercent(l.minRate, 0).text} (the chain's minimum), at most {formatPercent(l.maxRate, 0).text}, changing by at most{' '}
      {formatPercent(l.maxChangeRate, 0).text} a day
      {l.perValidatorLimitsIndexed ? '' : " (what OpenGradient's mainnet genesis validators declare; each validator's own limits are not indexed)"}.
      <Define label="Where do these limits come from?" text={l.source} />
    </span>
  )
}

/** Whether one validator's commission ever moved faster than the max change rate: its largest move within 24 h. */
export function CommissionLimitBadge({ id, compact = false }: { id: string; compact?: boolean }) {
  const q = useGql(COMMISSION_LIMITS_QUERY, {})
  const l = q.data?.value.commissionLimits
  const c = l?.validators.find((v) => v.validator === id)
  if (!l || !c) return null
  const move = `${(c.largestDailyChange * 100).toFixed(2)} pts`
  const title = `largest move within 24 h: ${move}${c.largestDailyChangeAt ? ` (${formatDay(c.largestDailyChangeAt)})` : ''}; the limit is ${formatPercent(l.maxChangeRate, 0).text} a day, within ${formatPercent(l.minRate, 0).text}–${formatPercent(l.maxRate, 0).text}`
  if (c.exceedsMaxChange)
    return (
      <span className="nowrap" data-testid="commission-limit" data-exceeds="true">
        <Badge tone="bad">
          {compact
            ? `> ${formatPercent(l.maxChangeRate, 0).text}/day`
            : `moved ${move} in a day: above the ${formatPercent(l.maxChangeRate, 0).text} a day limit`}
        </Badge>
        <Define label="How fast did this commission move?" text={title} />
      </span>
    )
  return (
    <span className="faint" style={{ fontSize: 12 }} data-testid="commission-limit" data-exceeds="false">
      {compact ? `≤ ${formatPercent(l.maxChangeRate, 0).text}/day` : `never moved more than ${formatPercent(l.maxChangeRate, 0).text} a day (largest ${move})`}
      {c.outsideRange ? ' · outside the limits' : ''}
      <Define label="How fast did this commission move?" text={title} />
    </span>
  )
}

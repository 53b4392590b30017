import { Link } from 'react-router'
import { SETTLED_INFERENCES_QUERY, type SettledInferencesData } from './proof-query'
import { useGql } from '../../hooks/useGql'
import { formatInteger, plural, pluralWord } from '../../lib/format'

/** "N in M batches whose blob could not be read; …": the difference between declared and expanded, by cause. */
export function notExpandedWords(d: SettledInferencesData): string {
  const parts = [
    d.inUnreadableBatches > 0 && `${formatInteger(d.inUnreadableBatches)} in ${plural(d.unreadableBatches, 'batch', 'batches')} whose blob could not be read`,
    d.inPendingBatches > 0 && `${formatInteger(d.inPendingBatches)} in ${plural(d.pendingBatches, 'batch', 'batches')} still waiting for the blob`,
    d.inLegacyBatches > 0 && `${formatInteger(d.inLegacyBatches)} in ${plural(d.legacyBatches, 'legacy batch', 'legacy batches')} that publish no blob`,
  ].filter(Boolean)
  return parts.length > 0 ? parts.join('; ') : 'every declared inference is expanded'
}

/**
 * Declared on chain against expanded into rows, in one sentence: the overview's "inferences settled"
 * is the declared figure, the inference list holds the expanded ones.
 */
export function DeclaredVsExpanded() {
  const q = useGql(SETTLED_INFERENCES_QUERY, {})
  const d = q.data?.value.settledInferences
  if (!d) return null
  return (
    <p className="faint" data-testid="declared-vs-expanded" style={{ margin: '8px 12px' }}>
      <span data-testid="declared" title={`${d.declared}`}>
        {formatInteger(d.declared)}
      </span>{' '}
      {pluralWord(d.declared, 'inference', 'inferences')} declared on chain (batch sizes plus one per other settlement);{' '}
      <span data-testid="expanded" title={`${d.expanded}`}>
        {formatInteger(d.expanded)}
      </span>{' '}
      expanded into the rows listed here. The other <span data-testid="not-expanded">{formatInteger(d.notExpanded)}</span>: {notExpandedWords(d)} (
      <Link to="/settlements?status=MISSING">missing</Link>, <Link to="/settlements?status=INVALID">invalid</Link>,{' '}
      <Link to="/settlements?status=EXPIRED">expired</Link>).
    </p>
  )
}

import { Link } from 'react-router'
import { UNEXPANDED_BATCHES_QUERY } from './proof-query'
import { reasonShort } from './status-words'
import { StatusBadge } from '../../components/Badges'
import { Hash } from '../../components/Hash'
import { Time } from '../../components/Time'
import { useGql } from '../../hooks/useGql'
import { formatInteger, plural, pluralWord } from '../../lib/format'

const LISTED = 10

/**
 * For a search that found nothing: the batches whose leaves are not indexed, where an input hash or
 * an inference may still be, since only expanded leaves can be found.
 */
export function UnexpandedHint({ q }: { q: string }) {
  const r = useGql(UNEXPANDED_BATCHES_QUERY, { q, limit: LISTED })
  const u = r.data?.value.unexpandedBatches
  if (!u || u.count === 0) return null
  return (
    <div className="card" style={{ marginTop: 14 }} data-testid="unexpanded-hint">
      <div className="card-body">
        {u.match ? (
          <p>
            This names a leaf of{' '}
            <Link to={`/settlements/${u.match.id}`} className="mono">
              a batch of {formatInteger(u.match.batchSize)}
            </Link>{' '}
            whose leaves are not indexed ({reasonShort(u.match.statusReason) ?? u.match.status.toLowerCase()}), so no inference can be shown for it.
          </p>
        ) : (
          <p>
            <span data-testid="unexpanded-count">{formatInteger(u.count)}</span> {pluralWord(u.count, 'batch', 'batches')} (
            {plural(u.inferences, 'inference', 'inferences')}) could not be expanded, so their inferences cannot be searched; the hash may be in one of them
            {u.count > u.batches.length ? `; the latest ${u.batches.length}` : ''}:
          </p>
        )}
        <table className="data">
          <tbody>
            {u.batches.map((b) => (
              <tr key={b.id}>
                <td>
                  <Hash value={b.id} to={`/settlements/${b.id}`} label={`${b.id.slice(0, 10)}…-${b.id.split('-').pop()}`} copy={false} />
                </td>
                <td>
                  <StatusBadge status={b.status} /> <span className="faint">{reasonShort(b.statusReason)}</span>
                </td>
                <td className="num">{formatInteger(b.batchSize)} declared</td>
                <td>
                  <Time value={b.timestamp} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}

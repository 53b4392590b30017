import { useEffect } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { destinationOf } from './destination'
import { SEARCH_QUERY } from './query'
import { Badge } from '../../components/Badges'
import { Card } from '../../components/Card'
import { EmptyState, ErrorState, Loading } from '../../components/States'
import { useGql } from '../../hooks/useGql'
import { UnexpandedHint } from '../settlements/UnexpandedHint'
import { plural, titleCase } from '../../lib/format'

/** how the API read the query, in words */
const SHAPE_WORDS: Record<string, string> = {
  hash: 'a hash',
  address: 'an address',
  eventId: 'an event id',
  blobId: 'a blob id',
  blockNumber: 'a block number',
  prefix: 'the start of an id',
  text: 'a name',
}

export default function Search() {
  const [params] = useSearchParams()
  const q = (params.get('q') ?? '').trim()
  const navigate = useNavigate()
  const result = useGql(SEARCH_QUERY, { q }, { enabled: q.length > 0 })
  const found = result.data?.value.search
  const destination = found ? destinationOf(found) : null
  useEffect(() => {
    // replace: the back button returns to where the search was typed, not to this page
    if (destination) navigate(destination, { replace: true })
  }, [destination, navigate])
  if (!q)
    return (
      <EmptyState>
        Type a transaction hash, address, settlement id, merkle root, TEE id, input or output hash, blob id or validator name in the search box (press /).
      </EmptyState>
    )
  if (result.isPending || destination) return <Loading height={200} label="Searching…" />
  if (result.error) return <ErrorState error={result.error} />
  const hits = found!.hits
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Search</h1>
          <p>
            {hits.length === 0 ? 'Nothing matches' : `${plural(hits.length, 'match', 'matches')} for`} <span className="mono">{q}</span>
            {found && <span className="faint"> (read as {SHAPE_WORDS[found.shape] ?? found.shape})</span>}
          </p>
        </div>
      </div>
      {hits.length === 0 ? (
        <>
          <EmptyState>
            {found?.shape === 'blockNumber'
              ? 'Neither chain has indexed a block with this number yet (the indexed heights are in the footer).'
              : 'No transaction, settlement, inference, TEE node, account or validator matches. Paste a whole hash or address, or at least its first 4 hex digits.'}
          </EmptyState>
          {(found?.shape === 'hash' || found?.shape === 'eventId') && <UnexpandedHint q={q} />}
        </>
      ) : (
        <Card title="Results" flush>
          <table className="data" data-testid="search-results">
            <tbody>
              {hits.map((h) => (
                <tr key={`${h.kind}-${h.id}`}>
                  <td style={{ width: 160 }}>
                    <Badge tone="info">{titleCase(h.kind)}</Badge>
                  </td>
                  <td>
                    <Link to={h.route}>{h.label}</Link>
                    <div className="mono faint" style={{ wordBreak: 'break-all' }}>
                      {h.id}
                    </div>
                  </td>
                  <td className="faint">{h.chain === 'og' ? 'OG chain' : h.chain === 'base' ? 'Base' : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </>
  )
}

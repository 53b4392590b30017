import { matchAppRoute } from '@og-explorer/common'
import { Link, Outlet, useLocation } from 'react-router'

/**
 * The routed page, unless its id cannot exist: then the page says the id is malformed and what it should look
 * like, instead of asking the API and reporting a failure or "not found" (the server answers such paths 404).
 */
export function PageOutlet() {
  const { pathname } = useLocation()
  const malformed = matchAppRoute(pathname)?.malformed
  if (!malformed) return <Outlet />
  return (
    <div className="state" data-testid="malformed-id">
      <h1 style={{ marginBottom: 8 }}>This id is malformed</h1>
      <p>
        <span className="mono" style={{ wordBreak: 'break-all' }}>
          {malformed.value || '(empty)'}
        </span>{' '}
        cannot be the {malformed.param === 'id' ? 'id' : malformed.param} of this page: {malformed.what}.
      </p>
      <p>
        Paste it in the search box (press /) to find what it could be, or go to the <Link to="/">overview</Link>.
      </p>
    </div>
  )
}

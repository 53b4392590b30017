import { Link, useLocation } from 'react-router'

export default function NotFound() {
  const { pathname } = useLocation()
  return (
    <div className="state">
      <h1 style={{ marginBottom: 8 }}>Page not found</h1>
      <p>
        Nothing lives at <span className="mono">{pathname}</span>. Try the search box (press /) or go to the <Link to="/">overview</Link>.
      </p>
    </div>
  )
}

import { Suspense, useEffect, useState } from 'react'
import { NavLink, useLocation } from 'react-router'
import { STATUS_QUERY } from '../features/status/query'
import { useGql } from '../hooks/useGql'
import { formatInteger } from '../lib/format'
import { PageOutlet } from '../routing/PageOutlet'
import { usePageTitle } from '../routing/usePageTitle'
import { PageAsOf } from './AsOf'
import { SearchBar } from './SearchBar'
import { Loading } from './States'

const NAV = [
  { to: '/', label: 'Overview', end: true },
  { to: '/settlements', label: 'Inferences' },
  { to: '/tees', label: 'TEE nodes' },
  { to: '/validators', label: 'Validators' },
  { to: '/token', label: 'Token' },
  { to: '/payments', label: 'Payments' },
]

function IndexStatus() {
  const status = useGql(STATUS_QUERY, {}, { refetchIntervalMs: 15_000 })
  const s = status.data?.value.squidStatus
  if (status.error) return <span>Index status unavailable</span>
  if (!s) return <span>Index status…</span>
  return (
    <span data-testid="index-status">
      Indexed: OG block {s.og ? formatInteger(s.og.height) : '—'} · Base block {s.base ? formatInteger(s.base.height) : '—'}
    </span>
  )
}

export function Layout() {
  const [open, setOpen] = useState(false)
  const location = useLocation()
  useEffect(() => setOpen(false), [location.pathname])
  usePageTitle()
  return (
    <>
      {/* the first stop of the keyboard: past the header's links and search to the page itself */}
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <NavLink to="/" className="brand" aria-label="OpenGradient Explorer home">
            <span className="brand-mark" aria-hidden="true" />
            OpenGradient <small>Explorer</small>
          </NavLink>
          <button type="button" className="menu-toggle" aria-expanded={open} aria-controls="main-nav" onClick={() => setOpen((o) => !o)}>
            Menu
          </button>
          <nav id="main-nav" className={`nav${open ? ' open' : ''}`} aria-label="Main">
            {NAV.map((n) => (
              <NavLink
                key={n.to}
                to={n.to}
                end={n.end}
                className={({ isActive }) => (isActive || (n.to === '/settlements' && location.pathname.startsWith('/inferences')) ? 'active' : undefined)}
              >
                {n.label}
              </NavLink>
            ))}
          </nav>
          <SearchBar />
        </div>
      </header>
      <main id="content" tabIndex={-1}>
        <PageAsOf />
        <Suspense fallback={<Loading height={300} label="Loading page…" />}>
          <PageOutlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        <IndexStatus />
        <span>All times UTC</span>
        <a href="/graphql" target="_blank" rel="noreferrer">
          GraphQL API ↗
        </a>
      </footer>
    </>
  )
}

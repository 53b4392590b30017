import { Link, useLocation } from 'react-router'

/** Tabs as links with a `tab` URL parameter, so each tab is a permalink. */
export function Tabs<V extends string>({ tabs, value }: { tabs: ReadonlyArray<{ id: V; label: string }>; value: V }) {
  const location = useLocation()
  return (
    <div className="tabs" role="tablist">
      {tabs.map((t) => {
        const params = new URLSearchParams(location.search)
        params.set('tab', t.id)
        params.delete('page')
        return (
          <Link
            key={t.id}
            role="tab"
            aria-selected={t.id === value}
            className={t.id === value ? 'on' : undefined}
            to={`${location.pathname}?${params.toString()}`}
            replace
          >
            {t.label}
          </Link>
        )
      })}
    </div>
  )
}

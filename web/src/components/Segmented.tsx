import { Link, useLocation } from 'react-router'

/** A set of links that each set one URL parameter (range pickers, views). */
export function Segmented<V extends string>({
  param,
  options,
  value,
  labels,
  ariaLabel,
}: {
  param: string
  options: readonly V[]
  value: V
  labels?: Partial<Record<V, string>>
  ariaLabel: string
}) {
  const location = useLocation()
  const hrefFor = (v: V) => {
    const params = new URLSearchParams(location.search)
    params.set(param, v)
    return `${location.pathname}?${params.toString()}`
  }
  return (
    <nav className="segmented" aria-label={ariaLabel}>
      {options.map((v) => (
        <Link key={v} to={hrefFor(v)} className={v === value ? 'on' : undefined} aria-current={v === value ? 'true' : undefined} replace>
          {labels?.[v] ?? v}
        </Link>
      ))}
    </nav>
  )
}

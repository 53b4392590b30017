import { formatAge, formatDateTime } from '../lib/format'

/** A UTC time with its age in the title (or the other way round with `relative`). */
export function Time({ value, relative = false, seconds = false }: { value: string | null | undefined; relative?: boolean; seconds?: boolean }) {
  if (!value) return <span className="faint">—</span>
  const abs = formatDateTime(value, seconds)
  const age = formatAge(value)
  return (
    <time dateTime={value} title={relative ? abs : age} className="nowrap">
      {relative ? age : abs}
    </time>
  )
}

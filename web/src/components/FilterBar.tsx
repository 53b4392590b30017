import { useEffect, useState, type ReactNode } from 'react'
import { checkFilters } from './filter-check'

export type FilterField =
  | { key: string; label: string; type: 'select'; options: ReadonlyArray<{ value: string; label: string }> }
  | {
      key: string
      label: string
      type: 'text'
      placeholder?: string
      wide?: boolean
      /** what a value must look like (an address, a TEE id); anything else is ignored with patternHint as the reason */
      pattern?: RegExp
      patternHint?: string
    }
  | { key: string; label: string; type: 'date' }

/** A text filter applies on Enter or when it loses focus, not on every keystroke. */
function TextFilter({
  value,
  onChange,
  placeholder,
  wide,
  label,
}: {
  value: string
  onChange: (v: string) => void
  placeholder?: string
  wide?: boolean
  label: string
}) {
  const [draft, setDraft] = useState(value)
  useEffect(() => setDraft(value), [value])
  return (
    <input
      className={wide ? 'wide mono' : undefined}
      value={draft}
      placeholder={placeholder}
      aria-label={label}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => draft !== value && onChange(draft.trim())}
      onKeyDown={(e) => e.key === 'Enter' && onChange(draft.trim())}
      spellCheck={false}
    />
  )
}

/** Filters bound to URL parameters (see useUrlState), so a filtered list is a permalink. */
export function FilterBar({
  fields,
  values,
  onChange,
  extra,
}: {
  fields: FilterField[]
  values: Record<string, string>
  onChange: (patch: Record<string, string>) => void
  extra?: ReactNode
}) {
  const active = fields.some((f) => values[f.key])
  const { ignored } = checkFilters(fields, values)
  return (
    <>
      {ignored.length > 0 && (
        <div className="filter-note" role="status" data-testid="ignored-filters">
          Ignored{' '}
          {ignored.map((i, n) => (
            <span key={i.key}>
              {n > 0 && ', '}
              {i.label} “<span className="mono">{i.value}</span>” ({i.why})
            </span>
          ))}
          .{' '}
          <button type="button" className="btn" onClick={() => onChange(Object.fromEntries(ignored.map((i) => [i.key, ''])))}>
            Remove from the link
          </button>
        </div>
      )}
      <div className="filters">
        {fields.map((f) => (
          <label key={f.key}>
            {f.label}
            {f.type === 'select' ? (
              <select value={values[f.key] ?? ''} onChange={(e) => onChange({ [f.key]: e.target.value })} aria-label={f.label}>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : f.type === 'date' ? (
              <input type="date" value={values[f.key] ?? ''} onChange={(e) => onChange({ [f.key]: e.target.value })} aria-label={`${f.label} (UTC)`} />
            ) : (
              <TextFilter value={values[f.key] ?? ''} onChange={(v) => onChange({ [f.key]: v })} placeholder={f.placeholder} wide={f.wide} label={f.label} />
            )}
          </label>
        ))}
        {active && (
          <button type="button" className="btn" onClick={() => onChange(Object.fromEntries(fields.map((f) => [f.key, ''])))}>
            Clear filters
          </button>
        )}
        {extra}
      </div>
    </>
  )
}

export function optionsOf(values: readonly string[], labels: Record<string, string>, all = 'All'): Array<{ value: string; label: string }> {
  return [{ value: '', label: all }, ...values.map((v) => ({ value: v, label: labels[v] ?? v }))]
}

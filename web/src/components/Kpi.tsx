import type { ReactNode } from 'react'
import type { Formatted } from '../lib/format'
import { Define } from './Define'

interface KpiProps {
  label: string
  value: Formatted | null
  sub?: ReactNode
  /** how the figure is computed, behind a "?" that opens on hover, focus and tap */
  hint?: string
  testId?: string
}

export function Kpi({ label, value, sub, hint, testId }: KpiProps) {
  return (
    <div className="kpi" data-testid={testId}>
      <div className="kpi-label">
        {label}
        {hint && <Define text={hint} label={`What is ${label}?`} />}
      </div>
      <div className="kpi-value">
        {value ? (
          <span title={value.exact} data-testid={testId ? `${testId}-value` : undefined}>
            {value.text}
          </span>
        ) : (
          <span className="skeleton" style={{ display: 'inline-block', width: 90, height: 22 }} />
        )}
      </div>
      {sub && <div className="kpi-sub">{sub}</div>}
    </div>
  )
}

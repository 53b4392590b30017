import { COMPONENT_LABELS, type RiskComponents } from './ranking'

const COLORS: Record<keyof RiskComponents, string> = {
  slashing: '#c2292e',
  jailing: '#e67e22',
  downtime: '#e6a700',
  commission: '#8b5cf6',
  selfBond: '#0b7fa6',
  concentration: '#2f6fdb',
}

/** Each component's points in words, "Slashing: 3.1 pts (component 0.155 × weight 0.2)", one per line unless `sep` says otherwise. */
export function riskPoints(components: RiskComponents, weights: RiskComponents, sep = '\n'): string {
  return (Object.keys(COMPONENT_LABELS) as Array<keyof RiskComponents>)
    .map((k) => `${COMPONENT_LABELS[k]}: ${(components[k] * weights[k] * 100).toFixed(1)} pts (component ${components[k].toFixed(3)} × weight ${weights[k]})`)
    .join(sep)
}

/**
 * The risk score as the sum of its weighted components: each segment is weight × component points.
 * The points in words are its accessible name (and its hover text); the ranking's "?" beside it says them to touch and keyboard users.
 */
export function RiskBar({ components, weights, width = 120 }: { components: RiskComponents; weights: RiskComponents; width?: number }) {
  const keys = Object.keys(COMPONENT_LABELS) as Array<keyof RiskComponents>
  const title = riskPoints(components, weights)
  return (
    <span className="meter" style={{ width, display: 'inline-flex' }} title={title} role="img" aria-label={title}>
      {keys.map((k) => (
        <span key={k} style={{ width: `${components[k] * weights[k] * 100}%`, background: COLORS[k], display: 'block' }} />
      ))}
    </span>
  )
}

export function RiskLegend() {
  return (
    <span className="row" style={{ fontSize: 12, gap: 10 }}>
      {(Object.keys(COMPONENT_LABELS) as Array<keyof RiskComponents>).map((k) => (
        <span key={k} className="nowrap">
          <span style={{ display: 'inline-block', width: 9, height: 9, borderRadius: 2, background: COLORS[k], marginRight: 4 }} />
          {COMPONENT_LABELS[k]}
        </span>
      ))}
    </span>
  )
}

export function riskTone(score: number): 'ok' | 'warn' | 'bad' {
  return score < 20 ? 'ok' : score < 40 ? 'warn' : 'bad'
}

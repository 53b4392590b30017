import { Define } from '../../components/Define'
import type { Liveness } from './liveness'

const TEXT: Record<Liveness, string> = { live: 'Live', stale: 'Heartbeat late', disabled: 'Disabled' }
const TONE: Record<Liveness, string> = { live: 'ok', stale: 'warn', disabled: 'bad' }

export function LivenessBadge({ liveness }: { liveness: Liveness }) {
  return <span className={`badge ${TONE[liveness]}`}>{TEXT[liveness]}</span>
}

/** what uptime means, for a "?" beside the meter or a table column's header */
export const UPTIME_DEFINITION = 'Share of the time the node was enabled since registration that heartbeats covered; time spent disabled is left out'

/** The uptime bar and figure; `defined` says a "?" beside it explains the figure (off where the column header already does). */
export function UptimeMeter({ uptime, defined = true }: { uptime: number; defined?: boolean }) {
  const tone = uptime >= 0.99 ? 'var(--ok)' : uptime >= 0.9 ? 'var(--warn)' : 'var(--bad)'
  return (
    <span className="row nowrap" title={`${(uptime * 100).toFixed(4)}%`}>
      <span className="meter" style={{ width: 60 }}>
        <span style={{ width: `${Math.max(0, Math.min(1, uptime)) * 100}%`, background: tone }} />
      </span>
      <span className="num">{(uptime * 100).toFixed(2)}%</span>
      {defined && <Define label="What is uptime?" text={UPTIME_DEFINITION} />}
    </span>
  )
}

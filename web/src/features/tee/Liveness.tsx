import type { Liveness } from './liveness'

const TEXT: Record<Liveness, string> = { live: 'Live', stale: 'Heartbeat late', disabled: 'Disabled' }
const TONE: Record<Liveness, string> = { live: 'ok', stale: 'warn', disabled: 'bad' }

export function LivenessBadge({ liveness }: { liveness: Liveness }) {
  return <span className={`badge ${TONE[liveness]}`}>{TEXT[liveness]}</span>
}

export function UptimeMeter({ uptime }: { uptime: number }) {
  const tone = uptime >= 0.99 ? 'var(--ok)' : uptime >= 0.9 ? 'var(--warn)' : 'var(--bad)'
  return (
    <span
      className="row nowrap"
      title={`${(uptime * 100).toFixed(4)}% of the time since registration covered by heartbeats (a disabled node keeps its figure from when it was disabled)`}
    >
      <span className="meter" style={{ width: 60 }}>
        <span style={{ width: `${Math.max(0, Math.min(1, uptime)) * 100}%`, background: tone }} />
      </span>
      <span className="num">{(uptime * 100).toFixed(2)}%</span>
    </span>
  )
}

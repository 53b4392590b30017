import { KIND_LABELS, STATUS_LABELS, titleCase } from '../lib/format'

const STATUS_TONE: Record<string, string> = {
  VERIFIED: 'ok',
  PENDING: 'info',
  PARTIAL: 'warn',
  INVALID: 'bad',
  MISSING: 'bad',
  UNVERIFIABLE: '',
  EXPIRED: '',
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge ${STATUS_TONE[status] ?? ''}`}>{STATUS_LABELS[status] ?? titleCase(status)}</span>
}

export function KindBadge({ kind }: { kind: string }) {
  return <span className="badge info">{KIND_LABELS[kind] ?? titleCase(kind)}</span>
}

export function Badge({ tone = '', children }: { tone?: '' | 'ok' | 'warn' | 'bad' | 'info'; children: React.ReactNode }) {
  return <span className={`badge ${tone}`}>{children}</span>
}

/** A signature verdict: valid, invalid, or nothing to check. */
export function VerdictBadge({ valid }: { valid: boolean | null }) {
  if (valid === null) return <span className="badge">No signature</span>
  return valid ? <span className="badge ok">Signature valid</span> : <span className="badge bad">Signature invalid</span>
}

import type { TruthReport } from './truth'

/** One row of the fault table. */
export interface CaseResult {
  name: string
  result: 'PASS' | 'FAIL'
  /** how long the fault kept the index from progressing or from being exact; null when not applicable */
  recoverSeconds: number | null
  rowsCompared: number
  notes: string
  /** measured figures of the row by name (ms unless the name says otherwise), for a reader of --json such as the bench */
  figures?: Record<string, number>
}

/** PASS exactly when the truth comparison found nothing and the case's own checks held. */
export function resultFrom(name: string, truth: TruthReport, recoverSeconds: number | null, notes: string[], extraFailures: string[] = []): CaseResult {
  const failures = [...new Set([...extraFailures, ...truth.mismatches])]
  return {
    name,
    result: failures.length === 0 ? 'PASS' : 'FAIL',
    recoverSeconds,
    rowsCompared: truth.rowsCompared,
    notes: [...failures.map((f) => `MISMATCH ${f}`), ...notes].join('; '),
  }
}

export function failed(name: string, error: unknown, rowsCompared = 0): CaseResult {
  const message = error instanceof Error ? error.message : String(error)
  return { name, result: 'FAIL', recoverSeconds: null, rowsCompared, notes: `error: ${message.replace(/\s+/g, ' ').slice(0, 600)}` }
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

export function formatTable(results: CaseResult[]): string {
  const lines = ['| case | result | time to recover | rows compared | notes |', '|---|---|---|---|---|']
  for (const r of results) {
    const recover = r.recoverSeconds === null ? '–' : `${r.recoverSeconds.toFixed(1)} s`
    lines.push(`| ${cell(r.name)} | ${r.result} | ${recover} | ${r.rowsCompared} | ${cell(r.notes)} |`)
  }
  return lines.join('\n')
}

export function formatLine(r: CaseResult): string {
  const recover = r.recoverSeconds === null ? '–' : `${r.recoverSeconds.toFixed(1)} s`
  return `[faults] ${r.result} ${r.name} (recover ${recover}, ${r.rowsCompared} rows compared) ${r.notes}`
}

/** One line of the preflight table, and how the table is printed and judged. */
import type { Chain } from '../util/metrics'

export type Verdict = 'ok' | 'warn' | 'fail'

export interface PreflightRow {
  chain: Chain
  check: string
  value: string
  verdict: Verdict
}

export const row = (chain: Chain, check: string, verdict: Verdict, value: string): PreflightRow => ({ chain, check, value, verdict })

export function formatTable(rows: PreflightRow[]): string {
  const header = ['chain', 'check', 'verdict', 'value']
  const cells = rows.map((r) => [r.chain, r.check, r.verdict.toUpperCase(), r.value])
  const widths = header.map((h, i) => Math.max(h.length, ...cells.slice().map((c) => (i < 3 ? c[i].length : 0))))
  const line = (c: string[]) => c.map((v, i) => (i < 3 ? v.padEnd(widths[i]) : v)).join(' | ')
  return [line(header), widths.map((w, i) => '-'.repeat(i < 3 ? w : 5)).join('-|-'), ...cells.map(line)].join('\n')
}

/** A fail anywhere means the indexer would not finish a first sync as configured. */
export const exitCodeOf = (rows: PreflightRow[]) => (rows.some((r) => r.verdict === 'fail') ? 1 : 0)

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 240)

export const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`

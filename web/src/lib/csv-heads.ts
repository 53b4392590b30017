import { CHAINS } from '@og-explorer/common'
import type { IndexedHeads } from '../api/client'

/**
 * A chart's CSV with the heads it was drawn at in a last comment line, in the form the API's
 * exports use (`# ... indexed heads og=N;base=M`), so the file cites its blocks after it is renamed.
 */
export function csvWithHeads(csv: string, heads: IndexedHeads | null | undefined): string {
  const text = CHAINS.map((c) => `${c}=${heads?.[c]?.height ?? ''}`).join(';')
  return `${csv}# indexed heads ${text}\r\n`
}

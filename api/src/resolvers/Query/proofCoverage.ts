import { loadProofCoverage, type CoverageGrouping } from '../../analytics/proof-coverage'
import { toMs } from '../../analytics/range'
import type { ApiContext } from '../context'

export function proofCoverage(_parent: unknown, args: { from?: string | null; to?: string | null; by: CoverageGrouping }, ctx: ApiContext) {
  return loadProofCoverage(ctx.db, args.by, toMs(args.from), toMs(args.to))
}

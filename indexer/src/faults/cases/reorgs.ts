import type { FaultFixture } from '../fixture'
import type { CaseResult } from '../report'

export async function reorgCases(_fx: FaultFixture): Promise<CaseResult[]> {
  return []
}

import type { FaultFixture } from '../fixture'
import type { CaseResult } from '../report'

export async function postgresCases(_fx: FaultFixture): Promise<CaseResult[]> {
  return []
}

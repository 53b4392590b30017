import type { FaultFixture } from '../fixture'
import type { CaseResult } from '../report'

export async function badChainDataCases(_fx: FaultFixture): Promise<CaseResult[]> {
  return []
}

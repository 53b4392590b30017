/** Proof coverage: settled inferences by verification verdict, grouped by mode and by TEE node. */
import { typed } from '../../api/document'
import { DAY_MS, type DayWindow } from '../../lib/range'
import type { ProofCoverageQuery, ProofCoverageQueryVariables } from '../../generated/graphql'

export const COVERAGE_QUERY = typed<ProofCoverageQuery, ProofCoverageQueryVariables>(/* GraphQL */ `
query ProofCoverage($from: DateTime, $to: DateTime) {
  byMode: proofCoverage(by: MODE, from: $from, to: $to) {
    source
    rows { key settled verified invalid pending unverifiable verifiedShare }
    total { settled verified invalid pending unverifiable verifiedShare }
  }
  byTee: proofCoverage(by: TEE, from: $from, to: $to) {
    rows { key settled verified invalid pending unverifiable verifiedShare }
  }
}`)

/** The coverage panels' variables for a range (the overview's prefetch asks with the same ones). */
export function coverageVariables(window: DayWindow): { from: string; to: string } {
  // proofCoverage's `to` is exclusive of nothing after it: the window's last day is included up to its end
  return { from: window.from, to: new Date(Date.parse(window.to) + DAY_MS - 1).toISOString() }
}

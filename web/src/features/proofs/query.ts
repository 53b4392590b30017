/** Proof coverage: settled inferences by verification verdict, grouped by mode and by TEE node. */
import { typed } from '../../api/document'
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

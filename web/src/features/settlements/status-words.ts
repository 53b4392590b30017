/**
 * A settlement's verdict in one plain sentence: what was declared on chain, what the indexer could
 * check, and why not when it could not. Every reason code the indexer writes (common's
 * STATUS_REASONS) has its words here; status-words.test.ts fails for a code without them.
 */
import type { StatusReason } from '@og-explorer/common'
import { formatDateTime, formatInteger, plural } from '../../lib/format'

export interface VerdictFacts {
  kind: string
  status: string
  statusReason?: string | null
  /** leaves the event declares (batch kinds) */
  batchSize?: number | null
  /** Inference rows expanded from it */
  inferenceCount: number
  attempts: number
  invalidSignatures?: number
  validSignatures?: number
  nextAttemptAt?: string | null
}

const isBatch = (f: VerdictFacts) => f.kind === 'BATCH' || f.kind === 'LEGACY_BATCH'

/** "8 inferences declared; " for a batch, nothing for a single settlement */
function declared(f: VerdictFacts): string {
  return isBatch(f) ? `${plural(f.batchSize ?? 0, 'inference', 'inferences')} declared; ` : ''
}

/** "these inferences" or "this inference" */
const these = (f: VerdictFacts) => (isBatch(f) && (f.batchSize ?? 0) !== 1 ? 'these inferences' : 'this inference')

const payload = (f: VerdictFacts) => (isBatch(f) ? 'blob' : 'Walrus payload')

const attemptsText = (f: VerdictFacts) => plural(f.attempts, 'attempt', 'attempts')

/** The sentence for each reason code the indexer writes. */
export const REASON_WORDS: Record<StatusReason, (f: VerdictFacts) => string> = {
  'blob-missing': (f) => `${declared(f)}the ${payload(f)} could not be fetched from Walrus after ${attemptsText(f)}, so ${these(f)} cannot be checked.`,
  'blob-expired': (f) =>
    `${declared(f)}the ${payload(f)} is past its Walrus storage period, so ${these(f)} can no longer be checked; this is not counted as a failure.`,
  'blob-unavailable': (f) =>
    `${declared(f)}the Walrus aggregator answers that the ${payload(f)} is no longer available, so ${these(f)} can no longer be checked; this is not counted as a failure.`,
  'bad-blob-id': (f) =>
    `${declared(f)}the settlement event carries a blob id that cannot be read, so no ${payload(f)} can be fetched and ${these(f)} cannot be checked.`,
  malformed: (f) => `${declared(f)}the ${payload(f)} was fetched but is not in the published format, so ${these(f)} cannot be checked.`,
  'root-mismatch': (f) =>
    `${declared(f)}the leaves in the blob rebuild a different Merkle root from the one on chain, so the blob does not prove this settlement and ${these(f)} cannot be checked.`,
  'size-mismatch': (f) =>
    `${declared(f)}the blob holds a different number of leaves from the ${formatInteger(f.batchSize ?? 0)} the event declares, so the blob does not prove this settlement.`,
  'tee-id-mismatch': () => 'The Walrus payload names a different TEE node from the settlement event, so it does not prove this inference.',
  'input-hash-mismatch': () => 'The Walrus payload has a different input hash from the settlement event, so it does not prove this inference.',
  'output-hash-mismatch': () => 'The Walrus payload has a different output hash from the settlement event, so it does not prove this inference.',
  'timestamp-mismatch': () => 'The Walrus payload has a different signing time from the settlement event, so it does not prove this inference.',
  'signature-mismatch': () => 'The Walrus payload carries a different TEE signature from the settlement event, so it does not prove this inference.',
  'eth-address-mismatch': () => 'The Walrus payload names a different user address from the settlement event, so it does not prove this inference.',
  'bad-signature': (f) =>
    isBatch(f)
      ? `${declared(f)}the blob rebuilt the on-chain root, but ${plural(f.invalidSignatures ?? 0, 'leaf', 'leaves')} of ${formatInteger(f.inferenceCount)} ${(f.invalidSignatures ?? 0) === 1 ? 'carries' : 'carry'} a TEE signature that does not verify against the key the enclave registered on chain.`
      : 'The TEE signature does not verify against the key the enclave registered on chain.',
  'key-unknown': (f) =>
    `${declared(f)}the TEE's public key could not be read from the registry, so ${isBatch(f) ? 'some signatures' : 'the signature'} could not be checked; this is not counted as a failure.`,
}

/** Words for a status without a reason code. */
function withoutReason(f: VerdictFacts): string {
  switch (f.status) {
    case 'VERIFIED':
      return isBatch(f)
        ? `${declared(f)}the blob rebuilt the on-chain Merkle root and all ${formatInteger(f.inferenceCount)} TEE signatures verified.`
        : 'The Walrus payload matches the settlement event and the TEE signature verified.'
    case 'PENDING':
      return `${declared(f)}waiting for the ${payload(f)}: ${f.attempts === 0 ? 'not fetched yet' : `${attemptsText(f)} so far`}${
        f.nextAttemptAt ? `, next attempt at ${formatDateTime(f.nextAttemptAt)}` : ''
      }.`
    case 'UNVERIFIABLE':
      return `${declared(f)}nothing was published to verify (a legacy or hub settlement); only the settlement itself is on chain.`
    case 'MISSING':
      return REASON_WORDS['blob-missing'](f)
    case 'EXPIRED':
      return REASON_WORDS['blob-expired'](f)
    case 'PARTIAL':
      return REASON_WORDS['bad-signature'](f)
    case 'INVALID':
      return `${declared(f)}the ${payload(f)} does not prove this settlement, so ${these(f)} cannot be checked.`
    default:
      return `${declared(f)}the indexer judged it ${f.status.toLowerCase()}.`
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** One sentence saying what was declared, what could be checked and, when it could not, why. */
export function verdictSentence(f: VerdictFacts): string {
  const words = f.statusReason ? REASON_WORDS[f.statusReason as StatusReason] : undefined
  // a code this build does not know yet is shown as it is, never hidden
  const text = words ? words(f) : f.statusReason ? `${withoutReason(f).replace(/\.$/, '')} (reason ${f.statusReason}).` : withoutReason(f)
  return capitalise(text)
}

/** A few words for a list row, the sentence's gist. */
export const REASON_SHORT: Record<StatusReason, string> = {
  'blob-missing': 'blob not found',
  'blob-expired': 'blob past storage period',
  'blob-unavailable': 'blob no longer available',
  'bad-blob-id': 'unreadable blob id',
  malformed: 'blob not in the published format',
  'root-mismatch': 'blob rebuilds another root',
  'size-mismatch': 'leaf count differs',
  'tee-id-mismatch': 'payload names another TEE',
  'input-hash-mismatch': 'payload input hash differs',
  'output-hash-mismatch': 'payload output hash differs',
  'timestamp-mismatch': 'payload signing time differs',
  'signature-mismatch': 'payload signature differs',
  'eth-address-mismatch': 'payload user address differs',
  'bad-signature': 'bad TEE signature',
  'key-unknown': 'TEE key unknown',
}

export function reasonShort(code: string | null | undefined): string | null {
  if (!code) return null
  return REASON_SHORT[code as StatusReason] ?? code
}

/** "Verified at" only on a settlement that verified; any other verdict was checked, not verified. */
export function checkedAtLabel(status: string): string {
  return status === 'VERIFIED' ? 'Verified at' : 'Checked at'
}

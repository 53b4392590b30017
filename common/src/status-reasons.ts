/**
 * Every `statusReason` code the indexer writes on a Settlement or an Inference, in one list, so the
 * words people read for each code (the web app's status-words.ts) cannot miss one: the indexer's
 * test holds every code it and the proofs package can produce to this list, and the web's test holds
 * its words to it.
 */
export const STATUS_REASONS = [
  // the blob could not be read
  'blob-missing',
  'blob-expired',
  'blob-unavailable',
  'bad-blob-id',
  // a batch blob that does not prove the settlement
  'malformed',
  'root-mismatch',
  'size-mismatch',
  // an individual payload that contradicts its event
  'tee-id-mismatch',
  'input-hash-mismatch',
  'output-hash-mismatch',
  'timestamp-mismatch',
  'signature-mismatch',
  'eth-address-mismatch',
  // signatures
  'bad-signature',
  'key-unknown',
] as const

export type StatusReason = (typeof STATUS_REASONS)[number]

export function isStatusReason(code: string): code is StatusReason {
  return (STATUS_REASONS as readonly string[]).includes(code)
}

import { STATUS_REASONS, VERIFICATION_STATUSES } from '@og-explorer/common'
import { describe, expect, it } from 'vitest'
import { REASON_SHORT, REASON_WORDS, checkedAtLabel, reasonShort, verdictSentence, type VerdictFacts } from './status-words'

const batch = (over: Partial<VerdictFacts>): VerdictFacts => ({
  kind: 'BATCH',
  status: 'INVALID',
  batchSize: 8,
  inferenceCount: 0,
  attempts: 4,
  ...over,
})

describe('status words', () => {
  it('has a sentence and a short form for every reason code the indexer writes (common STATUS_REASONS)', () => {
    for (const code of STATUS_REASONS) {
      expect(REASON_WORDS[code], code).toBeTypeOf('function')
      expect(REASON_SHORT[code], code).toBeTruthy()
      const text = verdictSentence(batch({ statusReason: code }))
      expect(text, code).not.toContain(code)
      expect(text.length, code).toBeGreaterThan(20)
    }
    expect(Object.keys(REASON_WORDS).sort()).toEqual([...STATUS_REASONS].sort())
  })

  it('says a missing batch blob with the declared count and the attempts', () => {
    expect(verdictSentence(batch({ status: 'MISSING', statusReason: 'blob-missing', attempts: 4 }))).toBe(
      '8 inferences declared; the blob could not be fetched from Walrus after 4 attempts, so these inferences cannot be checked.',
    )
  })

  it('names the root and size mismatches and the malformed blob differently', () => {
    const texts = ['root-mismatch', 'size-mismatch', 'malformed'].map((r) => verdictSentence(batch({ statusReason: r })))
    expect(new Set(texts).size).toBe(3)
    expect(texts[0]).toMatch(/different Merkle root/)
    expect(texts[1]).toMatch(/different number of leaves from the 8 the event declares/)
  })

  it('counts bad signatures among the leaves', () => {
    expect(verdictSentence(batch({ status: 'PARTIAL', statusReason: 'bad-signature', inferenceCount: 8, invalidSignatures: 1 }))).toMatch(
      /1 leaf of 8 carries a TEE signature that does not verify/,
    )
  })

  it('gives a pending batch its attempts and next attempt time', () => {
    expect(verdictSentence(batch({ status: 'PENDING', attempts: 2, nextAttemptAt: '2026-07-01T10:05:00.000Z' }))).toBe(
      '8 inferences declared; waiting for the blob: 2 attempts so far, next attempt at 2026-07-01 10:05 UTC.',
    )
    expect(verdictSentence(batch({ status: 'PENDING', attempts: 0 }))).toMatch(/not fetched yet\.$/)
  })

  it('speaks of one inference for a single settlement', () => {
    expect(verdictSentence({ kind: 'INDIVIDUAL', status: 'MISSING', statusReason: 'blob-missing', inferenceCount: 1, attempts: 3 })).toBe(
      'The Walrus payload could not be fetched from Walrus after 3 attempts, so this inference cannot be checked.',
    )
  })

  it('has words for every status without a reason', () => {
    for (const status of VERIFICATION_STATUSES) expect(verdictSentence(batch({ status, statusReason: null })), status).not.toMatch(/judged it/)
  })

  it('shows an unknown code as it is rather than hiding it', () => {
    expect(verdictSentence(batch({ status: 'INVALID', statusReason: 'brand-new-code' }))).toContain('brand-new-code')
    expect(reasonShort('brand-new-code')).toBe('brand-new-code')
    expect(reasonShort(null)).toBeNull()
  })

  it('says Checked at unless verified', () => {
    expect(checkedAtLabel('VERIFIED')).toBe('Verified at')
    for (const s of VERIFICATION_STATUSES.filter((s) => s !== 'VERIFIED')) expect(checkedAtLabel(s)).toBe('Checked at')
  })
})

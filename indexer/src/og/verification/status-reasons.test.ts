// Every reason code the OG pipeline (and the proofs package it calls) can write on a Settlement or Inference must be in common's
// STATUS_REASONS, because the web app's words for failed proofs are checked against that list: a new
// code written here without an entry there fails this test instead of reaching a page as a bare code.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { STATUS_REASONS, isStatusReason, type StatusReason } from '@og-explorer/common'
import type { BatchVerifyReason, IndividualVerifyReason } from '@og-explorer/proofs'
import { KEY_UNKNOWN } from './apply'
import type { JudgedBlob } from './expiry'

// compile-time: a code added to one of these types and not to the list stops the build
type Written = BatchVerifyReason | IndividualVerifyReason | Extract<JudgedBlob, { reason: string }>['reason'] | typeof KEY_UNKNOWN
const everyWrittenIsListed = (code: Written): StatusReason => code
void everyWrittenIsListed

const root = path.join(__dirname, '..', '..', '..', '..')

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    if (e.isDirectory()) return sources(full)
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts') ? [full] : []
  })
}

/** Quoted codes on the right of `reason:`, `reason =`, `statusReason:` and `statusReason =`, up to the end of the expression. */
function writtenCodes(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8')
  const codes: string[] = []
  for (const m of text.matchAll(/[rR]eason\??\s*[:=]\s*([^,;}\n]+)/g)) for (const lit of m[1].matchAll(/'([a-z][a-z0-9-]*)'/g)) codes.push(lit[1])
  return codes
}

test('every reason code written by the OG pipeline and the proofs package is in STATUS_REASONS', () => {
  const files = [...sources(path.join(root, 'indexer', 'src', 'og')), ...sources(path.join(root, 'proofs', 'src'))]
  const found = new Map<string, string>()
  for (const f of files) for (const code of writtenCodes(f)) found.set(code, path.relative(root, f))
  // the scan must see the codes it is known to write, or it would pass by reading nothing
  for (const known of ['bad-blob-id', 'bad-signature', 'blob-missing', 'root-mismatch', 'malformed']) assert.ok(found.has(known), `scan missed ${known}`)
  const unlisted = [...found].filter(([code]) => !isStatusReason(code))
  assert.deepEqual(unlisted, [], 'reason codes written without an entry in common/src/status-reasons.ts')
  assert.ok(isStatusReason(KEY_UNKNOWN))
})

test('STATUS_REASONS has no duplicates', () => {
  assert.equal(new Set(STATUS_REASONS).size, STATUS_REASONS.length)
})

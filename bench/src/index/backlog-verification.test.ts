import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseBacklogVerification, verificationText } from './backlog-verification'

test('the last "backlog verified" line of a processor log is read with its split; a log without one gives null', () => {
  const log = [
    '[indexer] [og] verifying the backlog before stopping: 1000 settlements in 10.0 s, 500 blobs to go (waiting for blobs and their checks 5.0 s, verdicts 2.0 s, writes 3.0 s)',
    '[indexer] [og] backlog verified: 1500 settlements in 14.5 s (waiting for blobs and their checks 7.5 s, verdicts 2.5 s, writes 4.5 s)',
    '[indexer] [og] built 57 indexes in 3.0 s',
  ].join('\n')
  const v = parseBacklogVerification(log)
  assert.deepEqual(v, { settlements: 1500, seconds: 14.5, blobsSeconds: 7.5, verdictsSeconds: 2.5, writesSeconds: 4.5 })
  assert.equal(
    verificationText(v!, 0),
    '15 s verifying the backlog of 1,500 settlements at the end (waiting for blobs and their checks 8 s, verdicts 3 s, writes 5 s)',
  )
  assert.equal(parseBacklogVerification('[indexer] [og] built 57 indexes in 3.0 s'), null)
})

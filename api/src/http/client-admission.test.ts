import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ClientAdmission } from './client-admission'
import { takesTurn } from './rate-limit'

test('admission: in-flight places for every request, turns only for those that take one (CSV exports queue for their own slots)', () => {
  const admission = new ClientAdmission(3, 1)
  const first = admission.enter('a')
  const export1 = admission.enter('a', takesTurn('/export/transfers.csv'))
  const second = admission.enter('a', takesTurn('/graphql'))
  assert.ok(!first.refused && !export1.refused && !second.refused)
  assert.equal(first.ready, null)
  assert.equal(export1.ready, null, 'an export does not wait behind the client GraphQL turn')
  assert.ok(second.ready instanceof Promise, 'a second GraphQL request waits for the one turn')
  assert.equal(admission.enter('a').refused, true, 'the fourth open request is past the in-flight limit')
  export1.release()
  assert.equal(admission.turns.runningFor('a'), 1, 'releasing the export gave back no turn')
  assert.equal(admission.turns.waitingFor('a'), 1)
  second.release()
  assert.equal(admission.turns.waitingFor('a'), 0, 'a request released while waiting left the line')
  first.release()
  first.release()
  assert.equal(admission.inFlight.clients(), 0, 'every place given back once')
  assert.equal(admission.turns.clients(), 0)
})

test('admission: a client that runs into its in-flight limit is then worked on one request at a time', () => {
  const admission = new ClientAdmission(3, 2)
  const open = [admission.enter('a'), admission.enter('a'), admission.enter('a')]
  assert.equal(admission.turns.limitFor('a'), 2)
  assert.equal(admission.enter('a').refused, true)
  assert.equal(admission.turns.limitFor('a'), 1, 'slowed down by its refusal')
  assert.equal(admission.turns.limitFor('b'), 2, 'another client keeps its turns')
  for (const p of open) if (!p.refused) p.release()
  assert.equal(admission.inFlight.clients(), 0)
})

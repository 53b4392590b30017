import assert from 'node:assert/strict'
import { test } from 'node:test'
import { DOWNTIME_JAIL_SECONDS, type IncidentEvent, REASON_NOT_REPORTED, incidentDetails } from './slash-detail'

const V = '0x00000000000000000000000000000000000000aa'
const OTHER = '0x00000000000000000000000000000000000000bb'
const OPG = 10n ** 18n
const t0 = Date.UTC(2026, 2, 1)
const at = (hours: number) => new Date(t0 + hours * 3600_000)

function ev(id: string, kind: string, block: number, amount: bigint | null, extra: Partial<IncidentEvent> = {}): IncidentEvent {
  return {
    id,
    kind,
    validator: V,
    dstValidator: null,
    amount: amount?.toString() ?? null,
    timestamp: at(block),
    blockNumber: block,
    detectedBy: kind === 'UNJAIL' ? 'log' : 'state',
    ...extra,
  }
}

test('a slash: stake before walked back from the current stake, fraction and loss per 1,000 OPG from the slashed amount', () => {
  // 1,000 delegated, 5 % slashed (50), then 200 more delegated and 100 redelegated away: 1,050 now
  const events = [
    ev('d1', 'DELEGATE', 1, 1000n * OPG),
    ev('s1', 'SLASH', 2, 50n * OPG),
    ev('j1', 'JAIL', 2, null),
    ev('d2', 'DELEGATE', 3, 200n * OPG),
    ev('r1', 'REDELEGATE', 4, 100n * OPG, { dstValidator: OTHER }),
  ]
  const [jail, slash] = incidentDetails(V, 1050n * OPG, events)
  assert.equal(slash.kind, 'SLASH')
  assert.equal(slash.slashedAmount, 50n * OPG)
  assert.equal(slash.stakeBefore, 1000n * OPG)
  assert.equal(slash.slashFraction, 0.05)
  assert.equal(slash.lossPer1000, 50)
  assert.match(slash.lossSource ?? '', /indexed slashed amount/)
  assert.equal(jail.kind, 'JAIL')
})

test('a redelegation into the validator and a MOVE row (the loader per-block sum) count toward the stake before', () => {
  const events = [
    ev('r1', 'REDELEGATE', 1, 400n * OPG, { validator: OTHER, dstValidator: V }),
    ev('m1', 'MOVE', 1, 600n * OPG),
    ev('s1', 'SLASH', 1, 100n * OPG),
    ev('m2', 'MOVE', 5, -300n * OPG),
  ]
  const [slash] = incidentDetails(V, 600n * OPG, events)
  assert.equal(slash.stakeBefore, 1000n * OPG)
  assert.equal(slash.slashFraction, 0.1)
})

test('a jail: jailed until = jail time + the downtime jail duration, and the unjail that ended it', () => {
  const events = [ev('j1', 'JAIL', 10, null), ev('u1', 'UNJAIL', 30, null), ev('j2', 'JAIL', 50, null)]
  const [j2, u1, j1] = incidentDetails(V, 0n, events)
  assert.deepEqual([j2.kind, u1.kind, j1.kind], ['JAIL', 'UNJAIL', 'JAIL'])
  assert.equal(j1.jailedUntil?.getTime(), at(10).getTime() + DOWNTIME_JAIL_SECONDS * 1000)
  assert.equal(j1.unjailedAt?.getTime(), at(30).getTime())
  assert.equal(j2.unjailedAt, null, 'still jailed: no unjail after it')
  assert.match(j1.jailedUntilSource ?? '', /downtime_jail_duration/)
})

test('no reason is guessed: every incident says the chain did not report one', () => {
  const out = incidentDetails(V, 0n, [ev('s1', 'SLASH', 1, 0n), ev('j1', 'JAIL', 1, null), ev('u1', 'UNJAIL', 2, null)])
  for (const i of out) {
    assert.equal(i.reason, null)
    assert.ok(i.reasonNote.startsWith(REASON_NOT_REPORTED))
  }
  // a slash of nothing from nothing has no fraction rather than a division by zero
  assert.equal(out.find((i) => i.kind === 'SLASH')?.slashFraction, null)
})

test("another validator's incidents and flows are not this validator's", () => {
  const out = incidentDetails(V, 100n * OPG, [ev('x', 'SLASH', 1, 5n * OPG, { validator: OTHER }), ev('d', 'DELEGATE', 2, 10n * OPG, { validator: OTHER })])
  assert.equal(out.length, 0)
})

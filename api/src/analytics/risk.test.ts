import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  DEFAULT_SLASH_FRACTION,
  PRIOR_YEARS,
  RISK_WEIGHTS,
  confidence,
  expectedLossPer1000,
  networkSlashRate,
  observedSlashFraction,
  priorRisk,
  riskComponents,
  riskScore,
  shrinkRisk,
  type RiskInputs,
} from './risk'

const clean: RiskInputs = { slashCount: 0, jailCount: 0, jailed: false, teeUptime: 1, commissionWeightedRise: 0, selfBondShare: 0.5, stakeShare: 0.05 }

test('a clean validator scores near 0 and the worst case scores 100', () => {
  const c = riskComponents(clean)
  assert.deepEqual([c.slashing, c.jailing, c.downtime, c.commission, c.selfBond], [0, 0, 0, 0, 0])
  assert.equal(riskScore(c), Math.round(100 * RISK_WEIGHTS.concentration * (0.05 * 3) * 100) / 100)
  const worst = riskComponents({ slashCount: 50, jailCount: 50, jailed: true, teeUptime: 0, commissionWeightedRise: 1, selfBondShare: 0, stakeShare: 1 })
  assert.equal(riskScore(worst), 100)
})

test('each component follows its documented formula', () => {
  const c = riskComponents({ slashCount: 1, jailCount: 2, jailed: false, teeUptime: 0.97, commissionWeightedRise: 0.05, selfBondShare: 0.04, stakeShare: 0.2 })
  assert.equal(c.slashing, 1 - Math.exp(-1))
  assert.equal(c.jailing, 1 - Math.exp(-1))
  assert.ok(Math.abs(c.downtime - 0.3) < 1e-9)
  assert.ok(Math.abs(c.commission - 0.5) < 1e-9)
  assert.ok(Math.abs(c.selfBond - 0.6) < 1e-9)
  assert.ok(Math.abs(c.concentration - 0.6) < 1e-9)
  assert.equal(riskComponents({ ...clean, jailed: true }).jailing, 1)
  assert.equal(riskComponents({ ...clean, teeUptime: null }).downtime, 0.5)
})

test('the score rises with every kind of incident', () => {
  const base = riskScore(riskComponents(clean))
  for (const worse of [
    { slashCount: 1 },
    { jailCount: 1 },
    { teeUptime: 0.9 },
    { commissionWeightedRise: 0.02 },
    { selfBondShare: 0.01 },
    { stakeShare: 0.3 },
  ]) {
    assert.ok(riskScore(riskComponents({ ...clean, ...worse })) > base, JSON.stringify(worse))
  }
})

test('expected loss per 1,000 OPG: λ from the validator and the network prior, P = 1 − e^−λ', () => {
  const r = expectedLossPer1000({ slashCount: 1, ageYears: 1, networkSlashRate: 0.2, slashFraction: 0.05 })
  assert.ok(Math.abs(r.lambda - 0.6) < 1e-12)
  assert.ok(Math.abs(r.probability - (1 - Math.exp(-0.6))) < 1e-12)
  assert.ok(Math.abs(r.loss - 1000 * (1 - Math.exp(-0.6)) * 0.05) < 1e-9)
  const fresh = expectedLossPer1000({ slashCount: 0, ageYears: 0, networkSlashRate: 0, slashFraction: 0.05 })
  assert.equal(fresh.loss, 0)
})

test('network slash rate and observed slash fraction', () => {
  assert.equal(
    networkSlashRate([
      { slashCount: 1, ageYears: 2 },
      { slashCount: 0, ageYears: 2 },
    ]),
    0.25,
  )
  assert.equal(networkSlashRate([]), 0)
  assert.equal(observedSlashFraction([{ slashCount: 0, totalSlashed: 0n, stake: 100n }]), DEFAULT_SLASH_FRACTION)
  // 5 of 100 before the slash: 5%
  assert.equal(
    observedSlashFraction([
      { slashCount: 1, totalSlashed: 5n, stake: 95n },
      { slashCount: 0, totalSlashed: 0n, stake: 10n },
    ]),
    0.05,
  )
})

test('a short record is shrunk toward the network prior by ageYears / (ageYears + PRIOR_YEARS)', () => {
  assert.equal(confidence(0), 0)
  assert.equal(confidence(PRIOR_YEARS), 0.5)
  // a brand-new validator is the prior; one PRIOR_YEARS old is half way between its record and the prior
  assert.equal(shrinkRisk(0, 0, 30), 30)
  assert.equal(shrinkRisk(10, PRIOR_YEARS, 30), 20)
  // a long clean record stays close to its own score
  assert.ok(shrinkRisk(0, 20 * PRIOR_YEARS, 30) < 2)
  assert.equal(priorRisk([10, 20, 60]), 30)
  assert.equal(priorRisk([]), 0)
})

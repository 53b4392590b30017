/**
 * The OG tables of a database that backfilled a synthetic OG dataset, held against the dataset's own
 * blocks and recorded state (og-dataset-facts.ts) and the simulator's ground truth written beside it:
 * settlements of every kind and hub results by count and id digest, TEE nodes, heartbeats, staking
 * logs by kind, validators against the precompile's state at the last block, daily aggregates, and
 * the verifier's verdicts against every injected fault (as testkit/src/faults/truth.ts holds a devnet).
 */
import type { GroundTruth } from '@og-explorer/devnet'
import { Tally, type TruthReport } from '@og-explorer/testkit/lib/faults/truth-chain'
import { query } from '../util/test-stack'
import { type IdSet, sqlDigest } from './dataset-facts'
import type { OgDatasetFacts } from './og-dataset-facts'

async function sameIds(t: Tally, dbUrl: string, label: string, where: string, expected: IdSet): Promise<void> {
  const [row] = await query<{ n: string; digest: string }>(dbUrl, `select count(*)::text n, ${sqlDigest('id')} digest from settlement where ${where}`)
  t.equal(`${label}: rows`, row.n, expected.count)
  t.equal(`${label}: digest of every id`, row.digest, expected.digest)
}

export async function compareOgWithDataset(dbUrl: string, facts: OgDatasetFacts, truth: GroundTruth): Promise<TruthReport> {
  const t = new Tally()
  for (const [kind, ids] of facts.settlements) await sameIds(t, dbUrl, `settlements ${kind}`, `kind = '${kind}'`, ids)
  await sameIds(t, dbUrl, 'settlements HUB (one per hub result)', `kind = 'HUB'`, facts.hubResults)

  const [nodes] = await query<{ n: string; keyless: string }>(dbUrl, 'select count(*) n, count(*) filter (where public_key is null) keyless from tee_node')
  t.equal('TEE nodes', Number(nodes.n), facts.teeRegistrations)
  t.equal('TEE nodes without a public key', Number(nodes.keyless), 0)
  const [beats] = await query<{ n: string }>(dbUrl, 'select count(*) n from heartbeat')
  t.equal('heartbeats', Number(beats.n), facts.heartbeats)

  const stakingRows = await query<{ kind: string; n: string }>(dbUrl, `select kind, count(*) n from staking_event where detected_by = 'log' group by kind`)
  t.sameCounts('staking events per kind', new Map(stakingRows.map((r) => [r.kind, Number(r.n)])), facts.stakingLogs)

  // validators against the precompile's recorded state (slashing and jailing leave no log)
  const validators = await query<{ id: string; tokens: string; jailed: boolean }>(dbUrl, 'select id, tokens::text, jailed from validator order by id')
  t.sameSet(
    'validators (the precompile list)',
    validators.map((v) => v.id),
    facts.validators.keys(),
  )
  for (const v of validators) {
    const expected = facts.validators.get(v.id)
    if (!expected) continue
    t.equal(`validator ${v.id} tokens`, v.tokens, expected.tokens.toString())
    t.equal(`validator ${v.id} jailed`, v.jailed, expected.jailed)
  }

  const daily = await query<{ id: string; settlements: number; heartbeats: number }>(dbUrl, 'select id, settlements, heartbeats from og_daily_stat')
  t.sameCounts('og_daily_stat.settlements per day', new Map(daily.map((d) => [d.id, d.settlements])), facts.daily.settlements)
  t.sameCounts('og_daily_stat.heartbeats per day', new Map(daily.map((d) => [d.id, d.heartbeats])), facts.daily.heartbeats)
  const [sums] = await query<{ verified: string; rows: string }>(
    dbUrl,
    `select (select coalesce(sum(inferences_verified), 0) from og_daily_stat)::text verified,
            (select count(*) from inference i join settlement s on s.id = i.settlement_id where s.status in ('VERIFIED', 'PARTIAL') and i.signature_valid)::text rows`,
  )
  t.equal('og_daily_stat.inferences_verified total vs verified inference rows', sums.verified, sums.rows)

  // the simulator's ground truth: what it meant to settle, and every fault it injected caught
  t.equal('batch settlements (ground truth)', facts.settlements.get('BATCH')!.count, truth.settled.batches)
  t.equal('individual settlements (ground truth)', facts.settlements.get('INDIVIDUAL')!.count, truth.settled.individual)
  t.equal(
    'legacy settlements (ground truth)',
    facts.settlements.get('LEGACY_SINGLE')!.count + facts.settlements.get('LEGACY_METADATA')!.count,
    truth.settled.legacy,
  )
  t.equal('hub inferences (ground truth)', facts.hubResults.count, truth.settled.hubInferences)
  let leaves = 0
  for (const b of facts.batches.values()) leaves += b.size
  t.equal('batch leaves (ground truth)', leaves, truth.settled.batchLeaves)
  await compareVerdicts(t, dbUrl, facts, truth)
  return t
}

/** Every injected fault caught with its reason and nothing else flagged; every readable leaf checked. */
async function compareVerdicts(t: Tally, dbUrl: string, facts: OgDatasetFacts, truth: GroundTruth): Promise<void> {
  const [pending] = await query<{ n: string }>(dbUrl, `select count(*) n from settlement where status = 'PENDING'`)
  t.equal('settlements still PENDING', Number(pending.n), 0)
  const corrupt = new Set(truth.faults.filter((f) => f.kind === 'corrupt-batch').map((f) => f.blobId))
  const missing = new Set(truth.faults.filter((f) => f.kind === 'missing-blob').map((f) => f.blobId))
  const invalid = await query<{ blob_id: string }>(
    dbUrl,
    `select blob_id from settlement where status = 'INVALID' and status_reason is distinct from 'bad-signature'`,
  )
  t.sameSet(
    'INVALID settlements (corrupt blobs)',
    invalid.map((r) => r.blob_id),
    corrupt,
  )
  const gone = await query<{ blob_id: string }>(dbUrl, `select blob_id from settlement where status = 'MISSING'`)
  t.sameSet(
    'MISSING settlements',
    gone.map((r) => r.blob_id),
    missing,
  )
  const unreadable = new Set([...corrupt, ...missing])
  const badExpected = truth.faults
    .filter((f) => f.kind === 'bad-signature' && !(f.settlement === 'batch' && unreadable.has(f.blobId)))
    .map((f) => `${f.teeId}:${f.inputHash}`)
  const bad = await query<{ k: string }>(dbUrl, `select tee_id || ':' || input_hash k from inference where signature_valid = false`)
  t.sameSet(
    'inferences with a bad signature',
    bad.map((r) => r.k),
    badExpected,
  )
  let readableLeaves = 0
  for (const b of facts.batches.values()) if (!unreadable.has(b.blobId)) readableLeaves += b.size
  const [{ n: valid }] = await query<{ n: string }>(dbUrl, `select count(*)::text n from inference where signature_valid = true`)
  t.equal(
    'inferences with a valid signature (verified proofs)',
    Number(valid),
    readableLeaves + facts.settlements.get('INDIVIDUAL')!.count - badExpected.length,
  )
}

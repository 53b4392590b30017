/**
 * The whole database held against chain truth, computed here from eth_getLogs, eth_call and the
 * simulator's ground-truth file. Every fault case ends with this.
 */
import { decodeAbiParameters } from 'viem'
import type { GroundTruth } from '@og-explorer/devnet'
import { query } from '@og-explorer/indexer/lib/testing/postgres'
import type { TestDevnet } from '../stack/devnet'
import { compareBase } from './truth-base'
import { Tally, logId, type TruthReport } from './truth-chain'
import { batchLogs, compareOg } from './truth-og'

export type { TruthReport } from './truth-chain'

/** What the chain holds beyond the simulator's ground truth, because a case put it there. */
export interface PlantedFacts {
  /** blobs a case made unreachable (404): their settlements must be MISSING */
  missingBlobs?: Iterable<string>
  /** blobs a case corrupted: their settlements must be INVALID */
  invalidBlobs?: Iterable<string>
  /** logs a case planted at trusted addresses that cannot decode: `og:txHash-logIndex` / `base:…` */
  undecodableLogs?: Iterable<string>
}

export interface TruthInput {
  dbUrl: string
  devnet: TestDevnet
  /** the simulator's ground truth; without it (a chain the simulator did not write) verdicts are not checked */
  groundTruth?: GroundTruth
  spoofs?: { addresses: string[]; txHashes: string[] }
  planted?: PlantedFacts
  chains?: ('og' | 'base')[]
}

export async function compareWithChain(input: TruthInput): Promise<TruthReport> {
  const t = new Tally()
  const chains = input.chains ?? ['og', 'base']
  const planted = [...(input.planted?.undecodableLogs ?? [])]
  const skip = (chain: string) => new Set(planted.filter((p) => p.startsWith(`${chain}:`)).map((p) => p.slice(chain.length + 1)))
  for (const chain of chains) {
    t.merge(chain === 'og' ? await compareOg(input.dbUrl, input.devnet, skip('og')) : await compareBase(input.dbUrl, input.devnet, skip('base')))
    const issues = await query<{ id: string }>(
      input.dbUrl,
      `select tx_hash || '-' || log_index as id from indexing_issue where chain = $1 and reason = 'undecodable-log'`,
      [chain],
    )
    t.sameSet(
      `${chain} undecodable-log issues`,
      issues.map((i) => i.id),
      skip(chain),
    )
  }
  if (chains.includes('og')) {
    const [pending] = await query<{ n: string }>(input.dbUrl, `select count(*) n from settlement where status = 'PENDING'`)
    t.equal('settlements still PENDING', Number(pending.n), 0)
    if (input.groundTruth) t.merge(await compareVerdicts(input))
  }
  if (input.spoofs) t.merge(await compareSpoofs(input.dbUrl, input.spoofs))
  return t
}

/** Every injected fault caught with its reason, nothing else flagged (as og.e2e.test.ts, plus planted blobs). */
async function compareVerdicts(input: TruthInput): Promise<TruthReport> {
  const t = new Tally()
  const { faults } = input.groundTruth!
  const corrupt = new Set([...faults.filter((f) => f.kind === 'corrupt-batch').map((f) => f.blobId), ...(input.planted?.invalidBlobs ?? [])])
  const missing = new Set([...faults.filter((f) => f.kind === 'missing-blob').map((f) => f.blobId), ...(input.planted?.missingBlobs ?? [])])
  const invalid = await query<{ blob_id: string; reason: string | null }>(
    input.dbUrl,
    `select blob_id, status_reason reason from settlement where status = 'INVALID' and status_reason is distinct from 'bad-signature'`,
  )
  t.sameSet(
    'INVALID settlements (corrupt blobs)',
    invalid.map((r) => r.blob_id),
    corrupt,
  )
  t.equal('INVALID settlements without a reason', invalid.filter((r) => !r.reason).length, 0)
  const gone = await query<{ blob_id: string; reason: string | null }>(
    input.dbUrl,
    `select blob_id, status_reason reason from settlement where status = 'MISSING'`,
  )
  t.sameSet(
    'MISSING settlements',
    gone.map((r) => r.blob_id),
    missing,
  )
  t.equal('MISSING settlements without a reason', gone.filter((r) => !r.reason).length, 0)
  const issues = await query<{ reason: string; n: string }>(
    input.dbUrl,
    `select reason, count(*) n from indexing_issue where reason in ('blob-missing', 'blob-invalid') group by reason`,
  )
  const issueCount = (reason: string) => Number(issues.find((i) => i.reason === reason)?.n ?? 0)
  t.equal('blob-missing issues', issueCount('blob-missing'), gone.length)
  t.equal('blob-invalid issues', issueCount('blob-invalid'), invalid.length)

  const unreadable = new Set([...corrupt, ...missing])
  const badExpected = faults
    .filter((f) => f.kind === 'bad-signature' && !(f.settlement === 'batch' && unreadable.has(f.blobId)))
    .map((f) => `${f.teeId}:${f.inputHash}`)
  const bad = await query<{ k: string }>(input.dbUrl, `select tee_id || ':' || input_hash k from inference where signature_valid = false`)
  t.sameSet(
    'inferences with a bad signature',
    bad.map((r) => r.k),
    badExpected,
  )

  // every leaf of every readable batch on chain, plus every individual settlement, was checked
  const skip = new Set([...(input.planted?.undecodableLogs ?? [])].filter((p) => p.startsWith('og:')).map((p) => p.slice(3)))
  const batches = await batchLogs(input.devnet, skip)
  const blobOf = new Map(
    (await query<{ id: string; blob_id: string }>(input.dbUrl, `select id, blob_id from settlement where kind = 'BATCH'`)).map((r) => [r.id, r.blob_id]),
  )
  let leaves = 0
  for (const log of batches) {
    const [size] = decodeAbiParameters([{ type: 'uint256' }, { type: 'bytes' }], log.data as `0x${string}`)
    if (!unreadable.has(blobOf.get(logId(log)) ?? '')) leaves += Number(size)
  }
  const [{ n: individual }] = await query<{ n: string }>(input.dbUrl, `select count(*) n from settlement where kind = 'INDIVIDUAL'`)
  const [{ n: valid }] = await query<{ n: string }>(input.dbUrl, `select count(*) n from inference where signature_valid = true`)
  t.equal('inferences with a valid signature', Number(valid), leaves + Number(individual) - badExpected.length)
  return t
}

async function compareSpoofs(dbUrl: string, spoofs: { addresses: string[]; txHashes: string[] }): Promise<TruthReport> {
  const t = new Tally()
  const hits = await query(
    dbUrl,
    `select id from transfer where tx_hash = any($1) union all select id from settlement where tx_hash = any($1) or relay = any($2)
     union all select id from account where id = any($2) union all select id from indexing_issue where tx_hash = any($1)`,
    [spoofs.txHashes, spoofs.addresses],
  )
  t.rowsCompared += spoofs.txHashes.length
  if (hits.length)
    t.mismatches.push(
      `look-alike contracts left ${hits.length} rows (${hits
        .slice(0, 3)
        .map((h: any) => h.id)
        .join(', ')})`,
    )
  return t
}

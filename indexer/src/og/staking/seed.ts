import { Validator } from '../../model'
import { recordIssue } from '../../util/issues'
import type { StateReader } from '../../rpc/state-reader'
import type { OgBatch } from '../batch'
import type { StakingBatchState } from './apply'
import { decodeValidatorPage, validatorsCall, type ValidatorView } from './view'
import { linkTeeNodesToValidator } from '../tee/state'

/** the validator list is read again this many blocks after a successful read */
export const VALIDATOR_LIST_BLOCKS = 1_000
/** after a failed read the next try comes this many blocks later, doubling up to VALIDATOR_LIST_BLOCKS */
export const VALIDATOR_LIST_RETRY_BLOCKS = 100
export const VALIDATOR_PAGE_SIZE = 100
/** a node whose pagination never ends is not followed forever (mainnet allows 75 validators) */
export const VALIDATOR_MAX_PAGES = 100

/** at the chain head a failed list is tried again after this many blocks, whatever the backoff says */
export const VALIDATOR_LIST_HEAD_RETRY_BLOCKS = 10

/** When the precompile's validator list is next read. In memory: a restart reads it at its first batch. */
export class ValidatorListSchedule {
  private nextAt = -Infinity
  private gap = 0
  private failedAt: number | undefined

  /**
   * A node that keeps no old state fails every read during a backfill and answers again near the
   * head, so a failed list is retried soon once the batches reach the head instead of waiting out
   * its backoff.
   */
  due(height: number, atHead = false): boolean {
    if (height >= this.nextAt) return true
    return atHead && this.failedAt !== undefined && height >= this.failedAt + VALIDATOR_LIST_HEAD_RETRY_BLOCKS
  }

  listed(height: number): void {
    this.gap = 0
    this.failedAt = undefined
    this.nextAt = height + VALIDATOR_LIST_BLOCKS
  }

  failed(height: number): void {
    this.gap = this.gap === 0 ? VALIDATOR_LIST_RETRY_BLOCKS : Math.min(this.gap * 2, VALIDATOR_LIST_BLOCKS)
    this.failedAt = height
    this.nextAt = height + this.gap
  }
}

export interface ListedValidators {
  validators: { id: string; view: ValidatorView }[]
  unreadable: string[]
}

/**
 * Every validator the precompile knows at `block`, page by page (each page's nextKey asks for the
 * next). An Error when any page cannot be read: a partial list is never taken for the whole.
 */
export async function listValidators(
  reader: StateReader,
  precompile: string,
  block: number,
  pageSize = VALIDATOR_PAGE_SIZE,
): Promise<ListedValidators | Error> {
  const out: ListedValidators = { validators: [], unreadable: [] }
  const seenKeys = new Set<string>()
  let key = '0x'
  for (let page = 0; page < VALIDATOR_MAX_PAGES; page++) {
    const [result] = await reader.callMany([{ to: precompile, data: validatorsCall(key, pageSize), block }])
    if (result instanceof Error) return new Error(`validators() page ${page + 1}: ${result.message}`)
    let decoded
    try {
      decoded = decodeValidatorPage(result)
    } catch (error) {
      return new Error(`validators() page ${page + 1} undecodable: ${error instanceof Error ? error.message : error}`)
    }
    out.validators.push(...decoded.validators)
    out.unreadable.push(...decoded.unreadable)
    if (decoded.nextKey === '0x') return out
    if (seenKeys.has(decoded.nextKey)) return new Error(`validators() pagination repeats key ${decoded.nextKey}`)
    seenKeys.add(decoded.nextKey)
    key = decoded.nextKey
  }
  return new Error(`validators() pagination did not end within ${VALIDATOR_MAX_PAGES} pages`)
}

/**
 * Validators that no EVM log announces: OpenGradient's mainnet starts as proof of authority, its
 * validators added by governance in the Cosmos layer. The precompile's list is read at the first
 * batch and every VALIDATOR_LIST_BLOCKS after, at the batch's last block; a validator missing from
 * the table is created from its view (dated by that block: the chain does not say when governance
 * added it) and read in this batch's reconciliation like any validator touched by a log.
 */
export async function seedValidators(batch: OgBatch, st: StakingBatchState, schedule: ValidatorListSchedule): Promise<number> {
  const at = batch.lastBlock
  if (!schedule.due(at.height, batch.ctx.isHead)) return 0
  const listed = await listValidators(batch.reader, batch.profile.og.contracts.stakingPrecompile.address, at.height)
  const issueAt = { chain: 'og' as const, blockNumber: at.height, timestampMs: at.timestamp }
  if (listed instanceof Error) {
    recordIssue(batch.cache, issueAt, 'state-read-failed', listed.message)
    schedule.failed(at.height)
    return 0
  }
  schedule.listed(at.height)
  for (const address of listed.unreadable) recordIssue(batch.cache, issueAt, 'unreadable-operator-address', address)
  let created = 0
  for (const { id, view } of listed.validators) {
    if (!view.exists || batch.cache.get(Validator, id)) continue
    const v = new Validator({
      id,
      moniker: view.moniker,
      commissionRate: view.commissionRate,
      maxCommissionRate: null,
      minSelfDelegation: view.minSelfDelegation,
      tokens: view.tokens,
      delegatorShares: view.delegatorShares,
      jailed: view.jailed,
      status: view.status,
      delegatorCount: 0,
      selfBond: 0n,
      createdAt: new Date(at.timestamp),
      createdBlock: at.height,
      slashCount: 0,
      jailCount: 0,
      totalSlashed: 0n,
      // never compared with an earlier state: nothing is inferred from its first reading
      stateBlock: 0,
    })
    batch.cache.save(Validator, v)
    linkTeeNodesToValidator(batch.cache, v)
    st.before.set(id, { tokens: view.tokens, jailed: view.jailed, known: false })
    created++
  }
  return created
}

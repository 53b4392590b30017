import { Delegation, OgDailyStat, StakingEvent, StakingEventKind as K, Validator } from '../../model'
import { recordIssue } from '../../util/issues'
import type { OgBatch } from '../batch'
import { delegationId, type StakingBatchState } from './apply'
import { detectStateChanges, emptyDelta, estimateTokens, type LoggedDelta, type ValidatorState } from './slash'
import { decodeDelegationView, decodeValidatorView, delegationCall, validatorCall, type ValidatorView } from './view'

/** Validators not read for this many blocks are read again even without logs (slashes leave none). */
export const FULL_CHECK_BLOCKS = 100

interface Pair {
  id: string
  delegator: string
  validator: string
  amountDelta: bigint
  sharesAdded: bigint
}

/**
 * After a batch's logs: read the precompile view of every validator touched by a log or not read for
 * FULL_CHECK_BLOCKS, at the batch's last block, in one batched eth_call; infer slashes and jails from
 * the difference; copy the view. Delegation shares and amounts are read with `delegation()` for the
 * pairs the batch touched and for each read validator's self-delegation (selfBond), rather than
 * derived as shares × tokens / delegatorShares: exact, and only a few calls per batch.
 */
export async function reconcileStaking(batch: OgBatch, st: StakingBatchState): Promise<void> {
  await batch.cache.prefetchAll(Validator)
  const height = batch.lastBlock.height
  const validators = batch.cache.values(Validator).filter((v) => st.before.has(v.id) || height - v.stateBlock >= FULL_CHECK_BLOCKS)
  const pairs = new Map<string, Pair>([...st.pairs].map(([id, p]) => [id, { id, ...p }]))
  for (const v of validators) {
    const id = delegationId(v.id, v.id)
    if (!pairs.has(id)) pairs.set(id, { id, delegator: v.id, validator: v.id, amountDelta: 0n, sharesAdded: 0n })
  }
  if (validators.length > 0) {
    await batch.cache.prefetch(Delegation, pairs.keys())
    const calls = [...validators.map((v) => validatorCall(v.id)), ...[...pairs.values()].map((p) => delegationCall(p.delegator, p.validator))]
    const results = await batch.reader.callMany(calls.map((data) => ({ to: batch.profile.og.contracts.stakingPrecompile.address, data, block: height })))
    validators.forEach((v, i) => applyValidatorRead(batch, st, v, results[i]))
    ;[...pairs.values()].forEach((p, i) => applyDelegationRead(batch, p, results[validators.length + i]))
  }
  const all = batch.cache.values(Validator)
  if (all.length > 0) {
    // derived from the Validator rows, so a rollback of those rows rolls these numbers back too
    const end = all.reduce((sum, v) => sum + v.tokens, 0n)
    for (const [dayKey, total] of dailyTotals(batch.days, end, st.dayMoves)) {
      const day = batch.cache.get(OgDailyStat, dayKey)
      if (!day) continue
      day.totalStaked = total
      batch.cache.save(OgDailyStat, day)
    }
  }
}

/**
 * Total staked at the end of each day of a batch. The precompile is read once, at the batch's last
 * block; earlier days are walked back from that reading by the stake the logs moved after them. A
 * slash inside the batch (it leaves no log) thus shows from the batch's first day on.
 */
export function dailyTotals(days: string[], endTotal: bigint, dayMoves: Map<string, bigint>): Map<string, bigint> {
  const totals = new Map<string, bigint>()
  let total = endTotal
  for (const day of [...days].sort().reverse()) {
    totals.set(day, total < 0n ? 0n : total)
    total -= dayMoves.get(day) ?? 0n
  }
  return totals
}

function decodeOr<T>(result: string | Error, decode: (hex: string) => T): T | Error {
  if (result instanceof Error) return result
  try {
    return decode(result)
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error))
  }
}

function stateIssue(batch: OgBatch, detail: string): void {
  recordIssue(batch.cache, { chain: 'og', blockNumber: batch.lastBlock.height, timestampMs: batch.lastBlock.timestamp }, 'state-read-failed', detail)
}

function applyValidatorRead(batch: OgBatch, st: StakingBatchState, v: Validator, result: string | Error): void {
  const logged = st.deltas.get(v.id) ?? emptyDelta()
  const before = st.before.get(v.id) ?? { tokens: v.tokens, jailed: v.jailed, known: v.stateBlock > 0 }
  const view = decodeOr(result, decodeValidatorView)
  if (view instanceof Error) {
    // keep the baseline consistent with the logs so that the next successful read compares like with like
    stateIssue(batch, `validator(${v.id}): ${view.message}`)
    v.tokens = estimateTokens(before.tokens, logged)
    batch.cache.save(Validator, v)
    return
  }
  if (!view.exists) {
    // x/staking deletes a validator once it is unbonded with no shares left; stake vanishing with it
    // is not something the logs can explain
    if (estimateTokens(before.tokens, logged) > 0n)
      recordIssue(
        batch.cache,
        { chain: 'og', blockNumber: batch.lastBlock.height, timestampMs: batch.lastBlock.timestamp, address: v.id },
        'validator-not-found',
        v.id,
      )
    Object.assign(v, { tokens: 0n, delegatorShares: 0n, status: 'UNBONDED', stateBlock: batch.lastBlock.height })
    batch.cache.save(Validator, v)
    return
  }
  if (before.known) recordFindings(batch, st, v, before, view, logged)
  Object.assign(v, {
    tokens: view.tokens,
    delegatorShares: view.delegatorShares,
    jailed: view.jailed,
    status: view.status,
    commissionRate: view.commissionRate,
    minSelfDelegation: view.minSelfDelegation,
    moniker: view.moniker ?? v.moniker,
    stateBlock: batch.lastBlock.height,
  })
  batch.cache.save(Validator, v)
}

/** Slashes and jails inferred from state are dated at the read block: they happened at or before it. */
function recordFindings(batch: OgBatch, st: StakingBatchState, v: Validator, before: ValidatorState, view: ValidatorView, logged: LoggedDelta): void {
  const found = detectStateChanges(before, view, logged)
  const end = { height: batch.lastBlock.height, timestamp: batch.lastBlock.timestamp }
  const stateEvent = (kind: K, at: typeof end, amount: bigint | null, suffix = '') =>
    new StakingEvent({
      id: `state-${v.id}-${at.height}-${kind}${suffix}`,
      kind,
      validator: v,
      amount,
      timestamp: new Date(at.timestamp),
      blockNumber: at.height,
      txHash: null,
      detectedBy: 'state',
    })
  const events: StakingEvent[] = []
  if (found.slashed > 0n) {
    events.push(stateEvent(K.SLASH, end, found.slashed))
    v.slashCount += 1
    v.totalSlashed += found.slashed
  }
  for (const timing of found.jails) {
    // a jailing that preceded the window's unjail log is dated by that log's block
    const unjail = st.unjailBlock.get(v.id) ?? end
    if (timing === 'at-end') events.push(stateEvent(K.JAIL, end, null))
    else events.push(stateEvent(K.JAIL, unjail, null, unjail.height === end.height ? '-before-unjail' : ''))
    v.jailCount += 1
  }
  for (const e of events) batch.cache.insert(StakingEvent, e)
  if (events.length > 0) batch.add(batch.lastBlock.timestamp, { stakingEvents: events.length })
}

function applyDelegationRead(batch: OgBatch, p: Pair, result: string | Error): void {
  const validator = batch.cache.get(Validator, p.validator)
  if (!validator) return
  const row = batch.cache.get(Delegation, p.id)
  const sharesBefore = row?.shares ?? 0n
  let view = decodeOr(result, decodeDelegationView)
  if (view instanceof Error) {
    stateIssue(batch, `delegation(${p.delegator}, ${p.validator}): ${view.message}`)
    const amount = (row?.amount ?? 0n) + p.amountDelta
    view = { shares: sharesBefore + p.sharesAdded, amount: amount > 0n ? amount : 0n }
  }
  if (!row && view.shares === 0n) return // e.g. a validator without self-delegation: nothing to store
  const at = new Date(batch.lastBlock.timestamp)
  const d = row ?? new Delegation({ id: p.id, delegator: p.delegator, createdAt: at, updatedAt: at })
  Object.assign(d, { validator, shares: view.shares, amount: view.amount })
  batch.cache.save(Delegation, d)
  validator.delegatorCount += Number(view.shares > 0n) - Number(sharesBefore > 0n)
  if (p.delegator === p.validator) validator.selfBond = view.amount
  batch.cache.save(Validator, validator)
}

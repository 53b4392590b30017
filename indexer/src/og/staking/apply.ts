import { CommissionChange, Delegation, StakingEvent, StakingEventKind as K, Validator } from '../../model'
import { dayId, logId } from '@og-explorer/common'
import type { OgBatch } from '../batch'
import type { RoutedLog } from '../routing'
import { MOVES_STAKE, NEEDS_VALIDATOR, tokenMoves, type StakingLog } from './decode'
import { addMove, emptyDelta, type LoggedDelta, type ValidatorState } from './slash'
import { commissionFraction } from './view'
import { linkTeeNodesToValidator } from '../tee/state'

/** What the logs of one batch did, kept for the state reconciliation in `finish`. */
export interface StakingBatchState {
  events: Map<RoutedLog, StakingLog | undefined>
  /** per validator: tokens the logs explain, for slash detection */
  deltas: Map<string, LoggedDelta>
  /** per validator touched by a log: its state before the batch; known=false when never read */
  before: Map<string, ValidatorState & { known: boolean }>
  /** first ValidatorUnjailed log's block per validator */
  unjailBlock: Map<string, { height: number; timestamp: number }>
  /** delegations touched, by id, with the logged amount and shares (used only if the read fails) */
  pairs: Map<string, { delegator: string; validator: string; amountDelta: bigint; sharesAdded: bigint }>
  /** net stake the logs moved in or out of bonding, per day of the batch (for each day's total staked) */
  dayMoves: Map<string, bigint>
}

export const newStakingBatchState = (events: StakingBatchState['events'] = new Map()): StakingBatchState => ({
  events,
  deltas: new Map(),
  before: new Map(),
  unjailBlock: new Map(),
  pairs: new Map(),
  dayMoves: new Map(),
})

/** unix seconds to a Date; null when absent or beyond what a timestamp column holds */
function toDate(seconds: bigint | undefined): Date | null {
  return seconds !== undefined && seconds < 253_402_300_800n ? new Date(Number(seconds) * 1000) : null
}

export const delegationId = (delegator: string, validator: string) => `${delegator}-${validator}`

/**
 * Validators are created by CreateValidator, or on first sight when a log names one created outside
 * the EVM (genesis, PoA governance): those start with stateBlock 0 (never read), so no slash or jail
 * is inferred until the precompile view has been read once.
 */
function ensureValidator(batch: OgBatch, st: StakingBatchState, id: string, r: RoutedLog, creating: boolean): Validator {
  let v = batch.cache.get(Validator, id)
  const isNew = !v
  if (!v) {
    v = new Validator({
      id,
      moniker: null,
      commissionRate: commissionFraction(0n),
      maxCommissionRate: null,
      minSelfDelegation: 0n,
      tokens: 0n,
      delegatorShares: 0n,
      jailed: false,
      status: 'BONDED',
      delegatorCount: 0,
      selfBond: 0n,
      createdAt: new Date(r.block.timestamp),
      createdBlock: r.block.height,
      slashCount: 0,
      jailCount: 0,
      totalSlashed: 0n,
      stateBlock: 0,
    })
    batch.cache.save(Validator, v)
    linkTeeNodesToValidator(batch.cache, v)
  }
  if (!st.before.has(id))
    st.before.set(id, isNew && creating ? { tokens: 0n, jailed: false, known: true } : { tokens: v.tokens, jailed: v.jailed, known: v.stateBlock > 0 })
  return v
}

function touchDelegation(
  batch: OgBatch,
  st: StakingBatchState,
  delegator: string,
  validator: Validator,
  at: Date,
  amountDelta: bigint,
  sharesAdded = 0n,
): void {
  const id = delegationId(delegator, validator.id)
  const row = batch.cache.get(Delegation, id) ?? new Delegation({ id, delegator, shares: 0n, amount: 0n, createdAt: at })
  // shares and amount are written in finish from the precompile; the relation is set on every save
  // because rows loaded from the database come without it
  Object.assign(row, { validator, updatedAt: at })
  batch.cache.save(Delegation, row)
  const pair = st.pairs.get(id) ?? { delegator, validator: validator.id, amountDelta: 0n, sharesAdded: 0n }
  pair.amountDelta += amountDelta
  pair.sharesAdded += sharesAdded
  st.pairs.set(id, pair)
}

function applyEdit(batch: OgBatch, r: RoutedLog, v: Validator, e: StakingLog): void {
  if (e.commissionRate !== undefined) {
    const rate = commissionFraction(e.commissionRate)
    if (!rate.eq(v.commissionRate)) {
      const at = { timestamp: new Date(r.block.timestamp), blockNumber: r.block.height, txHash: r.log.transactionHash }
      batch.cache.insert(CommissionChange, new CommissionChange({ id: logId(r.log), validator: v, rate, previousRate: v.commissionRate, ...at }))
    }
    v.commissionRate = rate
  }
  if (e.minSelfDelegation !== undefined) v.minSelfDelegation = e.minSelfDelegation
  batch.cache.save(Validator, v)
}

/** Applies one decoded precompile log from memory: event row, validator and delegation bookkeeping. */
export function applyStakingLog(batch: OgBatch, st: StakingBatchState, r: RoutedLog, e: StakingLog): void {
  const at = new Date(r.block.timestamp)
  const needs = NEEDS_VALIDATOR.has(e.kind)
  const v =
    e.validator && needs
      ? ensureValidator(batch, st, e.validator, r, e.kind === K.CREATE_VALIDATOR)
      : e.validator
        ? batch.cache.get(Validator, e.validator)
        : undefined
  const dst = e.dstValidator ? ensureValidator(batch, st, e.dstValidator, r, false) : undefined
  const moveDay = dayId(r.block.timestamp)
  for (const move of tokenMoves(e)) {
    addMove(st.deltas, move.validator, move.delta, move.rounded)
    st.dayMoves.set(moveDay, (st.dayMoves.get(moveDay) ?? 0n) + move.delta)
  }

  if (MOVES_STAKE.has(e.kind) && v && e.delegator) {
    const amount = e.amount ?? 0n
    const sign = e.kind === K.UNBOND || e.kind === K.REDELEGATE ? -1n : 1n
    touchDelegation(batch, st, e.delegator, v, at, sign * amount, e.newShares ?? 0n)
    if (dst) touchDelegation(batch, st, e.delegator, dst, at, amount)
  }
  if (e.kind === K.EDIT_VALIDATOR && v) applyEdit(batch, r, v, e)
  if (e.kind === K.UNJAIL && v) {
    if (!st.unjailBlock.has(v.id)) st.unjailBlock.set(v.id, { height: r.block.height, timestamp: r.block.timestamp })
    st.deltas.set(v.id, { ...(st.deltas.get(v.id) ?? emptyDelta()), unjailed: true })
    v.jailed = false
    batch.cache.save(Validator, v)
  }

  batch.cache.insert(
    StakingEvent,
    new StakingEvent({
      id: logId(r.log),
      kind: e.kind,
      validator: v ?? null,
      delegator: e.delegator ?? null,
      dstValidator: dst ?? null,
      amount: e.amount ?? null,
      completionTime: toDate(e.completionTime),
      timestamp: at,
      blockNumber: r.block.height,
      txHash: r.log.transactionHash,
      detectedBy: 'log',
    }),
  )
  batch.add(r.block.timestamp, { stakingEvents: 1 })
}

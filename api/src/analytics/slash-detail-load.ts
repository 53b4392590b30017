import type { Db } from '../db/db'
import { badInput } from '../errors'
import { incidentDetails, type IncidentEvent } from './slash-detail'
import { COMMISSION_RULES, dailyChangeCheck } from './slash-detail-commission'

const ADDRESS = /^0x[0-9a-f]{40}$/

/** A validator's operator address as the tables store it (lower case), or BAD_USER_INPUT. */
export function validatorAddress(raw: string): string {
  const id = raw.trim().toLowerCase()
  if (!ADDRESS.test(id)) throw badInput('validator must be an operator address: 0x and 40 hex digits')
  return id
}

/**
 * One validator's incidents in two reads: the SLASH, JAIL and UNJAIL rows, and every other
 * staking event that moved its stake summed per block in Postgres (so a validator with many
 * delegations costs one row per block, not per delegation). Null when the validator is unknown.
 */
export async function loadValidatorIncidents(db: Db, rawId: string) {
  const id = validatorAddress(rawId)
  const [[validator], incidents, moves] = await Promise.all([
    db.query<{ tokens: string; jailed: boolean }>(`SELECT tokens::text AS tokens, jailed FROM validator WHERE id = $1`, [id]),
    db.query<IncidentEvent>(
      `SELECT id, kind, validator_id AS "validator", dst_validator_id AS "dstValidator", amount::text AS amount, timestamp,
              block_number AS "blockNumber", detected_by AS "detectedBy"
         FROM staking_event WHERE validator_id = $1 AND kind IN ('SLASH', 'JAIL', 'UNJAIL') ORDER BY block_number, id`,
      [id],
    ),
    db.query<{ blockNumber: number; timestamp: Date; amount: string }>(
      `SELECT block_number AS "blockNumber", max(timestamp) AS timestamp,
              sum(CASE WHEN kind IN ('CREATE_VALIDATOR', 'DELEGATE', 'CANCEL_UNBONDING') AND validator_id = $1 THEN amount
                       WHEN kind = 'UNBOND' AND validator_id = $1 THEN -amount
                       WHEN kind = 'REDELEGATE' THEN (CASE WHEN dst_validator_id = $1 THEN amount ELSE 0 END) - (CASE WHEN validator_id = $1 THEN amount ELSE 0 END)
                       ELSE 0 END)::text AS amount
         FROM staking_event WHERE (validator_id = $1 OR dst_validator_id = $1) AND kind NOT IN ('SLASH', 'JAIL', 'UNJAIL') AND amount IS NOT NULL
        GROUP BY block_number`,
      [id],
    ),
  ])
  if (!validator) return null
  const moveEvents: IncidentEvent[] = moves.map((m) => ({
    id: `move-${m.blockNumber}`,
    kind: 'MOVE',
    validator: id,
    dstValidator: null,
    amount: m.amount,
    timestamp: m.timestamp,
    blockNumber: m.blockNumber,
    detectedBy: 'log',
  }))
  // a slash is read at the end of its block's batch, after that block's logged moves; a jail found
  // in the block of an unjail log preceded that unjail (the indexer dates it by the unjail)
  const ORDER_IN_BLOCK: Record<string, number> = { MOVE: 0, SLASH: 1, JAIL: 2, UNJAIL: 3 }
  const rank = (e: IncidentEvent) => ORDER_IN_BLOCK[e.kind] ?? 0
  const events = [...moveEvents, ...incidents].sort((a, b) => a.blockNumber - b.blockNumber || rank(a) - rank(b) || (a.id < b.id ? -1 : 1))
  return {
    validator: id,
    jailed: validator.jailed,
    incidents: incidentDetails(id, BigInt(validator.tokens), events),
  }
}

/** The chain's commission limits and each validator's largest move within 24 h against them. */
export async function loadCommissionLimits(db: Db) {
  const [validators, changes] = await Promise.all([
    db.query<{ id: string; rate: string }>(`SELECT id, commission_rate::text AS rate FROM validator ORDER BY id`),
    db.query<{ validator: string; rate: string; previousRate: string; timestamp: Date }>(
      `SELECT validator_id AS validator, rate::text AS rate, previous_rate::text AS "previousRate", timestamp FROM commission_change ORDER BY timestamp, id`,
    ),
  ])
  const byValidator = new Map<string, { rate: number; previousRate: number; timestamp: number }[]>()
  for (const c of changes) {
    const list = byValidator.get(c.validator) ?? []
    list.push({ rate: Number(c.rate), previousRate: Number(c.previousRate), timestamp: c.timestamp.getTime() })
    byValidator.set(c.validator, list)
  }
  return {
    ...COMMISSION_RULES,
    perValidatorLimitsIndexed: false,
    validators: validators.map((v) => {
      const check = dailyChangeCheck(byValidator.get(v.id) ?? [], Number(v.rate))
      return {
        validator: v.id,
        commissionRate: Number(v.rate),
        changes: byValidator.get(v.id)?.length ?? 0,
        ...check,
        largestDailyChangeAt: check.largestDailyChangeAt == null ? null : new Date(check.largestDailyChangeAt),
      }
    }),
  }
}

import { Inference, InferenceDailyGroup, InferenceMode, OgDailyStat, OgHourlyStat, VerificationStatus } from '../model'
import { dayId, dayStart, hourId, hourStart } from '@og-explorer/common'

/** The OgDailyStat counters that also add up per hour (OgHourlyStat has exactly these). */
const OG_FLOWS = [
  'inferencesSettled',
  'batchInferences',
  'individualInferences',
  'legacyInferences',
  'hubInferences',
  'inferencesVerified',
  'inferencesFailed',
  'settlements',
  'heartbeats',
  'stakingEvents',
] as const

export type OgFlow = (typeof OG_FLOWS)[number]

export type OgFlows = Partial<Record<OgFlow, number>>

const zeroFlows = () => Object.fromEntries(OG_FLOWS.map((f) => [f, 0])) as Record<OgFlow, number>

export function newOgDailyStat(timestampMs: number): OgDailyStat {
  return new OgDailyStat({ id: dayId(timestampMs), date: dayStart(timestampMs), ...zeroFlows(), activeTees: 0, totalStaked: 0n })
}

export function newOgHourlyStat(timestampMs: number): OgHourlyStat {
  return new OgHourlyStat({ id: hourId(timestampMs), hour: hourStart(timestampMs), ...zeroFlows() })
}

export function addFlows(row: OgDailyStat | OgHourlyStat, flows: OgFlows): void {
  for (const [field, n] of Object.entries(flows) as [OgFlow, number][]) row[field] += n
}

type GroupColumn = 'verified' | 'invalid' | 'pending' | 'unverifiable'

/** Which InferenceDailyGroup counter an inference's status belongs to. */
export function groupColumn(status: VerificationStatus): GroupColumn {
  switch (status) {
    case VerificationStatus.VERIFIED:
      return 'verified'
    case VerificationStatus.PENDING:
      return 'pending'
    // an expired blob (past its storage period) is no failure: it can no longer be checked either way
    case VerificationStatus.EXPIRED:
    case VerificationStatus.UNVERIFIABLE:
      return 'unverifiable'
    default:
      return 'invalid'
  }
}

export function inferenceGroupId(inference: Pick<Inference, 'timestamp' | 'teeId' | 'mode'>): string {
  return `${dayId(inference.timestamp.getTime())}|${inference.teeId ?? ''}|${inference.mode}`
}

export function newInferenceGroup(inference: Pick<Inference, 'timestamp' | 'teeId' | 'mode'>): InferenceDailyGroup {
  return new InferenceDailyGroup({
    id: inferenceGroupId(inference),
    date: dayStart(inference.timestamp.getTime()),
    teeId: inference.teeId ?? '',
    mode: inference.mode ?? InferenceMode.UNKNOWN,
    inferences: 0,
    verified: 0,
    invalid: 0,
    pending: 0,
    unverifiable: 0,
  })
}

/**
 * Moves an inference within its group: `before` undefined for a new inference, else the status it
 * had. TEE, mode and time never change after an inference is created, so the group stays the same.
 */
export function countInference(group: InferenceDailyGroup, status: VerificationStatus, before?: VerificationStatus): void {
  if (before === undefined) group.inferences += 1
  else group[groupColumn(before)] -= 1
  group[groupColumn(status)] += 1
}

import type { QueryResolvers } from '../../generated/resolvers'
import { accountUsage } from './accountUsage'
import { payerCohorts } from './payerCohorts'
import { payerConcentration } from './payerConcentration'
import { usageSpikes } from './usageSpikes'
import { allocations } from './allocations'
import { accountKind } from './accountKind'
import { block } from './block'
import { latestBlocks } from './latestBlocks'
import { latestTransactions } from './latestTransactions'
import { opgToken } from './opgToken'
import { transaction } from './transaction'
import { commissionLimits } from './commissionLimits'
import { inferenceProof } from './inferenceProof'
import { proofCoverage } from './proofCoverage'
import { search } from './search'
import { settledInferences } from './settledInferences'
import { squidStatus } from './squidStatus'
import { supplySchedule } from './supplySchedule'
import { timeSeries } from './timeSeries'
import { unlockCalendar } from './unlockCalendar'
import { unexpandedBatches } from './unexpandedBatches'
import { unlockPressure } from './unlockPressure'
import { usageVsPrice } from './usageVsPrice'
import { validatorIncidents } from './validatorIncidents'
import { validatorRanking } from './validatorRanking'
import { vestingSchedule } from './vestingSchedule'

type CustomField =
  | 'squidStatus'
  | '_meta'
  | 'timeSeries'
  | 'usageVsPrice'
  | 'supplySchedule'
  | 'unlockPressure'
  | 'proofCoverage'
  | 'validatorRanking'
  | 'search'
  | 'payerCohorts'
  | 'payerConcentration'
  | 'usageSpikes'
  | 'accountUsage'
  | 'inferenceProof'
  | 'settledInferences'
  | 'unexpandedBatches'
  | 'allocations'
  | 'unlockCalendar'
  | 'vestingSchedule'
  | 'transaction'
  | 'block'
  | 'latestBlocks'
  | 'latestTransactions'
  | 'accountKind'
  | 'opgToken'
  | 'validatorIncidents'
  | 'commissionLimits'

/**
 * The hand-written root fields, one resolver per file, checked against the resolver types codegen
 * derives from the printed schema (arguments in, the shape of the answer out).
 */
export const customQueryResolvers: Required<Pick<QueryResolvers, CustomField>> = {
  squidStatus,
  _meta: squidStatus,
  timeSeries,
  usageVsPrice,
  supplySchedule,
  unlockPressure,
  proofCoverage,
  validatorRanking,
  search,
  inferenceProof,
  settledInferences,
  unexpandedBatches,
  allocations,
  unlockCalendar,
  vestingSchedule,
  transaction,
  block,
  latestBlocks,
  latestTransactions,
  accountKind,
  opgToken,
  validatorIncidents,
  commissionLimits,
  payerCohorts,
  payerConcentration,
  usageSpikes,
  accountUsage,
}

import { proofCoverage } from './proofCoverage'
import { search } from './search'
import { squidStatus } from './squidStatus'
import { supplySchedule } from './supplySchedule'
import { timeSeries } from './timeSeries'
import { unlockPressure } from './unlockPressure'
import { usageVsPrice } from './usageVsPrice'
import { validatorRanking } from './validatorRanking'

/** The hand-written root fields, one resolver per file. */
export const customQueryResolvers: Record<string, unknown> = {
  squidStatus,
  _meta: squidStatus,
  timeSeries,
  usageVsPrice,
  supplySchedule,
  unlockPressure,
  proofCoverage,
  validatorRanking,
  search,
}

import {
  CommissionChange,
  Delegation,
  Heartbeat,
  Inference,
  InferenceDailyGroup,
  IndexingIssue,
  OgDailyStat,
  OgHourlyStat,
  Pcr,
  Settlement,
  StakingEvent,
  TeeNode,
  Validator,
} from '../model'

/** The tables only this pipeline writes (IndexingIssue is shared, split by its chain column). */
export const OG_ENTITIES = [
  Validator,
  TeeNode,
  Pcr,
  Heartbeat,
  Settlement,
  Inference,
  Delegation,
  StakingEvent,
  CommissionChange,
  OgDailyStat,
  OgHourlyStat,
  InferenceDailyGroup,
]

/** Rows are written in this order so that referenced rows exist first. */
export const OG_FLUSH_ORDER = [...OG_ENTITIES, IndexingIssue]

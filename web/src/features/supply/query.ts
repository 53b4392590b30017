/** OPG supply: the projected schedule against what unlocked on chain, and unlock pressure against usage revenue. */
import { typed } from '../../api/document'
import type { RangeKey } from '../../lib/range'
import type { SupplyScheduleQuery, SupplyScheduleQueryVariables, UnlockPressureQuery, UnlockPressureQueryVariables } from '../../generated/graphql'

export const SUPPLY_QUERY = typed<SupplyScheduleQuery, SupplyScheduleQueryVariables>(/* GraphQL */ `
query SupplySchedule($interval: ScheduleInterval!) {
  supplySchedule(interval: $interval) {
    totalSupply
    observedUntil
    nextCliff { date daysUntil allocations }
    allocations { id label shareBps published note points { t projected observed } }
    circulating { t projectedPercent observedPercent forecastPercent unclaimedAirdropPercent }
    forecastAssumes
  }
}`)

export const PRESSURE_QUERY = typed<UnlockPressureQuery, UnlockPressureQueryVariables>(/* GraphQL */ `
query UnlockPressure($windowDays: Int!) {
  unlockPressure(windowDays: $windowDays) {
    at windowDays trailingDays revenueUsd dailyRevenueUsd priceUsd unlockingOpg unlockingUsd coverageRatio
    byAllocation { id label amount }
    nextCliff { date daysUntil allocations }
    cliffWindowOpg cliffWindowUsd daysOfUsageToAbsorbCliff
  }
}`)

/** The supply chart's variables: weekly rows, whatever the page's range. */
export const SUPPLY_VARIABLES = { interval: 'WEEK' } as const

/** The unlock-pressure window in days for each range of the page. */
export const PRESSURE_WINDOW: Record<RangeKey, number> = { '7d': 7, '30d': 30, '90d': 90, all: 365 }

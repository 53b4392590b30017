/** OPG supply: the projected schedule against what unlocked on chain, and unlock pressure against usage revenue. */
import { typed } from '../../api/document'
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

/** The allocation table, the next unlock and the unlock calendar (the API's allocations and unlockCalendar). */
import { typed } from '../../api/document'
import type { AllocationsQuery, AllocationsQueryVariables, UnlockCalendarQuery, UnlockCalendarQueryVariables } from '../../generated/graphql'

export const ALLOCATIONS_QUERY = typed<AllocationsQuery, AllocationsQueryVariables>(/* GraphQL */ `
query Allocations {
  allocations {
    asOf totalSupply circulating circulatingBasis priceUsd source
    nextUnlock { date until daysUntil amount allocations supplyPercent circulatingPercent amountUsd }
    allocations {
      id label shareBps total unlocked unlockedBasis projectedUnlocked locked kind tgePercent vestingStart cliffDate vestingEnd
      circulatingPercent totalUsd unlockedUsd lockedUsd published note
      nextUnlock { date until kind amount supplyPercent circulatingPercent }
    }
  }
}`)

export type AllocationRow = AllocationsQuery['allocations']['allocations'][number]

export const UNLOCK_CALENDAR_QUERY = typed<UnlockCalendarQuery, UnlockCalendarQueryVariables>(/* GraphQL */ `
query UnlockCalendar($from: DateTime, $to: DateTime) {
  unlockCalendar(from: $from, to: $to) { date until allocation label kind amount supplyPercent circulatingPercent amountUsd }
}`)

export type CalendarEvent = UnlockCalendarQuery['unlockCalendar'][number]

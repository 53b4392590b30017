/** "Organic or farming?": new and returning payers with cohort retention, payer concentration and usage spikes. */
import { typed } from '../../api/document'
import type { AccountUsageProfileQuery, AccountUsageProfileQueryVariables, OrganicUsageQuery, OrganicUsageQueryVariables } from '../../generated/graphql'

export const ORGANIC_QUERY = typed<OrganicUsageQuery, OrganicUsageQueryVariables>(/* GraphQL */ `
query OrganicUsage($from: DateTime!, $to: DateTime!, $interval: PeriodInterval!) {
  payerCohorts(from: $from, to: $to, interval: $interval) {
    interval from to
    periods { t payers newPayers returningPayers }
    cohorts { t size retention { offset t wallets share } }
  }
  payerConcentration(from: $from, to: $to, interval: $interval) {
    topN
    overall { payers payments opg topPayments topOpg topPaymentsShare topOpgShare paymentsPerWalletMean paymentsPerWalletMedian }
    periods { t payers payments topPaymentsShare topOpgShare paymentsPerWalletMean paymentsPerWalletMedian }
  }
  usageSpikes(from: $from, to: $to, interval: $interval, metric: PAYMENTS) {
    window k rule
    spikes { t value baseline threshold payments newWalletPayments newWalletPaymentShare newWallets newWalletsNotReturned notReturnedShare daysObservedAfter }
  }
}`)

export const ACCOUNT_USAGE_QUERY = typed<AccountUsageProfileQuery, AccountUsageProfileQueryVariables>(/* GraphQL */ `
query AccountUsageProfile($id: String!) {
  accountUsage(id: $id) {
    account payments paidOpg activeDays distinctTees firstPaymentAt lastPaymentAt networkPayments networkOpg paymentShare opgShare
    fundedBy { transferId from fromLabel fromCategory allocation amount timestamp txHash }
  }
}`)

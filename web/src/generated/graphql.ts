/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type AccountWhereInput = {
  AND?: Array<AccountWhereInput> | null | undefined;
  OR?: Array<AccountWhereInput> | null | undefined;
  balance_eq?: string | null | undefined;
  balance_gt?: string | null | undefined;
  balance_gte?: string | null | undefined;
  balance_in?: Array<string> | null | undefined;
  balance_isNull?: boolean | null | undefined;
  balance_lt?: string | null | undefined;
  balance_lte?: string | null | undefined;
  balance_not_eq?: string | null | undefined;
  balance_not_in?: Array<string> | null | undefined;
  category_contains?: string | null | undefined;
  category_containsInsensitive?: string | null | undefined;
  category_endsWith?: string | null | undefined;
  category_eq?: string | null | undefined;
  category_gt?: string | null | undefined;
  category_gte?: string | null | undefined;
  category_in?: Array<string> | null | undefined;
  category_isNull?: boolean | null | undefined;
  category_lt?: string | null | undefined;
  category_lte?: string | null | undefined;
  category_not_contains?: string | null | undefined;
  category_not_containsInsensitive?: string | null | undefined;
  category_not_endsWith?: string | null | undefined;
  category_not_eq?: string | null | undefined;
  category_not_in?: Array<string> | null | undefined;
  category_not_startsWith?: string | null | undefined;
  category_startsWith?: string | null | undefined;
  circulating_eq?: boolean | null | undefined;
  circulating_isNull?: boolean | null | undefined;
  circulating_not_eq?: boolean | null | undefined;
  firstPaymentAt_eq?: string | null | undefined;
  firstPaymentAt_gt?: string | null | undefined;
  firstPaymentAt_gte?: string | null | undefined;
  firstPaymentAt_in?: Array<string> | null | undefined;
  firstPaymentAt_isNull?: boolean | null | undefined;
  firstPaymentAt_lt?: string | null | undefined;
  firstPaymentAt_lte?: string | null | undefined;
  firstPaymentAt_not_eq?: string | null | undefined;
  firstPaymentAt_not_in?: Array<string> | null | undefined;
  firstSeenAt_eq?: string | null | undefined;
  firstSeenAt_gt?: string | null | undefined;
  firstSeenAt_gte?: string | null | undefined;
  firstSeenAt_in?: Array<string> | null | undefined;
  firstSeenAt_isNull?: boolean | null | undefined;
  firstSeenAt_lt?: string | null | undefined;
  firstSeenAt_lte?: string | null | undefined;
  firstSeenAt_not_eq?: string | null | undefined;
  firstSeenAt_not_in?: Array<string> | null | undefined;
  firstSeenBlock_eq?: number | null | undefined;
  firstSeenBlock_gt?: number | null | undefined;
  firstSeenBlock_gte?: number | null | undefined;
  firstSeenBlock_in?: Array<number> | null | undefined;
  firstSeenBlock_isNull?: boolean | null | undefined;
  firstSeenBlock_lt?: number | null | undefined;
  firstSeenBlock_lte?: number | null | undefined;
  firstSeenBlock_not_eq?: number | null | undefined;
  firstSeenBlock_not_in?: Array<number> | null | undefined;
  id_contains?: string | null | undefined;
  id_containsInsensitive?: string | null | undefined;
  id_endsWith?: string | null | undefined;
  id_eq?: string | null | undefined;
  id_gt?: string | null | undefined;
  id_gte?: string | null | undefined;
  id_in?: Array<string> | null | undefined;
  id_isNull?: boolean | null | undefined;
  id_lt?: string | null | undefined;
  id_lte?: string | null | undefined;
  id_not_contains?: string | null | undefined;
  id_not_containsInsensitive?: string | null | undefined;
  id_not_endsWith?: string | null | undefined;
  id_not_eq?: string | null | undefined;
  id_not_in?: Array<string> | null | undefined;
  id_not_startsWith?: string | null | undefined;
  id_startsWith?: string | null | undefined;
  label_contains?: string | null | undefined;
  label_containsInsensitive?: string | null | undefined;
  label_endsWith?: string | null | undefined;
  label_eq?: string | null | undefined;
  label_gt?: string | null | undefined;
  label_gte?: string | null | undefined;
  label_in?: Array<string> | null | undefined;
  label_isNull?: boolean | null | undefined;
  label_lt?: string | null | undefined;
  label_lte?: string | null | undefined;
  label_not_contains?: string | null | undefined;
  label_not_containsInsensitive?: string | null | undefined;
  label_not_endsWith?: string | null | undefined;
  label_not_eq?: string | null | undefined;
  label_not_in?: Array<string> | null | undefined;
  label_not_startsWith?: string | null | undefined;
  label_startsWith?: string | null | undefined;
  lastSeenAt_eq?: string | null | undefined;
  lastSeenAt_gt?: string | null | undefined;
  lastSeenAt_gte?: string | null | undefined;
  lastSeenAt_in?: Array<string> | null | undefined;
  lastSeenAt_isNull?: boolean | null | undefined;
  lastSeenAt_lt?: string | null | undefined;
  lastSeenAt_lte?: string | null | undefined;
  lastSeenAt_not_eq?: string | null | undefined;
  lastSeenAt_not_in?: Array<string> | null | undefined;
  paidTotal_eq?: string | null | undefined;
  paidTotal_gt?: string | null | undefined;
  paidTotal_gte?: string | null | undefined;
  paidTotal_in?: Array<string> | null | undefined;
  paidTotal_isNull?: boolean | null | undefined;
  paidTotal_lt?: string | null | undefined;
  paidTotal_lte?: string | null | undefined;
  paidTotal_not_eq?: string | null | undefined;
  paidTotal_not_in?: Array<string> | null | undefined;
  paymentsMade_eq?: number | null | undefined;
  paymentsMade_gt?: number | null | undefined;
  paymentsMade_gte?: number | null | undefined;
  paymentsMade_in?: Array<number> | null | undefined;
  paymentsMade_isNull?: boolean | null | undefined;
  paymentsMade_lt?: number | null | undefined;
  paymentsMade_lte?: number | null | undefined;
  paymentsMade_not_eq?: number | null | undefined;
  paymentsMade_not_in?: Array<number> | null | undefined;
  paymentsReceived_eq?: number | null | undefined;
  paymentsReceived_gt?: number | null | undefined;
  paymentsReceived_gte?: number | null | undefined;
  paymentsReceived_in?: Array<number> | null | undefined;
  paymentsReceived_isNull?: boolean | null | undefined;
  paymentsReceived_lt?: number | null | undefined;
  paymentsReceived_lte?: number | null | undefined;
  paymentsReceived_not_eq?: number | null | undefined;
  paymentsReceived_not_in?: Array<number> | null | undefined;
  receivedTotal_eq?: string | null | undefined;
  receivedTotal_gt?: string | null | undefined;
  receivedTotal_gte?: string | null | undefined;
  receivedTotal_in?: Array<string> | null | undefined;
  receivedTotal_isNull?: boolean | null | undefined;
  receivedTotal_lt?: string | null | undefined;
  receivedTotal_lte?: string | null | undefined;
  receivedTotal_not_eq?: string | null | undefined;
  receivedTotal_not_in?: Array<string> | null | undefined;
  transfersIn_eq?: number | null | undefined;
  transfersIn_gt?: number | null | undefined;
  transfersIn_gte?: number | null | undefined;
  transfersIn_in?: Array<number> | null | undefined;
  transfersIn_isNull?: boolean | null | undefined;
  transfersIn_lt?: number | null | undefined;
  transfersIn_lte?: number | null | undefined;
  transfersIn_not_eq?: number | null | undefined;
  transfersIn_not_in?: Array<number> | null | undefined;
  transfersOut_eq?: number | null | undefined;
  transfersOut_gt?: number | null | undefined;
  transfersOut_gte?: number | null | undefined;
  transfersOut_in?: Array<number> | null | undefined;
  transfersOut_isNull?: boolean | null | undefined;
  transfersOut_lt?: number | null | undefined;
  transfersOut_lte?: number | null | undefined;
  transfersOut_not_eq?: number | null | undefined;
  transfersOut_not_in?: Array<number> | null | undefined;
};

export const AddressKind = {
  /** has code at the node's head */
  Contract: 'CONTRACT',
  /** no code (or an EIP-7702 delegation): a key-held account */
  Eoa: 'EOA',
  /** no RPC URL for this chain */
  Unknown: 'UNKNOWN'
} as const;

export type AddressKind = typeof AddressKind[keyof typeof AddressKind];
/** How an allocation unlocks under the typed schedule (common/src/tokenomics.ts). */
export const AllocationKind = {
  /** nothing until the cliff, then all of it */
  Cliff: 'CLIFF',
  /** nothing until the cliff, then linear */
  CliffThenLinear: 'CLIFF_THEN_LINEAR',
  /** a share at TGE (possibly none), the rest linear from TGE */
  Linear: 'LINEAR',
  /** all at TGE */
  Tge: 'TGE',
  /** no published schedule and none assumed (the staking rewards pool): stays locked */
  Unscheduled: 'UNSCHEDULED'
} as const;

export type AllocationKind = typeof AllocationKind[keyof typeof AllocationKind];
export const CandleInterval = {
  Day: 'DAY',
  Hour: 'HOUR'
} as const;

export type CandleInterval = typeof CandleInterval[keyof typeof CandleInterval];
/** A chain the explorer reads: og (the OpenGradient chain) or base. */
export const ChainName = {
  Base: 'base',
  Og: 'og'
} as const;

export type ChainName = typeof ChainName[keyof typeof ChainName];
export const ChainTxStatus = {
  Failed: 'FAILED',
  /** known to the node but not in a block yet */
  Pending: 'PENDING',
  Success: 'SUCCESS'
} as const;

export type ChainTxStatus = typeof ChainTxStatus[keyof typeof ChainTxStatus];
export type CommissionChangeWhereInput = {
  AND?: Array<CommissionChangeWhereInput> | null | undefined;
  OR?: Array<CommissionChangeWhereInput> | null | undefined;
  blockNumber_eq?: number | null | undefined;
  blockNumber_gt?: number | null | undefined;
  blockNumber_gte?: number | null | undefined;
  blockNumber_in?: Array<number> | null | undefined;
  blockNumber_isNull?: boolean | null | undefined;
  blockNumber_lt?: number | null | undefined;
  blockNumber_lte?: number | null | undefined;
  blockNumber_not_eq?: number | null | undefined;
  blockNumber_not_in?: Array<number> | null | undefined;
  id_contains?: string | null | undefined;
  id_containsInsensitive?: string | null | undefined;
  id_endsWith?: string | null | undefined;
  id_eq?: string | null | undefined;
  id_gt?: string | null | undefined;
  id_gte?: string | null | undefined;
  id_in?: Array<string> | null | undefined;
  id_isNull?: boolean | null | undefined;
  id_lt?: string | null | undefined;
  id_lte?: string | null | undefined;
  id_not_contains?: string | null | undefined;
  id_not_containsInsensitive?: string | null | undefined;
  id_not_endsWith?: string | null | undefined;
  id_not_eq?: string | null | undefined;
  id_not_in?: Array<string> | null | undefined;
  id_not_startsWith?: string | null | undefined;
  id_startsWith?: string | null | undefined;
  previousRate_eq?: string | null | undefined;
  previousRate_gt?: string | null | undefined;
  previousRate_gte?: string | null | undefined;
  previousRate_in?: Array<string> | null | undefined;
  previousRate_isNull?: boolean | null | undefined;
  previousRate_lt?: string | null | undefined;
  previousRate_lte?: string | null | undefined;
  previousRate_not_eq?: string | null | undefined;
  previousRate_not_in?: Array<string> | null | undefined;
  rate_eq?: string | null | undefined;
  rate_gt?: string | null | undefined;
  rate_gte?: string | null | undefined;
  rate_in?: Array<string> | null | undefined;
  rate_isNull?: boolean | null | undefined;
  rate_lt?: string | null | undefined;
  rate_lte?: string | null | undefined;
  rate_not_eq?: string | null | undefined;
  rate_not_in?: Array<string> | null | undefined;
  timestamp_eq?: string | null | undefined;
  timestamp_gt?: string | null | undefined;
  timestamp_gte?: string | null | undefined;
  timestamp_in?: Array<string> | null | undefined;
  timestamp_isNull?: boolean | null | undefined;
  timestamp_lt?: string | null | undefined;
  timestamp_lte?: string | null | undefined;
  timestamp_not_eq?: string | null | undefined;
  timestamp_not_in?: Array<string> | null | undefined;
  txHash_contains?: string | null | undefined;
  txHash_containsInsensitive?: string | null | undefined;
  txHash_endsWith?: string | null | undefined;
  txHash_eq?: string | null | undefined;
  txHash_gt?: string | null | undefined;
  txHash_gte?: string | null | undefined;
  txHash_in?: Array<string> | null | undefined;
  txHash_isNull?: boolean | null | undefined;
  txHash_lt?: string | null | undefined;
  txHash_lte?: string | null | undefined;
  txHash_not_contains?: string | null | undefined;
  txHash_not_containsInsensitive?: string | null | undefined;
  txHash_not_endsWith?: string | null | undefined;
  txHash_not_eq?: string | null | undefined;
  txHash_not_in?: Array<string> | null | undefined;
  txHash_not_startsWith?: string | null | undefined;
  txHash_startsWith?: string | null | undefined;
  validator?: ValidatorWhereInput | null | undefined;
  validator_isNull?: boolean | null | undefined;
};

export const DelegationOrderByInput = {
  AmountAsc: 'amount_ASC',
  AmountAscNullsFirst: 'amount_ASC_NULLS_FIRST',
  AmountAscNullsLast: 'amount_ASC_NULLS_LAST',
  AmountDesc: 'amount_DESC',
  AmountDescNullsFirst: 'amount_DESC_NULLS_FIRST',
  AmountDescNullsLast: 'amount_DESC_NULLS_LAST',
  CreatedAtAsc: 'createdAt_ASC',
  CreatedAtAscNullsFirst: 'createdAt_ASC_NULLS_FIRST',
  CreatedAtAscNullsLast: 'createdAt_ASC_NULLS_LAST',
  CreatedAtDesc: 'createdAt_DESC',
  CreatedAtDescNullsFirst: 'createdAt_DESC_NULLS_FIRST',
  CreatedAtDescNullsLast: 'createdAt_DESC_NULLS_LAST',
  DelegatorAsc: 'delegator_ASC',
  DelegatorAscNullsFirst: 'delegator_ASC_NULLS_FIRST',
  DelegatorAscNullsLast: 'delegator_ASC_NULLS_LAST',
  DelegatorDesc: 'delegator_DESC',
  DelegatorDescNullsFirst: 'delegator_DESC_NULLS_FIRST',
  DelegatorDescNullsLast: 'delegator_DESC_NULLS_LAST',
  IdAsc: 'id_ASC',
  IdAscNullsFirst: 'id_ASC_NULLS_FIRST',
  IdAscNullsLast: 'id_ASC_NULLS_LAST',
  IdDesc: 'id_DESC',
  IdDescNullsFirst: 'id_DESC_NULLS_FIRST',
  IdDescNullsLast: 'id_DESC_NULLS_LAST',
  SharesAsc: 'shares_ASC',
  SharesAscNullsFirst: 'shares_ASC_NULLS_FIRST',
  SharesAscNullsLast: 'shares_ASC_NULLS_LAST',
  SharesDesc: 'shares_DESC',
  SharesDescNullsFirst: 'shares_DESC_NULLS_FIRST',
  SharesDescNullsLast: 'shares_DESC_NULLS_LAST',
  UpdatedAtAsc: 'updatedAt_ASC',
  UpdatedAtAscNullsFirst: 'updatedAt_ASC_NULLS_FIRST',
  UpdatedAtAscNullsLast: 'updatedAt_ASC_NULLS_LAST',
  UpdatedAtDesc: 'updatedAt_DESC',
  UpdatedAtDescNullsFirst: 'updatedAt_DESC_NULLS_FIRST',
  UpdatedAtDescNullsLast: 'updatedAt_DESC_NULLS_LAST',
  ValidatorCommissionRateAsc: 'validator_commissionRate_ASC',
  ValidatorCommissionRateAscNullsFirst: 'validator_commissionRate_ASC_NULLS_FIRST',
  ValidatorCommissionRateAscNullsLast: 'validator_commissionRate_ASC_NULLS_LAST',
  ValidatorCommissionRateDesc: 'validator_commissionRate_DESC',
  ValidatorCommissionRateDescNullsFirst: 'validator_commissionRate_DESC_NULLS_FIRST',
  ValidatorCommissionRateDescNullsLast: 'validator_commissionRate_DESC_NULLS_LAST',
  ValidatorCreatedAtAsc: 'validator_createdAt_ASC',
  ValidatorCreatedAtAscNullsFirst: 'validator_createdAt_ASC_NULLS_FIRST',
  ValidatorCreatedAtAscNullsLast: 'validator_createdAt_ASC_NULLS_LAST',
  ValidatorCreatedAtDesc: 'validator_createdAt_DESC',
  ValidatorCreatedAtDescNullsFirst: 'validator_createdAt_DESC_NULLS_FIRST',
  ValidatorCreatedAtDescNullsLast: 'validator_createdAt_DESC_NULLS_LAST',
  ValidatorCreatedBlockAsc: 'validator_createdBlock_ASC',
  ValidatorCreatedBlockAscNullsFirst: 'validator_createdBlock_ASC_NULLS_FIRST',
  ValidatorCreatedBlockAscNullsLast: 'validator_createdBlock_ASC_NULLS_LAST',
  ValidatorCreatedBlockDesc: 'validator_createdBlock_DESC',
  ValidatorCreatedBlockDescNullsFirst: 'validator_createdBlock_DESC_NULLS_FIRST',
  ValidatorCreatedBlockDescNullsLast: 'validator_createdBlock_DESC_NULLS_LAST',
  ValidatorDelegatorCountAsc: 'validator_delegatorCount_ASC',
  ValidatorDelegatorCountAscNullsFirst: 'validator_delegatorCount_ASC_NULLS_FIRST',
  ValidatorDelegatorCountAscNullsLast: 'validator_delegatorCount_ASC_NULLS_LAST',
  ValidatorDelegatorCountDesc: 'validator_delegatorCount_DESC',
  ValidatorDelegatorCountDescNullsFirst: 'validator_delegatorCount_DESC_NULLS_FIRST',
  ValidatorDelegatorCountDescNullsLast: 'validator_delegatorCount_DESC_NULLS_LAST',
  ValidatorDelegatorSharesAsc: 'validator_delegatorShares_ASC',
  ValidatorDelegatorSharesAscNullsFirst: 'validator_delegatorShares_ASC_NULLS_FIRST',
  ValidatorDelegatorSharesAscNullsLast: 'validator_delegatorShares_ASC_NULLS_LAST',
  ValidatorDelegatorSharesDesc: 'validator_delegatorShares_DESC',
  ValidatorDelegatorSharesDescNullsFirst: 'validator_delegatorShares_DESC_NULLS_FIRST',
  ValidatorDelegatorSharesDescNullsLast: 'validator_delegatorShares_DESC_NULLS_LAST',
  ValidatorIdAsc: 'validator_id_ASC',
  ValidatorIdAscNullsFirst: 'validator_id_ASC_NULLS_FIRST',
  ValidatorIdAscNullsLast: 'validator_id_ASC_NULLS_LAST',
  ValidatorIdDesc: 'validator_id_DESC',
  ValidatorIdDescNullsFirst: 'validator_id_DESC_NULLS_FIRST',
  ValidatorIdDescNullsLast: 'validator_id_DESC_NULLS_LAST',
  ValidatorJailCountAsc: 'validator_jailCount_ASC',
  ValidatorJailCountAscNullsFirst: 'validator_jailCount_ASC_NULLS_FIRST',
  ValidatorJailCountAscNullsLast: 'validator_jailCount_ASC_NULLS_LAST',
  ValidatorJailCountDesc: 'validator_jailCount_DESC',
  ValidatorJailCountDescNullsFirst: 'validator_jailCount_DESC_NULLS_FIRST',
  ValidatorJailCountDescNullsLast: 'validator_jailCount_DESC_NULLS_LAST',
  ValidatorJailedAsc: 'validator_jailed_ASC',
  ValidatorJailedAscNullsFirst: 'validator_jailed_ASC_NULLS_FIRST',
  ValidatorJailedAscNullsLast: 'validator_jailed_ASC_NULLS_LAST',
  ValidatorJailedDesc: 'validator_jailed_DESC',
  ValidatorJailedDescNullsFirst: 'validator_jailed_DESC_NULLS_FIRST',
  ValidatorJailedDescNullsLast: 'validator_jailed_DESC_NULLS_LAST',
  ValidatorMaxCommissionRateAsc: 'validator_maxCommissionRate_ASC',
  ValidatorMaxCommissionRateAscNullsFirst: 'validator_maxCommissionRate_ASC_NULLS_FIRST',
  ValidatorMaxCommissionRateAscNullsLast: 'validator_maxCommissionRate_ASC_NULLS_LAST',
  ValidatorMaxCommissionRateDesc: 'validator_maxCommissionRate_DESC',
  ValidatorMaxCommissionRateDescNullsFirst: 'validator_maxCommissionRate_DESC_NULLS_FIRST',
  ValidatorMaxCommissionRateDescNullsLast: 'validator_maxCommissionRate_DESC_NULLS_LAST',
  ValidatorMinSelfDelegationAsc: 'validator_minSelfDelegation_ASC',
  ValidatorMinSelfDelegationAscNullsFirst: 'validator_minSelfDelegation_ASC_NULLS_FIRST',
  ValidatorMinSelfDelegationAscNullsLast: 'validator_minSelfDelegation_ASC_NULLS_LAST',
  ValidatorMinSelfDelegationDesc: 'validator_minSelfDelegation_DESC',
  ValidatorMinSelfDelegationDescNullsFirst: 'validator_minSelfDelegation_DESC_NULLS_FIRST',
  ValidatorMinSelfDelegationDescNullsLast: 'validator_minSelfDelegation_DESC_NULLS_LAST',
  ValidatorMonikerAsc: 'validator_moniker_ASC',
  ValidatorMonikerAscNullsFirst: 'validator_moniker_ASC_NULLS_FIRST',
  ValidatorMonikerAscNullsLast: 'validator_moniker_ASC_NULLS_LAST',
  ValidatorMonikerDesc: 'validator_moniker_DESC',
  ValidatorMonikerDescNullsFirst: 'validator_moniker_DESC_NULLS_FIRST',
  ValidatorMonikerDescNullsLast: 'validator_moniker_DESC_NULLS_LAST',
  ValidatorSelfBondAsc: 'validator_selfBond_ASC',
  ValidatorSelfBondAscNullsFirst: 'validator_selfBond_ASC_NULLS_FIRST',
  ValidatorSelfBondAscNullsLast: 'validator_selfBond_ASC_NULLS_LAST',
  ValidatorSelfBondDesc: 'validator_selfBond_DESC',
  ValidatorSelfBondDescNullsFirst: 'validator_selfBond_DESC_NULLS_FIRST',
  ValidatorSelfBondDescNullsLast: 'validator_selfBond_DESC_NULLS_LAST',
  ValidatorSlashCountAsc: 'validator_slashCount_ASC',
  ValidatorSlashCountAscNullsFirst: 'validator_slashCount_ASC_NULLS_FIRST',
  ValidatorSlashCountAscNullsLast: 'validator_slashCount_ASC_NULLS_LAST',
  ValidatorSlashCountDesc: 'validator_slashCount_DESC',
  ValidatorSlashCountDescNullsFirst: 'validator_slashCount_DESC_NULLS_FIRST',
  ValidatorSlashCountDescNullsLast: 'validator_slashCount_DESC_NULLS_LAST',
  ValidatorStateBlockAsc: 'validator_stateBlock_ASC',
  ValidatorStateBlockAscNullsFirst: 'validator_stateBlock_ASC_NULLS_FIRST',
  ValidatorStateBlockAscNullsLast: 'validator_stateBlock_ASC_NULLS_LAST',
  ValidatorStateBlockDesc: 'validator_stateBlock_DESC',
  ValidatorStateBlockDescNullsFirst: 'validator_stateBlock_DESC_NULLS_FIRST',
  ValidatorStateBlockDescNullsLast: 'validator_stateBlock_DESC_NULLS_LAST',
  ValidatorStatusAsc: 'validator_status_ASC',
  ValidatorStatusAscNullsFirst: 'validator_status_ASC_NULLS_FIRST',
  ValidatorStatusAscNullsLast: 'validator_status_ASC_NULLS_LAST',
  ValidatorStatusDesc: 'validator_status_DESC',
  ValidatorStatusDescNullsFirst: 'validator_status_DESC_NULLS_FIRST',
  ValidatorStatusDescNullsLast: 'validator_status_DESC_NULLS_LAST',
  ValidatorTokensAsc: 'validator_tokens_ASC',
  ValidatorTokensAscNullsFirst: 'validator_tokens_ASC_NULLS_FIRST',
  ValidatorTokensAscNullsLast: 'validator_tokens_ASC_NULLS_LAST',
  ValidatorTokensDesc: 'validator_tokens_DESC',
  ValidatorTokensDescNullsFirst: 'validator_tokens_DESC_NULLS_FIRST',
  ValidatorTokensDescNullsLast: 'validator_tokens_DESC_NULLS_LAST',
  ValidatorTotalSlashedAsc: 'validator_totalSlashed_ASC',
  ValidatorTotalSlashedAscNullsFirst: 'validator_totalSlashed_ASC_NULLS_FIRST',
  ValidatorTotalSlashedAscNullsLast: 'validator_totalSlashed_ASC_NULLS_LAST',
  ValidatorTotalSlashedDesc: 'validator_totalSlashed_DESC',
  ValidatorTotalSlashedDescNullsFirst: 'validator_totalSlashed_DESC_NULLS_FIRST',
  ValidatorTotalSlashedDescNullsLast: 'validator_totalSlashed_DESC_NULLS_LAST'
} as const;

export type DelegationOrderByInput = typeof DelegationOrderByInput[keyof typeof DelegationOrderByInput];
export type DelegationWhereInput = {
  AND?: Array<DelegationWhereInput> | null | undefined;
  OR?: Array<DelegationWhereInput> | null | undefined;
  amount_eq?: string | null | undefined;
  amount_gt?: string | null | undefined;
  amount_gte?: string | null | undefined;
  amount_in?: Array<string> | null | undefined;
  amount_isNull?: boolean | null | undefined;
  amount_lt?: string | null | undefined;
  amount_lte?: string | null | undefined;
  amount_not_eq?: string | null | undefined;
  amount_not_in?: Array<string> | null | undefined;
  createdAt_eq?: string | null | undefined;
  createdAt_gt?: string | null | undefined;
  createdAt_gte?: string | null | undefined;
  createdAt_in?: Array<string> | null | undefined;
  createdAt_isNull?: boolean | null | undefined;
  createdAt_lt?: string | null | undefined;
  createdAt_lte?: string | null | undefined;
  createdAt_not_eq?: string | null | undefined;
  createdAt_not_in?: Array<string> | null | undefined;
  delegator_contains?: string | null | undefined;
  delegator_containsInsensitive?: string | null | undefined;
  delegator_endsWith?: string | null | undefined;
  delegator_eq?: string | null | undefined;
  delegator_gt?: string | null | undefined;
  delegator_gte?: string | null | undefined;
  delegator_in?: Array<string> | null | undefined;
  delegator_isNull?: boolean | null | undefined;
  delegator_lt?: string | null | undefined;
  delegator_lte?: string | null | undefined;
  delegator_not_contains?: string | null | undefined;
  delegator_not_containsInsensitive?: string | null | undefined;
  delegator_not_endsWith?: string | null | undefined;
  delegator_not_eq?: string | null | undefined;
  delegator_not_in?: Array<string> | null | undefined;
  delegator_not_startsWith?: string | null | undefined;
  delegator_startsWith?: string | null | undefined;
  id_contains?: string | null | undefined;
  id_containsInsensitive?: string | null | undefined;
  id_endsWith?: string | null | undefined;
  id_eq?: string | null | undefined;
  id_gt?: string | null | undefined;
  id_gte?: string | null | undefined;
  id_in?: Array<string> | null | undefined;
  id_isNull?: boolean | null | undefined;
  id_lt?: string | null | undefined;
  id_lte?: string | null | undefined;
  id_not_contains?: string | null | undefined;
  id_not_containsInsensitive?: string | null | undefined;
  id_not_endsWith?: string | null | undefined;
  id_not_eq?: string | null | undefined;
  id_not_in?: Array<string> | null | undefined;
  id_not_startsWith?: string | null | undefined;
  id_startsWith?: string | null | undefined;
  shares_eq?: string | null | undefined;
  shares_gt?: string | null | undefined;
  shares_gte?: string | null | undefined;
  shares_in?: Array<string> | null | undefined;
  shares_isNull?: boolean | null | undefined;
  shares_lt?: string | null | undefined;
  shares_lte?: string | null | undefined;
  shares_not_eq?: string | null | undefined;
  shares_not_in?: Array<string> | null | undefined;
  updatedAt_eq?: string | null | undefined;
  updatedAt_gt?: string | null | undefined;
  updatedAt_gte?: string | null | undefined;
  updatedAt_in?: Array<string> | null | undefined;
  updatedAt_isNull?: boolean | null | undefined;
  updatedAt_lt?: string | null | undefined;
  updatedAt_lte?: string | null | undefined;
  updatedAt_not_eq?: string | null | undefined;
  updatedAt_not_in?: Array<string> | null | undefined;
  validator?: ValidatorWhereInput | null | undefined;
  validator_isNull?: boolean | null | undefined;
};

export type HeartbeatWhereInput = {
  AND?: Array<HeartbeatWhereInput> | null | undefined;
  OR?: Array<HeartbeatWhereInput> | null | undefined;
  blockNumber_eq?: number | null | undefined;
  blockNumber_gt?: number | null | undefined;
  blockNumber_gte?: number | null | undefined;
  blockNumber_in?: Array<number> | null | undefined;
  blockNumber_isNull?: boolean | null | undefined;
  blockNumber_lt?: number | null | undefined;
  blockNumber_lte?: number | null | undefined;
  blockNumber_not_eq?: number | null | undefined;
  blockNumber_not_in?: Array<number> | null | undefined;
  disabledSeconds_eq?: number | null | undefined;
  disabledSeconds_gt?: number | null | undefined;
  disabledSeconds_gte?: number | null | undefined;
  disabledSeconds_in?: Array<number> | null | undefined;
  disabledSeconds_isNull?: boolean | null | undefined;
  disabledSeconds_lt?: number | null | undefined;
  disabledSeconds_lte?: number | null | undefined;
  disabledSeconds_not_eq?: number | null | undefined;
  disabledSeconds_not_in?: Array<number> | null | undefined;
  gapSeconds_eq?: number | null | undefined;
  gapSeconds_gt?: number | null | undefined;
  gapSeconds_gte?: number | null | undefined;
  gapSeconds_in?: Array<number> | null | undefined;
  gapSeconds_isNull?: boolean | null | undefined;
  gapSeconds_lt?: number | null | undefined;
  gapSeconds_lte?: number | null | undefined;
  gapSeconds_not_eq?: number | null | undefined;
  gapSeconds_not_in?: Array<number> | null | undefined;
  id_contains?: string | null | undefined;
  id_containsInsensitive?: string | null | undefined;
  id_endsWith?: string | null | undefined;
  id_eq?: string | null | undefined;
  id_gt?: string | null | undefined;
  id_gte?: string | null | undefined;
  id_in?: Array<string> | null | undefined;
  id_isNull?: boolean | null | undefined;
  id_lt?: string | null | undefined;
  id_lte?: string | null | undefined;
  id_not_contains?: string | null | undefined;
  id_not_containsInsensitive?: string | null | undefined;
  id_not_endsWith?: string | null | undefined;
  id_not_eq?: string | null | undefined;
  id_not_in?: Array<string> | null | undefined;
  id_not_startsWith?: string | null | undefined;
  id_startsWith?: string | null | undefined;
  reportedAt_eq?: string | null | undefined;
  reportedAt_gt?: string | null | undefined;
  reportedAt_gte?: string | null | undefined;
  reportedAt_in?: Array<string> | null | undefined;
  reportedAt_isNull?: boolean | null | undefined;
  reportedAt_lt?: string | null | undefined;
  reportedAt_lte?: string | null | undefined;
  reportedAt_not_eq?: string | null | undefined;
  reportedAt_not_in?: Array<string> | null | undefined;
  tee?: TeeNodeWhereInput | null | undefined;
  tee_isNull?: boolean | null | undefined;
  timestamp_eq?: string | null | undefined;
  timestamp_gt?: string | null | undefined;
  timestamp_gte?: string | null | undefined;
  timestamp_in?: Array<string> | null | undefined;
  timestamp_isNull?: boolean | null | undefined;
  timestamp_lt?: string | null | undefined;
  timestamp_lte?: string | null | undefined;
  timestamp_not_eq?: string | null | undefined;
  timestamp_not_in?: Array<string> | null | undefined;
  txHash_contains?: string | null | undefined;
  txHash_containsInsensitive?: string | null | undefined;
  txHash_endsWith?: string | null | undefined;
  txHash_eq?: string | null | undefined;
  txHash_gt?: string | null | undefined;
  txHash_gte?: string | null | undefined;
  txHash_in?: Array<string> | null | undefined;
  txHash_isNull?: boolean | null | undefined;
  txHash_lt?: string | null | undefined;
  txHash_lte?: string | null | undefined;
  txHash_not_contains?: string | null | undefined;
  txHash_not_containsInsensitive?: string | null | undefined;
  txHash_not_endsWith?: string | null | undefined;
  txHash_not_eq?: string | null | undefined;
  txHash_not_in?: Array<string> | null | undefined;
  txHash_not_startsWith?: string | null | undefined;
  txHash_startsWith?: string | null | undefined;
};

export const InferenceMode = {
  Tee: 'TEE',
  Unknown: 'UNKNOWN',
  Vanilla: 'VANILLA',
  Zkml: 'ZKML'
} as const;

export type InferenceMode = typeof InferenceMode[keyof typeof InferenceMode];
export const InferenceOrderByInput = {
  BlockNumberAsc: 'blockNumber_ASC',
  BlockNumberAscNullsFirst: 'blockNumber_ASC_NULLS_FIRST',
  BlockNumberAscNullsLast: 'blockNumber_ASC_NULLS_LAST',
  BlockNumberDesc: 'blockNumber_DESC',
  BlockNumberDescNullsFirst: 'blockNumber_DESC_NULLS_FIRST',
  BlockNumberDescNullsLast: 'blockNumber_DESC_NULLS_LAST',
  EthAddressAsc: 'ethAddress_ASC',
  EthAddressAscNullsFirst: 'ethAddress_ASC_NULLS_FIRST',
  EthAddressAscNullsLast: 'ethAddress_ASC_NULLS_LAST',
  EthAddressDesc: 'ethAddress_DESC',
  EthAddressDescNullsFirst: 'ethAddress_DESC_NULLS_FIRST',
  EthAddressDescNullsLast: 'ethAddress_DESC_NULLS_LAST',
  IdAsc: 'id_ASC',
  IdAscNullsFirst: 'id_ASC_NULLS_FIRST',
  IdAscNullsLast: 'id_ASC_NULLS_LAST',
  IdDesc: 'id_DESC',
  IdDescNullsFirst: 'id_DESC_NULLS_FIRST',
  IdDescNullsLast: 'id_DESC_NULLS_LAST',
  InputHashAsc: 'inputHash_ASC',
  InputHashAscNullsFirst: 'inputHash_ASC_NULLS_FIRST',
  InputHashAscNullsLast: 'inputHash_ASC_NULLS_LAST',
  InputHashDesc: 'inputHash_DESC',
  InputHashDescNullsFirst: 'inputHash_DESC_NULLS_FIRST',
  InputHashDescNullsLast: 'inputHash_DESC_NULLS_LAST',
  KindAsc: 'kind_ASC',
  KindAscNullsFirst: 'kind_ASC_NULLS_FIRST',
  KindAscNullsLast: 'kind_ASC_NULLS_LAST',
  KindDesc: 'kind_DESC',
  KindDescNullsFirst: 'kind_DESC_NULLS_FIRST',
  KindDescNullsLast: 'kind_DESC_NULLS_LAST',
  LeafIndexAsc: 'leafIndex_ASC',
  LeafIndexAscNullsFirst: 'leafIndex_ASC_NULLS_FIRST',
  LeafIndexAscNullsLast: 'leafIndex_ASC_NULLS_LAST',
  LeafIndexDesc: 'leafIndex_DESC',
  LeafIndexDescNullsFirst: 'leafIndex_DESC_NULLS_FIRST',
  LeafIndexDescNullsLast: 'leafIndex_DESC_NULLS_LAST',
  ModeAsc: 'mode_ASC',
  ModeAscNullsFirst: 'mode_ASC_NULLS_FIRST',
  ModeAscNullsLast: 'mode_ASC_NULLS_LAST',
  ModeDesc: 'mode_DESC',
  ModeDescNullsFirst: 'mode_DESC_NULLS_FIRST',
  ModeDescNullsLast: 'mode_DESC_NULLS_LAST',
  ModelAsc: 'model_ASC',
  ModelAscNullsFirst: 'model_ASC_NULLS_FIRST',
  ModelAscNullsLast: 'model_ASC_NULLS_LAST',
  ModelDesc: 'model_DESC',
  ModelDescNullsFirst: 'model_DESC_NULLS_FIRST',
  ModelDescNullsLast: 'model_DESC_NULLS_LAST',
  OutputHashAsc: 'outputHash_ASC',
  OutputHashAscNullsFirst: 'outputHash_ASC_NULLS_FIRST',
  OutputHashAscNullsLast: 'outputHash_ASC_NULLS_LAST',
  OutputHashDesc: 'outputHash_DESC',
  OutputHashDescNullsFirst: 'outputHash_DESC_NULLS_FIRST',
  OutputHashDescNullsLast: 'outputHash_DESC_NULLS_LAST',
  SettlementAttemptsAsc: 'settlement_attempts_ASC',
  SettlementAttemptsAscNullsFirst: 'settlement_attempts_ASC_NULLS_FIRST',
  SettlementAttemptsAscNullsLast: 'settlement_attempts_ASC_NULLS_LAST',
  SettlementAttemptsDesc: 'settlement_attempts_DESC',
  SettlementAttemptsDescNullsFirst: 'settlement_attempts_DESC_NULLS_FIRST',
  SettlementAttemptsDescNullsLast: 'settlement_attempts_DESC_NULLS_LAST',
  SettlementBatchSizeAsc: 'settlement_batchSize_ASC',
  SettlementBatchSizeAscNullsFirst: 'settlement_batchSize_ASC_NULLS_FIRST',
  SettlementBatchSizeAscNullsLast: 'settlement_batchSize_ASC_NULLS_LAST',
  SettlementBatchSizeDesc: 'settlement_batchSize_DESC',
  SettlementBatchSizeDescNullsFirst: 'settlement_batchSize_DESC_NULLS_FIRST',
  SettlementBatchSizeDescNullsLast: 'settlement_batchSize_DESC_NULLS_LAST',
  SettlementBlobIdAsc: 'settlement_blobId_ASC',
  SettlementBlobIdAscNullsFirst: 'settlement_blobId_ASC_NULLS_FIRST',
  SettlementBlobIdAscNullsLast: 'settlement_blobId_ASC_NULLS_LAST',
  SettlementBlobIdDesc: 'settlement_blobId_DESC',
  SettlementBlobIdDescNullsFirst: 'settlement_blobId_DESC_NULLS_FIRST',
  SettlementBlobIdDescNullsLast: 'settlement_blobId_DESC_NULLS_LAST',
  SettlementBlobNotFoundAsc: 'settlement_blobNotFound_ASC',
  SettlementBlobNotFoundAscNullsFirst: 'settlement_blobNotFound_ASC_NULLS_FIRST',
  SettlementBlobNotFoundAscNullsLast: 'settlement_blobNotFound_ASC_NULLS_LAST',
  SettlementBlobNotFoundDesc: 'settlement_blobNotFound_DESC',
  SettlementBlobNotFoundDescNullsFirst: 'settlement_blobNotFound_DESC_NULLS_FIRST',
  SettlementBlobNotFoundDescNullsLast: 'settlement_blobNotFound_DESC_NULLS_LAST',
  SettlementBlockNumberAsc: 'settlement_blockNumber_ASC',
  SettlementBlockNumberAscNullsFirst: 'settlement_blockNumber_ASC_NULLS_FIRST',
  SettlementBlockNumberAscNullsLast: 'settlement_blockNumber_ASC_NULLS_LAST',
  SettlementBlockNumberDesc: 'settlement_blockNumber_DESC',
  SettlementBlockNumberDescNullsFirst: 'settlement_blockNumber_DESC_NULLS_FIRST',
  SettlementBlockNumberDescNullsLast: 'settlement_blockNumber_DESC_NULLS_LAST',
  SettlementEthAddressAsc: 'settlement_ethAddress_ASC',
  SettlementEthAddressAscNullsFirst: 'settlement_ethAddress_ASC_NULLS_FIRST',
  SettlementEthAddressAscNullsLast: 'settlement_ethAddress_ASC_NULLS_LAST',
  SettlementEthAddressDesc: 'settlement_ethAddress_DESC',
  SettlementEthAddressDescNullsFirst: 'settlement_ethAddress_DESC_NULLS_FIRST',
  SettlementEthAddressDescNullsLast: 'settlement_ethAddress_DESC_NULLS_LAST',
  SettlementIdAsc: 'settlement_id_ASC',
  SettlementIdAscNullsFirst: 'settlement_id_ASC_NULLS_FIRST',
  SettlementIdAscNullsLast: 'settlement_id_ASC_NULLS_LAST',
  SettlementIdDesc: 'settlement_id_DESC',
  SettlementIdDescNullsFirst: 'settlement_id_DESC_NULLS_FIRST',
  SettlementIdDescNullsLast: 'settlement_id_DESC_NULLS_LAST',
  SettlementInferenceCountAsc: 'settlement_inferenceCount_ASC',
  SettlementInferenceCountAscNullsFirst: 'settlement_inferenceCount_ASC_NULLS_FIRST',
  SettlementInferenceCountAscNullsLast: 'settlement_inferenceCount_ASC_NULLS_LAST',
  SettlementInferenceCountDesc: 'settlement_inferenceCount_DESC',
  SettlementInferenceCountDescNullsFirst: 'settlement_inferenceCount_DESC_NULLS_FIRST',
  SettlementInferenceCountDescNullsLast: 'settlement_inferenceCount_DESC_NULLS_LAST',
  SettlementInvalidSignaturesAsc: 'settlement_invalidSignatures_ASC',
  SettlementInvalidSignaturesAscNullsFirst: 'settlement_invalidSignatures_ASC_NULLS_FIRST',
  SettlementInvalidSignaturesAscNullsLast: 'settlement_invalidSignatures_ASC_NULLS_LAST',
  SettlementInvalidSignaturesDesc: 'settlement_invalidSignatures_DESC',
  SettlementInvalidSignaturesDescNullsFirst: 'settlement_invalidSignatures_DESC_NULLS_FIRST',
  SettlementInvalidSignaturesDescNullsLast: 'settlement_invalidSignatures_DESC_NULLS_LAST',
  SettlementKindAsc: 'settlement_kind_ASC',
  SettlementKindAscNullsFirst: 'settlement_kind_ASC_NULLS_FIRST',
  SettlementKindAscNullsLast: 'settlement_kind_ASC_NULLS_LAST',
  SettlementKindDesc: 'settlement_kind_DESC',
  SettlementKindDescNullsFirst: 'settlement_kind_DESC_NULLS_FIRST',
  SettlementKindDescNullsLast: 'settlement_kind_DESC_NULLS_LAST',
  SettlementMerkleRootAsc: 'settlement_merkleRoot_ASC',
  SettlementMerkleRootAscNullsFirst: 'settlement_merkleRoot_ASC_NULLS_FIRST',
  SettlementMerkleRootAscNullsLast: 'settlement_merkleRoot_ASC_NULLS_LAST',
  SettlementMerkleRootDesc: 'settlement_merkleRoot_DESC',
  SettlementMerkleRootDescNullsFirst: 'settlement_merkleRoot_DESC_NULLS_FIRST',
  SettlementMerkleRootDescNullsLast: 'settlement_merkleRoot_DESC_NULLS_LAST',
  SettlementNextAttemptAtAsc: 'settlement_nextAttemptAt_ASC',
  SettlementNextAttemptAtAscNullsFirst: 'settlement_nextAttemptAt_ASC_NULLS_FIRST',
  SettlementNextAttemptAtAscNullsLast: 'settlement_nextAttemptAt_ASC_NULLS_LAST',
  SettlementNextAttemptAtDesc: 'settlement_nextAttemptAt_DESC',
  SettlementNextAttemptAtDescNullsFirst: 'settlement_nextAttemptAt_DESC_NULLS_FIRST',
  SettlementNextAttemptAtDescNullsLast: 'settlement_nextAttemptAt_DESC_NULLS_LAST',
  SettlementRelayAsc: 'settlement_relay_ASC',
  SettlementRelayAscNullsFirst: 'settlement_relay_ASC_NULLS_FIRST',
  SettlementRelayAscNullsLast: 'settlement_relay_ASC_NULLS_LAST',
  SettlementRelayDesc: 'settlement_relay_DESC',
  SettlementRelayDescNullsFirst: 'settlement_relay_DESC_NULLS_FIRST',
  SettlementRelayDescNullsLast: 'settlement_relay_DESC_NULLS_LAST',
  SettlementStatusReasonAsc: 'settlement_statusReason_ASC',
  SettlementStatusReasonAscNullsFirst: 'settlement_statusReason_ASC_NULLS_FIRST',
  SettlementStatusReasonAscNullsLast: 'settlement_statusReason_ASC_NULLS_LAST',
  SettlementStatusReasonDesc: 'settlement_statusReason_DESC',
  SettlementStatusReasonDescNullsFirst: 'settlement_statusReason_DESC_NULLS_FIRST',
  SettlementStatusReasonDescNullsLast: 'settlement_statusReason_DESC_NULLS_LAST',
  SettlementStatusAsc: 'settlement_status_ASC',
  SettlementStatusAscNullsFirst: 'settlement_status_ASC_NULLS_FIRST',
  SettlementStatusAscNullsLast: 'settlement_status_ASC_NULLS_LAST',
  SettlementStatusDesc: 'settlement_status_DESC',
  SettlementStatusDescNullsFirst: 'settlement_status_DESC_NULLS_FIRST',
  SettlementStatusDescNullsLast: 'settlement_status_DESC_NULLS_LAST',
  SettlementTeeIdAsc: 'settlement_teeId_ASC',
  SettlementTeeIdAscNullsFirst: 'settlement_teeId_ASC_NULLS_FIRST',
  SettlementTeeIdAscNullsLast: 'settlement_teeId_ASC_NULLS_LAST',
  SettlementTeeIdDesc: 'settlement_teeId_DESC',
  SettlementTeeIdDescNullsFirst: 'settlement_teeId_DESC_NULLS_FIRST',
  SettlementTeeIdDescNullsLast: 'settlement_teeId_DESC_NULLS_LAST',
  SettlementTimestampAsc: 'settlement_timestamp_ASC',
  SettlementTimestampAscNullsFirst: 'settlement_timestamp_ASC_NULLS_FIRST',
  SettlementTimestampAscNullsLast: 'settlement_timestamp_ASC_NULLS_LAST',
  SettlementTimestampDesc: 'settlement_timestamp_DESC',
  SettlementTimestampDescNullsFirst: 'settlement_timestamp_DESC_NULLS_FIRST',
  SettlementTimestampDescNullsLast: 'settlement_timestamp_DESC_NULLS_LAST',
  SettlementTxHashAsc: 'settlement_txHash_ASC',
  SettlementTxHashAscNullsFirst: 'settlement_txHash_ASC_NULLS_FIRST',
  SettlementTxHashAscNullsLast: 'settlement_txHash_ASC_NULLS_LAST',
  SettlementTxHashDesc: 'settlement_txHash_DESC',
  SettlementTxHashDescNullsFirst: 'settlement_txHash_DESC_NULLS_FIRST',
  SettlementTxHashDescNullsLast: 'settlement_txHash_DESC_NULLS_LAST',
  SettlementValidSignaturesAsc: 'settlement_validSignatures_ASC',
  SettlementValidSignaturesAscNullsFirst: 'settlement_validSignatures_ASC_NULLS_FIRST',
  SettlementValidSignaturesAscNullsLast: 'settlement_validSignatures_ASC_NULLS_LAST',
  SettlementValidSignaturesDesc: 'settlement_validSignatures_DESC',
  SettlementValidSignaturesDescNullsFirst: 'settlement_validSignatures_DESC_NULLS_FIRST',
  SettlementValidSignaturesDescNullsLast: 'settlement_validSignatures_DESC_NULLS_LAST',
  SettlementVerifiedAtAsc: 'settlement_verifiedAt_ASC',
  SettlementVerifiedAtAscNullsFirst: 'settlement_verifiedAt_ASC_NULLS_FIRST',
  SettlementVerifiedAtAscNullsLast: 'settlement_verifiedAt_ASC_NULLS_LAST',
  SettlementVerifiedAtDesc: 'settlement_verifiedAt_DESC',
  SettlementVerifiedAtDescNullsFirst: 'settlement_verifiedAt_DESC_NULLS_FIRST',
  SettlementVerifiedAtDescNullsLast: 'settlement_verifiedAt_DESC_NULLS_LAST',
  SignatureValidAsc: 'signatureValid_ASC',
  SignatureValidAscNullsFirst: 'signatureValid_ASC_NULLS_FIRST',
  SignatureValidAscNullsLast: 'signatureValid_ASC_NULLS_LAST',
  SignatureValidDesc: 'signatureValid_DESC',
  SignatureValidDescNullsFirst: 'signatureValid_DESC_NULLS_FIRST',
  SignatureValidDescNullsLast: 'signatureValid_DESC_NULLS_LAST',
  SignatureAsc: 'signature_ASC',
  SignatureAscNullsFirst: 'signature_ASC_NULLS_FIRST',
  SignatureAscNullsLast: 'signature_ASC_NULLS_LAST',
  SignatureDesc: 'signature_DESC',
  SignatureDescNullsFirst: 'signature_DESC_NULLS_FIRST',
  SignatureDescNullsLast: 'signature_DESC_NULLS_LAST',
  StatusReasonAsc: 'statusReason_ASC',
  StatusReasonAscNullsFirst: 'statusReason_ASC_NULLS_FIRST',
  StatusReasonAscNullsLast: 'statusReason_ASC_NULLS_LAST',
  StatusReasonDesc: 'statusReason_DESC',
  StatusReasonDescNullsFirst: 'statusReason_DESC_NULLS_FIRST',
  StatusReasonDescNullsLast: 'statusReason_DESC_NULLS_LAST',
  StatusAsc: 'status_ASC',
  StatusAscNullsFirst: 'status_ASC_NULLS_FIRST',
  StatusAscNullsLast: 'status_ASC_NULLS_LAST',
  StatusDesc: 'status_DESC',
  StatusDescNullsFirst: 'status_DESC_NULLS_FIRST',
  StatusDescNullsLast: 'status_DESC_NULLS_LAST',
  TeeIdAsc: 'teeId_ASC',
  TeeIdAscNullsFirst: 'teeId_ASC_NULLS_FIRST',
  TeeIdAscNullsLast: 'teeId_ASC_NULLS_LAST',
  TeeIdDesc: 'teeId_DESC',
  TeeIdDescNullsFirst: 'teeId_DESC_NULLS_FIRST',
  TeeIdDescNullsLast: 'teeId_DESC_NULLS_LAST',
  TeeNodeCoveredSecondsAsc: 'teeNode_coveredSeconds_ASC',
  TeeNodeCoveredSecondsAscNullsFirst: 'teeNode_coveredSeconds_ASC_NULLS_FIRST',
  TeeNodeCoveredSecondsAscNullsLast: 'teeNode_coveredSeconds_ASC_NULLS_LAST',
  TeeNodeCoveredSecondsDesc: 'teeNode_coveredSeconds_DESC',
  TeeNodeCoveredSecondsDescNullsFirst: 'teeNode_coveredSeconds_DESC_NULLS_FIRST',
  TeeNodeCoveredSecondsDescNullsLast: 'teeNode_coveredSeconds_DESC_NULLS_LAST',
  TeeNodeDisabledAtAsc: 'teeNode_disabledAt_ASC',
  TeeNodeDisabledAtAscNullsFirst: 'teeNode_disabledAt_ASC_NULLS_FIRST',
  TeeNodeDisabledAtAscNullsLast: 'teeNode_disabledAt_ASC_NULLS_LAST',
  TeeNodeDisabledAtDesc: 'teeNode_disabledAt_DESC',
  TeeNodeDisabledAtDescNullsFirst: 'teeNode_disabledAt_DESC_NULLS_FIRST',
  TeeNodeDisabledAtDescNullsLast: 'teeNode_disabledAt_DESC_NULLS_LAST',
  TeeNodeDisabledSecondsAsc: 'teeNode_disabledSeconds_ASC',
  TeeNodeDisabledSecondsAscNullsFirst: 'teeNode_disabledSeconds_ASC_NULLS_FIRST',
  TeeNodeDisabledSecondsAscNullsLast: 'teeNode_disabledSeconds_ASC_NULLS_LAST',
  TeeNodeDisabledSecondsDesc: 'teeNode_disabledSeconds_DESC',
  TeeNodeDisabledSecondsDescNullsFirst: 'teeNode_disabledSeconds_DESC_NULLS_FIRST',
  TeeNodeDisabledSecondsDescNullsLast: 'teeNode_disabledSeconds_DESC_NULLS_LAST',
  TeeNodeDisabledSinceHeartbeatAsc: 'teeNode_disabledSinceHeartbeat_ASC',
  TeeNodeDisabledSinceHeartbeatAscNullsFirst: 'teeNode_disabledSinceHeartbeat_ASC_NULLS_FIRST',
  TeeNodeDisabledSinceHeartbeatAscNullsLast: 'teeNode_disabledSinceHeartbeat_ASC_NULLS_LAST',
  TeeNodeDisabledSinceHeartbeatDesc: 'teeNode_disabledSinceHeartbeat_DESC',
  TeeNodeDisabledSinceHeartbeatDescNullsFirst: 'teeNode_disabledSinceHeartbeat_DESC_NULLS_FIRST',
  TeeNodeDisabledSinceHeartbeatDescNullsLast: 'teeNode_disabledSinceHeartbeat_DESC_NULLS_LAST',
  TeeNodeEnabledAsc: 'teeNode_enabled_ASC',
  TeeNodeEnabledAscNullsFirst: 'teeNode_enabled_ASC_NULLS_FIRST',
  TeeNodeEnabledAscNullsLast: 'teeNode_enabled_ASC_NULLS_LAST',
  TeeNodeEnabledDesc: 'teeNode_enabled_DESC',
  TeeNodeEnabledDescNullsFirst: 'teeNode_enabled_DESC_NULLS_FIRST',
  TeeNodeEnabledDescNullsLast: 'teeNode_enabled_DESC_NULLS_LAST',
  TeeNodeEndpointAsc: 'teeNode_endpoint_ASC',
  TeeNodeEndpointAscNullsFirst: 'teeNode_endpoint_ASC_NULLS_FIRST',
  TeeNodeEndpointAscNullsLast: 'teeNode_endpoint_ASC_NULLS_LAST',
  TeeNodeEndpointDesc: 'teeNode_endpoint_DESC',
  TeeNodeEndpointDescNullsFirst: 'teeNode_endpoint_DESC_NULLS_FIRST',
  TeeNodeEndpointDescNullsLast: 'teeNode_endpoint_DESC_NULLS_LAST',
  TeeNodeHeartbeatCountAsc: 'teeNode_heartbeatCount_ASC',
  TeeNodeHeartbeatCountAscNullsFirst: 'teeNode_heartbeatCount_ASC_NULLS_FIRST',
  TeeNodeHeartbeatCountAscNullsLast: 'teeNode_heartbeatCount_ASC_NULLS_LAST',
  TeeNodeHeartbeatCountDesc: 'teeNode_heartbeatCount_DESC',
  TeeNodeHeartbeatCountDescNullsFirst: 'teeNode_heartbeatCount_DESC_NULLS_FIRST',
  TeeNodeHeartbeatCountDescNullsLast: 'teeNode_heartbeatCount_DESC_NULLS_LAST',
  TeeNodeHeartbeatMaxAgeAsc: 'teeNode_heartbeatMaxAge_ASC',
  TeeNodeHeartbeatMaxAgeAscNullsFirst: 'teeNode_heartbeatMaxAge_ASC_NULLS_FIRST',
  TeeNodeHeartbeatMaxAgeAscNullsLast: 'teeNode_heartbeatMaxAge_ASC_NULLS_LAST',
  TeeNodeHeartbeatMaxAgeDesc: 'teeNode_heartbeatMaxAge_DESC',
  TeeNodeHeartbeatMaxAgeDescNullsFirst: 'teeNode_heartbeatMaxAge_DESC_NULLS_FIRST',
  TeeNodeHeartbeatMaxAgeDescNullsLast: 'teeNode_heartbeatMaxAge_DESC_NULLS_LAST',
  TeeNodeIdAsc: 'teeNode_id_ASC',
  TeeNodeIdAscNullsFirst: 'teeNode_id_ASC_NULLS_FIRST',
  TeeNodeIdAscNullsLast: 'teeNode_id_ASC_NULLS_LAST',
  TeeNodeIdDesc: 'teeNode_id_DESC',
  TeeNodeIdDescNullsFirst: 'teeNode_id_DESC_NULLS_FIRST',
  TeeNodeIdDescNullsLast: 'teeNode_id_DESC_NULLS_LAST',
  TeeNodeInferenceCountAsc: 'teeNode_inferenceCount_ASC',
  TeeNodeInferenceCountAscNullsFirst: 'teeNode_inferenceCount_ASC_NULLS_FIRST',
  TeeNodeInferenceCountAscNullsLast: 'teeNode_inferenceCount_ASC_NULLS_LAST',
  TeeNodeInferenceCountDesc: 'teeNode_inferenceCount_DESC',
  TeeNodeInferenceCountDescNullsFirst: 'teeNode_inferenceCount_DESC_NULLS_FIRST',
  TeeNodeInferenceCountDescNullsLast: 'teeNode_inferenceCount_DESC_NULLS_LAST',
  TeeNodeLastHeartbeatAtAsc: 'teeNode_lastHeartbeatAt_ASC',
  TeeNodeLastHeartbeatAtAscNullsFirst: 'teeNode_lastHeartbeatAt_ASC_NULLS_FIRST',
  TeeNodeLastHeartbeatAtAscNullsLast: 'teeNode_lastHeartbeatAt_ASC_NULLS_LAST',
  TeeNodeLastHeartbeatAtDesc: 'teeNode_lastHeartbeatAt_DESC',
  TeeNodeLastHeartbeatAtDescNullsFirst: 'teeNode_lastHeartbeatAt_DESC_NULLS_FIRST',
  TeeNodeLastHeartbeatAtDescNullsLast: 'teeNode_lastHeartbeatAt_DESC_NULLS_LAST',
  TeeNodeOwnerAsc: 'teeNode_owner_ASC',
  TeeNodeOwnerAscNullsFirst: 'teeNode_owner_ASC_NULLS_FIRST',
  TeeNodeOwnerAscNullsLast: 'teeNode_owner_ASC_NULLS_LAST',
  TeeNodeOwnerDesc: 'teeNode_owner_DESC',
  TeeNodeOwnerDescNullsFirst: 'teeNode_owner_DESC_NULLS_FIRST',
  TeeNodeOwnerDescNullsLast: 'teeNode_owner_DESC_NULLS_LAST',
  TeeNodePaymentAddressAsc: 'teeNode_paymentAddress_ASC',
  TeeNodePaymentAddressAscNullsFirst: 'teeNode_paymentAddress_ASC_NULLS_FIRST',
  TeeNodePaymentAddressAscNullsLast: 'teeNode_paymentAddress_ASC_NULLS_LAST',
  TeeNodePaymentAddressDesc: 'teeNode_paymentAddress_DESC',
  TeeNodePaymentAddressDescNullsFirst: 'teeNode_paymentAddress_DESC_NULLS_FIRST',
  TeeNodePaymentAddressDescNullsLast: 'teeNode_paymentAddress_DESC_NULLS_LAST',
  TeeNodePcrHashAsc: 'teeNode_pcrHash_ASC',
  TeeNodePcrHashAscNullsFirst: 'teeNode_pcrHash_ASC_NULLS_FIRST',
  TeeNodePcrHashAscNullsLast: 'teeNode_pcrHash_ASC_NULLS_LAST',
  TeeNodePcrHashDesc: 'teeNode_pcrHash_DESC',
  TeeNodePcrHashDescNullsFirst: 'teeNode_pcrHash_DESC_NULLS_FIRST',
  TeeNodePcrHashDescNullsLast: 'teeNode_pcrHash_DESC_NULLS_LAST',
  TeeNodePublicKeyAsc: 'teeNode_publicKey_ASC',
  TeeNodePublicKeyAscNullsFirst: 'teeNode_publicKey_ASC_NULLS_FIRST',
  TeeNodePublicKeyAscNullsLast: 'teeNode_publicKey_ASC_NULLS_LAST',
  TeeNodePublicKeyDesc: 'teeNode_publicKey_DESC',
  TeeNodePublicKeyDescNullsFirst: 'teeNode_publicKey_DESC_NULLS_FIRST',
  TeeNodePublicKeyDescNullsLast: 'teeNode_publicKey_DESC_NULLS_LAST',
  TeeNodeRegisteredAtAsc: 'teeNode_registeredAt_ASC',
  TeeNodeRegisteredAtAscNullsFirst: 'teeNode_registeredAt_ASC_NULLS_FIRST',
  TeeNodeRegisteredAtAscNullsLast: 'teeNode_registeredAt_ASC_NULLS_LAST',
  TeeNodeRegisteredAtDesc: 'teeNode_registeredAt_DESC',
  TeeNodeRegisteredAtDescNullsFirst: 'teeNode_registeredAt_DESC_NULLS_FIRST',
  TeeNodeRegisteredAtDescNullsLast: 'teeNode_registeredAt_DESC_NULLS_LAST',
  TeeNodeRegisteredBlockAsc: 'teeNode_registeredBlock_ASC',
  TeeNodeRegisteredBlockAscNullsFirst: 'teeNode_registeredBlock_ASC_NULLS_FIRST',
  TeeNodeRegisteredBlockAscNullsLast: 'teeNode_registeredBlock_ASC_NULLS_LAST',
  TeeNodeRegisteredBlockDesc: 'teeNode_registeredBlock_DESC',
  TeeNodeRegisteredBlockDescNullsFirst: 'teeNode_registeredBlock_DESC_NULLS_FIRST',
  TeeNodeRegisteredBlockDescNullsLast: 'teeNode_registeredBlock_DESC_NULLS_LAST',
  TeeNodeRegistryAsc: 'teeNode_registry_ASC',
  TeeNodeRegistryAscNullsFirst: 'teeNode_registry_ASC_NULLS_FIRST',
  TeeNodeRegistryAscNullsLast: 'teeNode_registry_ASC_NULLS_LAST',
  TeeNodeRegistryDesc: 'teeNode_registry_DESC',
  TeeNodeRegistryDescNullsFirst: 'teeNode_registry_DESC_NULLS_FIRST',
  TeeNodeRegistryDescNullsLast: 'teeNode_registry_DESC_NULLS_LAST',
  TeeNodeTeeTypeAsc: 'teeNode_teeType_ASC',
  TeeNodeTeeTypeAscNullsFirst: 'teeNode_teeType_ASC_NULLS_FIRST',
  TeeNodeTeeTypeAscNullsLast: 'teeNode_teeType_ASC_NULLS_LAST',
  TeeNodeTeeTypeDesc: 'teeNode_teeType_DESC',
  TeeNodeTeeTypeDescNullsFirst: 'teeNode_teeType_DESC_NULLS_FIRST',
  TeeNodeTeeTypeDescNullsLast: 'teeNode_teeType_DESC_NULLS_LAST',
  TeeNodeUptimeAsc: 'teeNode_uptime_ASC',
  TeeNodeUptimeAscNullsFirst: 'teeNode_uptime_ASC_NULLS_FIRST',
  TeeNodeUptimeAscNullsLast: 'teeNode_uptime_ASC_NULLS_LAST',
  TeeNodeUptimeDesc: 'teeNode_uptime_DESC',
  TeeNodeUptimeDescNullsFirst: 'teeNode_uptime_DESC_NULLS_FIRST',
  TeeNodeUptimeDescNullsLast: 'teeNode_uptime_DESC_NULLS_LAST',
  TeeTimestampAsc: 'teeTimestamp_ASC',
  TeeTimestampAscNullsFirst: 'teeTimestamp_ASC_NULLS_FIRST',
  TeeTimestampAscNullsLast: 'teeTimestamp_ASC_NULLS_LAST',
  TeeTimestampDesc: 'teeTimestamp_DESC',
  TeeTimestampDescNullsFirst: 'teeTimestamp_DESC_NULLS_FIRST',
  TeeTimestampDescNullsLast: 'teeTimestamp_DESC_NULLS_LAST',
  TimestampAsc: 'timestamp_ASC',
  TimestampAscNullsFirst: 'timestamp_ASC_NULLS_FIRST',
  TimestampAscNullsLast: 'timestamp_ASC_NULLS_LAST',
  TimestampDesc: 'timestamp_DESC',
  TimestampDescNullsFirst: 'timestamp_DESC_NULLS_FIRST',
  TimestampDescNullsLast: 'timestamp_DESC_NULLS_LAST',
  TxHashAsc: 'txHash_ASC',
  TxHashAscNullsFirst: 'txHash_ASC_NULLS_FIRST',
  TxHashAscNullsLast: 'txHash_ASC_NULLS_LAST',
  TxHashDesc: 'txHash_DESC',
  TxHashDescNullsFirst: 'txHash_DESC_NULLS_FIRST',
  TxHashDescNullsLast: 'txHash_DESC_NULLS_LAST'
} as const;

export type InferenceOrderByInput = typeof InferenceOrderByInput[keyof typeof InferenceOrderByInput];
export type InferenceWhereInput = {
  AND?: Array<InferenceWhereInput> | null | undefined;
  OR?: Array<InferenceWhereInput> | null | undefined;
  blockNumber_eq?: number | null | undefined;
  blockNumber_gt?: number | null | undefined;
  blockNumber_gte?: number | null | undefined;
  blockNumber_in?: Array<number> | null | undefined;
  blockNumber_isNull?: boolean | null | undefined;
  blockNumber_lt?: number | null | undefined;
  blockNumber_lte?: number | null | undefined;
  blockNumber_not_eq?: number | null | undefined;
  blockNumber_not_in?: Array<number> | null | undefined;
  ethAddress_contains?: string | null | undefined;
  ethAddress_containsInsensitive?: string | null | undefined;
  ethAddress_endsWith?: string | null | undefined;
  ethAddress_eq?: string | null | undefined;
  ethAddress_gt?: string | null | undefined;
  ethAddress_gte?: string | null | undefined;
  ethAddress_in?: Array<string> | null | undefined;
  ethAddress_isNull?: boolean | null | undefined;
  ethAddress_lt?: string | null | undefined;
  ethAddress_lte?: string | null | undefined;
  ethAddress_not_contains?: string | null | undefined;
  ethAddress_not_containsInsensitive?: string | null | undefined;
  ethAddress_not_endsWith?: string | null | undefined;
  ethAddress_not_eq?: string | null | undefined;
  ethAddress_not_in?: Array<string> | null | undefined;
  ethAddress_not_startsWith?: string | null | undefined;
  ethAddress_startsWith?: string | null | undefined;
  id_contains?: string | null | undefined;
  id_containsInsensitive?: string | null | undefined;
  id_endsWith?: string | null | undefined;
  id_eq?: string | null | undefined;
  id_gt?: string | null | undefined;
  id_gte?: string | null | undefined;
  id_in?: Array<string> | null | undefined;
  id_isNull?: boolean | null | undefined;
  id_lt?: string | null | undefined;
  id_lte?: string | null | undefined;
  id_not_contains?: string | null | undefined;
  id_not_containsInsensitive?: string | null | undefined;
  id_not_endsWith?: string | null | undefined;
  id_not_eq?: string | null | undefined;
  id_not_in?: Array<string> | null | undefined;
  id_not_startsWith?: string | null | undefined;
  id_startsWith?: string | null | undefined;
  inputHash_contains?: string | null | undefined;
  inputHash_containsInsensitive?: string | null | undefined;
  inputHash_endsWith?: string | null | undefined;
  inputHash_eq?: string | null | undefined;
  inputHash_gt?: string | null | undefined;
  inputHash_gte?: string | null | undefined;
  inputHash_in?: Array<string> | null | undefined;
  inputHash_isNull?: boolean | null | undefined;
  inputHash_lt?: string | null | undefined;
  inputHash_lte?: string | null | undefined;
  inputHash_not_contains?: string | null | undefined;
  inputHash_not_containsInsensitive?: string | null | undefined;
  inputHash_not_endsWith?: string | null | undefined;
  inputHash_not_eq?: string | null | undefined;
  inputHash_not_in?: Array<string> | null | undefined;
  inputHash_not_startsWith?: string | null | undefined;
  inputHash_startsWith?: string | null | undefined;
  kind_eq?: SettlementKind | null | undefined;
  kind_in?: Array<SettlementKind> | null | undefined;
  kind_isNull?: boolean | null | undefined;
  kind_not_eq?: SettlementKind | null | undefined;
  kind_not_in?: Array<SettlementKind> | null | undefined;
  leafIndex_eq?: number | null | undefined;
  leafIndex_gt?: number | null | undefined;
  leafIndex_gte?: number | null | undefined;
  leafIndex_in?: Array<number> | null | undefined;
  leafIndex_isNull?: boolean | null | undefined;
  leafIndex_lt?: number | null | undefined;
  leafIndex_lte?: number | null | undefined;
  leafIndex_not_eq?: number | null | undefined;
  leafIndex_not_in?: Array<number> | null | undefined;
  mode_eq?: InferenceMode | null | undefined;
  mode_in?: Array<InferenceMode> | null | undefined;
  mode_isNull?: boolean | null | undefined;
  mode_not_eq?: InferenceMode | null | undefined;
  mode_not_in?: Array<InferenceMode> | null | undefined;
  model_contains?: string | null | undefined;
  model_containsInsensitive?: string | null | undefined;
  model_endsWith?: string | null | undefined;
  model_eq?: string | null | undefined;
  model_gt?: string | null | undefined;
  model_gte?: string | null | undefined;
  model_in?: Array<string> | null | undefined;
  model_isNull?: boolean | null | undefined;
  model_lt?: string | null | undefined;
  model_lte?: string | null | undefined;
  model_not_contains?: string | null | undefined;
  model_not_containsInsensitive?: string | null | undefined;
  model_not_endsWith?: string | null | undefined;
  model_not_eq?: string | null | undefined;
  model_not_in?: Array<string> | null | undefined;
  model_not_startsWith?: string | null | undefined;
  model_startsWith?: string | null | undefined;
  outputHash_contains?: string | null | undefined;
  outputHash_containsInsensitive?: string | null | undefined;
  outputHash_endsWith?: string | null | undefined;
  outputHash_eq?: string | null | undefined;
  outputHash_gt?: string | null | undefined;
  outputHash_gte?: string | null | undefined;
  outputHash_in?: Array<string> | null | undefined;
  outputHash_isNull?: boolean | null | undefined;
  outputHash_lt?: string | null | undefined;
  outputHash_lte?: string | null | undefined;
  outputHash_not_contains?: string | null | undefined;
  outputHash_not_containsInsensitive?: string | null | undefined;
  outputHash_not_endsWith?: string | null | undefined;
  outputHash_not_eq?: string | null | undefined;
  outputHash_not_in?: Array<string> | null | undefined;
  outputHash_not_startsWith?: string | null | undefined;
  outputHash_startsWith?: string | null | undefined;
  settlement?: SettlementWhereInput | null | undefined;
  settlement_isNull?: boolean | null | undefined;
  signatureValid_eq?: boolean | null | undefined;
  signatureValid_isNull?: boolean | null | undefined;
  signatureValid_not_eq?: boolean | null | undefined;
  signature_contains?: string | null | undefined;
  signature_containsInsensitive?: string | null | undefined;
  signature_endsWith?: string | null | undefined;
  signature_eq?: string | null | undefined;
  signature_gt?: string | null | undefined;
  signature_gte?: string | null | undefined;
  signature_in?: Array<string> | null | undefined;
  signature_isNull?: boolean | null | undefined;
  signature_lt?: string | null | undefined;
  signature_lte?: string | null | undefined;
  signature_not_contains?: string | null | undefined;
  signature_not_containsInsensitive?: string | null | undefined;
  signature_not_endsWith?: string | null | undefined;
  signature_not_eq?: string | null | undefined;
  signature_not_in?: Array<string> | null | undefined;
  signature_not_startsWith?: string | null | undefined;
  signature_startsWith?: string | null | undefined;
  statusReason_contains?: string | null | undefined;
  statusReason_containsInsensitive?: string | null | undefined;
  statusReason_endsWith?: string | null | undefined;
  statusReason_eq?: string | null | undefined;
  statusReason_gt?: string | null | undefined;
  statusReason_gte?: string | null | undefined;
  statusReason_in?: Array<string> | null | undefined;
  statusReason_isNull?: boolean | null | undefined;
  statusReason_lt?: string | null | undefined;
  statusReason_lte?: string | null | undefined;
  statusReason_not_contains?: string | null | undefined;
  statusReason_not_containsInsensitive?: string | null | undefined;
  statusReason_not_endsWith?: string | null | undefined;
  statusReason_not_eq?: string | null | undefined;
  statusReason_not_in?: Array<string> | null | undefined;
  statusReason_not_startsWith?: string | null | undefined;
  statusReason_startsWith?: string | null | undefined;
  status_eq?: VerificationStatus | null | undefined;
  status_in?: Array<VerificationStatus> | null | undefined;
  status_isNull?: boolean | null | undefined;
  status_not_eq?: VerificationStatus | null | undefined;
  status_not_in?: Array<VerificationStatus> | null | undefined;
  teeId_contains?: string | null | undefined;
  teeId_containsInsensitive?: string | null | undefined;
  teeId_endsWith?: string | null | undefined;
  teeId_eq?: string | null | undefined;
  teeId_gt?: string | null | undefined;
  teeId_gte?: string | null | undefined;
  teeId_in?: Array<string> | null | undefined;
  teeId_isNull?: boolean | null | undefined;
  teeId_lt?: string | null | undefined;
  teeId_lte?: string | null | undefined;
  teeId_not_contains?: string | null | undefined;
  teeId_not_containsInsensitive?: string | null | undefined;
  teeId_not_endsWith?: string | null | undefined;
  teeId_not_eq?: string | null | undefined;
  teeId_not_in?: Array<string> | null | undefined;
  teeId_not_startsWith?: string | null | undefined;
  teeId_startsWith?: string | null | undefined;
  teeNode?: TeeNodeWhereInput | null | undefined;
  teeNode_isNull?: boolean | null | undefined;
  teeTimestamp_eq?: string | null | undefined;
  teeTimestamp_gt?: string | null | undefined;
  teeTimestamp_gte?: string | null | undefined;
  teeTimestamp_in?: Array<string> | null | undefined;
  teeTimestamp_isNull?: boolean | null | undefined;
  teeTimestamp_lt?: string | null | undefined;
  teeTimestamp_lte?: string | null | undefined;
  teeTimestamp_not_eq?: string | null | undefined;
  teeTimestamp_not_in?: Array<string> | null | undefined;
  timestamp_eq?: string | null | undefined;
  timestamp_gt?: string | null | undefined;
  timestamp_gte?: string | null | undefined;
  timestamp_in?: Array<string> | null | undefined;
  timestamp_isNull?: boolean | null | undefined;
  timestamp_lt?: string | null | undefined;
  timestamp_lte?: string | null | undefined;
  timestamp_not_eq?: string | null | undefined;
  timestamp_not_in?: Array<string> | null | undefined;
  txHash_contains?: string | null | undefined;
  txHash_containsInsensitive?: string | null | undefined;
  txHash_endsWith?: string | null | undefined;
  txHash_eq?: string | null | undefined;
  txHash_gt?: string | null | undefined;
  txHash_gte?: string | null | undefined;
  txHash_in?: Array<string> | null | undefined;
  txHash_isNull?: boolean | null | undefined;
  txHash_lt?: string | null | undefined;
  txHash_lte?: string | null | undefined;
  txHash_not_contains?: string | null | undefined;
  txHash_not_containsInsensitive?: string | null | undefined;
  txHash_not_endsWith?: string | null | undefined;
  txHash_not_eq?: string | null | undefined;
  txHash_not_in?: Array<string> | null | undefined;
  txHash_not_startsWith?: string | null | undefined;
  txHash_startsWith?: string | null | undefined;
};

export const PaymentOrderByInput = {
  AmountUsdAsc: 'amountUsd_ASC',
  AmountUsdAscNullsFirst: 'amountUsd_ASC_NULLS_FIRST',
  AmountUsdAscNullsLast: 'amountUsd_ASC_NULLS_LAST',
  AmountUsdDesc: 'amountUsd_DESC',
  AmountUsdDescNullsFirst: 'amountUsd_DESC_NULLS_FIRST',
  AmountUsdDescNullsLast: 'amountUsd_DESC_NULLS_LAST',
  AmountAsc: 'amount_ASC',
  AmountAscNullsFirst: 'amount_ASC_NULLS_FIRST',
  AmountAscNullsLast: 'amount_ASC_NULLS_LAST',
  AmountDesc: 'amount_DESC',
  AmountDescNullsFirst: 'amount_DESC_NULLS_FIRST',
  AmountDescNullsLast: 'amount_DESC_NULLS_LAST',
  BlockNumberAsc: 'blockNumber_ASC',
  BlockNumberAscNullsFirst: 'blockNumber_ASC_NULLS_FIRST',
  BlockNumberAscNullsLast: 'blockNumber_ASC_NULLS_LAST',
  BlockNumberDesc: 'blockNumber_DESC',
  BlockNumberDescNullsFirst: 'blockNumber_DESC_NULLS_FIRST',
  BlockNumberDescNullsLast: 'blockNumber_DESC_NULLS_LAST',
  FacilitatorAsc: 'facilitator_ASC',
  FacilitatorAscNullsFirst: 'facilitator_ASC_NULLS_FIRST',
  FacilitatorAscNullsLast: 'facilitator_ASC_NULLS_LAST',
  FacilitatorDesc: 'facilitator_DESC',
  FacilitatorDescNullsFirst: 'facilitator_DESC_NULLS_FIRST',
  FacilitatorDescNullsLast: 'facilitator_DESC_NULLS_LAST',
  IdAsc: 'id_ASC',
  IdAscNullsFirst: 'id_ASC_NULLS_FIRST',
  IdAscNullsLast: 'id_ASC_NULLS_LAST',
  IdDesc: 'id_DESC',
  IdDescNullsFirst: 'id_DESC_NULLS_FIRST',
  IdDescNullsLast: 'id_DESC_NULLS_LAST',
  PayeeBalanceAsc: 'payee_balance_ASC',
  PayeeBalanceAscNullsFirst: 'payee_balance_ASC_NULLS_FIRST',
  PayeeBalanceAscNullsLast: 'payee_balance_ASC_NULLS_LAST',
  PayeeBalanceDesc: 'payee_balance_DESC',
  PayeeBalanceDescNullsFirst: 'payee_balance_DESC_NULLS_FIRST',
  PayeeBalanceDescNullsLast: 'payee_balance_DESC_NULLS_LAST',
  PayeeCategoryAsc: 'payee_category_ASC',
  PayeeCategoryAscNullsFirst: 'payee_category_ASC_NULLS_FIRST',
  PayeeCategoryAscNullsLast: 'payee_category_ASC_NULLS_LAST',
  PayeeCategoryDesc: 'payee_category_DESC',
  PayeeCategoryDescNullsFirst: 'payee_category_DESC_NULLS_FIRST',
  PayeeCategoryDescNullsLast: 'payee_category_DESC_NULLS_LAST',
  PayeeCirculatingAsc: 'payee_circulating_ASC',
  PayeeCirculatingAscNullsFirst: 'payee_circulating_ASC_NULLS_FIRST',
  PayeeCirculatingAscNullsLast: 'payee_circulating_ASC_NULLS_LAST',
  PayeeCirculatingDesc: 'payee_circulating_DESC',
  PayeeCirculatingDescNullsFirst: 'payee_circulating_DESC_NULLS_FIRST',
  PayeeCirculatingDescNullsLast: 'payee_circulating_DESC_NULLS_LAST',
  PayeeFirstPaymentAtAsc: 'payee_firstPaymentAt_ASC',
  PayeeFirstPaymentAtAscNullsFirst: 'payee_firstPaymentAt_ASC_NULLS_FIRST',
  PayeeFirstPaymentAtAscNullsLast: 'payee_firstPaymentAt_ASC_NULLS_LAST',
  PayeeFirstPaymentAtDesc: 'payee_firstPaymentAt_DESC',
  PayeeFirstPaymentAtDescNullsFirst: 'payee_firstPaymentAt_DESC_NULLS_FIRST',
  PayeeFirstPaymentAtDescNullsLast: 'payee_firstPaymentAt_DESC_NULLS_LAST',
  PayeeFirstSeenAtAsc: 'payee_firstSeenAt_ASC',
  PayeeFirstSeenAtAscNullsFirst: 'payee_firstSeenAt_ASC_NULLS_FIRST',
  PayeeFirstSeenAtAscNullsLast: 'payee_firstSeenAt_ASC_NULLS_LAST',
  PayeeFirstSeenAtDesc: 'payee_firstSeenAt_DESC',
  PayeeFirstSeenAtDescNullsFirst: 'payee_firstSeenAt_DESC_NULLS_FIRST',
  PayeeFirstSeenAtDescNullsLast: 'payee_firstSeenAt_DESC_NULLS_LAST',
  PayeeFirstSeenBlockAsc: 'payee_firstSeenBlock_ASC',
  PayeeFirstSeenBlockAscNullsFirst: 'payee_firstSeenBlock_ASC_NULLS_FIRST',
  PayeeFirstSeenBlockAscNullsLast: 'payee_firstSeenBlock_ASC_NULLS_LAST',
  PayeeFirstSeenBlockDesc: 'payee_firstSeenBlock_DESC',
  PayeeFirstSeenBlockDescNullsFirst: 'payee_firstSeenBlock_DESC_NULLS_FIRST',
  PayeeFirstSeenBlockDescNullsLast: 'payee_firstSeenBlock_DESC_NULLS_LAST',
  PayeeIdAsc: 'payee_id_ASC',
  PayeeIdAscNullsFirst: 'payee_id_ASC_NULLS_FIRST',
  PayeeIdAscNullsLast: 'payee_id_ASC_NULLS_LAST',
  PayeeIdDesc: 'payee_id_DESC',
  PayeeIdDescNullsFirst: 'payee_id_DESC_NULLS_FIRST',
  PayeeIdDescNullsLast: 'payee_id_DESC_NULLS_LAST',
  PayeeLabelAsc: 'payee_label_ASC',
  PayeeLabelAscNullsFirst: 'payee_label_ASC_NULLS_FIRST',
  PayeeLabelAscNullsLast: 'payee_label_ASC_NULLS_LAST',
  PayeeLabelDesc: 'payee_label_DESC',
  PayeeLabelDescNullsFirst: 'payee_label_DESC_NULLS_FIRST',
  PayeeLabelDescNullsLast: 'payee_label_DESC_NULLS_LAST',
  PayeeLastSeenAtAsc: 'payee_lastSeenAt_ASC',
  PayeeLastSeenAtAscNullsFirst: 'payee_lastSeenAt_ASC_NULLS_FIRST',
  PayeeLastSeenAtAscNullsLast: 'payee_lastSeenAt_ASC_NULLS_LAST',
  PayeeLastSeenAtDesc: 'payee_lastSeenAt_DESC',
  PayeeLastSeenAtDescNullsFirst: 'payee_lastSeenAt_DESC_NULLS_FIRST',
  PayeeLastSeenAtDescNullsLast: 'payee_lastSeenAt_DESC_NULLS_LAST',
  PayeePaidTotalAsc: 'payee_paidTotal_ASC',
  PayeePaidTotalAscNullsFirst: 'payee_paidTotal_ASC_NULLS_FIRST',
  PayeePaidTotalAscNullsLast: 'payee_paidTotal_ASC_NULLS_LAST',
  PayeePaidTotalDesc: 'payee_paidTotal_DESC',
  PayeePaidTotalDescNullsFirst: 'payee_paidTotal_DESC_NULLS_FIRST',
  PayeePaidTotalDescNullsLast: 'payee_paidTotal_DESC_NULLS_LAST',
  PayeePaymentsMadeAsc: 'payee_paymentsMade_ASC',
  PayeePaymentsMadeAscNullsFirst: 'payee_paymentsMade_ASC_NULLS_FIRST',
  PayeePaymentsMadeAscNullsLast: 'payee_paymentsMade_ASC_NULLS_LAST',
  PayeePaymentsMadeDesc: 'payee_paymentsMade_DESC',
  PayeePaymentsMadeDescNullsFirst: 'payee_paymentsMade_DESC_NULLS_FIRST',
  PayeePaymentsMadeDescNullsLast: 'payee_paymentsMade_DESC_NULLS_LAST',
  PayeePaymentsReceivedAsc: 'payee_paymentsReceived_ASC',
  PayeePaymentsReceivedAscNullsFirst: 'payee_paymentsReceived_ASC_NULLS_FIRST',
  PayeePaymentsReceivedAscNullsLast: 'payee_paymentsReceived_ASC_NULLS_LAST',
  PayeePaymentsReceivedDesc: 'payee_paymentsReceived_DESC',
  PayeePaymentsReceivedDescNullsFirst: 'payee_paymentsReceived_DESC_NULLS_FIRST',
  PayeePaymentsReceivedDescNullsLast: 'payee_paymentsReceived_DESC_NULLS_LAST',
  PayeeReceivedTotalAsc: 'payee_receivedTotal_ASC',
  PayeeReceivedTotalAscNullsFirst: 'payee_receivedTotal_ASC_NULLS_FIRST',
  PayeeReceivedTotalAscNullsLast: 'payee_receivedTotal_ASC_NULLS_LAST',
  PayeeReceivedTotalDesc: 'payee_receivedTotal_DESC',
  PayeeReceivedTotalDescNullsFirst: 'payee_receivedTotal_DESC_NULLS_FIRST',
  PayeeReceivedTotalDescNullsLast: 'payee_receivedTotal_DESC_NULLS_LAST',
  PayeeTransfersInAsc: 'payee_transfersIn_ASC',
  PayeeTransfersInAscNullsFirst: 'payee_transfersIn_ASC_NULLS_FIRST',
  PayeeTransfersInAscNullsLast: 'payee_transfersIn_ASC_NULLS_LAST',
  PayeeTransfersInDesc: 'payee_transfersIn_DESC',
  PayeeTransfersInDescNullsFirst: 'payee_transfersIn_DESC_NULLS_FIRST',
  PayeeTransfersInDescNullsLast: 'payee_transfersIn_DESC_NULLS_LAST',
  PayeeTransfersOutAsc: 'payee_transfersOut_ASC',
  PayeeTransfersOutAscNullsFirst: 'payee_transfersOut_ASC_NULLS_FIRST',
  PayeeTransfersOutAscNullsLast: 'payee_transfersOut_ASC_NULLS_LAST',
  PayeeTransfersOutDesc: 'payee_transfersOut_DESC',
  PayeeTransfersOutDescNullsFirst: 'payee_transfersOut_DESC_NULLS_FIRST',
  PayeeTransfersOutDescNullsLast: 'payee_transfersOut_DESC_NULLS_LAST',
  PayerBalanceAsc: 'payer_balance_ASC',
  PayerBalanceAscNullsFirst: 'payer_balance_ASC_NULLS_FIRST',
  PayerBalanceAscNullsLast: 'payer_balance_ASC_NULLS_LAST',
  PayerBalanceDesc: 'payer_balance_DESC',
  PayerBalanceDescNullsFirst: 'payer_balance_DESC_NULLS_FIRST',
  PayerBalanceDescNullsLast: 'payer_balance_DESC_NULLS_LAST',
  PayerCategoryAsc: 'payer_category_ASC',
  PayerCategoryAscNullsFirst: 'payer_category_ASC_NULLS_FIRST',
  PayerCategoryAscNullsLast: 'payer_category_ASC_NULLS_LAST',
  PayerCategoryDesc: 'payer_category_DESC',
  PayerCategoryDescNullsFirst: 'payer_category_DESC_NULLS_FIRST',
  PayerCategoryDescNullsLast: 'payer_category_DESC_NULLS_LAST',
  PayerCirculatingAsc: 'payer_circulating_ASC',
  PayerCirculatingAscNullsFirst: 'payer_circulating_ASC_NULLS_FIRST',
  PayerCirculatingAscNullsLast: 'payer_circulating_ASC_NULLS_LAST',
  PayerCirculatingDesc: 'payer_circulating_DESC',
  PayerCirculatingDescNullsFirst: 'payer_circulating_DESC_NULLS_FIRST',
  PayerCirculatingDescNullsLast: 'payer_circulating_DESC_NULLS_LAST',
  PayerFirstPaymentAtAsc: 'payer_firstPaymentAt_ASC',
  PayerFirstPaymentAtAscNullsFirst: 'payer_firstPaymentAt_ASC_NULLS_FIRST',
  PayerFirstPaymentAtAscNullsLast: 'payer_firstPaymentAt_ASC_NULLS_LAST',
  PayerFirstPaymentAtDesc: 'payer_firstPaymentAt_DESC',
  PayerFirstPaymentAtDescNullsFirst: 'payer_firstPaymentAt_DESC_NULLS_FIRST',
  PayerFirstPaymentAtDescNullsLast: 'payer_firstPaymentAt_DESC_NULLS_LAST',
  PayerFirstSeenAtAsc: 'payer_firstSeenAt_ASC',
  PayerFirstSeenAtAscNullsFirst: 'payer_firstSeenAt_ASC_NULLS_FIRST',
  PayerFirstSeenAtAscNullsLast: 'payer_firstSeenAt_ASC_NULLS_LAST',
  PayerFirstSeenAtDesc: 'payer_firstSeenAt_DESC',
  PayerFirstSeenAtDescNullsFirst: 'payer_firstSeenAt_DESC_NULLS_FIRST',
  PayerFirstSeenAtDescNullsLast: 'payer_firstSeenAt_DESC_NULLS_LAST',
  PayerFirstSeenBlockAsc: 'payer_firstSeenBlock_ASC',
  PayerFirstSeenBlockAscNullsFirst: 'payer_firstSeenBlock_ASC_NULLS_FIRST',
  PayerFirstSeenBlockAscNullsLast: 'payer_firstSeenBlock_ASC_NULLS_LAST',
  PayerFirstSeenBlockDesc: 'payer_firstSeenBlock_DESC',
  PayerFirstSeenBlockDescNullsFirst: 'payer_firstSeenBlock_DESC_NULLS_FIRST',
  PayerFirstSeenBlockDescNullsLast: 'payer_firstSeenBlock_DESC_NULLS_LAST',
  PayerIdAsc: 'payer_id_ASC',
  PayerIdAscNullsFirst: 'payer_id_ASC_NULLS_FIRST',
  PayerIdAscNullsLast: 'payer_id_ASC_NULLS_LAST',
  PayerIdDesc: 'payer_id_DESC',
  PayerIdDescNullsFirst: 'payer_id_DESC_NULLS_FIRST',
  PayerIdDescNullsLast: 'payer_id_DESC_NULLS_LAST',
  PayerLabelAsc: 'payer_label_ASC',
  PayerLabelAscNullsFirst: 'payer_label_ASC_NULLS_FIRST',
  PayerLabelAscNullsLast: 'payer_label_ASC_NULLS_LAST',
  PayerLabelDesc: 'payer_label_DESC',
  PayerLabelDescNullsFirst: 'payer_label_DESC_NULLS_FIRST',
  PayerLabelDescNullsLast: 'payer_label_DESC_NULLS_LAST',
  PayerLastSeenAtAsc: 'payer_lastSeenAt_ASC',
  PayerLastSeenAtAscNullsFirst: 'payer_lastSeenAt_ASC_NULLS_FIRST',
  PayerLastSeenAtAscNullsLast: 'payer_lastSeenAt_ASC_NULLS_LAST',
  PayerLastSeenAtDesc: 'payer_lastSeenAt_DESC',
  PayerLastSeenAtDescNullsFirst: 'payer_lastSeenAt_DESC_NULLS_FIRST',
  PayerLastSeenAtDescNullsLast: 'payer_lastSeenAt_DESC_NULLS_LAST',
  PayerPaidTotalAsc: 'payer_paidTotal_ASC',
  PayerPaidTotalAscNullsFirst: 'payer_paidTotal_ASC_NULLS_FIRST',
  PayerPaidTotalAscNullsLast: 'payer_paidTotal_ASC_NULLS_LAST',
  PayerPaidTotalDesc: 'payer_paidTotal_DESC',
  PayerPaidTotalDescNullsFirst: 'payer_paidTotal_DESC_NULLS_FIRST',
  PayerPaidTotalDescNullsLast: 'payer_paidTotal_DESC_NULLS_LAST',
  PayerPaymentsMadeAsc: 'payer_paymentsMade_ASC',
  PayerPaymentsMadeAscNullsFirst: 'payer_paymentsMade_ASC_NULLS_FIRST',
  PayerPaymentsMadeAscNullsLast: 'payer_paymentsMade_ASC_NULLS_LAST',
  PayerPaymentsMadeDesc: 'payer_paymentsMade_DESC',
  PayerPaymentsMadeDescNullsFirst: 'payer_paymentsMade_DESC_NULLS_FIRST',
  PayerPaymentsMadeDescNullsLast: 'payer_paymentsMade_DESC_NULLS_LAST',
  PayerPaymentsReceivedAsc: 'payer_paymentsReceived_ASC',
  PayerPaymentsReceivedAscNullsFirst: 'payer_paymentsReceived_ASC_NULLS_FIRST',
  PayerPaymentsReceivedAscNullsLast: 'payer_paymentsReceived_ASC_NULLS_LAST',
  PayerPaymentsReceivedDesc: 'payer_paymentsReceived_DESC',
  PayerPaymentsReceivedDescNullsFirst: 'payer_paymentsReceived_DESC_NULLS_FIRST',
  PayerPaymentsReceivedDescNullsLast: 'payer_paymentsReceived_DESC_NULLS_LAST',
  PayerReceivedTotalAsc: 'payer_receivedTotal_ASC',
  PayerReceivedTotalAscNullsFirst: 'payer_receivedTotal_ASC_NULLS_FIRST',
  PayerReceivedTotalAscNullsLast: 'payer_receivedTotal_ASC_NULLS_LAST',
  PayerReceivedTotalDesc: 'payer_receivedTotal_DESC',
  PayerReceivedTotalDescNullsFirst: 'payer_receivedTotal_DESC_NULLS_FIRST',
  PayerReceivedTotalDescNullsLast: 'payer_receivedTotal_DESC_NULLS_LAST',
  PayerTransfersInAsc: 'payer_transfersIn_ASC',
  PayerTransfersInAscNullsFirst: 'payer_transfersIn_ASC_NULLS_FIRST',
  PayerTransfersInAscNullsLast: 'payer_transfersIn_ASC_NULLS_LAST',
  PayerTransfersInDesc: 'payer_transfersIn_DESC',
  PayerTransfersInDescNullsFirst: 'payer_transfersIn_DESC_NULLS_FIRST',
  PayerTransfersInDescNullsLast: 'payer_transfersIn_DESC_NULLS_LAST',
  PayerTransfersOutAsc: 'payer_transfersOut_ASC',
  PayerTransfersOutAscNullsFirst: 'payer_transfersOut_ASC_NULLS_FIRST',
  PayerTransfersOutAscNullsLast: 'payer_transfersOut_ASC_NULLS_LAST',
  PayerTransfersOutDesc: 'payer_transfersOut_DESC',
  PayerTransfersOutDescNullsFirst: 'payer_transfersOut_DESC_NULLS_FIRST',
  PayerTransfersOutDescNullsLast: 'payer_transfersOut_DESC_NULLS_LAST',
  ProxyAsc: 'proxy_ASC',
  ProxyAscNullsFirst: 'proxy_ASC_NULLS_FIRST',
  ProxyAscNullsLast: 'proxy_ASC_NULLS_LAST',
  ProxyDesc: 'proxy_DESC',
  ProxyDescNullsFirst: 'proxy_DESC_NULLS_FIRST',
  ProxyDescNullsLast: 'proxy_DESC_NULLS_LAST',
  SchemeAsc: 'scheme_ASC',
  SchemeAscNullsFirst: 'scheme_ASC_NULLS_FIRST',
  SchemeAscNullsLast: 'scheme_ASC_NULLS_LAST',
  SchemeDesc: 'scheme_DESC',
  SchemeDescNullsFirst: 'scheme_DESC_NULLS_FIRST',
  SchemeDescNullsLast: 'scheme_DESC_NULLS_LAST',
  TeeIdAsc: 'teeId_ASC',
  TeeIdAscNullsFirst: 'teeId_ASC_NULLS_FIRST',
  TeeIdAscNullsLast: 'teeId_ASC_NULLS_LAST',
  TeeIdDesc: 'teeId_DESC',
  TeeIdDescNullsFirst: 'teeId_DESC_NULLS_FIRST',
  TeeIdDescNullsLast: 'teeId_DESC_NULLS_LAST',
  TimestampAsc: 'timestamp_ASC',
  TimestampAscNullsFirst: 'timestamp_ASC_NULLS_FIRST',
  TimestampAscNullsLast: 'timestamp_ASC_NULLS_LAST',
  TimestampDesc: 'timestamp_DESC',
  TimestampDescNullsFirst: 'timestamp_DESC_NULLS_FIRST',
  TimestampDescNullsLast: 'timestamp_DESC_NULLS_LAST',
  TxHashAsc: 'txHash_ASC',
  TxHashAscNullsFirst: 'txHash_ASC_NULLS_FIRST',
  TxHashAscNullsLast: 'txHash_ASC_NULLS_LAST',
  TxHashDesc: 'txHash_DESC',
  TxHashDescNullsFirst: 'txHash_DESC_NULLS_FIRST',
  TxHashDescNullsLast: 'txHash_DESC_NULLS_LAST',
  WithPermitAsc: 'withPermit_ASC',
  WithPermitAscNullsFirst: 'withPermit_ASC_NULLS_FIRST',
  WithPermitAscNullsLast: 'withPermit_ASC_NULLS_LAST',
  WithPermitDesc: 'withPermit_DESC',
  WithPermitDescNullsFirst: 'withPermit_DESC_NULLS_FIRST',
  WithPermitDescNullsLast: 'withPermit_DESC_NULLS_LAST'
} as const;

export type PaymentOrderByInput = typeof PaymentOrderByInput[keyof typeof PaymentOrderByInput];
export const PaymentScheme = {
  Exact: 'EXACT',
  Upto: 'UPTO'
} as const;

export type PaymentScheme = typeof PaymentScheme[keyof typeof PaymentScheme];
export type PaymentWhereInput = {
  AND?: Array<PaymentWhereInput> | null | undefined;
  OR?: Array<PaymentWhereInput> | null | undefined;
  amountUsd_eq?: string | null | undefined;
  amountUsd_gt?: string | null | undefined;
  amountUsd_gte?: string | null | undefined;
  amountUsd_in?: Array<string> | null | undefined;
  amountUsd_isNull?: boolean | null | undefined;
  amountUsd_lt?: string | null | undefined;
  amountUsd_lte?: string | null | undefined;
  amountUsd_not_eq?: string | null | undefined;
  amountUsd_not_in?: Array<string> | null | undefined;
  amount_eq?: string | null | undefined;
  amount_gt?: string | null | undefined;
  amount_gte?: string | null | undefined;
  amount_in?: Array<string> | null | undefined;
  amount_isNull?: boolean | null | undefined;
  amount_lt?: string | null | undefined;
  amount_lte?: string | null | undefined;
  amount_not_eq?: string | null | undefined;
  amount_not_in?: Array<string> | null | undefined;
  blockNumber_eq?: number | null | undefined;
  blockNumber_gt?: number | null | undefined;
  blockNumber_gte?: number | null | undefined;
  blockNumber_in?: Array<number> | null | undefined;
  blockNumber_isNull?: boolean | null | undefined;
  blockNumber_lt?: number | null | undefined;
  blockNumber_lte?: number | null | undefined;
  blockNumber_not_eq?: number | null | undefined;
  blockNumber_not_in?: Array<number> | null | undefined;
  facilitator_contains?: string | null | undefined;
  facilitator_containsInsensitive?: string | null | undefined;
  facilitator_endsWith?: string | null | undefined;
  facilitator_eq?: string | null | undefined;
  facilitator_gt?: string | null | undefined;
  facilitator_gte?: string | null | undefined;
  facilitator_in?: Array<string> | null | undefined;
  facilitator_isNull?: boolean | null | undefined;
  facilitator_lt?: string | null | undefined;
  facilitator_lte?: string | null | undefined;
  facilitator_not_contains?: string | null | undefined;
  facilitator_not_containsInsensitive?: string | null | undefined;
  facilitator_not_endsWith?: string | null | undefined;
  facilitator_not_eq?: string | null | undefined;
  facilitator_not_in?: Array<string> | null | undefined;
  facilitator_not_startsWith?: string | null | undefined;
  facilitator_startsWith?: string | null | undefined;
  id_contains?: string | null | undefined;
  id_containsInsensitive?: string | null | undefined;
  id_endsWith?: string | null | undefined;
  id_eq?: string | null | undefined;
  id_gt?: string | null | undefined;
  id_gte?: string | null | undefined;
  id_in?: Array<string> | null | undefined;
  id_isNull?: boolean | null | undefined;
  id_lt?: string | null | undefined;
  id_lte?: string | null | undefined;
  id_not_contains?: string | null | undefined;
  id_not_containsInsensitive?: string | null | undefined;
  id_not_endsWith?: string | null | undefined;
  id_not_eq?: string | null | undefined;
  id_not_in?: Array<string> | null | undefined;
  id_not_startsWith?: string | null | undefined;
  id_startsWith?: string | null | undefined;
  payee?: AccountWhereInput | null | undefined;
  payee_isNull?: boolean | null | undefined;
  payer?: AccountWhereInput | null | undefined;
  payer_isNull?: boolean | null | undefined;
  proxy_contains?: string | null | undefined;
  proxy_containsInsensitive?: string | null | undefined;
  proxy_endsWith?: string | null | undefined;
  proxy_eq?: string | null | undefined;
  proxy_gt?: string | null | undefined;
  proxy_gte?: string | null | undefined;
  proxy_in?: Array<string> | null | undefined;
  proxy_isNull?: boolean | null | undefined;
  proxy_lt?: string | null | undefined;
  proxy_lte?: string | null | undefined;
  proxy_not_contains?: string | null | undefined;
  proxy_not_containsInsensitive?: string | null | undefined;
  proxy_not_endsWith?: string | null | undefined;
  proxy_not_eq?: string | null | undefined;
  proxy_not_in?: Array<string> | null | undefined;
  proxy_not_startsWith?: string | null | undefined;
  proxy_startsWith?: string | null | undefined;
  scheme_eq?: PaymentScheme | null | undefined;
  scheme_in?: Array<PaymentScheme> | null | undefined;
  scheme_isNull?: boolean | null | undefined;
  scheme_not_eq?: PaymentScheme | null | undefined;
  scheme_not_in?: Array<PaymentScheme> | null | undefined;
  teeId_contains?: string | null | undefined;
  teeId_containsInsensitive?: string | null | undefined;
  teeId_endsWith?: string | null | undefined;
  teeId_eq?: string | null | undefined;
  teeId_gt?: string | null | undefined;
  teeId_gte?: string | null | undefined;
  teeId_in?: Array<string> | null | undefined;
  teeId_isNull?: boolean | null | undefined;
  teeId_lt?: string | null | undefined;
  teeId_lte?: string | null | undefined;
  teeId_not_contains?: string | null | undefined;
  teeId_not_containsInsensitive?: string | null | undefined;
  teeId_not_endsWith?: string | null | undefined;
  teeId_not_eq?: string | null | undefined;
  teeId_not_in?: Array<string> | null | undefined;
  teeId_not_startsWith?: string | null | undefined;
  teeId_startsWith?: string | null | undefined;
  timestamp_eq?: string | null | undefined;
  timestamp_gt?: string | null | undefined;
  timestamp_gte?: string | null | undefined;
  timestamp_in?: Array<string> | null | undefined;
  timestamp_isNull?: boolean | null | undefined;
  timestamp_lt?: string | null | undefined;
  timestamp_lte?: string | null | undefined;
  timestamp_not_eq?: string | null | undefined;
  timestamp_not_in?: Array<string> | null | undefined;
  txHash_contains?: string | null | undefined;
  txHash_containsInsensitive?: string | null | undefined;
  txHash_endsWith?: string | null | undefined;
  txHash_eq?: string | null | undefined;
  txHash_gt?: string | null | undefined;
  txHash_gte?: string | null | undefined;
  txHash_in?: Array<string> | null | undefined;
  txHash_isNull?: boolean | null | undefined;
  txHash_lt?: string | null | undefined;
  txHash_lte?: string | null | undefined;
  txHash_not_contains?: string | null | undefined;
  txHash_not_containsInsensitive?: string | null | undefined;
  txHash_not_endsWith?: string | null | undefined;
  txHash_not_eq?: string | null | undefined;
  txHash_not_in?: Array<string> | null | undefined;
  txHash_not_startsWith?: string | null | undefined;
  txHash_startsWith?: string | null | undefined;
  withPermit_eq?: boolean | null | undefined;
  withPermit_isNull?: boolean | null | undefined;
  withPermit_not_eq?: boolean | null | undefined;
};

export const PeriodInterval = {
  Day: 'DAY',
  /** calendar months (UTC) */
  Month: 'MONTH',
  /** ISO weeks, starting on Monday (UTC) */
  Week: 'WEEK'
} as const;

export type PeriodInterval = typeof PeriodInterval[keyof typeof PeriodInterval];
export const ScheduleInterval = {
  Day: 'DAY',
  Month: 'MONTH',
  Week: 'WEEK'
} as const;

export type ScheduleInterval = typeof ScheduleInterval[keyof typeof ScheduleInterval];
/** What a search hit is; route tells the web page to link to. */
export const SearchHitKind = {
  Account: 'ACCOUNT',
  Batch: 'BATCH',
  Blob: 'BLOB',
  Block: 'BLOCK',
  Delegator: 'DELEGATOR',
  Heartbeat: 'HEARTBEAT',
  Inference: 'INFERENCE',
  Payment: 'PAYMENT',
  Pcr: 'PCR',
  Settlement: 'SETTLEMENT',
  StakingEvent: 'STAKING_EVENT',
  Swap: 'SWAP',
  TeeNode: 'TEE_NODE',
  Transaction: 'TRANSACTION',
  Transfer: 'TRANSFER',
  Unlock: 'UNLOCK',
  Validator: 'VALIDATOR'
} as const;

export type SearchHitKind = typeof SearchHitKind[keyof typeof SearchHitKind];
export const SettlementKind = {
  /** BatchSettlement(bytes32,uint256,bytes): a Merkle root over TEE-signed leaves, payload on Walrus */
  Batch: 'BATCH',
  /** legacy on-chain inference through InferenceHub and the 0xF4 precompile */
  Hub: 'HUB',
  /** IndividualSettlement(...): one signed inference, payload on Walrus */
  Individual: 'INDIVIDUAL',
  /** v0 relay BatchSettlement(bytes32,uint256): a root without a blob */
  LegacyBatch: 'LEGACY_BATCH',
  /** v0 relay SettlementWithMetadata(...) */
  LegacyMetadata: 'LEGACY_METADATA',
  /** v0 relay Settlement(bytes32,bytes32): hashes only, nothing to verify */
  LegacySingle: 'LEGACY_SINGLE'
} as const;

export type SettlementKind = typeof SettlementKind[keyof typeof SettlementKind];
export const SettlementOrderByInput = {
  AttemptsAsc: 'attempts_ASC',
  AttemptsAscNullsFirst: 'attempts_ASC_NULLS_FIRST',
  AttemptsAscNullsLast: 'attempts_ASC_NULLS_LAST',
  AttemptsDesc: 'attempts_DESC',
  AttemptsDescNullsFirst: 'attempts_DESC_NULLS_FIRST',
  AttemptsDescNullsLast: 'attempts_DESC_NULLS_LAST',
  BatchSizeAsc: 'batchSize_ASC',
  BatchSizeAscNullsFirst: 'batchSize_ASC_NULLS_FIRST',
  BatchSizeAscNullsLast: 'batchSize_ASC_NULLS_LAST',
  BatchSizeDesc: 'batchSize_DESC',
  BatchSizeDescNullsFirst: 'batchSize_DESC_NULLS_FIRST',
  BatchSizeDescNullsLast: 'batchSize_DESC_NULLS_LAST',
  BlobIdAsc: 'blobId_ASC',
  BlobIdAscNullsFirst: 'blobId_ASC_NULLS_FIRST',
  BlobIdAscNullsLast: 'blobId_ASC_NULLS_LAST',
  BlobIdDesc: 'blobId_DESC',
  BlobIdDescNullsFirst: 'blobId_DESC_NULLS_FIRST',
  BlobIdDescNullsLast: 'blobId_DESC_NULLS_LAST',
  BlobNotFoundAsc: 'blobNotFound_ASC',
  BlobNotFoundAscNullsFirst: 'blobNotFound_ASC_NULLS_FIRST',
  BlobNotFoundAscNullsLast: 'blobNotFound_ASC_NULLS_LAST',
  BlobNotFoundDesc: 'blobNotFound_DESC',
  BlobNotFoundDescNullsFirst: 'blobNotFound_DESC_NULLS_FIRST',
  BlobNotFoundDescNullsLast: 'blobNotFound_DESC_NULLS_LAST',
  BlockNumberAsc: 'blockNumber_ASC',
  BlockNumberAscNullsFirst: 'blockNumber_ASC_NULLS_FIRST',
  BlockNumberAscNullsLast: 'blockNumber_ASC_NULLS_LAST',
  BlockNumberDesc: 'blockNumber_DESC',
  BlockNumberDescNullsFirst: 'blockNumber_DESC_NULLS_FIRST',
  BlockNumberDescNullsLast: 'blockNumber_DESC_NULLS_LAST',
  EthAddressAsc: 'ethAddress_ASC',
  EthAddressAscNullsFirst: 'ethAddress_ASC_NULLS_FIRST',
  EthAddressAscNullsLast: 'ethAddress_ASC_NULLS_LAST',
  EthAddressDesc: 'ethAddress_DESC',
  EthAddressDescNullsFirst: 'ethAddress_DESC_NULLS_FIRST',
  EthAddressDescNullsLast: 'ethAddress_DESC_NULLS_LAST',
  IdAsc: 'id_ASC',
  IdAscNullsFirst: 'id_ASC_NULLS_FIRST',
  IdAscNullsLast: 'id_ASC_NULLS_LAST',
  IdDesc: 'id_DESC',
  IdDescNullsFirst: 'id_DESC_NULLS_FIRST',
  IdDescNullsLast: 'id_DESC_NULLS_LAST',
  InferenceCountAsc: 'inferenceCount_ASC',
  InferenceCountAscNullsFirst: 'inferenceCount_ASC_NULLS_FIRST',
  InferenceCountAscNullsLast: 'inferenceCount_ASC_NULLS_LAST',
  InferenceCountDesc: 'inferenceCount_DESC',
  InferenceCountDescNullsFirst: 'inferenceCount_DESC_NULLS_FIRST',
  InferenceCountDescNullsLast: 'inferenceCount_DESC_NULLS_LAST',
  InvalidSignaturesAsc: 'invalidSignatures_ASC',
  InvalidSignaturesAscNullsFirst: 'invalidSignatures_ASC_NULLS_FIRST',
  InvalidSignaturesAscNullsLast: 'invalidSignatures_ASC_NULLS_LAST',
  InvalidSignaturesDesc: 'invalidSignatures_DESC',
  InvalidSignaturesDescNullsFirst: 'invalidSignatures_DESC_NULLS_FIRST',
  InvalidSignaturesDescNullsLast: 'invalidSignatures_DESC_NULLS_LAST',
  KindAsc: 'kind_ASC',
  KindAscNullsFirst: 'kind_ASC_NULLS_FIRST',
  KindAscNullsLast: 'kind_ASC_NULLS_LAST',
  KindDesc: 'kind_DESC',
  KindDescNullsFirst: 'kind_DESC_NULLS_FIRST',
  KindDescNullsLast: 'kind_DESC_NULLS_LAST',
  MerkleRootAsc: 'merkleRoot_ASC',
  MerkleRootAscNullsFirst: 'merkleRoot_ASC_NULLS_FIRST',
  MerkleRootAscNullsLast: 'merkleRoot_ASC_NULLS_LAST',
  MerkleRootDesc: 'merkleRoot_DESC',
  MerkleRootDescNullsFirst: 'merkleRoot_DESC_NULLS_FIRST',
  MerkleRootDescNullsLast: 'merkleRoot_DESC_NULLS_LAST',
  NextAttemptAtAsc: 'nextAttemptAt_ASC',
  NextAttemptAtAscNullsFirst: 'nextAttemptAt_ASC_NULLS_FIRST',
  NextAttemptAtAscNullsLast: 'nextAttemptAt_ASC_NULLS_LAST',
  NextAttemptAtDesc: 'nextAttemptAt_DESC',
  NextAttemptAtDescNullsFirst: 'nextAttemptAt_DESC_NULLS_FIRST',
  NextAttemptAtDescNullsLast: 'nextAttemptAt_DESC_NULLS_LAST',
  RelayAsc: 'relay_ASC',
  RelayAscNullsFirst: 'relay_ASC_NULLS_FIRST',
  RelayAscNullsLast: 'relay_ASC_NULLS_LAST',
  RelayDesc: 'relay_DESC',
  RelayDescNullsFirst: 'relay_DESC_NULLS_FIRST',
  RelayDescNullsLast: 'relay_DESC_NULLS_LAST',
  StatusReasonAsc: 'statusReason_ASC',
  StatusReasonAscNullsFirst: 'statusReason_ASC_NULLS_FIRST',
  StatusReasonAscNullsLast: 'statusReason_ASC_NULLS_LAST',
  StatusReasonDesc: 'statusReason_DESC',
  StatusReasonDescNullsFirst: 'statusReason_DESC_NULLS_FIRST',
  StatusReasonDescNullsLast: 'statusReason_DESC_NULLS_LAST',
  StatusAsc: 'status_ASC',
  StatusAscNullsFirst: 'status_ASC_NULLS_FIRST',
  StatusAscNullsLast: 'status_ASC_NULLS_LAST',
  StatusDesc: 'status_DESC',
  StatusDescNullsFirst: 'status_DESC_NULLS_FIRST',
  StatusDescNullsLast: 'status_DESC_NULLS_LAST',
  TeeIdAsc: 'teeId_ASC',
  TeeIdAscNullsFirst: 'teeId_ASC_NULLS_FIRST',
  TeeIdAscNullsLast: 'teeId_ASC_NULLS_LAST',
  TeeIdDesc: 'teeId_DESC',
  TeeIdDescNullsFirst: 'teeId_DESC_NULLS_FIRST',
  TeeIdDescNullsLast: 'teeId_DESC_NULLS_LAST',
  TeeNodeCoveredSecondsAsc: 'teeNode_coveredSeconds_ASC',
  TeeNodeCoveredSecondsAscNullsFirst: 'teeNode_coveredSeconds_ASC_NULLS_FIRST',
  TeeNodeCoveredSecondsAscNullsLast: 'teeNode_coveredSeconds_ASC_NULLS_LAST',
  TeeNodeCoveredSecondsDesc: 'teeNode_coveredSeconds_DESC',
  TeeNodeCoveredSecondsDescNullsFirst: 'teeNode_coveredSeconds_DESC_NULLS_FIRST',
  TeeNodeCoveredSecondsDescNullsLast: 'teeNode_coveredSeconds_DESC_NULLS_LAST',
  TeeNodeDisabledAtAsc: 'teeNode_disabledAt_ASC',
  TeeNodeDisabledAtAscNullsFirst: 'teeNode_disabledAt_ASC_NULLS_FIRST',
  TeeNodeDisabledAtAscNullsLast: 'teeNode_disabledAt_ASC_NULLS_LAST',
  TeeNodeDisabledAtDesc: 'teeNode_disabledAt_DESC',
  TeeNodeDisabledAtDescNullsFirst: 'teeNode_disabledAt_DESC_NULLS_FIRST',
  TeeNodeDisabledAtDescNullsLast: 'teeNode_disabledAt_DESC_NULLS_LAST',
  TeeNodeDisabledSecondsAsc: 'teeNode_disabledSeconds_ASC',
  TeeNodeDisabledSecondsAscNullsFirst: 'teeNode_disabledSeconds_ASC_NULLS_FIRST',
  TeeNodeDisabledSecondsAscNullsLast: 'teeNode_disabledSeconds_ASC_NULLS_LAST',
  TeeNodeDisabledSecondsDesc: 'teeNode_disabledSeconds_DESC',
  TeeNodeDisabledSecondsDescNullsFirst: 'teeNode_disabledSeconds_DESC_NULLS_FIRST',
  TeeNodeDisabledSecondsDescNullsLast: 'teeNode_disabledSeconds_DESC_NULLS_LAST',
  TeeNodeDisabledSinceHeartbeatAsc: 'teeNode_disabledSinceHeartbeat_ASC',
  TeeNodeDisabledSinceHeartbeatAscNullsFirst: 'teeNode_disabledSinceHeartbeat_ASC_NULLS_FIRST',
  TeeNodeDisabledSinceHeartbeatAscNullsLast: 'teeNode_disabledSinceHeartbeat_ASC_NULLS_LAST',
  TeeNodeDisabledSinceHeartbeatDesc: 'teeNode_disabledSinceHeartbeat_DESC',
  TeeNodeDisabledSinceHeartbeatDescNullsFirst: 'teeNode_disabledSinceHeartbeat_DESC_NULLS_FIRST',
  TeeNodeDisabledSinceHeartbeatDescNullsLast: 'teeNode_disabledSinceHeartbeat_DESC_NULLS_LAST',
  TeeNodeEnabledAsc: 'teeNode_enabled_ASC',
  TeeNodeEnabledAscNullsFirst: 'teeNode_enabled_ASC_NULLS_FIRST',
  TeeNodeEnabledAscNullsLast: 'teeNode_enabled_ASC_NULLS_LAST',
  TeeNodeEnabledDesc: 'teeNode_enabled_DESC',
  TeeNodeEnabledDescNullsFirst: 'teeNode_enabled_DESC_NULLS_FIRST',
  TeeNodeEnabledDescNullsLast: 'teeNode_enabled_DESC_NULLS_LAST',
  TeeNodeEndpointAsc: 'teeNode_endpoint_ASC',
  TeeNodeEndpointAscNullsFirst: 'teeNode_endpoint_ASC_NULLS_FIRST',
  TeeNodeEndpointAscNullsLast: 'teeNode_endpoint_ASC_NULLS_LAST',
  TeeNodeEndpointDesc: 'teeNode_endpoint_DESC',
  TeeNodeEndpointDescNullsFirst: 'teeNode_endpoint_DESC_NULLS_FIRST',
  TeeNodeEndpointDescNullsLast: 'teeNode_endpoint_DESC_NULLS_LAST',
  TeeNodeHeartbeatCountAsc: 'teeNode_heartbeatCount_ASC',
  TeeNodeHeartbeatCountAscNullsFirst: 'teeNode_heartbeatCount_ASC_NULLS_FIRST',
  TeeNodeHeartbeatCountAscNullsLast: 'teeNode_heartbeatCount_ASC_NULLS_LAST',
  TeeNodeHeartbeatCountDesc: 'teeNode_heartbeatCount_DESC',
  TeeNodeHeartbeatCountDescNullsFirst: 'teeNode_heartbeatCount_DESC_NULLS_FIRST',
  TeeNodeHeartbeatCountDescNullsLast: 'teeNode_heartbeatCount_DESC_NULLS_LAST',
  TeeNodeHeartbeatMaxAgeAsc: 'teeNode_heartbeatMaxAge_ASC',
  TeeNodeHeartbeatMaxAgeAscNullsFirst: 'teeNode_heartbeatMaxAge_ASC_NULLS_FIRST',
  TeeNodeHeartbeatMaxAgeAscNullsLast: 'teeNode_heartbeatMaxAge_ASC_NULLS_LAST',
  TeeNodeHeartbeatMaxAgeDesc: 'teeNode_heartbeatMaxAge_DESC',
  TeeNodeHeartbeatMaxAgeDescNullsFirst: 'teeNode_heartbeatMaxAge_DESC_NULLS_FIRST',
  TeeNodeHeartbeatMaxAgeDescNullsLast: 'teeNode_heartbeatMaxAge_DESC_NULLS_LAST',
  TeeNodeIdAsc: 'teeNode_id_ASC',
  TeeNodeIdAscNullsFirst: 'teeNode_id_ASC_NULLS_FIRST',
  TeeNodeIdAscNullsLast: 'teeNode_id_ASC_NULLS_LAST',
  TeeNodeIdDesc: 'teeNode_id_DESC',
  TeeNodeIdDescNullsFirst: 'teeNode_id_DESC_NULLS_FIRST',
  TeeNodeIdDescNullsLast: 'teeNode_id_DESC_NULLS_LAST',
  TeeNodeInferenceCountAsc: 'teeNode_inferenceCount_ASC',
  TeeNodeInferenceCountAscNullsFirst: 'teeNode_inferenceCount_ASC_NULLS_FIRST',
  TeeNodeInferenceCountAscNullsLast: 'teeNode_inferenceCount_ASC_NULLS_LAST',
  TeeNodeInferenceCountDesc: 'teeNode_inferenceCount_DESC',
  TeeNodeInferenceCountDescNullsFirst: 'teeNode_inferenceCount_DESC_NULLS_FIRST',
  TeeNodeInferenceCountDescNullsLast: 'teeNode_inferenceCount_DESC_NULLS_LAST',
  TeeNodeLastHeartbeatAtAsc: 'teeNode_lastHeartbeatAt_ASC',
  TeeNodeLastHeartbeatAtAscNullsFirst: 'teeNode_lastHeartbeatAt_ASC_NULLS_FIRST',
  TeeNodeLastHeartbeatAtAscNullsLast: 'teeNode_lastHeartbeatAt_ASC_NULLS_LAST',
  TeeNodeLastHeartbeatAtDesc: 'teeNode_lastHeartbeatAt_DESC',
  TeeNodeLastHeartbeatAtDescNullsFirst: 'teeNode_lastHeartbeatAt_DESC_NULLS_FIRST',
  TeeNodeLastHeartbeatAtDescNullsLast: 'teeNode_lastHeartbeatAt_DESC_NULLS_LAST',
  TeeNodeOwnerAsc: 'teeNode_owner_ASC',
  TeeNodeOwnerAscNullsFirst: 'teeNode_owner_ASC_NULLS_FIRST',
  TeeNodeOwnerAscNullsLast: 'teeNode_owner_ASC_NULLS_LAST',
  TeeNodeOwnerDesc: 'teeNode_owner_DESC',
  TeeNodeOwnerDescNullsFirst: 'teeNode_owner_DESC_NULLS_FIRST',
  TeeNodeOwnerDescNullsLast: 'teeNode_owner_DESC_NULLS_LAST',
  TeeNodePaymentAddressAsc: 'teeNode_paymentAddress_ASC',
  TeeNodePaymentAddressAscNullsFirst: 'teeNode_paymentAddress_ASC_NULLS_FIRST',
  TeeNodePaymentAddressAscNullsLast: 'teeNode_paymentAddress_ASC_NULLS_LAST',
  TeeNodePaymentAddressDesc: 'teeNode_paymentAddress_DESC',
  TeeNodePaymentAddressDescNullsFirst: 'teeNode_paymentAddress_DESC_NULLS_FIRST',
  TeeNodePaymentAddressDescNullsLast: 'teeNode_paymentAddress_DESC_NULLS_LAST',
  TeeNodePcrHashAsc: 'teeNode_pcrHash_ASC',
  TeeNodePcrHashAscNullsFirst: 'teeNode_pcrHash_ASC_NULLS_FIRST',
  TeeNodePcrHashAscNullsLast: 'teeNode_pcrHash_ASC_NULLS_LAST',
  TeeNodePcrHashDesc: 'teeNode_pcrHash_DESC',
  TeeNodePcrHashDescNullsFirst: 'teeNode_pcrHash_DESC_NULLS_FIRST',
  TeeNodePcrHashDescNullsLast: 'teeNode_pcrHash_DESC_NULLS_LAST',
  TeeNodePublicKeyAsc: 'teeNode_publicKey_ASC',
  TeeNodePublicKeyAscNullsFirst: 'teeNode_publicKey_ASC_NULLS_FIRST',
  TeeNodePublicKeyAscNullsLast: 'teeNode_publicKey_ASC_NULLS_LAST',
  TeeNodePublicKeyDesc: 'teeNode_publicKey_DESC',
  TeeNodePublicKeyDescNullsFirst: 'teeNode_publicKey_DESC_NULLS_FIRST',
  TeeNodePublicKeyDescNullsLast: 'teeNode_publicKey_DESC_NULLS_LAST',
  TeeNodeRegisteredAtAsc: 'teeNode_registeredAt_ASC',
  TeeNodeRegisteredAtAscNullsFirst: 'teeNode_registeredAt_ASC_NULLS_FIRST',
  TeeNodeRegisteredAtAscNullsLast: 'teeNode_registeredAt_ASC_NULLS_LAST',
  TeeNodeRegisteredAtDesc: 'teeNode_registeredAt_DESC',
  TeeNodeRegisteredAtDescNullsFirst: 'teeNode_registeredAt_DESC_NULLS_FIRST',
  TeeNodeRegisteredAtDescNullsLast: 'teeNode_registeredAt_DESC_NULLS_LAST',
  TeeNodeRegisteredBlockAsc: 'teeNode_registeredBlock_ASC',
  TeeNodeRegisteredBlockAscNullsFirst: 'teeNode_registeredBlock_ASC_NULLS_FIRST',
  TeeNodeRegisteredBlockAscNullsLast: 'teeNode_registeredBlock_ASC_NULLS_LAST',
  TeeNodeRegisteredBlockDesc: 'teeNode_registeredBlock_DESC',
  TeeNodeRegisteredBlockDescNullsFirst: 'teeNode_registeredBlock_DESC_NULLS_FIRST',
  TeeNodeRegisteredBlockDescNullsLast: 'teeNode_registeredBlock_DESC_NULLS_LAST',
  TeeNodeRegistryAsc: 'teeNode_registry_ASC',
  TeeNodeRegistryAscNullsFirst: 'teeNode_registry_ASC_NULLS_FIRST',
  TeeNodeRegistryAscNullsLast: 'teeNode_registry_ASC_NULLS_LAST',
  TeeNodeRegistryDesc: 'teeNode_registry_DESC',
  TeeNodeRegistryDescNullsFirst: 'teeNode_registry_DESC_NULLS_FIRST',
  TeeNodeRegistryDescNullsLast: 'teeNode_registry_DESC_NULLS_LAST',
  TeeNodeTeeTypeAsc: 'teeNode_teeType_ASC',
  TeeNodeTeeTypeAscNullsFirst: 'teeNode_teeType_ASC_NULLS_FIRST',
  TeeNodeTeeTypeAscNullsLast: 'teeNode_teeType_ASC_NULLS_LAST',
  TeeNodeTeeTypeDesc: 'teeNode_teeType_DESC',
  TeeNodeTeeTypeDescNullsFirst: 'teeNode_teeType_DESC_NULLS_FIRST',
  TeeNodeTeeTypeDescNullsLast: 'teeNode_teeType_DESC_NULLS_LAST',
  TeeNodeUptimeAsc: 'teeNode_uptime_ASC',
  TeeNodeUptimeAscNullsFirst: 'teeNode_uptime_ASC_NULLS_FIRST',
  TeeNodeUptimeAscNullsLast: 'teeNode_uptime_ASC_NULLS_LAST',
  TeeNodeUptimeDesc: 'teeNode_uptime_DESC',
  TeeNodeUptimeDescNullsFirst: 'teeNode_uptime_DESC_NULLS_FIRST',
  TeeNodeUptimeDescNullsLast: 'teeNode_uptime_DESC_NULLS_LAST',
  TimestampAsc: 'timestamp_ASC',
  TimestampAscNullsFirst: 'timestamp_ASC_NULLS_FIRST',
  TimestampAscNullsLast: 'timestamp_ASC_NULLS_LAST',
  TimestampDesc: 'timestamp_DESC',
  TimestampDescNullsFirst: 'timestamp_DESC_NULLS_FIRST',
  TimestampDescNullsLast: 'timestamp_DESC_NULLS_LAST',
  TxHashAsc: 'txHash_ASC',
  TxHashAscNullsFirst: 'txHash_ASC_NULLS_FIRST',
  TxHashAscNullsLast: 'txHash_ASC_NULLS_LAST',
  TxHashDesc: 'txHash_DESC',
  TxHashDescNullsFirst: 'txHash_DESC_NULLS_FIRST',
  TxHashDescNullsLast: 'txHash_DESC_NULLS_LAST',
  ValidSignaturesAsc: 'validSignatures_ASC',
  ValidSignaturesAscNullsFirst: 'validSignatures_ASC_NULLS_FIRST',
  ValidSignaturesAscNullsLast: 'validSignatures_ASC_NULLS_LAST',
  ValidSignaturesDesc: 'validSignatures_DESC',
  ValidSignaturesDescNullsFirst: 'validSignatures_DESC_NULLS_FIRST',
  ValidSignaturesDescNullsLast: 'validSignatures_DESC_NULLS_LAST',
  VerifiedAtAsc: 'verifiedAt_ASC',
  VerifiedAtAscNullsFirst: 'verifiedAt_ASC_NULLS_FIRST',
  VerifiedAtAscNullsLast: 'verifiedAt_ASC_NULLS_LAST',
  VerifiedAtDesc: 'verifiedAt_DESC',
  VerifiedAtDescNullsFirst: 'verifiedAt_DESC_NULLS_FIRST',
  VerifiedAtDescNullsLast: 'verifiedAt_DESC_NULLS_LAST'
} as const;

export type SettlementOrderByInput = typeof SettlementOrderByInput[keyof typeof SettlementOrderByInput];
export type SettlementWhereInput = {
  AND?: Array<SettlementWhereInput> | null | undefined;
  OR?: Array<SettlementWhereInput> | null | undefined;
  attempts_eq?: number | null | undefined;
  attempts_gt?: number | null | undefined;
  attempts_gte?: number | null | undefined;
  attempts_in?: Array<number> | null | undefined;
  attempts_isNull?: boolean | null | undefined;
  attempts_lt?: number | null | undefined;
  attempts_lte?: number | null | undefined;
  attempts_not_eq?: number | null | undefined;
  attempts_not_in?: Array<number> | null | undefined;
  batchSize_eq?: number | null | undefined;
  batchSize_gt?: number | null | undefined;
  batchSize_gte?: number | null | undefined;
  batchSize_in?: Array<number> | null | undefined;
  batchSize_isNull?: boolean | null | undefined;
  batchSize_lt?: number | null | undefined;
  batchSize_lte?: number | null | undefined;
  batchSize_not_eq?: number | null | undefined;
  batchSize_not_in?: Array<number> | null | undefined;
  blobId_contains?: string | null | undefined;
  blobId_containsInsensitive?: string | null | undefined;
  blobId_endsWith?: string | null | undefined;
  blobId_eq?: string | null | undefined;
  blobId_gt?: string | null | undefined;
  blobId_gte?: string | null | undefined;
  blobId_in?: Array<string> | null | undefined;
  blobId_isNull?: boolean | null | undefined;
  blobId_lt?: string | null | undefined;
  blobId_lte?: string | null | undefined;
  blobId_not_contains?: string | null | undefined;
  blobId_not_containsInsensitive?: string | null | undefined;
  blobId_not_endsWith?: string | null | undefined;
  blobId_not_eq?: string | null | undefined;
  blobId_not_in?: Array<string> | null | undefined;
  blobId_not_startsWith?: string | null | undefined;
  blobId_startsWith?: string | null | undefined;
  blobNotFound_eq?: number | null | undefined;
  blobNotFound_gt?: number | null | undefined;
  blobNotFound_gte?: number | null | undefined;
  blobNotFound_in?: Array<number> | null | undefined;
  blobNotFound_isNull?: boolean | null | undefined;
  blobNotFound_lt?: number | null | undefined;
  blobNotFound_lte?: number | null | undefined;
  blobNotFound_not_eq?: number | null | undefined;
  blobNotFound_not_in?: Array<number> | null | undefined;
  blockNumber_eq?: number | null | undefined;
  blockNumber_gt?: number | null | undefined;
  blockNumber_gte?: number | null | undefined;
  blockNumber_in?: Array<number> | null | undefined;
  blockNumber_isNull?: boolean | null | undefined;
  blockNumber_lt?: number | null | undefined;
  blockNumber_lte?: number | null | undefined;
  blockNumber_not_eq?: number | null | undefined;
  blockNumber_not_in?: Array<number> | null | undefined;
  ethAddress_contains?: string | null | undefined;
  ethAddress_containsInsensitive?: string | null | undefined;
  ethAddress_endsWith?: string | null | undefined;
  ethAddress_eq?: string | null | undefined;
  ethAddress_gt?: string | null | undefined;
  ethAddress_gte?: string | null | undefined;
  ethAddress_in?: Array<string> | null | undefined;
  ethAddress_isNull?: boolean | null | undefined;
  ethAddress_lt?: string | null | undefined;
  ethAddress_lte?: string | null | undefined;
  ethAddress_not_contains?: string | null | undefined;
  ethAddress_not_containsInsensitive?: string | null | undefined;
  ethAddress_not_endsWith?: string | null | undefined;
  ethAddress_not_eq?: string | null | undefined;
  ethAddress_not_in?: Array<string> | null | undefined;
  ethAddress_not_startsWith?: string | null | undefined;
  ethAddress_startsWith?: string | null | undefined;
  id_contains?: string | null | undefined;
  id_containsInsensitive?: string | null | undefined;
  id_endsWith?: string | null | undefined;
  id_eq?: string | null | undefined;
  id_gt?: string | null | undefined;
  id_gte?: string | null | undefined;
  id_in?: Array<string> | null | undefined;
  id_isNull?: boolean | null | undefined;
  id_lt?: string | null | undefined;
  id_lte?: string | null | undefined;
  id_not_contains?: string | null | undefined;
  id_not_containsInsensitive?: string | null | undefined;
  id_not_endsWith?: string | null | undefined;
  id_not_eq?: string | null | undefined;
  id_not_in?: Array<string> | null | undefined;
  id_not_startsWith?: string | null | undefined;
  id_startsWith?: string | null | undefined;
  inferenceCount_eq?: number | null | undefined;
  inferenceCount_gt?: number | null | undefined;
  inferenceCount_gte?: number | null | undefined;
  inferenceCount_in?: Array<number> | null | undefined;
  inferenceCount_isNull?: boolean | null | undefined;
  inferenceCount_lt?: number | null | undefined;
  inferenceCount_lte?: number | null | undefined;
  inferenceCount_not_eq?: number | null | undefined;
  inferenceCount_not_in?: Array<number> | null | undefined;
  inferences_every?: InferenceWhereInput | null | undefined;
  inferences_none?: InferenceWhereInput | null | undefined;
  inferences_some?: InferenceWhereInput | null | undefined;
  invalidSignatures_eq?: number | null | undefined;
  invalidSignatures_gt?: number | null | undefined;
  invalidSignatures_gte?: number | null | undefined;
  invalidSignatures_in?: Array<number> | null | undefined;
  invalidSignatures_isNull?: boolean | null | undefined;
  invalidSignatures_lt?: number | null | undefined;
  invalidSignatures_lte?: number | null | undefined;
  invalidSignatures_not_eq?: number | null | undefined;
  invalidSignatures_not_in?: Array<number> | null | undefined;
  kind_eq?: SettlementKind | null | undefined;
  kind_in?: Array<SettlementKind> | null | undefined;
  kind_isNull?: boolean | null | undefined;
  kind_not_eq?: SettlementKind | null | undefined;
  kind_not_in?: Array<SettlementKind> | null | undefined;
  merkleRoot_contains?: string | null | undefined;
  merkleRoot_containsInsensitive?: string | null | undefined;
  merkleRoot_endsWith?: string | null | undefined;
  merkleRoot_eq?: string | null | undefined;
  merkleRoot_gt?: string | null | undefined;
  merkleRoot_gte?: string | null | undefined;
  merkleRoot_in?: Array<string> | null | undefined;
  merkleRoot_isNull?: boolean | null | undefined;
  merkleRoot_lt?: string | null | undefined;
  merkleRoot_lte?: string | null | undefined;
  merkleRoot_not_contains?: string | null | undefined;
  merkleRoot_not_containsInsensitive?: string | null | undefined;
  merkleRoot_not_endsWith?: string | null | undefined;
  merkleRoot_not_eq?: string | null | undefined;
  merkleRoot_not_in?: Array<string> | null | undefined;
  merkleRoot_not_startsWith?: string | null | undefined;
  merkleRoot_startsWith?: string | null | undefined;
  nextAttemptAt_eq?: string | null | undefined;
  nextAttemptAt_gt?: string | null | undefined;
  nextAttemptAt_gte?: string | null | undefined;
  nextAttemptAt_in?: Array<string> | null | undefined;
  nextAttemptAt_isNull?: boolean | null | undefined;
  nextAttemptAt_lt?: string | null | undefined;
  nextAttemptAt_lte?: string | null | undefined;
  nextAttemptAt_not_eq?: string | null | undefined;
  nextAttemptAt_not_in?: Array<string> | null | undefined;
  relay_contains?: string | null | undefined;
  relay_containsInsensitive?: string | null | undefined;
  relay_endsWith?: string | null | undefined;
  relay_eq?: string | null | undefined;
  relay_gt?: string | null | undefined;
  relay_gte?: string | null | undefined;
  relay_in?: Array<string> | null | undefined;
  relay_isNull?: boolean | null | undefined;
  relay_lt?: string | null | undefined;
  relay_lte?: string | null | undefined;
  relay_not_contains?: string | null | undefined;
  relay_not_containsInsensitive?: string | null | undefined;
  relay_not_endsWith?: string | null | undefined;
  relay_not_eq?: string | null | undefined;
  relay_not_in?: Array<string> | null | undefined;
  relay_not_startsWith?: string | null | undefined;
  relay_startsWith?: string | null | undefined;
  statusReason_contains?: string | null | undefined;
  statusReason_containsInsensitive?: string | null | undefined;
  statusReason_endsWith?: string | null | undefined;
  statusReason_eq?: string | null | undefined;
  statusReason_gt?: string | null | undefined;
  statusReason_gte?: string | null | undefined;
  statusReason_in?: Array<string> | null | undefined;
  statusReason_isNull?: boolean | null | undefined;
  statusReason_lt?: string | null | undefined;
  statusReason_lte?: string | null | undefined;
  statusReason_not_contains?: string | null | undefined;
  statusReason_not_containsInsensitive?: string | null | undefined;
  statusReason_not_endsWith?: string | null | undefined;
  statusReason_not_eq?: string | null | undefined;
  statusReason_not_in?: Array<string> | null | undefined;
  statusReason_not_startsWith?: string | null | undefined;
  statusReason_startsWith?: string | null | undefined;
  status_eq?: VerificationStatus | null | undefined;
  status_in?: Array<VerificationStatus> | null | undefined;
  status_isNull?: boolean | null | undefined;
  status_not_eq?: VerificationStatus | null | undefined;
  status_not_in?: Array<VerificationStatus> | null | undefined;
  teeId_contains?: string | null | undefined;
  teeId_containsInsensitive?: string | null | undefined;
  teeId_endsWith?: string | null | undefined;
  teeId_eq?: string | null | undefined;
  teeId_gt?: string | null | undefined;
  teeId_gte?: string | null | undefined;
  teeId_in?: Array<string> | null | undefined;
  teeId_isNull?: boolean | null | undefined;
  teeId_lt?: string | null | undefined;
  teeId_lte?: string | null | undefined;
  teeId_not_contains?: string | null | undefined;
  teeId_not_containsInsensitive?: string | null | undefined;
  teeId_not_endsWith?: string | null | undefined;
  teeId_not_eq?: string | null | undefined;
  teeId_not_in?: Array<string> | null | undefined;
  teeId_not_startsWith?: string | null | undefined;
  teeId_startsWith?: string | null | undefined;
  teeNode?: TeeNodeWhereInput | null | undefined;
  teeNode_isNull?: boolean | null | undefined;
  timestamp_eq?: string | null | undefined;
  timestamp_gt?: string | null | undefined;
  timestamp_gte?: string | null | undefined;
  timestamp_in?: Array<string> | null | undefined;
  timestamp_isNull?: boolean | null | undefined;
  timestamp_lt?: string | null | undefined;
  timestamp_lte?: string | null | undefined;
  timestamp_not_eq?: string | null | undefined;
  timestamp_not_in?: Array<string> | null | undefined;
  txHash_contains?: string | null | undefined;
  txHash_containsInsensitive?: string | null | undefined;
  txHash_endsWith?: string | null | undefined;
  txHash_eq?: string | null | undefined;
  txHash_gt?: string | null | undefined;
  txHash_gte?: string | null | undefined;
  txHash_in?: Array<string> | null | undefined;
  txHash_isNull?: boolean | null | undefined;
  txHash_lt?: string | null | undefined;
  txHash_lte?: string | null | undefined;
  txHash_not_contains?: string | null | undefined;
  txHash_not_containsInsensitive?: string | null | undefined;
  txHash_not_endsWith?: string | null | undefined;
  txHash_not_eq?: string | null | undefined;
  txHash_not_in?: Array<string> | null | undefined;
  txHash_not_startsWith?: string | null | undefined;
  txHash_startsWith?: string | null | undefined;
  validSignatures_eq?: number | null | undefined;
  validSignatures_gt?: number | null | undefined;
  validSignatures_gte?: number | null | undefined;
  validSignatures_in?: Array<number> | null | undefined;
  validSignatures_isNull?: boolean | null | undefined;
  validSignatures_lt?: number | null | undefined;
  validSignatures_lte?: number | null | undefined;
  validSignatures_not_eq?: number | null | undefined;
  validSignatures_not_in?: Array<number> | null | undefined;
  verifiedAt_eq?: string | null | undefined;
  verifiedAt_gt?: string | null | undefined;
  verifiedAt_gte?: string | null | undefined;
  verifiedAt_in?: Array<string> | null | undefined;
  verifiedAt_isNull?: boolean | null | undefined;
  verifiedAt_lt?: string | null | undefined;
  verifiedAt_lte?: string | null | undefined;
  verifiedAt_not_eq?: string | null | undefined;
  verifiedAt_not_in?: Array<string> | null | undefined;
};

export const StakingEventKind = {
  CancelUnbonding: 'CANCEL_UNBONDING',
  ClaimRewards: 'CLAIM_REWARDS',
  CreateValidator: 'CREATE_VALIDATOR',
  Delegate: 'DELEGATE',
  EditValidator: 'EDIT_VALIDATOR',
  Jail: 'JAIL',
  Redelegate: 'REDELEGATE',
  Slash: 'SLASH',
  Unbond: 'UNBOND',
  Unjail: 'UNJAIL',
  WithdrawReward: 'WITHDRAW_REWARD'
} as const;

export type StakingEventKind = typeof StakingEventKind[keyof typeof StakingEventKind];
export const StakingIncidentKind = {
  Jail: 'JAIL',
  Slash: 'SLASH',
  Unjail: 'UNJAIL'
} as const;

export type StakingIncidentKind = typeof StakingIncidentKind[keyof typeof StakingIncidentKind];
export const TeeNodeOrderByInput = {
  CoveredSecondsAsc: 'coveredSeconds_ASC',
  CoveredSecondsAscNullsFirst: 'coveredSeconds_ASC_NULLS_FIRST',
  CoveredSecondsAscNullsLast: 'coveredSeconds_ASC_NULLS_LAST',
  CoveredSecondsDesc: 'coveredSeconds_DESC',
  CoveredSecondsDescNullsFirst: 'coveredSeconds_DESC_NULLS_FIRST',
  CoveredSecondsDescNullsLast: 'coveredSeconds_DESC_NULLS_LAST',
  DisabledAtAsc: 'disabledAt_ASC',
  DisabledAtAscNullsFirst: 'disabledAt_ASC_NULLS_FIRST',
  DisabledAtAscNullsLast: 'disabledAt_ASC_NULLS_LAST',
  DisabledAtDesc: 'disabledAt_DESC',
  DisabledAtDescNullsFirst: 'disabledAt_DESC_NULLS_FIRST',
  DisabledAtDescNullsLast: 'disabledAt_DESC_NULLS_LAST',
  DisabledSecondsAsc: 'disabledSeconds_ASC',
  DisabledSecondsAscNullsFirst: 'disabledSeconds_ASC_NULLS_FIRST',
  DisabledSecondsAscNullsLast: 'disabledSeconds_ASC_NULLS_LAST',
  DisabledSecondsDesc: 'disabledSeconds_DESC',
  DisabledSecondsDescNullsFirst: 'disabledSeconds_DESC_NULLS_FIRST',
  DisabledSecondsDescNullsLast: 'disabledSeconds_DESC_NULLS_LAST',
  DisabledSinceHeartbeatAsc: 'disabledSinceHeartbeat_ASC',
  DisabledSinceHeartbeatAscNullsFirst: 'disabledSinceHeartbeat_ASC_NULLS_FIRST',
  DisabledSinceHeartbeatAscNullsLast: 'disabledSinceHeartbeat_ASC_NULLS_LAST',
  DisabledSinceHeartbeatDesc: 'disabledSinceHeartbeat_DESC',
  DisabledSinceHeartbeatDescNullsFirst: 'disabledSinceHeartbeat_DESC_NULLS_FIRST',
  DisabledSinceHeartbeatDescNullsLast: 'disabledSinceHeartbeat_DESC_NULLS_LAST',
  EnabledAsc: 'enabled_ASC',
  EnabledAscNullsFirst: 'enabled_ASC_NULLS_FIRST',
  EnabledAscNullsLast: 'enabled_ASC_NULLS_LAST',
  EnabledDesc: 'enabled_DESC',
  EnabledDescNullsFirst: 'enabled_DESC_NULLS_FIRST',
  EnabledDescNullsLast: 'enabled_DESC_NULLS_LAST',
  EndpointAsc: 'endpoint_ASC',
  EndpointAscNullsFirst: 'endpoint_ASC_NULLS_FIRST',
  EndpointAscNullsLast: 'endpoint_ASC_NULLS_LAST',
  EndpointDesc: 'endpoint_DESC',
  EndpointDescNullsFirst: 'endpoint_DESC_NULLS_FIRST',
  EndpointDescNullsLast: 'endpoint_DESC_NULLS_LAST',
  HeartbeatCountAsc: 'heartbeatCount_ASC',
  HeartbeatCountAscNullsFirst: 'heartbeatCount_ASC_NULLS_FIRST',
  HeartbeatCountAscNullsLast: 'heartbeatCount_ASC_NULLS_LAST',
  HeartbeatCountDesc: 'heartbeatCount_DESC',
  HeartbeatCountDescNullsFirst: 'heartbeatCount_DESC_NULLS_FIRST',
  HeartbeatCountDescNullsLast: 'heartbeatCount_DESC_NULLS_LAST',
  HeartbeatMaxAgeAsc: 'heartbeatMaxAge_ASC',
  HeartbeatMaxAgeAscNullsFirst: 'heartbeatMaxAge_ASC_NULLS_FIRST',
  HeartbeatMaxAgeAscNullsLast: 'heartbeatMaxAge_ASC_NULLS_LAST',
  HeartbeatMaxAgeDesc: 'heartbeatMaxAge_DESC',
  HeartbeatMaxAgeDescNullsFirst: 'heartbeatMaxAge_DESC_NULLS_FIRST',
  HeartbeatMaxAgeDescNullsLast: 'heartbeatMaxAge_DESC_NULLS_LAST',
  IdAsc: 'id_ASC',
  IdAscNullsFirst: 'id_ASC_NULLS_FIRST',
  IdAscNullsLast: 'id_ASC_NULLS_LAST',
  IdDesc: 'id_DESC',
  IdDescNullsFirst: 'id_DESC_NULLS_FIRST',
  IdDescNullsLast: 'id_DESC_NULLS_LAST',
  InferenceCountAsc: 'inferenceCount_ASC',
  InferenceCountAscNullsFirst: 'inferenceCount_ASC_NULLS_FIRST',
  InferenceCountAscNullsLast: 'inferenceCount_ASC_NULLS_LAST',
  InferenceCountDesc: 'inferenceCount_DESC',
  InferenceCountDescNullsFirst: 'inferenceCount_DESC_NULLS_FIRST',
  InferenceCountDescNullsLast: 'inferenceCount_DESC_NULLS_LAST',
  LastHeartbeatAtAsc: 'lastHeartbeatAt_ASC',
  LastHeartbeatAtAscNullsFirst: 'lastHeartbeatAt_ASC_NULLS_FIRST',
  LastHeartbeatAtAscNullsLast: 'lastHeartbeatAt_ASC_NULLS_LAST',
  LastHeartbeatAtDesc: 'lastHeartbeatAt_DESC',
  LastHeartbeatAtDescNullsFirst: 'lastHeartbeatAt_DESC_NULLS_FIRST',
  LastHeartbeatAtDescNullsLast: 'lastHeartbeatAt_DESC_NULLS_LAST',
  OwnerAsc: 'owner_ASC',
  OwnerAscNullsFirst: 'owner_ASC_NULLS_FIRST',
  OwnerAscNullsLast: 'owner_ASC_NULLS_LAST',
  OwnerDesc: 'owner_DESC',
  OwnerDescNullsFirst: 'owner_DESC_NULLS_FIRST',
  OwnerDescNullsLast: 'owner_DESC_NULLS_LAST',
  PaymentAddressAsc: 'paymentAddress_ASC',
  PaymentAddressAscNullsFirst: 'paymentAddress_ASC_NULLS_FIRST',
  PaymentAddressAscNullsLast: 'paymentAddress_ASC_NULLS_LAST',
  PaymentAddressDesc: 'paymentAddress_DESC',
  PaymentAddressDescNullsFirst: 'paymentAddress_DESC_NULLS_FIRST',
  PaymentAddressDescNullsLast: 'paymentAddress_DESC_NULLS_LAST',
  PcrHashAsc: 'pcrHash_ASC',
  PcrHashAscNullsFirst: 'pcrHash_ASC_NULLS_FIRST',
  PcrHashAscNullsLast: 'pcrHash_ASC_NULLS_LAST',
  PcrHashDesc: 'pcrHash_DESC',
  PcrHashDescNullsFirst: 'pcrHash_DESC_NULLS_FIRST',
  PcrHashDescNullsLast: 'pcrHash_DESC_NULLS_LAST',
  PublicKeyAsc: 'publicKey_ASC',
  PublicKeyAscNullsFirst: 'publicKey_ASC_NULLS_FIRST',
  PublicKeyAscNullsLast: 'publicKey_ASC_NULLS_LAST',
  PublicKeyDesc: 'publicKey_DESC',
  PublicKeyDescNullsFirst: 'publicKey_DESC_NULLS_FIRST',
  PublicKeyDescNullsLast: 'publicKey_DESC_NULLS_LAST',
  RegisteredAtAsc: 'registeredAt_ASC',
  RegisteredAtAscNullsFirst: 'registeredAt_ASC_NULLS_FIRST',
  RegisteredAtAscNullsLast: 'registeredAt_ASC_NULLS_LAST',
  RegisteredAtDesc: 'registeredAt_DESC',
  RegisteredAtDescNullsFirst: 'registeredAt_DESC_NULLS_FIRST',
  RegisteredAtDescNullsLast: 'registeredAt_DESC_NULLS_LAST',
  RegisteredBlockAsc: 'registeredBlock_ASC',
  RegisteredBlockAscNullsFirst: 'registeredBlock_ASC_NULLS_FIRST',
  RegisteredBlockAscNullsLast: 'registeredBlock_ASC_NULLS_LAST',
  RegisteredBlockDesc: 'registeredBlock_DESC',
  RegisteredBlockDescNullsFirst: 'registeredBlock_DESC_NULLS_FIRST',
  RegisteredBlockDescNullsLast: 'registeredBlock_DESC_NULLS_LAST',
  RegistryAsc: 'registry_ASC',
  RegistryAscNullsFirst: 'registry_ASC_NULLS_FIRST',
  RegistryAscNullsLast: 'registry_ASC_NULLS_LAST',
  RegistryDesc: 'registry_DESC',
  RegistryDescNullsFirst: 'registry_DESC_NULLS_FIRST',
  RegistryDescNullsLast: 'registry_DESC_NULLS_LAST',
  TeeTypeAsc: 'teeType_ASC',
  TeeTypeAscNullsFirst: 'teeType_ASC_NULLS_FIRST',
  TeeTypeAscNullsLast: 'teeType_ASC_NULLS_LAST',
  TeeTypeDesc: 'teeType_DESC',
  TeeTypeDescNullsFirst: 'teeType_DESC_NULLS_FIRST',
  TeeTypeDescNullsLast: 'teeType_DESC_NULLS_LAST',
  UptimeAsc: 'uptime_ASC',
  UptimeAscNullsFirst: 'uptime_ASC_NULLS_FIRST',
  UptimeAscNullsLast: 'uptime_ASC_NULLS_LAST',
  UptimeDesc: 'uptime_DESC',
  UptimeDescNullsFirst: 'uptime_DESC_NULLS_FIRST',
  UptimeDescNullsLast: 'uptime_DESC_NULLS_LAST',
  ValidatorCommissionRateAsc: 'validator_commissionRate_ASC',
  ValidatorCommissionRateAscNullsFirst: 'validator_commissionRate_ASC_NULLS_FIRST',
  ValidatorCommissionRateAscNullsLast: 'validator_commissionRate_ASC_NULLS_LAST',
  ValidatorCommissionRateDesc: 'validator_commissionRate_DESC',
  ValidatorCommissionRateDescNullsFirst: 'validator_commissionRate_DESC_NULLS_FIRST',
  ValidatorCommissionRateDescNullsLast: 'validator_commissionRate_DESC_NULLS_LAST',
  ValidatorCreatedAtAsc: 'validator_createdAt_ASC',
  ValidatorCreatedAtAscNullsFirst: 'validator_createdAt_ASC_NULLS_FIRST',
  ValidatorCreatedAtAscNullsLast: 'validator_createdAt_ASC_NULLS_LAST',
  ValidatorCreatedAtDesc: 'validator_createdAt_DESC',
  ValidatorCreatedAtDescNullsFirst: 'validator_createdAt_DESC_NULLS_FIRST',
  ValidatorCreatedAtDescNullsLast: 'validator_createdAt_DESC_NULLS_LAST',
  ValidatorCreatedBlockAsc: 'validator_createdBlock_ASC',
  ValidatorCreatedBlockAscNullsFirst: 'validator_createdBlock_ASC_NULLS_FIRST',
  ValidatorCreatedBlockAscNullsLast: 'validator_createdBlock_ASC_NULLS_LAST',
  ValidatorCreatedBlockDesc: 'validator_createdBlock_DESC',
  ValidatorCreatedBlockDescNullsFirst: 'validator_createdBlock_DESC_NULLS_FIRST',
  ValidatorCreatedBlockDescNullsLast: 'validator_createdBlock_DESC_NULLS_LAST',
  ValidatorDelegatorCountAsc: 'validator_delegatorCount_ASC',
  ValidatorDelegatorCountAscNullsFirst: 'validator_delegatorCount_ASC_NULLS_FIRST',
  ValidatorDelegatorCountAscNullsLast: 'validator_delegatorCount_ASC_NULLS_LAST',
  ValidatorDelegatorCountDesc: 'validator_delegatorCount_DESC',
  ValidatorDelegatorCountDescNullsFirst: 'validator_delegatorCount_DESC_NULLS_FIRST',
  ValidatorDelegatorCountDescNullsLast: 'validator_delegatorCount_DESC_NULLS_LAST',
  ValidatorDelegatorSharesAsc: 'validator_delegatorShares_ASC',
  ValidatorDelegatorSharesAscNullsFirst: 'validator_delegatorShares_ASC_NULLS_FIRST',
  ValidatorDelegatorSharesAscNullsLast: 'validator_delegatorShares_ASC_NULLS_LAST',
  ValidatorDelegatorSharesDesc: 'validator_delegatorShares_DESC',
  ValidatorDelegatorSharesDescNullsFirst: 'validator_delegatorShares_DESC_NULLS_FIRST',
  ValidatorDelegatorSharesDescNullsLast: 'validator_delegatorShares_DESC_NULLS_LAST',
  ValidatorIdAsc: 'validator_id_ASC',
  ValidatorIdAscNullsFirst: 'validator_id_ASC_NULLS_FIRST',
  ValidatorIdAscNullsLast: 'validator_id_ASC_NULLS_LAST',
  ValidatorIdDesc: 'validator_id_DESC',
  ValidatorIdDescNullsFirst: 'validator_id_DESC_NULLS_FIRST',
  ValidatorIdDescNullsLast: 'validator_id_DESC_NULLS_LAST',
  ValidatorJailCountAsc: 'validator_jailCount_ASC',
  ValidatorJailCountAscNullsFirst: 'validator_jailCount_ASC_NULLS_FIRST',
  ValidatorJailCountAscNullsLast: 'validator_jailCount_ASC_NULLS_LAST',
  ValidatorJailCountDesc: 'validator_jailCount_DESC',
  ValidatorJailCountDescNullsFirst: 'validator_jailCount_DESC_NULLS_FIRST',
  ValidatorJailCountDescNullsLast: 'validator_jailCount_DESC_NULLS_LAST',
  ValidatorJailedAsc: 'validator_jailed_ASC',
  ValidatorJailedAscNullsFirst: 'validator_jailed_ASC_NULLS_FIRST',
  ValidatorJailedAscNullsLast: 'validator_jailed_ASC_NULLS_LAST',
  ValidatorJailedDesc: 'validator_jailed_DESC',
  ValidatorJailedDescNullsFirst: 'validator_jailed_DESC_NULLS_FIRST',
  ValidatorJailedDescNullsLast: 'validator_jailed_DESC_NULLS_LAST',
  ValidatorMaxCommissionRateAsc: 'validator_maxCommissionRate_ASC',
  ValidatorMaxCommissionRateAscNullsFirst: 'validator_maxCommissionRate_ASC_NULLS_FIRST',
  ValidatorMaxCommissionRateAscNullsLast: 'validator_maxCommissionRate_ASC_NULLS_LAST',
  ValidatorMaxCommissionRateDesc: 'validator_maxCommissionRate_DESC',
  ValidatorMaxCommissionRateDescNullsFirst: 'validator_maxCommissionRate_DESC_NULLS_FIRST',
  ValidatorMaxCommissionRateDescNullsLast: 'validator_maxCommissionRate_DESC_NULLS_LAST',
  ValidatorMinSelfDelegationAsc: 'validator_minSelfDelegation_ASC',
  ValidatorMinSelfDelegationAscNullsFirst: 'validator_minSelfDelegation_ASC_NULLS_FIRST',
  ValidatorMinSelfDelegationAscNullsLast: 'validator_minSelfDelegation_ASC_NULLS_LAST',
  ValidatorMinSelfDelegationDesc: 'validator_minSelfDelegation_DESC',
  ValidatorMinSelfDelegationDescNullsFirst: 'validator_minSelfDelegation_DESC_NULLS_FIRST',
  ValidatorMinSelfDelegationDescNullsLast: 'validator_minSelfDelegation_DESC_NULLS_LAST',
  ValidatorMonikerAsc: 'validator_moniker_ASC',
  ValidatorMonikerAscNullsFirst: 'validator_moniker_ASC_NULLS_FIRST',
  ValidatorMonikerAscNullsLast: 'validator_moniker_ASC_NULLS_LAST',
  ValidatorMonikerDesc: 'validator_moniker_DESC',
  ValidatorMonikerDescNullsFirst: 'validator_moniker_DESC_NULLS_FIRST',
  ValidatorMonikerDescNullsLast: 'validator_moniker_DESC_NULLS_LAST',
  ValidatorSelfBondAsc: 'validator_selfBond_ASC',
  ValidatorSelfBondAscNullsFirst: 'validator_selfBond_ASC_NULLS_FIRST',
  ValidatorSelfBondAscNullsLast: 'validator_selfBond_ASC_NULLS_LAST',
  ValidatorSelfBondDesc: 'validator_selfBond_DESC',
  ValidatorSelfBondDescNullsFirst: 'validator_selfBond_DESC_NULLS_FIRST',
  ValidatorSelfBondDescNullsLast: 'validator_selfBond_DESC_NULLS_LAST',
  ValidatorSlashCountAsc: 'validator_slashCount_ASC',
  ValidatorSlashCountAscNullsFirst: 'validator_slashCount_ASC_NULLS_FIRST',
  ValidatorSlashCountAscNullsLast: 'validator_slashCount_ASC_NULLS_LAST',
  ValidatorSlashCountDesc: 'validator_slashCount_DESC',
  ValidatorSlashCountDescNullsFirst: 'validator_slashCount_DESC_NULLS_FIRST',
  ValidatorSlashCountDescNullsLast: 'validator_slashCount_DESC_NULLS_LAST',
  ValidatorStateBlockAsc: 'validator_stateBlock_ASC',
  ValidatorStateBlockAscNullsFirst: 'validator_stateBlock_ASC_NULLS_FIRST',
  ValidatorStateBlockAscNullsLast: 'validator_stateBlock_ASC_NULLS_LAST',
  ValidatorStateBlockDesc: 'validator_stateBlock_DESC',
  ValidatorStateBlockDescNullsFirst: 'validator_stateBlock_DESC_NULLS_FIRST',
  ValidatorStateBlockDescNullsLast: 'validator_stateBlock_DESC_NULLS_LAST',
  ValidatorStatusAsc: 'validator_status_ASC',
  ValidatorStatusAscNullsFirst: 'validator_status_ASC_NULLS_FIRST',
  ValidatorStatusAscNullsLast: 'validator_status_ASC_NULLS_LAST',
  ValidatorStatusDesc: 'validator_status_DESC',
  ValidatorStatusDescNullsFirst: 'validator_status_DESC_NULLS_FIRST',
  ValidatorStatusDescNullsLast: 'validator_status_DESC_NULLS_LAST',
  ValidatorTokensAsc: 'validator_tokens_ASC',
  ValidatorTokensAscNullsFirst: 'validator_tokens_ASC_NULLS_FIRST',
  ValidatorTokensAscNullsLast: 'validator_tokens_ASC_NULLS_LAST',
  ValidatorTokensDesc: 'validator_tokens_DESC',
  ValidatorTokensDescNullsFirst: 'validator_tokens_DESC_NULLS_FIRST',
  ValidatorTokensDescNullsLast: 'validator_tokens_DESC_NULLS_LAST',
  ValidatorTotalSlashedAsc: 'validator_totalSlashed_ASC',
  ValidatorTotalSlashedAscNullsFirst: 'validator_totalSlashed_ASC_NULLS_FIRST',
  ValidatorTotalSlashedAscNullsLast: 'validator_totalSlashed_ASC_NULLS_LAST',
  ValidatorTotalSlashedDesc: 'validator_totalSlashed_DESC',
  ValidatorTotalSlashedDescNullsFirst: 'validator_totalSlashed_DESC_NULLS_FIRST',
  ValidatorTotalSlashedDescNullsLast: 'validator_totalSlashed_DESC_NULLS_LAST'
} as const;

export type TeeNodeOrderByInput = typeof TeeNodeOrderByInput[keyof typeof TeeNodeOrderByInput];
export type TeeNodeWhereInput = {
  AND?: Array<TeeNodeWhereInput> | null | undefined;
  OR?: Array<TeeNodeWhereInput> | null | undefined;
  coveredSeconds_eq?: number | null | undefined;
  coveredSeconds_gt?: number | null | undefined;
  coveredSeconds_gte?: number | null | undefined;
  coveredSeconds_in?: Array<number> | null | undefined;
  coveredSeconds_isNull?: boolean | null | undefined;
  coveredSeconds_lt?: number | null | undefined;
  coveredSeconds_lte?: number | null | undefined;
  coveredSeconds_not_eq?: number | null | undefined;
  coveredSeconds_not_in?: Array<number> | null | undefined;
  disabledAt_eq?: string | null | undefined;
  disabledAt_gt?: string | null | undefined;
  disabledAt_gte?: string | null | undefined;
  disabledAt_in?: Array<string> | null | undefined;
  disabledAt_isNull?: boolean | null | undefined;
  disabledAt_lt?: string | null | undefined;
  disabledAt_lte?: string | null | undefined;
  disabledAt_not_eq?: string | null | undefined;
  disabledAt_not_in?: Array<string> | null | undefined;
  disabledSeconds_eq?: number | null | undefined;
  disabledSeconds_gt?: number | null | undefined;
  disabledSeconds_gte?: number | null | undefined;
  disabledSeconds_in?: Array<number> | null | undefined;
  disabledSeconds_isNull?: boolean | null | undefined;
  disabledSeconds_lt?: number | null | undefined;
  disabledSeconds_lte?: number | null | undefined;
  disabledSeconds_not_eq?: number | null | undefined;
  disabledSeconds_not_in?: Array<number> | null | undefined;
  disabledSinceHeartbeat_eq?: number | null | undefined;
  disabledSinceHeartbeat_gt?: number | null | undefined;
  disabledSinceHeartbeat_gte?: number | null | undefined;
  disabledSinceHeartbeat_in?: Array<number> | null | undefined;
  disabledSinceHeartbeat_isNull?: boolean | null | undefined;
  disabledSinceHeartbeat_lt?: number | null | undefined;
  disabledSinceHeartbeat_lte?: number | null | undefined;
  disabledSinceHeartbeat_not_eq?: number | null | undefined;
  disabledSinceHeartbeat_not_in?: Array<number> | null | undefined;
  enabled_eq?: boolean | null | undefined;
  enabled_isNull?: boolean | null | undefined;
  enabled_not_eq?: boolean | null | undefined;
  endpoint_contains?: string | null | undefined;
  endpoint_containsInsensitive?: string | null | undefined;
  endpoint_endsWith?: string | null | undefined;
  endpoint_eq?: string | null | undefined;
  endpoint_gt?: string | null | undefined;
  endpoint_gte?: string | null | undefined;
  endpoint_in?: Array<string> | null | undefined;
  endpoint_isNull?: boolean | null | undefined;
  endpoint_lt?: string | null | undefined;
  endpoint_lte?: string | null | undefined;
  endpoint_not_contains?: string | null | undefined;
  endpoint_not_containsInsensitive?: string | null | undefined;
  endpoint_not_endsWith?: string | null | undefined;
  endpoint_not_eq?: string | null | undefined;
  endpoint_not_in?: Array<string> | null | undefined;
  endpoint_not_startsWith?: string | null | undefined;
  endpoint_startsWith?: string | null | undefined;
  heartbeatCount_eq?: number | null | undefined;
  heartbeatCount_gt?: number | null | undefined;
  heartbeatCount_gte?: number | null | undefined;
  heartbeatCount_in?: Array<number> | null | undefined;
  heartbeatCount_isNull?: boolean | null | undefined;
  heartbeatCount_lt?: number | null | undefined;
  heartbeatCount_lte?: number | null | undefined;
  heartbeatCount_not_eq?: number | null | undefined;
  heartbeatCount_not_in?: Array<number> | null | undefined;
  heartbeatMaxAge_eq?: number | null | undefined;
  heartbeatMaxAge_gt?: number | null | undefined;
  heartbeatMaxAge_gte?: number | null | undefined;
  heartbeatMaxAge_in?: Array<number> | null | undefined;
  heartbeatMaxAge_isNull?: boolean | null | undefined;
  heartbeatMaxAge_lt?: number | null | undefined;
  heartbeatMaxAge_lte?: number | null | undefined;
  heartbeatMaxAge_not_eq?: number | null | undefined;
  heartbeatMaxAge_not_in?: Array<number> | null | undefined;
  heartbeats_every?: HeartbeatWhereInput | null | undefined;
  heartbeats_none?: HeartbeatWhereInput | null | undefined;
  heartbeats_some?: HeartbeatWhereInput | null | undefined;
  id_contains?: string | null | undefined;
  id_containsInsensitive?: string | null | undefined;
  id_endsWith?: string | null | undefined;
  id_eq?: string | null | undefined;
  id_gt?: string | null | undefined;
  id_gte?: string | null | undefined;
  id_in?: Array<string> | null | undefined;
  id_isNull?: boolean | null | undefined;
  id_lt?: string | null | undefined;
  id_lte?: string | null | undefined;
  id_not_contains?: string | null | undefined;
  id_not_containsInsensitive?: string | null | undefined;
  id_not_endsWith?: string | null | undefined;
  id_not_eq?: string | null | undefined;
  id_not_in?: Array<string> | null | undefined;
  id_not_startsWith?: string | null | undefined;
  id_startsWith?: string | null | undefined;
  inferenceCount_eq?: number | null | undefined;
  inferenceCount_gt?: number | null | undefined;
  inferenceCount_gte?: number | null | undefined;
  inferenceCount_in?: Array<number> | null | undefined;
  inferenceCount_isNull?: boolean | null | undefined;
  inferenceCount_lt?: number | null | undefined;
  inferenceCount_lte?: number | null | undefined;
  inferenceCount_not_eq?: number | null | undefined;
  inferenceCount_not_in?: Array<number> | null | undefined;
  lastHeartbeatAt_eq?: string | null | undefined;
  lastHeartbeatAt_gt?: string | null | undefined;
  lastHeartbeatAt_gte?: string | null | undefined;
  lastHeartbeatAt_in?: Array<string> | null | undefined;
  lastHeartbeatAt_isNull?: boolean | null | undefined;
  lastHeartbeatAt_lt?: string | null | undefined;
  lastHeartbeatAt_lte?: string | null | undefined;
  lastHeartbeatAt_not_eq?: string | null | undefined;
  lastHeartbeatAt_not_in?: Array<string> | null | undefined;
  owner_contains?: string | null | undefined;
  owner_containsInsensitive?: string | null | undefined;
  owner_endsWith?: string | null | undefined;
  owner_eq?: string | null | undefined;
  owner_gt?: string | null | undefined;
  owner_gte?: string | null | undefined;
  owner_in?: Array<string> | null | undefined;
  owner_isNull?: boolean | null | undefined;
  owner_lt?: string | null | undefined;
  owner_lte?: string | null | undefined;
  owner_not_contains?: string | null | undefined;
  owner_not_containsInsensitive?: string | null | undefined;
  owner_not_endsWith?: string | null | undefined;
  owner_not_eq?: string | null | undefined;
  owner_not_in?: Array<string> | null | undefined;
  owner_not_startsWith?: string | null | undefined;
  owner_startsWith?: string | null | undefined;
  paymentAddress_contains?: string | null | undefined;
  paymentAddress_containsInsensitive?: string | null | undefined;
  paymentAddress_endsWith?: string | null | undefined;
  paymentAddress_eq?: string | null | undefined;
  paymentAddress_gt?: string | null | undefined;
  paymentAddress_gte?: string | null | undefined;
  paymentAddress_in?: Array<string> | null | undefined;
  paymentAddress_isNull?: boolean | null | undefined;
  paymentAddress_lt?: string | null | undefined;
  paymentAddress_lte?: string | null | undefined;
  paymentAddress_not_contains?: string | null | undefined;
  paymentAddress_not_containsInsensitive?: string | null | undefined;
  paymentAddress_not_endsWith?: string | null | undefined;
  paymentAddress_not_eq?: string | null | undefined;
  paymentAddress_not_in?: Array<string> | null | undefined;
  paymentAddress_not_startsWith?: string | null | undefined;
  paymentAddress_startsWith?: string | null | undefined;
  pcrHash_contains?: string | null | undefined;
  pcrHash_containsInsensitive?: string | null | undefined;
  pcrHash_endsWith?: string | null | undefined;
  pcrHash_eq?: string | null | undefined;
  pcrHash_gt?: string | null | undefined;
  pcrHash_gte?: string | null | undefined;
  pcrHash_in?: Array<string> | null | undefined;
  pcrHash_isNull?: boolean | null | undefined;
  pcrHash_lt?: string | null | undefined;
  pcrHash_lte?: string | null | undefined;
  pcrHash_not_contains?: string | null | undefined;
  pcrHash_not_containsInsensitive?: string | null | undefined;
  pcrHash_not_endsWith?: string | null | undefined;
  pcrHash_not_eq?: string | null | undefined;
  pcrHash_not_in?: Array<string> | null | undefined;
  pcrHash_not_startsWith?: string | null | undefined;
  pcrHash_startsWith?: string | null | undefined;
  publicKey_contains?: string | null | undefined;
  publicKey_containsInsensitive?: string | null | undefined;
  publicKey_endsWith?: string | null | undefined;
  publicKey_eq?: string | null | undefined;
  publicKey_gt?: string | null | undefined;
  publicKey_gte?: string | null | undefined;
  publicKey_in?: Array<string> | null | undefined;
  publicKey_isNull?: boolean | null | undefined;
  publicKey_lt?: string | null | undefined;
  publicKey_lte?: string | null | undefined;
  publicKey_not_contains?: string | null | undefined;
  publicKey_not_containsInsensitive?: string | null | undefined;
  publicKey_not_endsWith?: string | null | undefined;
  publicKey_not_eq?: string | null | undefined;
  publicKey_not_in?: Array<string> | null | undefined;
  publicKey_not_startsWith?: string | null | undefined;
  publicKey_startsWith?: string | null | undefined;
  registeredAt_eq?: string | null | undefined;
  registeredAt_gt?: string | null | undefined;
  registeredAt_gte?: string | null | undefined;
  registeredAt_in?: Array<string> | null | undefined;
  registeredAt_isNull?: boolean | null | undefined;
  registeredAt_lt?: string | null | undefined;
  registeredAt_lte?: string | null | undefined;
  registeredAt_not_eq?: string | null | undefined;
  registeredAt_not_in?: Array<string> | null | undefined;
  registeredBlock_eq?: number | null | undefined;
  registeredBlock_gt?: number | null | undefined;
  registeredBlock_gte?: number | null | undefined;
  registeredBlock_in?: Array<number> | null | undefined;
  registeredBlock_isNull?: boolean | null | undefined;
  registeredBlock_lt?: number | null | undefined;
  registeredBlock_lte?: number | null | undefined;
  registeredBlock_not_eq?: number | null | undefined;
  registeredBlock_not_in?: Array<number> | null | undefined;
  registry_contains?: string | null | undefined;
  registry_containsInsensitive?: string | null | undefined;
  registry_endsWith?: string | null | undefined;
  registry_eq?: string | null | undefined;
  registry_gt?: string | null | undefined;
  registry_gte?: string | null | undefined;
  registry_in?: Array<string> | null | undefined;
  registry_isNull?: boolean | null | undefined;
  registry_lt?: string | null | undefined;
  registry_lte?: string | null | undefined;
  registry_not_contains?: string | null | undefined;
  registry_not_containsInsensitive?: string | null | undefined;
  registry_not_endsWith?: string | null | undefined;
  registry_not_eq?: string | null | undefined;
  registry_not_in?: Array<string> | null | undefined;
  registry_not_startsWith?: string | null | undefined;
  registry_startsWith?: string | null | undefined;
  teeType_eq?: number | null | undefined;
  teeType_gt?: number | null | undefined;
  teeType_gte?: number | null | undefined;
  teeType_in?: Array<number> | null | undefined;
  teeType_isNull?: boolean | null | undefined;
  teeType_lt?: number | null | undefined;
  teeType_lte?: number | null | undefined;
  teeType_not_eq?: number | null | undefined;
  teeType_not_in?: Array<number> | null | undefined;
  uptime_eq?: number | null | undefined;
  uptime_gt?: number | null | undefined;
  uptime_gte?: number | null | undefined;
  uptime_in?: Array<number> | null | undefined;
  uptime_isNull?: boolean | null | undefined;
  uptime_lt?: number | null | undefined;
  uptime_lte?: number | null | undefined;
  uptime_not_eq?: number | null | undefined;
  uptime_not_in?: Array<number> | null | undefined;
  validator?: ValidatorWhereInput | null | undefined;
  validator_isNull?: boolean | null | undefined;
};

export const TimeInterval = {
  Day: 'DAY',
  /** price and the flows; distinct counts and end-of-day levels reject HOUR with INTERVAL_NOT_AVAILABLE */
  Hour: 'HOUR',
  /** ISO weeks, starting on Monday (UTC) */
  Week: 'WEEK'
} as const;

export type TimeInterval = typeof TimeInterval[keyof typeof TimeInterval];
export const TransferOrderByInput = {
  AmountAsc: 'amount_ASC',
  AmountAscNullsFirst: 'amount_ASC_NULLS_FIRST',
  AmountAscNullsLast: 'amount_ASC_NULLS_LAST',
  AmountDesc: 'amount_DESC',
  AmountDescNullsFirst: 'amount_DESC_NULLS_FIRST',
  AmountDescNullsLast: 'amount_DESC_NULLS_LAST',
  BlockNumberAsc: 'blockNumber_ASC',
  BlockNumberAscNullsFirst: 'blockNumber_ASC_NULLS_FIRST',
  BlockNumberAscNullsLast: 'blockNumber_ASC_NULLS_LAST',
  BlockNumberDesc: 'blockNumber_DESC',
  BlockNumberDescNullsFirst: 'blockNumber_DESC_NULLS_FIRST',
  BlockNumberDescNullsLast: 'blockNumber_DESC_NULLS_LAST',
  FromBalanceAsc: 'from_balance_ASC',
  FromBalanceAscNullsFirst: 'from_balance_ASC_NULLS_FIRST',
  FromBalanceAscNullsLast: 'from_balance_ASC_NULLS_LAST',
  FromBalanceDesc: 'from_balance_DESC',
  FromBalanceDescNullsFirst: 'from_balance_DESC_NULLS_FIRST',
  FromBalanceDescNullsLast: 'from_balance_DESC_NULLS_LAST',
  FromCategoryAsc: 'from_category_ASC',
  FromCategoryAscNullsFirst: 'from_category_ASC_NULLS_FIRST',
  FromCategoryAscNullsLast: 'from_category_ASC_NULLS_LAST',
  FromCategoryDesc: 'from_category_DESC',
  FromCategoryDescNullsFirst: 'from_category_DESC_NULLS_FIRST',
  FromCategoryDescNullsLast: 'from_category_DESC_NULLS_LAST',
  FromCirculatingAsc: 'from_circulating_ASC',
  FromCirculatingAscNullsFirst: 'from_circulating_ASC_NULLS_FIRST',
  FromCirculatingAscNullsLast: 'from_circulating_ASC_NULLS_LAST',
  FromCirculatingDesc: 'from_circulating_DESC',
  FromCirculatingDescNullsFirst: 'from_circulating_DESC_NULLS_FIRST',
  FromCirculatingDescNullsLast: 'from_circulating_DESC_NULLS_LAST',
  FromFirstPaymentAtAsc: 'from_firstPaymentAt_ASC',
  FromFirstPaymentAtAscNullsFirst: 'from_firstPaymentAt_ASC_NULLS_FIRST',
  FromFirstPaymentAtAscNullsLast: 'from_firstPaymentAt_ASC_NULLS_LAST',
  FromFirstPaymentAtDesc: 'from_firstPaymentAt_DESC',
  FromFirstPaymentAtDescNullsFirst: 'from_firstPaymentAt_DESC_NULLS_FIRST',
  FromFirstPaymentAtDescNullsLast: 'from_firstPaymentAt_DESC_NULLS_LAST',
  FromFirstSeenAtAsc: 'from_firstSeenAt_ASC',
  FromFirstSeenAtAscNullsFirst: 'from_firstSeenAt_ASC_NULLS_FIRST',
  FromFirstSeenAtAscNullsLast: 'from_firstSeenAt_ASC_NULLS_LAST',
  FromFirstSeenAtDesc: 'from_firstSeenAt_DESC',
  FromFirstSeenAtDescNullsFirst: 'from_firstSeenAt_DESC_NULLS_FIRST',
  FromFirstSeenAtDescNullsLast: 'from_firstSeenAt_DESC_NULLS_LAST',
  FromFirstSeenBlockAsc: 'from_firstSeenBlock_ASC',
  FromFirstSeenBlockAscNullsFirst: 'from_firstSeenBlock_ASC_NULLS_FIRST',
  FromFirstSeenBlockAscNullsLast: 'from_firstSeenBlock_ASC_NULLS_LAST',
  FromFirstSeenBlockDesc: 'from_firstSeenBlock_DESC',
  FromFirstSeenBlockDescNullsFirst: 'from_firstSeenBlock_DESC_NULLS_FIRST',
  FromFirstSeenBlockDescNullsLast: 'from_firstSeenBlock_DESC_NULLS_LAST',
  FromIdAsc: 'from_id_ASC',
  FromIdAscNullsFirst: 'from_id_ASC_NULLS_FIRST',
  FromIdAscNullsLast: 'from_id_ASC_NULLS_LAST',
  FromIdDesc: 'from_id_DESC',
  FromIdDescNullsFirst: 'from_id_DESC_NULLS_FIRST',
  FromIdDescNullsLast: 'from_id_DESC_NULLS_LAST',
  FromLabelAsc: 'from_label_ASC',
  FromLabelAscNullsFirst: 'from_label_ASC_NULLS_FIRST',
  FromLabelAscNullsLast: 'from_label_ASC_NULLS_LAST',
  FromLabelDesc: 'from_label_DESC',
  FromLabelDescNullsFirst: 'from_label_DESC_NULLS_FIRST',
  FromLabelDescNullsLast: 'from_label_DESC_NULLS_LAST',
  FromLastSeenAtAsc: 'from_lastSeenAt_ASC',
  FromLastSeenAtAscNullsFirst: 'from_lastSeenAt_ASC_NULLS_FIRST',
  FromLastSeenAtAscNullsLast: 'from_lastSeenAt_ASC_NULLS_LAST',
  FromLastSeenAtDesc: 'from_lastSeenAt_DESC',
  FromLastSeenAtDescNullsFirst: 'from_lastSeenAt_DESC_NULLS_FIRST',
  FromLastSeenAtDescNullsLast: 'from_lastSeenAt_DESC_NULLS_LAST',
  FromPaidTotalAsc: 'from_paidTotal_ASC',
  FromPaidTotalAscNullsFirst: 'from_paidTotal_ASC_NULLS_FIRST',
  FromPaidTotalAscNullsLast: 'from_paidTotal_ASC_NULLS_LAST',
  FromPaidTotalDesc: 'from_paidTotal_DESC',
  FromPaidTotalDescNullsFirst: 'from_paidTotal_DESC_NULLS_FIRST',
  FromPaidTotalDescNullsLast: 'from_paidTotal_DESC_NULLS_LAST',
  FromPaymentsMadeAsc: 'from_paymentsMade_ASC',
  FromPaymentsMadeAscNullsFirst: 'from_paymentsMade_ASC_NULLS_FIRST',
  FromPaymentsMadeAscNullsLast: 'from_paymentsMade_ASC_NULLS_LAST',
  FromPaymentsMadeDesc: 'from_paymentsMade_DESC',
  FromPaymentsMadeDescNullsFirst: 'from_paymentsMade_DESC_NULLS_FIRST',
  FromPaymentsMadeDescNullsLast: 'from_paymentsMade_DESC_NULLS_LAST',
  FromPaymentsReceivedAsc: 'from_paymentsReceived_ASC',
  FromPaymentsReceivedAscNullsFirst: 'from_paymentsReceived_ASC_NULLS_FIRST',
  FromPaymentsReceivedAscNullsLast: 'from_paymentsReceived_ASC_NULLS_LAST',
  FromPaymentsReceivedDesc: 'from_paymentsReceived_DESC',
  FromPaymentsReceivedDescNullsFirst: 'from_paymentsReceived_DESC_NULLS_FIRST',
  FromPaymentsReceivedDescNullsLast: 'from_paymentsReceived_DESC_NULLS_LAST',
  FromReceivedTotalAsc: 'from_receivedTotal_ASC',
  FromReceivedTotalAscNullsFirst: 'from_receivedTotal_ASC_NULLS_FIRST',
  FromReceivedTotalAscNullsLast: 'from_receivedTotal_ASC_NULLS_LAST',
  FromReceivedTotalDesc: 'from_receivedTotal_DESC',
  FromReceivedTotalDescNullsFirst: 'from_receivedTotal_DESC_NULLS_FIRST',
  FromReceivedTotalDescNullsLast: 'from_receivedTotal_DESC_NULLS_LAST',
  FromTransfersInAsc: 'from_transfersIn_ASC',
  FromTransfersInAscNullsFirst: 'from_transfersIn_ASC_NULLS_FIRST',
  FromTransfersInAscNullsLast: 'from_transfersIn_ASC_NULLS_LAST',
  FromTransfersInDesc: 'from_transfersIn_DESC',
  FromTransfersInDescNullsFirst: 'from_transfersIn_DESC_NULLS_FIRST',
  FromTransfersInDescNullsLast: 'from_transfersIn_DESC_NULLS_LAST',
  FromTransfersOutAsc: 'from_transfersOut_ASC',
  FromTransfersOutAscNullsFirst: 'from_transfersOut_ASC_NULLS_FIRST',
  FromTransfersOutAscNullsLast: 'from_transfersOut_ASC_NULLS_LAST',
  FromTransfersOutDesc: 'from_transfersOut_DESC',
  FromTransfersOutDescNullsFirst: 'from_transfersOut_DESC_NULLS_FIRST',
  FromTransfersOutDescNullsLast: 'from_transfersOut_DESC_NULLS_LAST',
  IdAsc: 'id_ASC',
  IdAscNullsFirst: 'id_ASC_NULLS_FIRST',
  IdAscNullsLast: 'id_ASC_NULLS_LAST',
  IdDesc: 'id_DESC',
  IdDescNullsFirst: 'id_DESC_NULLS_FIRST',
  IdDescNullsLast: 'id_DESC_NULLS_LAST',
  TimestampAsc: 'timestamp_ASC',
  TimestampAscNullsFirst: 'timestamp_ASC_NULLS_FIRST',
  TimestampAscNullsLast: 'timestamp_ASC_NULLS_LAST',
  TimestampDesc: 'timestamp_DESC',
  TimestampDescNullsFirst: 'timestamp_DESC_NULLS_FIRST',
  TimestampDescNullsLast: 'timestamp_DESC_NULLS_LAST',
  ToBalanceAsc: 'to_balance_ASC',
  ToBalanceAscNullsFirst: 'to_balance_ASC_NULLS_FIRST',
  ToBalanceAscNullsLast: 'to_balance_ASC_NULLS_LAST',
  ToBalanceDesc: 'to_balance_DESC',
  ToBalanceDescNullsFirst: 'to_balance_DESC_NULLS_FIRST',
  ToBalanceDescNullsLast: 'to_balance_DESC_NULLS_LAST',
  ToCategoryAsc: 'to_category_ASC',
  ToCategoryAscNullsFirst: 'to_category_ASC_NULLS_FIRST',
  ToCategoryAscNullsLast: 'to_category_ASC_NULLS_LAST',
  ToCategoryDesc: 'to_category_DESC',
  ToCategoryDescNullsFirst: 'to_category_DESC_NULLS_FIRST',
  ToCategoryDescNullsLast: 'to_category_DESC_NULLS_LAST',
  ToCirculatingAsc: 'to_circulating_ASC',
  ToCirculatingAscNullsFirst: 'to_circulating_ASC_NULLS_FIRST',
  ToCirculatingAscNullsLast: 'to_circulating_ASC_NULLS_LAST',
  ToCirculatingDesc: 'to_circulating_DESC',
  ToCirculatingDescNullsFirst: 'to_circulating_DESC_NULLS_FIRST',
  ToCirculatingDescNullsLast: 'to_circulating_DESC_NULLS_LAST',
  ToFirstPaymentAtAsc: 'to_firstPaymentAt_ASC',
  ToFirstPaymentAtAscNullsFirst: 'to_firstPaymentAt_ASC_NULLS_FIRST',
  ToFirstPaymentAtAscNullsLast: 'to_firstPaymentAt_ASC_NULLS_LAST',
  ToFirstPaymentAtDesc: 'to_firstPaymentAt_DESC',
  ToFirstPaymentAtDescNullsFirst: 'to_firstPaymentAt_DESC_NULLS_FIRST',
  ToFirstPaymentAtDescNullsLast: 'to_firstPaymentAt_DESC_NULLS_LAST',
  ToFirstSeenAtAsc: 'to_firstSeenAt_ASC',
  ToFirstSeenAtAscNullsFirst: 'to_firstSeenAt_ASC_NULLS_FIRST',
  ToFirstSeenAtAscNullsLast: 'to_firstSeenAt_ASC_NULLS_LAST',
  ToFirstSeenAtDesc: 'to_firstSeenAt_DESC',
  ToFirstSeenAtDescNullsFirst: 'to_firstSeenAt_DESC_NULLS_FIRST',
  ToFirstSeenAtDescNullsLast: 'to_firstSeenAt_DESC_NULLS_LAST',
  ToFirstSeenBlockAsc: 'to_firstSeenBlock_ASC',
  ToFirstSeenBlockAscNullsFirst: 'to_firstSeenBlock_ASC_NULLS_FIRST',
  ToFirstSeenBlockAscNullsLast: 'to_firstSeenBlock_ASC_NULLS_LAST',
  ToFirstSeenBlockDesc: 'to_firstSeenBlock_DESC',
  ToFirstSeenBlockDescNullsFirst: 'to_firstSeenBlock_DESC_NULLS_FIRST',
  ToFirstSeenBlockDescNullsLast: 'to_firstSeenBlock_DESC_NULLS_LAST',
  ToIdAsc: 'to_id_ASC',
  ToIdAscNullsFirst: 'to_id_ASC_NULLS_FIRST',
  ToIdAscNullsLast: 'to_id_ASC_NULLS_LAST',
  ToIdDesc: 'to_id_DESC',
  ToIdDescNullsFirst: 'to_id_DESC_NULLS_FIRST',
  ToIdDescNullsLast: 'to_id_DESC_NULLS_LAST',
  ToLabelAsc: 'to_label_ASC',
  ToLabelAscNullsFirst: 'to_label_ASC_NULLS_FIRST',
  ToLabelAscNullsLast: 'to_label_ASC_NULLS_LAST',
  ToLabelDesc: 'to_label_DESC',
  ToLabelDescNullsFirst: 'to_label_DESC_NULLS_FIRST',
  ToLabelDescNullsLast: 'to_label_DESC_NULLS_LAST',
  ToLastSeenAtAsc: 'to_lastSeenAt_ASC',
  ToLastSeenAtAscNullsFirst: 'to_lastSeenAt_ASC_NULLS_FIRST',
  ToLastSeenAtAscNullsLast: 'to_lastSeenAt_ASC_NULLS_LAST',
  ToLastSeenAtDesc: 'to_lastSeenAt_DESC',
  ToLastSeenAtDescNullsFirst: 'to_lastSeenAt_DESC_NULLS_FIRST',
  ToLastSeenAtDescNullsLast: 'to_lastSeenAt_DESC_NULLS_LAST',
  ToPaidTotalAsc: 'to_paidTotal_ASC',
  ToPaidTotalAscNullsFirst: 'to_paidTotal_ASC_NULLS_FIRST',
  ToPaidTotalAscNullsLast: 'to_paidTotal_ASC_NULLS_LAST',
  ToPaidTotalDesc: 'to_paidTotal_DESC',
  ToPaidTotalDescNullsFirst: 'to_paidTotal_DESC_NULLS_FIRST',
  ToPaidTotalDescNullsLast: 'to_paidTotal_DESC_NULLS_LAST',
  ToPaymentsMadeAsc: 'to_paymentsMade_ASC',
  ToPaymentsMadeAscNullsFirst: 'to_paymentsMade_ASC_NULLS_FIRST',
  ToPaymentsMadeAscNullsLast: 'to_paymentsMade_ASC_NULLS_LAST',
  ToPaymentsMadeDesc: 'to_paymentsMade_DESC',
  ToPaymentsMadeDescNullsFirst: 'to_paymentsMade_DESC_NULLS_FIRST',
  ToPaymentsMadeDescNullsLast: 'to_paymentsMade_DESC_NULLS_LAST',
  ToPaymentsReceivedAsc: 'to_paymentsReceived_ASC',
  ToPaymentsReceivedAscNullsFirst: 'to_paymentsReceived_ASC_NULLS_FIRST',
  ToPaymentsReceivedAscNullsLast: 'to_paymentsReceived_ASC_NULLS_LAST',
  ToPaymentsReceivedDesc: 'to_paymentsReceived_DESC',
  ToPaymentsReceivedDescNullsFirst: 'to_paymentsReceived_DESC_NULLS_FIRST',
  ToPaymentsReceivedDescNullsLast: 'to_paymentsReceived_DESC_NULLS_LAST',
  ToReceivedTotalAsc: 'to_receivedTotal_ASC',
  ToReceivedTotalAscNullsFirst: 'to_receivedTotal_ASC_NULLS_FIRST',
  ToReceivedTotalAscNullsLast: 'to_receivedTotal_ASC_NULLS_LAST',
  ToReceivedTotalDesc: 'to_receivedTotal_DESC',
  ToReceivedTotalDescNullsFirst: 'to_receivedTotal_DESC_NULLS_FIRST',
  ToReceivedTotalDescNullsLast: 'to_receivedTotal_DESC_NULLS_LAST',
  ToTransfersInAsc: 'to_transfersIn_ASC',
  ToTransfersInAscNullsFirst: 'to_transfersIn_ASC_NULLS_FIRST',
  ToTransfersInAscNullsLast: 'to_transfersIn_ASC_NULLS_LAST',
  ToTransfersInDesc: 'to_transfersIn_DESC',
  ToTransfersInDescNullsFirst: 'to_transfersIn_DESC_NULLS_FIRST',
  ToTransfersInDescNullsLast: 'to_transfersIn_DESC_NULLS_LAST',
  ToTransfersOutAsc: 'to_transfersOut_ASC',
  ToTransfersOutAscNullsFirst: 'to_transfersOut_ASC_NULLS_FIRST',
  ToTransfersOutAscNullsLast: 'to_transfersOut_ASC_NULLS_LAST',
  ToTransfersOutDesc: 'to_transfersOut_DESC',
  ToTransfersOutDescNullsFirst: 'to_transfersOut_DESC_NULLS_FIRST',
  ToTransfersOutDescNullsLast: 'to_transfersOut_DESC_NULLS_LAST',
  TxHashAsc: 'txHash_ASC',
  TxHashAscNullsFirst: 'txHash_ASC_NULLS_FIRST',
  TxHashAscNullsLast: 'txHash_ASC_NULLS_LAST',
  TxHashDesc: 'txHash_DESC',
  TxHashDescNullsFirst: 'txHash_DESC_NULLS_FIRST',
  TxHashDescNullsLast: 'txHash_DESC_NULLS_LAST'
} as const;

export type TransferOrderByInput = typeof TransferOrderByInput[keyof typeof TransferOrderByInput];
export type TransferWhereInput = {
  AND?: Array<TransferWhereInput> | null | undefined;
  OR?: Array<TransferWhereInput> | null | undefined;
  amount_eq?: string | null | undefined;
  amount_gt?: string | null | undefined;
  amount_gte?: string | null | undefined;
  amount_in?: Array<string> | null | undefined;
  amount_isNull?: boolean | null | undefined;
  amount_lt?: string | null | undefined;
  amount_lte?: string | null | undefined;
  amount_not_eq?: string | null | undefined;
  amount_not_in?: Array<string> | null | undefined;
  blockNumber_eq?: number | null | undefined;
  blockNumber_gt?: number | null | undefined;
  blockNumber_gte?: number | null | undefined;
  blockNumber_in?: Array<number> | null | undefined;
  blockNumber_isNull?: boolean | null | undefined;
  blockNumber_lt?: number | null | undefined;
  blockNumber_lte?: number | null | undefined;
  blockNumber_not_eq?: number | null | undefined;
  blockNumber_not_in?: Array<number> | null | undefined;
  from?: AccountWhereInput | null | undefined;
  from_isNull?: boolean | null | undefined;
  id_contains?: string | null | undefined;
  id_containsInsensitive?: string | null | undefined;
  id_endsWith?: string | null | undefined;
  id_eq?: string | null | undefined;
  id_gt?: string | null | undefined;
  id_gte?: string | null | undefined;
  id_in?: Array<string> | null | undefined;
  id_isNull?: boolean | null | undefined;
  id_lt?: string | null | undefined;
  id_lte?: string | null | undefined;
  id_not_contains?: string | null | undefined;
  id_not_containsInsensitive?: string | null | undefined;
  id_not_endsWith?: string | null | undefined;
  id_not_eq?: string | null | undefined;
  id_not_in?: Array<string> | null | undefined;
  id_not_startsWith?: string | null | undefined;
  id_startsWith?: string | null | undefined;
  timestamp_eq?: string | null | undefined;
  timestamp_gt?: string | null | undefined;
  timestamp_gte?: string | null | undefined;
  timestamp_in?: Array<string> | null | undefined;
  timestamp_isNull?: boolean | null | undefined;
  timestamp_lt?: string | null | undefined;
  timestamp_lte?: string | null | undefined;
  timestamp_not_eq?: string | null | undefined;
  timestamp_not_in?: Array<string> | null | undefined;
  to?: AccountWhereInput | null | undefined;
  to_isNull?: boolean | null | undefined;
  txHash_contains?: string | null | undefined;
  txHash_containsInsensitive?: string | null | undefined;
  txHash_endsWith?: string | null | undefined;
  txHash_eq?: string | null | undefined;
  txHash_gt?: string | null | undefined;
  txHash_gte?: string | null | undefined;
  txHash_in?: Array<string> | null | undefined;
  txHash_isNull?: boolean | null | undefined;
  txHash_lt?: string | null | undefined;
  txHash_lte?: string | null | undefined;
  txHash_not_contains?: string | null | undefined;
  txHash_not_containsInsensitive?: string | null | undefined;
  txHash_not_endsWith?: string | null | undefined;
  txHash_not_eq?: string | null | undefined;
  txHash_not_in?: Array<string> | null | undefined;
  txHash_not_startsWith?: string | null | undefined;
  txHash_startsWith?: string | null | undefined;
};

export const UnlockEventKind = {
  /** the first month of linear unlocks after a cliff */
  Cliff: 'CLIFF',
  /** one calendar month of linear unlocks */
  Linear: 'LINEAR',
  /** the TGE share, released at one instant */
  Tge: 'TGE'
} as const;

export type UnlockEventKind = typeof UnlockEventKind[keyof typeof UnlockEventKind];
export const UnlockOrderByInput = {
  AllocationAsc: 'allocation_ASC',
  AllocationAscNullsFirst: 'allocation_ASC_NULLS_FIRST',
  AllocationAscNullsLast: 'allocation_ASC_NULLS_LAST',
  AllocationDesc: 'allocation_DESC',
  AllocationDescNullsFirst: 'allocation_DESC_NULLS_FIRST',
  AllocationDescNullsLast: 'allocation_DESC_NULLS_LAST',
  AmountAsc: 'amount_ASC',
  AmountAscNullsFirst: 'amount_ASC_NULLS_FIRST',
  AmountAscNullsLast: 'amount_ASC_NULLS_LAST',
  AmountDesc: 'amount_DESC',
  AmountDescNullsFirst: 'amount_DESC_NULLS_FIRST',
  AmountDescNullsLast: 'amount_DESC_NULLS_LAST',
  BeneficiaryAsc: 'beneficiary_ASC',
  BeneficiaryAscNullsFirst: 'beneficiary_ASC_NULLS_FIRST',
  BeneficiaryAscNullsLast: 'beneficiary_ASC_NULLS_LAST',
  BeneficiaryDesc: 'beneficiary_DESC',
  BeneficiaryDescNullsFirst: 'beneficiary_DESC_NULLS_FIRST',
  BeneficiaryDescNullsLast: 'beneficiary_DESC_NULLS_LAST',
  BlockNumberAsc: 'blockNumber_ASC',
  BlockNumberAscNullsFirst: 'blockNumber_ASC_NULLS_FIRST',
  BlockNumberAscNullsLast: 'blockNumber_ASC_NULLS_LAST',
  BlockNumberDesc: 'blockNumber_DESC',
  BlockNumberDescNullsFirst: 'blockNumber_DESC_NULLS_FIRST',
  BlockNumberDescNullsLast: 'blockNumber_DESC_NULLS_LAST',
  IdAsc: 'id_ASC',
  IdAscNullsFirst: 'id_ASC_NULLS_FIRST',
  IdAscNullsLast: 'id_ASC_NULLS_LAST',
  IdDesc: 'id_DESC',
  IdDescNullsFirst: 'id_DESC_NULLS_FIRST',
  IdDescNullsLast: 'id_DESC_NULLS_LAST',
  SourceKindAsc: 'sourceKind_ASC',
  SourceKindAscNullsFirst: 'sourceKind_ASC_NULLS_FIRST',
  SourceKindAscNullsLast: 'sourceKind_ASC_NULLS_LAST',
  SourceKindDesc: 'sourceKind_DESC',
  SourceKindDescNullsFirst: 'sourceKind_DESC_NULLS_FIRST',
  SourceKindDescNullsLast: 'sourceKind_DESC_NULLS_LAST',
  SourceAsc: 'source_ASC',
  SourceAscNullsFirst: 'source_ASC_NULLS_FIRST',
  SourceAscNullsLast: 'source_ASC_NULLS_LAST',
  SourceDesc: 'source_DESC',
  SourceDescNullsFirst: 'source_DESC_NULLS_FIRST',
  SourceDescNullsLast: 'source_DESC_NULLS_LAST',
  TimestampAsc: 'timestamp_ASC',
  TimestampAscNullsFirst: 'timestamp_ASC_NULLS_FIRST',
  TimestampAscNullsLast: 'timestamp_ASC_NULLS_LAST',
  TimestampDesc: 'timestamp_DESC',
  TimestampDescNullsFirst: 'timestamp_DESC_NULLS_FIRST',
  TimestampDescNullsLast: 'timestamp_DESC_NULLS_LAST',
  TxHashAsc: 'txHash_ASC',
  TxHashAscNullsFirst: 'txHash_ASC_NULLS_FIRST',
  TxHashAscNullsLast: 'txHash_ASC_NULLS_LAST',
  TxHashDesc: 'txHash_DESC',
  TxHashDescNullsFirst: 'txHash_DESC_NULLS_FIRST',
  TxHashDescNullsLast: 'txHash_DESC_NULLS_LAST'
} as const;

export type UnlockOrderByInput = typeof UnlockOrderByInput[keyof typeof UnlockOrderByInput];
export type UnlockWhereInput = {
  AND?: Array<UnlockWhereInput> | null | undefined;
  OR?: Array<UnlockWhereInput> | null | undefined;
  allocation_contains?: string | null | undefined;
  allocation_containsInsensitive?: string | null | undefined;
  allocation_endsWith?: string | null | undefined;
  allocation_eq?: string | null | undefined;
  allocation_gt?: string | null | undefined;
  allocation_gte?: string | null | undefined;
  allocation_in?: Array<string> | null | undefined;
  allocation_isNull?: boolean | null | undefined;
  allocation_lt?: string | null | undefined;
  allocation_lte?: string | null | undefined;
  allocation_not_contains?: string | null | undefined;
  allocation_not_containsInsensitive?: string | null | undefined;
  allocation_not_endsWith?: string | null | undefined;
  allocation_not_eq?: string | null | undefined;
  allocation_not_in?: Array<string> | null | undefined;
  allocation_not_startsWith?: string | null | undefined;
  allocation_startsWith?: string | null | undefined;
  amount_eq?: string | null | undefined;
  amount_gt?: string | null | undefined;
  amount_gte?: string | null | undefined;
  amount_in?: Array<string> | null | undefined;
  amount_isNull?: boolean | null | undefined;
  amount_lt?: string | null | undefined;
  amount_lte?: string | null | undefined;
  amount_not_eq?: string | null | undefined;
  amount_not_in?: Array<string> | null | undefined;
  beneficiary_contains?: string | null | undefined;
  beneficiary_containsInsensitive?: string | null | undefined;
  beneficiary_endsWith?: string | null | undefined;
  beneficiary_eq?: string | null | undefined;
  beneficiary_gt?: string | null | undefined;
  beneficiary_gte?: string | null | undefined;
  beneficiary_in?: Array<string> | null | undefined;
  beneficiary_isNull?: boolean | null | undefined;
  beneficiary_lt?: string | null | undefined;
  beneficiary_lte?: string | null | undefined;
  beneficiary_not_contains?: string | null | undefined;
  beneficiary_not_containsInsensitive?: string | null | undefined;
  beneficiary_not_endsWith?: string | null | undefined;
  beneficiary_not_eq?: string | null | undefined;
  beneficiary_not_in?: Array<string> | null | undefined;
  beneficiary_not_startsWith?: string | null | undefined;
  beneficiary_startsWith?: string | null | undefined;
  blockNumber_eq?: number | null | undefined;
  blockNumber_gt?: number | null | undefined;
  blockNumber_gte?: number | null | undefined;
  blockNumber_in?: Array<number> | null | undefined;
  blockNumber_isNull?: boolean | null | undefined;
  blockNumber_lt?: number | null | undefined;
  blockNumber_lte?: number | null | undefined;
  blockNumber_not_eq?: number | null | undefined;
  blockNumber_not_in?: Array<number> | null | undefined;
  id_contains?: string | null | undefined;
  id_containsInsensitive?: string | null | undefined;
  id_endsWith?: string | null | undefined;
  id_eq?: string | null | undefined;
  id_gt?: string | null | undefined;
  id_gte?: string | null | undefined;
  id_in?: Array<string> | null | undefined;
  id_isNull?: boolean | null | undefined;
  id_lt?: string | null | undefined;
  id_lte?: string | null | undefined;
  id_not_contains?: string | null | undefined;
  id_not_containsInsensitive?: string | null | undefined;
  id_not_endsWith?: string | null | undefined;
  id_not_eq?: string | null | undefined;
  id_not_in?: Array<string> | null | undefined;
  id_not_startsWith?: string | null | undefined;
  id_startsWith?: string | null | undefined;
  sourceKind_contains?: string | null | undefined;
  sourceKind_containsInsensitive?: string | null | undefined;
  sourceKind_endsWith?: string | null | undefined;
  sourceKind_eq?: string | null | undefined;
  sourceKind_gt?: string | null | undefined;
  sourceKind_gte?: string | null | undefined;
  sourceKind_in?: Array<string> | null | undefined;
  sourceKind_isNull?: boolean | null | undefined;
  sourceKind_lt?: string | null | undefined;
  sourceKind_lte?: string | null | undefined;
  sourceKind_not_contains?: string | null | undefined;
  sourceKind_not_containsInsensitive?: string | null | undefined;
  sourceKind_not_endsWith?: string | null | undefined;
  sourceKind_not_eq?: string | null | undefined;
  sourceKind_not_in?: Array<string> | null | undefined;
  sourceKind_not_startsWith?: string | null | undefined;
  sourceKind_startsWith?: string | null | undefined;
  source_contains?: string | null | undefined;
  source_containsInsensitive?: string | null | undefined;
  source_endsWith?: string | null | undefined;
  source_eq?: string | null | undefined;
  source_gt?: string | null | undefined;
  source_gte?: string | null | undefined;
  source_in?: Array<string> | null | undefined;
  source_isNull?: boolean | null | undefined;
  source_lt?: string | null | undefined;
  source_lte?: string | null | undefined;
  source_not_contains?: string | null | undefined;
  source_not_containsInsensitive?: string | null | undefined;
  source_not_endsWith?: string | null | undefined;
  source_not_eq?: string | null | undefined;
  source_not_in?: Array<string> | null | undefined;
  source_not_startsWith?: string | null | undefined;
  source_startsWith?: string | null | undefined;
  timestamp_eq?: string | null | undefined;
  timestamp_gt?: string | null | undefined;
  timestamp_gte?: string | null | undefined;
  timestamp_in?: Array<string> | null | undefined;
  timestamp_isNull?: boolean | null | undefined;
  timestamp_lt?: string | null | undefined;
  timestamp_lte?: string | null | undefined;
  timestamp_not_eq?: string | null | undefined;
  timestamp_not_in?: Array<string> | null | undefined;
  txHash_contains?: string | null | undefined;
  txHash_containsInsensitive?: string | null | undefined;
  txHash_endsWith?: string | null | undefined;
  txHash_eq?: string | null | undefined;
  txHash_gt?: string | null | undefined;
  txHash_gte?: string | null | undefined;
  txHash_in?: Array<string> | null | undefined;
  txHash_isNull?: boolean | null | undefined;
  txHash_lt?: string | null | undefined;
  txHash_lte?: string | null | undefined;
  txHash_not_contains?: string | null | undefined;
  txHash_not_containsInsensitive?: string | null | undefined;
  txHash_not_endsWith?: string | null | undefined;
  txHash_not_eq?: string | null | undefined;
  txHash_not_in?: Array<string> | null | undefined;
  txHash_not_startsWith?: string | null | undefined;
  txHash_startsWith?: string | null | undefined;
};

/** Where an unlocked amount comes from. */
export const UnlockedBasis = {
  /** summed from indexed on-chain Unlock transfers out of the allocation's vesting contracts and distributors */
  Observed: 'OBSERVED',
  /** the typed schedule at the reference time: the allocation has no indexed unlocks */
  Projected: 'PROJECTED'
} as const;

export type UnlockedBasis = typeof UnlockedBasis[keyof typeof UnlockedBasis];
export type ValidatorWhereInput = {
  AND?: Array<ValidatorWhereInput> | null | undefined;
  OR?: Array<ValidatorWhereInput> | null | undefined;
  commissionChanges_every?: CommissionChangeWhereInput | null | undefined;
  commissionChanges_none?: CommissionChangeWhereInput | null | undefined;
  commissionChanges_some?: CommissionChangeWhereInput | null | undefined;
  commissionRate_eq?: string | null | undefined;
  commissionRate_gt?: string | null | undefined;
  commissionRate_gte?: string | null | undefined;
  commissionRate_in?: Array<string> | null | undefined;
  commissionRate_isNull?: boolean | null | undefined;
  commissionRate_lt?: string | null | undefined;
  commissionRate_lte?: string | null | undefined;
  commissionRate_not_eq?: string | null | undefined;
  commissionRate_not_in?: Array<string> | null | undefined;
  createdAt_eq?: string | null | undefined;
  createdAt_gt?: string | null | undefined;
  createdAt_gte?: string | null | undefined;
  createdAt_in?: Array<string> | null | undefined;
  createdAt_isNull?: boolean | null | undefined;
  createdAt_lt?: string | null | undefined;
  createdAt_lte?: string | null | undefined;
  createdAt_not_eq?: string | null | undefined;
  createdAt_not_in?: Array<string> | null | undefined;
  createdBlock_eq?: number | null | undefined;
  createdBlock_gt?: number | null | undefined;
  createdBlock_gte?: number | null | undefined;
  createdBlock_in?: Array<number> | null | undefined;
  createdBlock_isNull?: boolean | null | undefined;
  createdBlock_lt?: number | null | undefined;
  createdBlock_lte?: number | null | undefined;
  createdBlock_not_eq?: number | null | undefined;
  createdBlock_not_in?: Array<number> | null | undefined;
  delegations_every?: DelegationWhereInput | null | undefined;
  delegations_none?: DelegationWhereInput | null | undefined;
  delegations_some?: DelegationWhereInput | null | undefined;
  delegatorCount_eq?: number | null | undefined;
  delegatorCount_gt?: number | null | undefined;
  delegatorCount_gte?: number | null | undefined;
  delegatorCount_in?: Array<number> | null | undefined;
  delegatorCount_isNull?: boolean | null | undefined;
  delegatorCount_lt?: number | null | undefined;
  delegatorCount_lte?: number | null | undefined;
  delegatorCount_not_eq?: number | null | undefined;
  delegatorCount_not_in?: Array<number> | null | undefined;
  delegatorShares_eq?: string | null | undefined;
  delegatorShares_gt?: string | null | undefined;
  delegatorShares_gte?: string | null | undefined;
  delegatorShares_in?: Array<string> | null | undefined;
  delegatorShares_isNull?: boolean | null | undefined;
  delegatorShares_lt?: string | null | undefined;
  delegatorShares_lte?: string | null | undefined;
  delegatorShares_not_eq?: string | null | undefined;
  delegatorShares_not_in?: Array<string> | null | undefined;
  id_contains?: string | null | undefined;
  id_containsInsensitive?: string | null | undefined;
  id_endsWith?: string | null | undefined;
  id_eq?: string | null | undefined;
  id_gt?: string | null | undefined;
  id_gte?: string | null | undefined;
  id_in?: Array<string> | null | undefined;
  id_isNull?: boolean | null | undefined;
  id_lt?: string | null | undefined;
  id_lte?: string | null | undefined;
  id_not_contains?: string | null | undefined;
  id_not_containsInsensitive?: string | null | undefined;
  id_not_endsWith?: string | null | undefined;
  id_not_eq?: string | null | undefined;
  id_not_in?: Array<string> | null | undefined;
  id_not_startsWith?: string | null | undefined;
  id_startsWith?: string | null | undefined;
  jailCount_eq?: number | null | undefined;
  jailCount_gt?: number | null | undefined;
  jailCount_gte?: number | null | undefined;
  jailCount_in?: Array<number> | null | undefined;
  jailCount_isNull?: boolean | null | undefined;
  jailCount_lt?: number | null | undefined;
  jailCount_lte?: number | null | undefined;
  jailCount_not_eq?: number | null | undefined;
  jailCount_not_in?: Array<number> | null | undefined;
  jailed_eq?: boolean | null | undefined;
  jailed_isNull?: boolean | null | undefined;
  jailed_not_eq?: boolean | null | undefined;
  maxCommissionRate_eq?: string | null | undefined;
  maxCommissionRate_gt?: string | null | undefined;
  maxCommissionRate_gte?: string | null | undefined;
  maxCommissionRate_in?: Array<string> | null | undefined;
  maxCommissionRate_isNull?: boolean | null | undefined;
  maxCommissionRate_lt?: string | null | undefined;
  maxCommissionRate_lte?: string | null | undefined;
  maxCommissionRate_not_eq?: string | null | undefined;
  maxCommissionRate_not_in?: Array<string> | null | undefined;
  minSelfDelegation_eq?: string | null | undefined;
  minSelfDelegation_gt?: string | null | undefined;
  minSelfDelegation_gte?: string | null | undefined;
  minSelfDelegation_in?: Array<string> | null | undefined;
  minSelfDelegation_isNull?: boolean | null | undefined;
  minSelfDelegation_lt?: string | null | undefined;
  minSelfDelegation_lte?: string | null | undefined;
  minSelfDelegation_not_eq?: string | null | undefined;
  minSelfDelegation_not_in?: Array<string> | null | undefined;
  moniker_contains?: string | null | undefined;
  moniker_containsInsensitive?: string | null | undefined;
  moniker_endsWith?: string | null | undefined;
  moniker_eq?: string | null | undefined;
  moniker_gt?: string | null | undefined;
  moniker_gte?: string | null | undefined;
  moniker_in?: Array<string> | null | undefined;
  moniker_isNull?: boolean | null | undefined;
  moniker_lt?: string | null | undefined;
  moniker_lte?: string | null | undefined;
  moniker_not_contains?: string | null | undefined;
  moniker_not_containsInsensitive?: string | null | undefined;
  moniker_not_endsWith?: string | null | undefined;
  moniker_not_eq?: string | null | undefined;
  moniker_not_in?: Array<string> | null | undefined;
  moniker_not_startsWith?: string | null | undefined;
  moniker_startsWith?: string | null | undefined;
  selfBond_eq?: string | null | undefined;
  selfBond_gt?: string | null | undefined;
  selfBond_gte?: string | null | undefined;
  selfBond_in?: Array<string> | null | undefined;
  selfBond_isNull?: boolean | null | undefined;
  selfBond_lt?: string | null | undefined;
  selfBond_lte?: string | null | undefined;
  selfBond_not_eq?: string | null | undefined;
  selfBond_not_in?: Array<string> | null | undefined;
  slashCount_eq?: number | null | undefined;
  slashCount_gt?: number | null | undefined;
  slashCount_gte?: number | null | undefined;
  slashCount_in?: Array<number> | null | undefined;
  slashCount_isNull?: boolean | null | undefined;
  slashCount_lt?: number | null | undefined;
  slashCount_lte?: number | null | undefined;
  slashCount_not_eq?: number | null | undefined;
  slashCount_not_in?: Array<number> | null | undefined;
  stateBlock_eq?: number | null | undefined;
  stateBlock_gt?: number | null | undefined;
  stateBlock_gte?: number | null | undefined;
  stateBlock_in?: Array<number> | null | undefined;
  stateBlock_isNull?: boolean | null | undefined;
  stateBlock_lt?: number | null | undefined;
  stateBlock_lte?: number | null | undefined;
  stateBlock_not_eq?: number | null | undefined;
  stateBlock_not_in?: Array<number> | null | undefined;
  status_contains?: string | null | undefined;
  status_containsInsensitive?: string | null | undefined;
  status_endsWith?: string | null | undefined;
  status_eq?: string | null | undefined;
  status_gt?: string | null | undefined;
  status_gte?: string | null | undefined;
  status_in?: Array<string> | null | undefined;
  status_isNull?: boolean | null | undefined;
  status_lt?: string | null | undefined;
  status_lte?: string | null | undefined;
  status_not_contains?: string | null | undefined;
  status_not_containsInsensitive?: string | null | undefined;
  status_not_endsWith?: string | null | undefined;
  status_not_eq?: string | null | undefined;
  status_not_in?: Array<string> | null | undefined;
  status_not_startsWith?: string | null | undefined;
  status_startsWith?: string | null | undefined;
  tokens_eq?: string | null | undefined;
  tokens_gt?: string | null | undefined;
  tokens_gte?: string | null | undefined;
  tokens_in?: Array<string> | null | undefined;
  tokens_isNull?: boolean | null | undefined;
  tokens_lt?: string | null | undefined;
  tokens_lte?: string | null | undefined;
  tokens_not_eq?: string | null | undefined;
  tokens_not_in?: Array<string> | null | undefined;
  totalSlashed_eq?: string | null | undefined;
  totalSlashed_gt?: string | null | undefined;
  totalSlashed_gte?: string | null | undefined;
  totalSlashed_in?: Array<string> | null | undefined;
  totalSlashed_isNull?: boolean | null | undefined;
  totalSlashed_lt?: string | null | undefined;
  totalSlashed_lte?: string | null | undefined;
  totalSlashed_not_eq?: string | null | undefined;
  totalSlashed_not_in?: Array<string> | null | undefined;
};

export const VerificationStatus = {
  /** the blob is past its Walrus storage period (or the aggregator answers 503 BLOB_UNAVAILABLE): not evidence of a bad proof, excluded from failure rates */
  Expired: 'EXPIRED',
  /** the blob is corrupt: wrong root, malformed, or it contradicts the event */
  Invalid: 'INVALID',
  /** the blob could not be fetched after every retry */
  Missing: 'MISSING',
  /** the payload rebuilt the root but at least one TEE signature failed */
  Partial: 'PARTIAL',
  /** waiting for the blob (retried with backoff) */
  Pending: 'PENDING',
  /** nothing was published to verify (legacy kinds, hub inferences), or the TEE's key could not be read (reason key-unknown) */
  Unverifiable: 'UNVERIFIABLE',
  /** the blob rebuilt the on-chain root (batch) or matched the event (individual) and every signature verified */
  Verified: 'VERIFIED'
} as const;

export type VerificationStatus = typeof VerificationStatus[keyof typeof VerificationStatus];
export type AddressKindQueryVariables = Exact<{
  address: string;
}>;


export type AddressKindQuery = { accountKind: { address: string, opgBalance: string | null, opgBalanceSource: string, chains: Array<{ chain: ChainName, chainReads: boolean, kind: AddressKind }> } };

export type VestingScheduleQueryVariables = Exact<{
  address: string;
}>;


export type VestingScheduleQuery = { vestingSchedule: { address: string, label: string | null, sourceKind: string, allocation: string, allocationLabel: string, allocationFrom: string, kind: AllocationKind, beneficiary: string | null, beneficiaryCount: number, topBeneficiaries: Array<string>, start: string, cliffDate: string | null, cliffMonths: number, vestingMonths: number, durationDays: number, vestingEnd: string | null, tgePercent: number, holdings: string, holdingsPercentOfAllocation: number | null, released: string, releases: number, remaining: string, scheduledReleased: string, releasableNow: string, firstRelease: string | null, lastRelease: string | null, asOf: string, nextRelease: { date: string, until: string, kind: UnlockEventKind, amount: string } | null } | null };

export type AccountQueryVariables = Exact<{
  id: string;
}>;


export type AccountQuery = { accountById: { id: string, balance: string, label: string | null, category: string | null, circulating: boolean, firstSeenAt: string, firstSeenBlock: number, lastSeenAt: string, transfersIn: number, transfersOut: number, paidTotal: string, paymentsMade: number, receivedTotal: string, paymentsReceived: number, firstPaymentAt: string | null } | null, validatorById: { id: string, moniker: string | null, jailed: boolean, tokens: string } | null, teeNodes: Array<{ id: string, endpoint: string | null, enabled: boolean, owner: string, paymentAddress: string | null, uptime: number }>, delegations: Array<{ id: string, amount: string, shares: string, createdAt: string, updatedAt: string, validator: { id: string, moniker: string | null, jailed: boolean } }>, recentTransfers: Array<{ timestamp: string, amount: string, from: { id: string }, to: { id: string } }>, baseEnd: Array<{ date: string }> };

export type BlockQueryVariables = Exact<{
  chain: ChainName;
  number: number;
  txOffset: number;
  txLimit: number;
}>;


export type BlockQuery = { block: { chain: ChainName, number: number, chainReads: boolean, hash: string | null, parentHash: string | null, timestamp: string | null, txCount: number | null, gasUsed: string | null, gasLimit: string | null, baseFeePerGas: string | null, miner: string | null, confirmations: number | null, transactions: Array<{ hash: string, from: string, to: string | null, value: string, blockNumber: number, method: { selector: string, name: string | null } | null }> } | null };

export type LatestChainQueryVariables = Exact<{
  chain: ChainName;
  limit: number;
}>;


export type LatestChainQuery = { latestBlocks: { chain: ChainName, chainReads: boolean, head: number | null, blocks: Array<{ number: number, hash: string, timestamp: string, txCount: number, gasUsed: string, miner: string }> }, latestTransactions: { chain: ChainName, chainReads: boolean, transactions: Array<{ hash: string, from: string, to: string | null, value: string, blockNumber: number, timestamp: string | null, method: { selector: string, name: string | null } | null }> } };

export type OrganicUsageQueryVariables = Exact<{
  from: string;
  to: string;
  interval: PeriodInterval;
}>;


export type OrganicUsageQuery = { payerCohorts: { interval: PeriodInterval, from: string | null, to: string | null, periods: Array<{ t: string, payers: number, newPayers: number, returningPayers: number }>, cohorts: Array<{ t: string, size: number, retention: Array<{ offset: number, t: string, wallets: number, share: number }> }> }, payerConcentration: { topN: number, overall: { payers: number, payments: number, opg: string, topPayments: number, topOpg: string, topPaymentsShare: number | null, topOpgShare: number | null, paymentsPerWalletMean: number | null, paymentsPerWalletMedian: number | null }, periods: Array<{ t: string | null, payers: number, payments: number, topPaymentsShare: number | null, topOpgShare: number | null, paymentsPerWalletMean: number | null, paymentsPerWalletMedian: number | null }> }, usageSpikes: { window: number, k: number, rule: string, spikes: Array<{ t: string, value: number, baseline: number | null, threshold: number | null, payments: number, newWalletPayments: number, newWalletPaymentShare: number | null, newWallets: number, newWalletsNotReturned: number, notReturnedShare: number | null, daysObservedAfter: number }> } };

export type AccountUsageProfileQueryVariables = Exact<{
  id: string;
}>;


export type AccountUsageProfileQuery = { accountUsage: { account: string, payments: number, paidOpg: string, activeDays: number, distinctTees: number, firstPaymentAt: string | null, lastPaymentAt: string | null, networkPayments: string, networkOpg: string, paymentShare: number | null, opgShare: number | null, fundedBy: { transferId: string, from: string, fromLabel: string | null, fromCategory: string | null, allocation: string | null, amount: string, timestamp: string, txHash: string } | null } };

export type DataEndQueryVariables = Exact<{ [key: string]: never; }>;


export type DataEndQuery = { dailyStats: Array<{ date: string }> };

export type OverviewHeadlineQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewHeadlineQuery = { proofs: { total: { settled: number, verified: number, invalid: number, pending: number, unverifiable: number, verifiedShare: number | null } }, settledInferences: { declared: number, expanded: number, notExpanded: number, inUnreadableBatches: number, unreadableBatches: number, inPendingBatches: number, pendingBatches: number, inLegacyBatches: number, legacyBatches: number }, payingWallets: { totalCount: number }, enabledTees: { totalCount: number }, recent: Array<{ date: string, settlements: number | null, heartbeats: number | null, stakingEvents: number | null, transfers: number | null, payments: number | null, payingWallets: number | null, activeTees: number | null, circulatingSupply: string | null }>, lastPrice: Array<{ start: string, close: string }>, allTimeHigh: Array<{ start: string, high: string }>, pressure: { at: string, nextCliff: { date: string, daysUntil: number, allocations: Array<string> } | null } };

export type PaymentsQueryVariables = Exact<{
  where?: PaymentWhereInput | null | undefined;
  orderBy: Array<PaymentOrderByInput> | PaymentOrderByInput;
  first: number;
  after?: string | null | undefined;
}>;


export type PaymentsQuery = { paymentsConnection: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, txHash: string, blockNumber: number, timestamp: string, scheme: PaymentScheme, facilitator: string | null, amount: string, amountUsd: string, teeId: string | null, withPermit: boolean, payer: { id: string, label: string | null }, payee: { id: string, label: string | null, category: string | null } } }> } };

export type ProofCoverageQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type ProofCoverageQuery = { byMode: { source: string, rows: Array<{ key: string, settled: number, verified: number, invalid: number, pending: number, unverifiable: number, verifiedShare: number | null }>, total: { settled: number, verified: number, invalid: number, pending: number, unverifiable: number, verifiedShare: number | null } }, byTee: { rows: Array<{ key: string, settled: number, verified: number, invalid: number, pending: number, unverifiable: number, verifiedShare: number | null }> } };

export type SearchQueryVariables = Exact<{
  q: string;
}>;


export type SearchQuery = { search: { query: string, shape: string, hits: Array<{ kind: SearchHitKind, id: string, label: string, route: string, chain: string | null }> } };

export type InferenceProofQueryVariables = Exact<{
  id: string;
}>;


export type InferenceProofQuery = { inferenceProof: { inferenceId: string, settlementId: string, settlementKind: SettlementKind, leafIndex: number, leafCount: number, pathSource: string, leafEncoded: string | null, leafHash: string | null, proof: Array<string> | null, rebuiltRoot: string | null, onChainRoot: string | null, rootMatches: boolean | null, blobId: string | null, blobUrl: string | null, teeId: string | null, signedMessage: string | null, messageHash: string | null, signature: string | null, publicKey: string | null, keyMatchesTeeId: boolean | null, pcrHash: string | null, script: string | null, notes: Array<string> } | null };

export type SettledInferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type SettledInferencesQuery = { settledInferences: { declared: number, expanded: number, notExpanded: number, unreadableBatches: number, inUnreadableBatches: number, pendingBatches: number, inPendingBatches: number, legacyBatches: number, inLegacyBatches: number } };

export type UnexpandedBatchesQueryVariables = Exact<{
  q?: string | null | undefined;
  limit: number;
}>;


export type UnexpandedBatchesQuery = { unexpandedBatches: { count: number, inferences: number, match: { id: string, kind: SettlementKind, status: VerificationStatus, statusReason: string | null, batchSize: number, attempts: number, blockNumber: number, timestamp: string } | null, batches: Array<{ id: string, kind: SettlementKind, status: VerificationStatus, statusReason: string | null, batchSize: number, attempts: number, blockNumber: number, timestamp: string }> } };

export type SettlementsQueryVariables = Exact<{
  where?: SettlementWhereInput | null | undefined;
  orderBy: Array<SettlementOrderByInput> | SettlementOrderByInput;
  first: number;
  after?: string | null | undefined;
}>;


export type SettlementsQuery = { settlementsConnection: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, kind: SettlementKind, status: VerificationStatus, statusReason: string | null, txHash: string, blockNumber: number, timestamp: string, merkleRoot: string | null, batchSize: number | null, teeId: string | null, inferenceCount: number, validSignatures: number, invalidSignatures: number, attempts: number, nextAttemptAt: string | null } }> } };

export type InferencesQueryVariables = Exact<{
  where?: InferenceWhereInput | null | undefined;
  orderBy: Array<InferenceOrderByInput> | InferenceOrderByInput;
  first: number;
  after?: string | null | undefined;
}>;


export type InferencesQuery = { inferencesConnection: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, kind: SettlementKind, mode: InferenceMode, status: VerificationStatus, leafIndex: number, teeId: string | null, inputHash: string | null, outputHash: string | null, signatureValid: boolean | null, model: string | null, blockNumber: number, timestamp: string, txHash: string, settlement: { id: string, inferenceCount: number } } }> } };

export type SettlementQueryVariables = Exact<{
  id: string;
  leafLimit: number;
  leafOffset: number;
}>;


export type SettlementQuery = { settlementById: { id: string, kind: SettlementKind, relay: string, txHash: string, blockNumber: number, timestamp: string, merkleRoot: string | null, batchSize: number | null, blobId: string | null, teeId: string | null, ethAddress: string | null, status: VerificationStatus, statusReason: string | null, attempts: number, nextAttemptAt: string | null, verifiedAt: string | null, inferenceCount: number, validSignatures: number, invalidSignatures: number, teeNode: { id: string, endpoint: string | null, enabled: boolean, paymentAddress: string | null } | null, inferences: Array<{ id: string, leafIndex: number, teeId: string | null, inputHash: string | null, outputHash: string | null, teeTimestamp: string | null, signature: string | null, signatureValid: boolean | null, status: VerificationStatus, mode: InferenceMode, model: string | null, ethAddress: string | null }> } | null };

export type InferenceQueryVariables = Exact<{
  id: string;
}>;


export type InferenceQuery = { inferenceById: { id: string, kind: SettlementKind, leafIndex: number, teeId: string | null, inputHash: string | null, outputHash: string | null, teeTimestamp: string | null, signature: string | null, signatureValid: boolean | null, status: VerificationStatus, mode: InferenceMode, model: string | null, ethAddress: string | null, blockNumber: number, timestamp: string, txHash: string, teeNode: { id: string, endpoint: string | null, enabled: boolean, paymentAddress: string | null, owner: string } | null, settlement: { id: string, kind: SettlementKind, merkleRoot: string | null, batchSize: number | null, blobId: string | null, status: VerificationStatus, statusReason: string | null, inferenceCount: number, relay: string, attempts: number, nextAttemptAt: string | null, validSignatures: number, invalidSignatures: number } } | null };

export type CandidatePaymentsQueryVariables = Exact<{
  payer: string;
  teeId: string;
  before: string;
}>;


export type CandidatePaymentsQuery = { payments: Array<{ id: string, txHash: string, blockNumber: number, timestamp: string, amount: string, amountUsd: string, scheme: PaymentScheme }> };

export type ValidatorRankingQueryVariables = Exact<{ [key: string]: never; }>;


export type ValidatorRankingQuery = { validatorRanking: { asOf: string, totalStake: string, networkSlashRate: number, slashFraction: number, priorYears: number, priorRisk: number, networkCommissionRate: number, networkCommissionRiseRate: number, grossRewardYield: number, rewardWindowDays: number, weights: { slashing: number, jailing: number, downtime: number, commission: number, selfBond: number, concentration: number }, validators: Array<{ rank: number, rankNote: string | null, stake: string, stakeShare: number, selfBond: string, selfBondShare: number, commissionRate: string, maxCommissionRate: string | null, commissionIncrease90d: number, delegatorCount: number, expectedCommission: number, inflow30d: string, outflow30d: string, netFlow30d: string, slashCount: number, jailCount: number, jailed: boolean, totalSlashed: string, teeUptime: number | null, ageYears: number, confidence: number, recordRisk: number, risk: number, annualSlashProbability: number, slashFraction: number, expectedLossPer1000: number, earning: boolean, expectedRewardPer1000: number, netPer1000: number, commissionTrend: { fromRate: number, toRate: number, rises: number, cuts: number, maxObservedRate: number, maxRise: number, weightedRise: number, spanYears: number }, components: { slashing: number, jailing: number, downtime: number, commission: number, selfBond: number, concentration: number }, validator: { id: string, moniker: string | null, status: string, createdAt: string }, teeNodes: Array<{ id: string, uptime: number, enabled: boolean, endpoint: string | null }> }> } };

export type RiskMethodologyQueryVariables = Exact<{ [key: string]: never; }>;


export type RiskMethodologyQuery = { score: { description: string | null } | null, components: { fields: Array<{ name: string, description: string | null }> | null } | null };

export type ValidatorQueryVariables = Exact<{
  id: string;
}>;


export type ValidatorQuery = { validatorById: { id: string, moniker: string | null, commissionRate: string, maxCommissionRate: string | null, minSelfDelegation: string, tokens: string, delegatorShares: string, jailed: boolean, status: string, delegatorCount: number, selfBond: string, createdAt: string, createdBlock: number, slashCount: number, jailCount: number, totalSlashed: string, stateBlock: number, commissionChanges: Array<{ id: string, rate: string, previousRate: string, timestamp: string, blockNumber: number, txHash: string }> } | null, events: Array<{ id: string, kind: StakingEventKind, delegator: string | null, amount: string | null, completionTime: string | null, timestamp: string, blockNumber: number, txHash: string | null, detectedBy: string, validator: { id: string, moniker: string | null } | null, dstValidator: { id: string, moniker: string | null } | null }>, teeNodes: Array<{ id: string, endpoint: string | null, enabled: boolean, uptime: number, lastHeartbeatAt: string | null }> };

export type ValidatorIncidentsQueryVariables = Exact<{
  id: string;
}>;


export type ValidatorIncidentsQuery = { validatorIncidents: { validator: string, jailed: boolean, incidents: Array<{ id: string, kind: StakingIncidentKind, timestamp: string, blockNumber: number, detectedBy: string, reason: string | null, reasonNote: string, slashedAmount: string | null, stakeBefore: string | null, slashFraction: number | null, lossPer1000: number | null, lossSource: string | null, jailedUntil: string | null, jailedUntilSource: string | null, unjailedAt: string | null }> } | null };

export type CommissionLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type CommissionLimitsQuery = { commissionLimits: { minRate: number, maxRate: number, maxChangeRate: number, perValidatorLimitsIndexed: boolean, source: string, validators: Array<{ validator: string, commissionRate: number, changes: number, largestDailyChange: number, largestDailyChangeAt: string | null, changesOverMax: number, exceedsMaxChange: boolean, outsideRange: boolean }> } };

export type ValidatorDelegationsQueryVariables = Exact<{
  where?: DelegationWhereInput | null | undefined;
  orderBy: Array<DelegationOrderByInput> | DelegationOrderByInput;
  first: number;
  after?: string | null | undefined;
}>;


export type ValidatorDelegationsQuery = { delegationsConnection: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, delegator: string, amount: string, shares: string, createdAt: string, updatedAt: string } }> } };

export type IndexStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type IndexStatusQuery = { squidStatus: { height: number | null, og: { height: number, hash: string } | null, base: { height: number, hash: string } | null } };

export type SupplyScheduleQueryVariables = Exact<{
  interval: ScheduleInterval;
}>;


export type SupplyScheduleQuery = { supplySchedule: { totalSupply: string, observedUntil: string | null, forecastAssumes: Array<string>, nextCliff: { date: string, daysUntil: number, allocations: Array<string> } | null, allocations: Array<{ id: string, label: string, shareBps: number, published: boolean, note: string, points: Array<{ t: string, projected: string, observed: string | null }> }>, circulating: Array<{ t: string, projectedPercent: number, observedPercent: number | null, forecastPercent: number | null, unclaimedAirdropPercent: number }> } };

export type UnlockPressureQueryVariables = Exact<{
  windowDays: number;
}>;


export type UnlockPressureQuery = { unlockPressure: { at: string, windowDays: number, trailingDays: number, revenueUsd: string, dailyRevenueUsd: string, priceUsd: string | null, unlockingOpg: string, unlockingUsd: string | null, coverageRatio: number | null, cliffWindowOpg: string | null, cliffWindowUsd: string | null, daysOfUsageToAbsorbCliff: number | null, byAllocation: Array<{ id: string, label: string, amount: string }>, nextCliff: { date: string, daysUntil: number, allocations: Array<string> } | null } };

export type TeeNodeFieldsFragment = { id: string, registry: string, owner: string, teeType: number, paymentAddress: string | null, endpoint: string | null, pcrHash: string | null, enabled: boolean, registeredAt: string, registeredBlock: number, lastHeartbeatAt: string | null, heartbeatCount: number, coveredSeconds: number, uptime: number, heartbeatMaxAge: number, inferenceCount: number, validator: { id: string, moniker: string | null } | null };

export type TeeNodesQueryVariables = Exact<{
  where?: TeeNodeWhereInput | null | undefined;
  orderBy: Array<TeeNodeOrderByInput> | TeeNodeOrderByInput;
  first: number;
  after?: string | null | undefined;
}>;


export type TeeNodesQuery = { teeNodesConnection: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, registry: string, owner: string, teeType: number, paymentAddress: string | null, endpoint: string | null, pcrHash: string | null, enabled: boolean, registeredAt: string, registeredBlock: number, lastHeartbeatAt: string | null, heartbeatCount: number, coveredSeconds: number, uptime: number, heartbeatMaxAge: number, inferenceCount: number, validator: { id: string, moniker: string | null } | null } }> }, latestHeartbeat: Array<{ timestamp: string }> };

export type TeeNodeQueryVariables = Exact<{
  id: string;
}>;


export type TeeNodeQuery = { teeNodeById: { publicKey: string | null, disabledSeconds: number, disabledAt: string | null, id: string, registry: string, owner: string, teeType: number, paymentAddress: string | null, endpoint: string | null, pcrHash: string | null, enabled: boolean, registeredAt: string, registeredBlock: number, lastHeartbeatAt: string | null, heartbeatCount: number, coveredSeconds: number, uptime: number, heartbeatMaxAge: number, inferenceCount: number, validator: { id: string, moniker: string | null } | null } | null, heartbeats: Array<{ id: string, timestamp: string, reportedAt: string, gapSeconds: number | null, disabledSeconds: number, blockNumber: number, txHash: string }>, latestHeartbeat: Array<{ timestamp: string }> };

export type PcrsQueryVariables = Exact<{
  registry: string;
}>;


export type PcrsQuery = { pcrs: Array<{ id: string, registry: string, pcrHash: string, teeType: number | null, version: string | null, active: boolean, approvedAt: string, approvedBlock: number, revokedAt: string | null, revokedBlock: number | null }> };

export type PcrQueryVariables = Exact<{
  pcrHash: string;
}>;


export type PcrQuery = { pcrs: Array<{ id: string, registry: string, pcrHash: string, teeType: number | null, version: string | null, active: boolean, approvedAt: string, approvedBlock: number, revokedAt: string | null, revokedBlock: number | null }>, teeNodes: Array<{ id: string, registry: string, owner: string, teeType: number, paymentAddress: string | null, endpoint: string | null, pcrHash: string | null, enabled: boolean, registeredAt: string, registeredBlock: number, lastHeartbeatAt: string | null, heartbeatCount: number, coveredSeconds: number, uptime: number, heartbeatMaxAge: number, inferenceCount: number, validator: { id: string, moniker: string | null } | null }>, latestHeartbeat: Array<{ timestamp: string }> };

export type TeePayeeQueryVariables = Exact<{
  id: string;
}>;


export type TeePayeeQuery = { accountById: { id: string, receivedTotal: string, paymentsReceived: number } | null };

export type OpgContractQueryVariables = Exact<{ [key: string]: never; }>;


export type OpgContractQuery = { opgToken: { address: string, chain: ChainName, decimals: number, source: string } };

export type AllocationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AllocationsQuery = { allocations: { asOf: string, totalSupply: string, circulating: string, circulatingBasis: UnlockedBasis, priceUsd: string | null, source: string, nextUnlock: { date: string, until: string, daysUntil: number, amount: string, allocations: Array<string>, supplyPercent: number, circulatingPercent: number | null, amountUsd: string | null } | null, allocations: Array<{ id: string, label: string, shareBps: number, total: string, unlocked: string, unlockedBasis: UnlockedBasis, projectedUnlocked: string, locked: string, kind: AllocationKind, tgePercent: number, vestingStart: string, cliffDate: string | null, vestingEnd: string | null, circulatingPercent: number | null, totalUsd: string | null, unlockedUsd: string | null, lockedUsd: string | null, published: boolean, note: string, nextUnlock: { date: string, until: string, kind: UnlockEventKind, amount: string, supplyPercent: number, circulatingPercent: number | null } | null }> } };

export type UnlockCalendarQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type UnlockCalendarQuery = { unlockCalendar: Array<{ date: string, until: string, allocation: string, label: string, kind: UnlockEventKind, amount: string, supplyPercent: number, circulatingPercent: number | null, amountUsd: string | null }> };

export type TokenSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type TokenSummaryQuery = { holders: { totalCount: number }, lastPrice: Array<{ start: string, close: string }>, latest: Array<{ date: string, circulatingSupply: string | null }>, unlocks: { totalCount: number } };

export type SupplySeriesQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type SupplySeriesQuery = { circulating: { unit: string, points: Array<{ t: string, value: string | null, filled: boolean }> }, unlocked: { unit: string, points: Array<{ t: string, value: string | null, filled: boolean }> } };

export type PriceCandlesQueryVariables = Exact<{
  interval: CandleInterval;
  from: string;
}>;


export type PriceCandlesQuery = { priceCandles: Array<{ start: string, open: string, high: string, low: string, close: string, volumeUsd: string, swaps: number }> };

export type LargestAccountsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type LargestAccountsQuery = { accountsConnection: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, label: string | null, category: string | null, circulating: boolean, balance: string, transfersIn: number, transfersOut: number, lastSeenAt: string } }> } };

export type TransfersQueryVariables = Exact<{
  where?: TransferWhereInput | null | undefined;
  orderBy: Array<TransferOrderByInput> | TransferOrderByInput;
  first: number;
  after?: string | null | undefined;
}>;


export type TransfersQuery = { transfersConnection: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, txHash: string, blockNumber: number, timestamp: string, amount: string, from: { id: string, label: string | null }, to: { id: string, label: string | null } } }> } };

export type UnlocksQueryVariables = Exact<{
  where?: UnlockWhereInput | null | undefined;
  orderBy: Array<UnlockOrderByInput> | UnlockOrderByInput;
  first: number;
  after?: string | null | undefined;
}>;


export type UnlocksQuery = { unlocksConnection: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, allocation: string, source: string, sourceKind: string, beneficiary: string, amount: string, timestamp: string, blockNumber: number, txHash: string } }> } };

export type ChainTransactionQueryVariables = Exact<{
  chain: ChainName;
  hash: string;
}>;


export type ChainTransactionQuery = { transaction: { chain: ChainName, hash: string, chainReads: boolean, found: boolean, status: ChainTxStatus | null, blockNumber: number | null, confirmations: number | null, timestamp: string | null, from: string | null, to: string | null, createdContract: string | null, value: string | null, gasUsed: string | null, effectiveGasPrice: string | null, executionFee: string | null, l1Fee: string | null, fee: string | null, method: { selector: string, name: string | null, signature: string | null } | null, logs: Array<{ logIndex: number, address: string, event: string | null, contract: string | null, signature: string | null, topics: Array<string>, data: string, args: Array<{ name: string, type: string, value: string, indexed: boolean, hashed: boolean }> | null }> } };

export type PaymentQueryVariables = Exact<{
  id: string;
}>;


export type PaymentQuery = { event: { id: string, txHash: string, blockNumber: number, timestamp: string, scheme: PaymentScheme, proxy: string, facilitator: string | null, amount: string, amountUsd: string, teeId: string | null, withPermit: boolean, payer: { id: string, label: string | null }, payee: { id: string, label: string | null, category: string | null } } | null };

export type TransferQueryVariables = Exact<{
  id: string;
}>;


export type TransferQuery = { event: { id: string, txHash: string, blockNumber: number, timestamp: string, amount: string, from: { id: string, label: string | null, category: string | null }, to: { id: string, label: string | null, category: string | null } } | null };

export type SwapQueryVariables = Exact<{
  id: string;
}>;


export type SwapQuery = { event: { id: string, txHash: string, blockNumber: number, timestamp: string, sender: string, recipient: string, amountOpg: string, amountUsdc: string, priceUsd: string, volumeUsd: string, tick: number, liquidity: string } | null };

export type StakingEventQueryVariables = Exact<{
  id: string;
}>;


export type StakingEventQuery = { event: { id: string, kind: StakingEventKind, delegator: string | null, amount: string | null, completionTime: string | null, timestamp: string, blockNumber: number, txHash: string | null, detectedBy: string, validator: { id: string, moniker: string | null } | null, dstValidator: { id: string, moniker: string | null } | null } | null };

export type HeartbeatQueryVariables = Exact<{
  id: string;
}>;


export type HeartbeatQuery = { event: { id: string, reportedAt: string, blockNumber: number, timestamp: string, txHash: string, gapSeconds: number | null, tee: { id: string, endpoint: string | null, heartbeatMaxAge: number } } | null };

export type UnlockQueryVariables = Exact<{
  id: string;
}>;


export type UnlockQuery = { event: { id: string, allocation: string, source: string, sourceKind: string, beneficiary: string, amount: string, timestamp: string, blockNumber: number, txHash: string } | null };

export type TransactionQueryVariables = Exact<{
  hash: string;
}>;


export type TransactionQuery = { settlements: Array<{ id: string, kind: SettlementKind, status: VerificationStatus, inferenceCount: number, merkleRoot: string | null, blockNumber: number, timestamp: string }>, heartbeats: Array<{ id: string, blockNumber: number, timestamp: string, reportedAt: string, tee: { id: string, endpoint: string | null } }>, stakingEvents: Array<{ id: string, kind: StakingEventKind, amount: string | null, delegator: string | null, blockNumber: number, timestamp: string, validator: { id: string, moniker: string | null } | null, dstValidator: { id: string, moniker: string | null } | null }>, commissionChanges: Array<{ id: string, rate: string, previousRate: string, blockNumber: number, timestamp: string, validator: { id: string, moniker: string | null } }>, payments: Array<{ id: string, scheme: PaymentScheme, amount: string, amountUsd: string, teeId: string | null, blockNumber: number, timestamp: string, payer: { id: string, label: string | null }, payee: { id: string, label: string | null } }>, transfers: Array<{ id: string, amount: string, blockNumber: number, timestamp: string, from: { id: string, label: string | null }, to: { id: string, label: string | null } }>, swaps: Array<{ id: string, amountOpg: string, amountUsdc: string, priceUsd: string, volumeUsd: string, blockNumber: number, timestamp: string, sender: string, recipient: string }>, unlocks: Array<{ id: string, allocation: string, amount: string, beneficiary: string, source: string, blockNumber: number, timestamp: string }> };

export type UsageOverTimeQueryVariables = Exact<{
  from: string;
  to: string;
  interval: TimeInterval;
  period: PeriodInterval;
  withSpikes: boolean;
}>;


export type UsageOverTimeQuery = { batch: { points: Array<{ t: string, value: string | null, filled: boolean }> }, individual: { points: Array<{ t: string, value: string | null, filled: boolean }> }, legacy: { points: Array<{ t: string, value: string | null, filled: boolean }> }, hub: { points: Array<{ t: string, value: string | null, filled: boolean }> }, payments: { points: Array<{ t: string, value: string | null, filled: boolean }> }, payingWallets: { points: Array<{ t: string, value: string | null, filled: boolean }> }, price: { points: Array<{ t: string, value: string | null, filled: boolean }> }, spikes?: { spikes: Array<{ t: string, newWalletPaymentShare: number | null }> } };

export type LiveSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveSubscription = { live: { settlementsTruncated: boolean, paymentsTruncated: boolean, missed: boolean, heads: { og: { height: number, hash: string, observedAt: string } | null, base: { height: number, hash: string, observedAt: string } | null }, newSettlements: Array<{ id: string, blockNumber: number }>, newPayments: Array<{ id: string, blockNumber: number }> } };

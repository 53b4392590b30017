import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Row } from '../db/db';
import type { ApiContext } from '../resolvers/context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A decimal number of any precision, as a string (USD values, prices, rates) */
  BigDecimal: { input: string; output: string | number; }
  /** An integer of any size, as a decimal string (token amounts are in the smallest unit: OPG wei) */
  BigInt: { input: string; output: string | bigint | number; }
  /** Binary data as 0x-prefixed lowercase hex */
  Bytes: { input: string; output: string | Buffer; }
  /** A point in time as an ISO 8601 string in UTC, e.g. 2026-05-01T00:00:00.000Z (inputs may be a bare date) */
  DateTime: { input: string; output: string | number | Date; }
  /** Any JSON value */
  JSON: { input: unknown; output: unknown; }
};

export type Account = {
  __typename?: 'Account';
  /** OPG wei */
  balance: Scalars['BigInt']['output'];
  /** vesting, distributor, treasury, staking-pool, bridge, dex-pool, exchange, x402-proxy, tee-payment, ... */
  category?: Maybe<Scalars['String']['output']>;
  /** false for addresses whose balance is excluded from circulating supply */
  circulating: Scalars['Boolean']['output'];
  firstPaymentAt?: Maybe<Scalars['DateTime']['output']>;
  firstSeenAt: Scalars['DateTime']['output'];
  firstSeenBlock: Scalars['Int']['output'];
  /** lowercase address */
  id: Scalars['String']['output'];
  label?: Maybe<Scalars['String']['output']>;
  lastSeenAt: Scalars['DateTime']['output'];
  /** x402 payments made, OPG wei */
  paidTotal: Scalars['BigInt']['output'];
  paymentsMade: Scalars['Int']['output'];
  paymentsReceived: Scalars['Int']['output'];
  /** x402 payments received, OPG wei */
  receivedTotal: Scalars['BigInt']['output'];
  transfersIn: Scalars['Int']['output'];
  transfersOut: Scalars['Int']['output'];
};

export type AccountEdge = {
  __typename?: 'AccountEdge';
  cursor: Scalars['String']['output'];
  node: Account;
};

/** The first inbound OPG transfer of an account. */
export type AccountFunding = {
  __typename?: 'AccountFunding';
  /** allocation id when the transfer was an unlock (vesting contract or distributor) */
  allocation?: Maybe<Scalars['String']['output']>;
  /** OPG wei */
  amount: Scalars['BigInt']['output'];
  from: Scalars['String']['output'];
  fromCategory?: Maybe<Scalars['String']['output']>;
  /** the sender's label, or the allocation's name when the transfer was an unlock */
  fromLabel?: Maybe<Scalars['String']['output']>;
  timestamp: Scalars['DateTime']['output'];
  transferId: Scalars['String']['output'];
  txHash: Scalars['String']['output'];
};

export type AccountKind = {
  __typename?: 'AccountKind';
  address: Scalars['String']['output'];
  chains: Array<AddressOnChain>;
  /** OPG wei held on Base, from the indexed Account row (the sum of indexed OPG transfers); null when no transfer touched the address */
  opgBalance?: Maybe<Scalars['BigInt']['output']>;
  /** where opgBalance comes from, in words */
  opgBalanceSource: Scalars['String']['output'];
};

export type AccountOrderByInput =
  | 'balance_ASC'
  | 'balance_ASC_NULLS_FIRST'
  | 'balance_ASC_NULLS_LAST'
  | 'balance_DESC'
  | 'balance_DESC_NULLS_FIRST'
  | 'balance_DESC_NULLS_LAST'
  | 'category_ASC'
  | 'category_ASC_NULLS_FIRST'
  | 'category_ASC_NULLS_LAST'
  | 'category_DESC'
  | 'category_DESC_NULLS_FIRST'
  | 'category_DESC_NULLS_LAST'
  | 'circulating_ASC'
  | 'circulating_ASC_NULLS_FIRST'
  | 'circulating_ASC_NULLS_LAST'
  | 'circulating_DESC'
  | 'circulating_DESC_NULLS_FIRST'
  | 'circulating_DESC_NULLS_LAST'
  | 'firstPaymentAt_ASC'
  | 'firstPaymentAt_ASC_NULLS_FIRST'
  | 'firstPaymentAt_ASC_NULLS_LAST'
  | 'firstPaymentAt_DESC'
  | 'firstPaymentAt_DESC_NULLS_FIRST'
  | 'firstPaymentAt_DESC_NULLS_LAST'
  | 'firstSeenAt_ASC'
  | 'firstSeenAt_ASC_NULLS_FIRST'
  | 'firstSeenAt_ASC_NULLS_LAST'
  | 'firstSeenAt_DESC'
  | 'firstSeenAt_DESC_NULLS_FIRST'
  | 'firstSeenAt_DESC_NULLS_LAST'
  | 'firstSeenBlock_ASC'
  | 'firstSeenBlock_ASC_NULLS_FIRST'
  | 'firstSeenBlock_ASC_NULLS_LAST'
  | 'firstSeenBlock_DESC'
  | 'firstSeenBlock_DESC_NULLS_FIRST'
  | 'firstSeenBlock_DESC_NULLS_LAST'
  | 'id_ASC'
  | 'id_ASC_NULLS_FIRST'
  | 'id_ASC_NULLS_LAST'
  | 'id_DESC'
  | 'id_DESC_NULLS_FIRST'
  | 'id_DESC_NULLS_LAST'
  | 'label_ASC'
  | 'label_ASC_NULLS_FIRST'
  | 'label_ASC_NULLS_LAST'
  | 'label_DESC'
  | 'label_DESC_NULLS_FIRST'
  | 'label_DESC_NULLS_LAST'
  | 'lastSeenAt_ASC'
  | 'lastSeenAt_ASC_NULLS_FIRST'
  | 'lastSeenAt_ASC_NULLS_LAST'
  | 'lastSeenAt_DESC'
  | 'lastSeenAt_DESC_NULLS_FIRST'
  | 'lastSeenAt_DESC_NULLS_LAST'
  | 'paidTotal_ASC'
  | 'paidTotal_ASC_NULLS_FIRST'
  | 'paidTotal_ASC_NULLS_LAST'
  | 'paidTotal_DESC'
  | 'paidTotal_DESC_NULLS_FIRST'
  | 'paidTotal_DESC_NULLS_LAST'
  | 'paymentsMade_ASC'
  | 'paymentsMade_ASC_NULLS_FIRST'
  | 'paymentsMade_ASC_NULLS_LAST'
  | 'paymentsMade_DESC'
  | 'paymentsMade_DESC_NULLS_FIRST'
  | 'paymentsMade_DESC_NULLS_LAST'
  | 'paymentsReceived_ASC'
  | 'paymentsReceived_ASC_NULLS_FIRST'
  | 'paymentsReceived_ASC_NULLS_LAST'
  | 'paymentsReceived_DESC'
  | 'paymentsReceived_DESC_NULLS_FIRST'
  | 'paymentsReceived_DESC_NULLS_LAST'
  | 'receivedTotal_ASC'
  | 'receivedTotal_ASC_NULLS_FIRST'
  | 'receivedTotal_ASC_NULLS_LAST'
  | 'receivedTotal_DESC'
  | 'receivedTotal_DESC_NULLS_FIRST'
  | 'receivedTotal_DESC_NULLS_LAST'
  | 'transfersIn_ASC'
  | 'transfersIn_ASC_NULLS_FIRST'
  | 'transfersIn_ASC_NULLS_LAST'
  | 'transfersIn_DESC'
  | 'transfersIn_DESC_NULLS_FIRST'
  | 'transfersIn_DESC_NULLS_LAST'
  | 'transfersOut_ASC'
  | 'transfersOut_ASC_NULLS_FIRST'
  | 'transfersOut_ASC_NULLS_LAST'
  | 'transfersOut_DESC'
  | 'transfersOut_DESC_NULLS_FIRST'
  | 'transfersOut_DESC_NULLS_LAST';

export type AccountUsage = {
  __typename?: 'AccountUsage';
  account: Scalars['String']['output'];
  /** distinct UTC days with a payment */
  activeDays: Scalars['Int']['output'];
  /** distinct TEE nodes paid */
  distinctTees: Scalars['Int']['output'];
  firstPaymentAt?: Maybe<Scalars['DateTime']['output']>;
  /** null when no OPG transfer into the account was indexed */
  fundedBy?: Maybe<AccountFunding>;
  lastPaymentAt?: Maybe<Scalars['DateTime']['output']>;
  /** OPG wei of every x402 payment indexed */
  networkOpg: Scalars['BigInt']['output'];
  /** every x402 payment indexed */
  networkPayments: Scalars['BigInt']['output'];
  /** paidOpg ÷ networkOpg */
  opgShare?: Maybe<Scalars['Float']['output']>;
  /** OPG wei paid */
  paidOpg: Scalars['BigInt']['output'];
  /** payments ÷ networkPayments */
  paymentShare?: Maybe<Scalars['Float']['output']>;
  /** x402 payments made */
  payments: Scalars['Int']['output'];
};

export type AccountWhereInput = {
  AND?: InputMaybe<Array<AccountWhereInput>>;
  OR?: InputMaybe<Array<AccountWhereInput>>;
  balance_eq?: InputMaybe<Scalars['BigInt']['input']>;
  balance_gt?: InputMaybe<Scalars['BigInt']['input']>;
  balance_gte?: InputMaybe<Scalars['BigInt']['input']>;
  balance_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  balance_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  balance_lt?: InputMaybe<Scalars['BigInt']['input']>;
  balance_lte?: InputMaybe<Scalars['BigInt']['input']>;
  balance_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  balance_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  category_contains?: InputMaybe<Scalars['String']['input']>;
  category_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  category_endsWith?: InputMaybe<Scalars['String']['input']>;
  category_eq?: InputMaybe<Scalars['String']['input']>;
  category_gt?: InputMaybe<Scalars['String']['input']>;
  category_gte?: InputMaybe<Scalars['String']['input']>;
  category_in?: InputMaybe<Array<Scalars['String']['input']>>;
  category_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  category_lt?: InputMaybe<Scalars['String']['input']>;
  category_lte?: InputMaybe<Scalars['String']['input']>;
  category_not_contains?: InputMaybe<Scalars['String']['input']>;
  category_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  category_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  category_not_eq?: InputMaybe<Scalars['String']['input']>;
  category_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  category_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  category_startsWith?: InputMaybe<Scalars['String']['input']>;
  circulating_eq?: InputMaybe<Scalars['Boolean']['input']>;
  circulating_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  circulating_not_eq?: InputMaybe<Scalars['Boolean']['input']>;
  firstPaymentAt_eq?: InputMaybe<Scalars['DateTime']['input']>;
  firstPaymentAt_gt?: InputMaybe<Scalars['DateTime']['input']>;
  firstPaymentAt_gte?: InputMaybe<Scalars['DateTime']['input']>;
  firstPaymentAt_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  firstPaymentAt_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  firstPaymentAt_lt?: InputMaybe<Scalars['DateTime']['input']>;
  firstPaymentAt_lte?: InputMaybe<Scalars['DateTime']['input']>;
  firstPaymentAt_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  firstPaymentAt_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  firstSeenAt_eq?: InputMaybe<Scalars['DateTime']['input']>;
  firstSeenAt_gt?: InputMaybe<Scalars['DateTime']['input']>;
  firstSeenAt_gte?: InputMaybe<Scalars['DateTime']['input']>;
  firstSeenAt_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  firstSeenAt_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  firstSeenAt_lt?: InputMaybe<Scalars['DateTime']['input']>;
  firstSeenAt_lte?: InputMaybe<Scalars['DateTime']['input']>;
  firstSeenAt_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  firstSeenAt_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  firstSeenBlock_eq?: InputMaybe<Scalars['Int']['input']>;
  firstSeenBlock_gt?: InputMaybe<Scalars['Int']['input']>;
  firstSeenBlock_gte?: InputMaybe<Scalars['Int']['input']>;
  firstSeenBlock_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  firstSeenBlock_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  firstSeenBlock_lt?: InputMaybe<Scalars['Int']['input']>;
  firstSeenBlock_lte?: InputMaybe<Scalars['Int']['input']>;
  firstSeenBlock_not_eq?: InputMaybe<Scalars['Int']['input']>;
  firstSeenBlock_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  id_contains?: InputMaybe<Scalars['String']['input']>;
  id_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_eq?: InputMaybe<Scalars['String']['input']>;
  id_gt?: InputMaybe<Scalars['String']['input']>;
  id_gte?: InputMaybe<Scalars['String']['input']>;
  id_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  id_lt?: InputMaybe<Scalars['String']['input']>;
  id_lte?: InputMaybe<Scalars['String']['input']>;
  id_not_contains?: InputMaybe<Scalars['String']['input']>;
  id_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_not_eq?: InputMaybe<Scalars['String']['input']>;
  id_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_startsWith?: InputMaybe<Scalars['String']['input']>;
  label_contains?: InputMaybe<Scalars['String']['input']>;
  label_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  label_endsWith?: InputMaybe<Scalars['String']['input']>;
  label_eq?: InputMaybe<Scalars['String']['input']>;
  label_gt?: InputMaybe<Scalars['String']['input']>;
  label_gte?: InputMaybe<Scalars['String']['input']>;
  label_in?: InputMaybe<Array<Scalars['String']['input']>>;
  label_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  label_lt?: InputMaybe<Scalars['String']['input']>;
  label_lte?: InputMaybe<Scalars['String']['input']>;
  label_not_contains?: InputMaybe<Scalars['String']['input']>;
  label_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  label_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  label_not_eq?: InputMaybe<Scalars['String']['input']>;
  label_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  label_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  label_startsWith?: InputMaybe<Scalars['String']['input']>;
  lastSeenAt_eq?: InputMaybe<Scalars['DateTime']['input']>;
  lastSeenAt_gt?: InputMaybe<Scalars['DateTime']['input']>;
  lastSeenAt_gte?: InputMaybe<Scalars['DateTime']['input']>;
  lastSeenAt_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  lastSeenAt_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  lastSeenAt_lt?: InputMaybe<Scalars['DateTime']['input']>;
  lastSeenAt_lte?: InputMaybe<Scalars['DateTime']['input']>;
  lastSeenAt_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  lastSeenAt_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  paidTotal_eq?: InputMaybe<Scalars['BigInt']['input']>;
  paidTotal_gt?: InputMaybe<Scalars['BigInt']['input']>;
  paidTotal_gte?: InputMaybe<Scalars['BigInt']['input']>;
  paidTotal_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  paidTotal_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  paidTotal_lt?: InputMaybe<Scalars['BigInt']['input']>;
  paidTotal_lte?: InputMaybe<Scalars['BigInt']['input']>;
  paidTotal_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  paidTotal_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  paymentsMade_eq?: InputMaybe<Scalars['Int']['input']>;
  paymentsMade_gt?: InputMaybe<Scalars['Int']['input']>;
  paymentsMade_gte?: InputMaybe<Scalars['Int']['input']>;
  paymentsMade_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  paymentsMade_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  paymentsMade_lt?: InputMaybe<Scalars['Int']['input']>;
  paymentsMade_lte?: InputMaybe<Scalars['Int']['input']>;
  paymentsMade_not_eq?: InputMaybe<Scalars['Int']['input']>;
  paymentsMade_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  paymentsReceived_eq?: InputMaybe<Scalars['Int']['input']>;
  paymentsReceived_gt?: InputMaybe<Scalars['Int']['input']>;
  paymentsReceived_gte?: InputMaybe<Scalars['Int']['input']>;
  paymentsReceived_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  paymentsReceived_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  paymentsReceived_lt?: InputMaybe<Scalars['Int']['input']>;
  paymentsReceived_lte?: InputMaybe<Scalars['Int']['input']>;
  paymentsReceived_not_eq?: InputMaybe<Scalars['Int']['input']>;
  paymentsReceived_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  receivedTotal_eq?: InputMaybe<Scalars['BigInt']['input']>;
  receivedTotal_gt?: InputMaybe<Scalars['BigInt']['input']>;
  receivedTotal_gte?: InputMaybe<Scalars['BigInt']['input']>;
  receivedTotal_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  receivedTotal_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  receivedTotal_lt?: InputMaybe<Scalars['BigInt']['input']>;
  receivedTotal_lte?: InputMaybe<Scalars['BigInt']['input']>;
  receivedTotal_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  receivedTotal_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  transfersIn_eq?: InputMaybe<Scalars['Int']['input']>;
  transfersIn_gt?: InputMaybe<Scalars['Int']['input']>;
  transfersIn_gte?: InputMaybe<Scalars['Int']['input']>;
  transfersIn_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  transfersIn_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  transfersIn_lt?: InputMaybe<Scalars['Int']['input']>;
  transfersIn_lte?: InputMaybe<Scalars['Int']['input']>;
  transfersIn_not_eq?: InputMaybe<Scalars['Int']['input']>;
  transfersIn_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  transfersOut_eq?: InputMaybe<Scalars['Int']['input']>;
  transfersOut_gt?: InputMaybe<Scalars['Int']['input']>;
  transfersOut_gte?: InputMaybe<Scalars['Int']['input']>;
  transfersOut_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  transfersOut_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  transfersOut_lt?: InputMaybe<Scalars['Int']['input']>;
  transfersOut_lte?: InputMaybe<Scalars['Int']['input']>;
  transfersOut_not_eq?: InputMaybe<Scalars['Int']['input']>;
  transfersOut_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
};

export type AccountsConnection = {
  __typename?: 'AccountsConnection';
  edges: Array<AccountEdge>;
  pageInfo: PageInfo;
  /** exact when filtered (up to the count cap); unfiltered counts of large tables come from the daily aggregates or the planner's estimate, see the API README */
  totalCount: Scalars['Int']['output'];
};

export type AddressKind =
  /** has code at the node's head */
  | 'CONTRACT'
  /** no code (or an EIP-7702 delegation): a key-held account */
  | 'EOA'
  /** no RPC URL for this chain */
  | 'UNKNOWN';

export type AddressOnChain = {
  __typename?: 'AddressOnChain';
  chain: ChainName;
  chainReads: Scalars['Boolean']['output'];
  kind: AddressKind;
};

/**
 * OPG unlocked on one UTC day from one allocation's vesting contracts and distributors, kept
 * incrementally. supplySchedule's observed unlocks add these up instead of scanning Unlock.
 */
export type AllocationDailyUnlock = {
  __typename?: 'AllocationDailyUnlock';
  /** allocation category id, as on Unlock */
  allocation: Scalars['String']['output'];
  /** OPG wei */
  amount: Scalars['BigInt']['output'];
  date: Scalars['DateTime']['output'];
  /** YYYY-MM-DD|allocation */
  id: Scalars['String']['output'];
  /** unlock transfers */
  unlocks: Scalars['Int']['output'];
};

export type AllocationDailyUnlockEdge = {
  __typename?: 'AllocationDailyUnlockEdge';
  cursor: Scalars['String']['output'];
  node: AllocationDailyUnlock;
};

export type AllocationDailyUnlockOrderByInput =
  | 'allocation_ASC'
  | 'allocation_ASC_NULLS_FIRST'
  | 'allocation_ASC_NULLS_LAST'
  | 'allocation_DESC'
  | 'allocation_DESC_NULLS_FIRST'
  | 'allocation_DESC_NULLS_LAST'
  | 'amount_ASC'
  | 'amount_ASC_NULLS_FIRST'
  | 'amount_ASC_NULLS_LAST'
  | 'amount_DESC'
  | 'amount_DESC_NULLS_FIRST'
  | 'amount_DESC_NULLS_LAST'
  | 'date_ASC'
  | 'date_ASC_NULLS_FIRST'
  | 'date_ASC_NULLS_LAST'
  | 'date_DESC'
  | 'date_DESC_NULLS_FIRST'
  | 'date_DESC_NULLS_LAST'
  | 'id_ASC'
  | 'id_ASC_NULLS_FIRST'
  | 'id_ASC_NULLS_LAST'
  | 'id_DESC'
  | 'id_DESC_NULLS_FIRST'
  | 'id_DESC_NULLS_LAST'
  | 'unlocks_ASC'
  | 'unlocks_ASC_NULLS_FIRST'
  | 'unlocks_ASC_NULLS_LAST'
  | 'unlocks_DESC'
  | 'unlocks_DESC_NULLS_FIRST'
  | 'unlocks_DESC_NULLS_LAST';

export type AllocationDailyUnlockWhereInput = {
  AND?: InputMaybe<Array<AllocationDailyUnlockWhereInput>>;
  OR?: InputMaybe<Array<AllocationDailyUnlockWhereInput>>;
  allocation_contains?: InputMaybe<Scalars['String']['input']>;
  allocation_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  allocation_endsWith?: InputMaybe<Scalars['String']['input']>;
  allocation_eq?: InputMaybe<Scalars['String']['input']>;
  allocation_gt?: InputMaybe<Scalars['String']['input']>;
  allocation_gte?: InputMaybe<Scalars['String']['input']>;
  allocation_in?: InputMaybe<Array<Scalars['String']['input']>>;
  allocation_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  allocation_lt?: InputMaybe<Scalars['String']['input']>;
  allocation_lte?: InputMaybe<Scalars['String']['input']>;
  allocation_not_contains?: InputMaybe<Scalars['String']['input']>;
  allocation_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  allocation_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  allocation_not_eq?: InputMaybe<Scalars['String']['input']>;
  allocation_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  allocation_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  allocation_startsWith?: InputMaybe<Scalars['String']['input']>;
  amount_eq?: InputMaybe<Scalars['BigInt']['input']>;
  amount_gt?: InputMaybe<Scalars['BigInt']['input']>;
  amount_gte?: InputMaybe<Scalars['BigInt']['input']>;
  amount_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  amount_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  amount_lt?: InputMaybe<Scalars['BigInt']['input']>;
  amount_lte?: InputMaybe<Scalars['BigInt']['input']>;
  amount_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  amount_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  date_eq?: InputMaybe<Scalars['DateTime']['input']>;
  date_gt?: InputMaybe<Scalars['DateTime']['input']>;
  date_gte?: InputMaybe<Scalars['DateTime']['input']>;
  date_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  date_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  date_lt?: InputMaybe<Scalars['DateTime']['input']>;
  date_lte?: InputMaybe<Scalars['DateTime']['input']>;
  date_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  date_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  id_contains?: InputMaybe<Scalars['String']['input']>;
  id_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_eq?: InputMaybe<Scalars['String']['input']>;
  id_gt?: InputMaybe<Scalars['String']['input']>;
  id_gte?: InputMaybe<Scalars['String']['input']>;
  id_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  id_lt?: InputMaybe<Scalars['String']['input']>;
  id_lte?: InputMaybe<Scalars['String']['input']>;
  id_not_contains?: InputMaybe<Scalars['String']['input']>;
  id_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_not_eq?: InputMaybe<Scalars['String']['input']>;
  id_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_startsWith?: InputMaybe<Scalars['String']['input']>;
  unlocks_eq?: InputMaybe<Scalars['Int']['input']>;
  unlocks_gt?: InputMaybe<Scalars['Int']['input']>;
  unlocks_gte?: InputMaybe<Scalars['Int']['input']>;
  unlocks_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  unlocks_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  unlocks_lt?: InputMaybe<Scalars['Int']['input']>;
  unlocks_lte?: InputMaybe<Scalars['Int']['input']>;
  unlocks_not_eq?: InputMaybe<Scalars['Int']['input']>;
  unlocks_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
};

export type AllocationDailyUnlocksConnection = {
  __typename?: 'AllocationDailyUnlocksConnection';
  edges: Array<AllocationDailyUnlockEdge>;
  pageInfo: PageInfo;
  /** exact when filtered (up to the count cap); unfiltered counts of large tables come from the daily aggregates or the planner's estimate, see the API README */
  totalCount: Scalars['Int']['output'];
};

/** How an allocation unlocks under the typed schedule (common/src/tokenomics.ts). */
export type AllocationKind =
  /** nothing until the cliff, then all of it */
  | 'CLIFF'
  /** nothing until the cliff, then linear */
  | 'CLIFF_THEN_LINEAR'
  /** a share at TGE (possibly none), the rest linear from TGE */
  | 'LINEAR'
  /** all at TGE */
  | 'TGE'
  /** no published schedule and none assumed (the staking rewards pool): stays locked */
  | 'UNSCHEDULED';

export type AllocationRow = {
  __typename?: 'AllocationRow';
  /** unlocked ÷ circulating supply at asOf, percent */
  circulatingPercent?: Maybe<Scalars['Float']['output']>;
  /** end of the cliff; null without one */
  cliffDate?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['String']['output'];
  kind: AllocationKind;
  label: Scalars['String']['output'];
  /** total − unlocked, never below 0, OPG wei */
  locked: Scalars['BigInt']['output'];
  lockedUsd?: Maybe<Scalars['BigDecimal']['output']>;
  /** the allocation's first event starting after asOf; null when its schedule is over or it has none */
  nextUnlock?: Maybe<UnlockEvent>;
  note: Scalars['String']['output'];
  /** OPG wei the schedule has unlocked by asOf, whatever the basis (to compare with an observed unlocked) */
  projectedUnlocked: Scalars['BigInt']['output'];
  /** false where no schedule was published and the projection is an assumption */
  published: Scalars['Boolean']['output'];
  /** share of total supply in basis points */
  shareBps: Scalars['Int']['output'];
  /** share of the allocation released at TGE, percent */
  tgePercent: Scalars['Float']['output'];
  /** OPG wei */
  total: Scalars['BigInt']['output'];
  /** × the price at asOf, USD; null without a price */
  totalUsd?: Maybe<Scalars['BigDecimal']['output']>;
  /** OPG wei unlocked by asOf; see unlockedBasis */
  unlocked: Scalars['BigInt']['output'];
  unlockedBasis: UnlockedBasis;
  unlockedUsd?: Maybe<Scalars['BigDecimal']['output']>;
  /** when the last token unlocks; null for UNSCHEDULED */
  vestingEnd?: Maybe<Scalars['DateTime']['output']>;
  /** TGE */
  vestingStart: Scalars['DateTime']['output'];
};

export type AllocationSupply = {
  __typename?: 'AllocationSupply';
  cliffMonths: Scalars['Int']['output'];
  id: Scalars['String']['output'];
  label: Scalars['String']['output'];
  note: Scalars['String']['output'];
  points: Array<SupplyPoint>;
  /** false where no schedule was published and the projection is an assumption */
  published: Scalars['Boolean']['output'];
  /** share of total supply in basis points */
  shareBps: Scalars['Int']['output'];
  tgePercent: Scalars['Float']['output'];
  /** OPG wei */
  total: Scalars['BigInt']['output'];
  vestingMonths: Scalars['Int']['output'];
};

export type AllocationUnlock = {
  __typename?: 'AllocationUnlock';
  /** OPG wei */
  amount: Scalars['BigInt']['output'];
  id: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

export type Allocations = {
  __typename?: 'Allocations';
  allocations: Array<AllocationRow>;
  /** reference time: the end of the last indexed Base day (the wall clock before any) */
  asOf: Scalars['DateTime']['output'];
  /** OPG wei: BaseDailyStat.circulatingSupply of the last indexed day, or the schedule before any (see circulatingBasis) */
  circulating: Scalars['BigInt']['output'];
  circulatingBasis: UnlockedBasis;
  nextUnlock?: Maybe<NextUnlock>;
  /** close of the last hourly PriceCandle at or before asOf */
  priceUsd?: Maybe<Scalars['BigDecimal']['output']>;
  /** where the allocation table comes from */
  source: Scalars['String']['output'];
  /** OPG wei */
  totalSupply: Scalars['BigInt']['output'];
};

/** Base numbers for one UTC day, kept incrementally. */
export type BaseDailyStat = {
  __typename?: 'BaseDailyStat';
  /** OPG wei: total supply minus non-circulating balances, end of day */
  circulatingSupply: Scalars['BigInt']['output'];
  date: Scalars['DateTime']['output'];
  /** YYYY-MM-DD */
  id: Scalars['String']['output'];
  /** wallets paying for the first time */
  newWallets: Scalars['Int']['output'];
  /** distinct wallets that paid that day */
  payingWallets: Scalars['Int']['output'];
  /** OPG wei */
  paymentVolume: Scalars['BigInt']['output'];
  paymentVolumeUsd: Scalars['BigDecimal']['output'];
  payments: Scalars['Int']['output'];
  /** USD per OPG, last swap of the day (carried forward) */
  priceClose?: Maybe<Scalars['BigDecimal']['output']>;
  swapVolumeUsd: Scalars['BigDecimal']['output'];
  swaps: Scalars['Int']['output'];
  transfers: Scalars['Int']['output'];
  /** OPG wei out of vesting contracts and distributors that day */
  unlocked: Scalars['BigInt']['output'];
};

export type BaseDailyStatEdge = {
  __typename?: 'BaseDailyStatEdge';
  cursor: Scalars['String']['output'];
  node: BaseDailyStat;
};

export type BaseDailyStatOrderByInput =
  | 'circulatingSupply_ASC'
  | 'circulatingSupply_ASC_NULLS_FIRST'
  | 'circulatingSupply_ASC_NULLS_LAST'
  | 'circulatingSupply_DESC'
  | 'circulatingSupply_DESC_NULLS_FIRST'
  | 'circulatingSupply_DESC_NULLS_LAST'
  | 'date_ASC'
  | 'date_ASC_NULLS_FIRST'
  | 'date_ASC_NULLS_LAST'
  | 'date_DESC'
  | 'date_DESC_NULLS_FIRST'
  | 'date_DESC_NULLS_LAST'
  | 'id_ASC'
  | 'id_ASC_NULLS_FIRST'
  | 'id_ASC_NULLS_LAST'
  | 'id_DESC'
  | 'id_DESC_NULLS_FIRST'
  | 'id_DESC_NULLS_LAST'
  | 'newWallets_ASC'
  | 'newWallets_ASC_NULLS_FIRST'
  | 'newWallets_ASC_NULLS_LAST'
  | 'newWallets_DESC'
  | 'newWallets_DESC_NULLS_FIRST'
  | 'newWallets_DESC_NULLS_LAST'
  | 'payingWallets_ASC'
  | 'payingWallets_ASC_NULLS_FIRST'
  | 'payingWallets_ASC_NULLS_LAST'
  | 'payingWallets_DESC'
  | 'payingWallets_DESC_NULLS_FIRST'
  | 'payingWallets_DESC_NULLS_LAST'
  | 'paymentVolumeUsd_ASC'
  | 'paymentVolumeUsd_ASC_NULLS_FIRST'
  | 'paymentVolumeUsd_ASC_NULLS_LAST'
  | 'paymentVolumeUsd_DESC'
  | 'paymentVolumeUsd_DESC_NULLS_FIRST'
  | 'paymentVolumeUsd_DESC_NULLS_LAST'
  | 'paymentVolume_ASC'
  | 'paymentVolume_ASC_NULLS_FIRST'
  | 'paymentVolume_ASC_NULLS_LAST'
  | 'paymentVolume_DESC'
  | 'paymentVolume_DESC_NULLS_FIRST'
  | 'paymentVolume_DESC_NULLS_LAST'
  | 'payments_ASC'
  | 'payments_ASC_NULLS_FIRST'
  | 'payments_ASC_NULLS_LAST'
  | 'payments_DESC'
  | 'payments_DESC_NULLS_FIRST'
  | 'payments_DESC_NULLS_LAST'
  | 'priceClose_ASC'
  | 'priceClose_ASC_NULLS_FIRST'
  | 'priceClose_ASC_NULLS_LAST'
  | 'priceClose_DESC'
  | 'priceClose_DESC_NULLS_FIRST'
  | 'priceClose_DESC_NULLS_LAST'
  | 'swapVolumeUsd_ASC'
  | 'swapVolumeUsd_ASC_NULLS_FIRST'
  | 'swapVolumeUsd_ASC_NULLS_LAST'
  | 'swapVolumeUsd_DESC'
  | 'swapVolumeUsd_DESC_NULLS_FIRST'
  | 'swapVolumeUsd_DESC_NULLS_LAST'
  | 'swaps_ASC'
  | 'swaps_ASC_NULLS_FIRST'
  | 'swaps_ASC_NULLS_LAST'
  | 'swaps_DESC'
  | 'swaps_DESC_NULLS_FIRST'
  | 'swaps_DESC_NULLS_LAST'
  | 'transfers_ASC'
  | 'transfers_ASC_NULLS_FIRST'
  | 'transfers_ASC_NULLS_LAST'
  | 'transfers_DESC'
  | 'transfers_DESC_NULLS_FIRST'
  | 'transfers_DESC_NULLS_LAST'
  | 'unlocked_ASC'
  | 'unlocked_ASC_NULLS_FIRST'
  | 'unlocked_ASC_NULLS_LAST'
  | 'unlocked_DESC'
  | 'unlocked_DESC_NULLS_FIRST'
  | 'unlocked_DESC_NULLS_LAST';

export type BaseDailyStatWhereInput = {
  AND?: InputMaybe<Array<BaseDailyStatWhereInput>>;
  OR?: InputMaybe<Array<BaseDailyStatWhereInput>>;
  circulatingSupply_eq?: InputMaybe<Scalars['BigInt']['input']>;
  circulatingSupply_gt?: InputMaybe<Scalars['BigInt']['input']>;
  circulatingSupply_gte?: InputMaybe<Scalars['BigInt']['input']>;
  circulatingSupply_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  circulatingSupply_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  circulatingSupply_lt?: InputMaybe<Scalars['BigInt']['input']>;
  circulatingSupply_lte?: InputMaybe<Scalars['BigInt']['input']>;
  circulatingSupply_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  circulatingSupply_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  date_eq?: InputMaybe<Scalars['DateTime']['input']>;
  date_gt?: InputMaybe<Scalars['DateTime']['input']>;
  date_gte?: InputMaybe<Scalars['DateTime']['input']>;
  date_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  date_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  date_lt?: InputMaybe<Scalars['DateTime']['input']>;
  date_lte?: InputMaybe<Scalars['DateTime']['input']>;
  date_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  date_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  id_contains?: InputMaybe<Scalars['String']['input']>;
  id_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_eq?: InputMaybe<Scalars['String']['input']>;
  id_gt?: InputMaybe<Scalars['String']['input']>;
  id_gte?: InputMaybe<Scalars['String']['input']>;
  id_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  id_lt?: InputMaybe<Scalars['String']['input']>;
  id_lte?: InputMaybe<Scalars['String']['input']>;
  id_not_contains?: InputMaybe<Scalars['String']['input']>;
  id_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_not_eq?: InputMaybe<Scalars['String']['input']>;
  id_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_startsWith?: InputMaybe<Scalars['String']['input']>;
  newWallets_eq?: InputMaybe<Scalars['Int']['input']>;
  newWallets_gt?: InputMaybe<Scalars['Int']['input']>;
  newWallets_gte?: InputMaybe<Scalars['Int']['input']>;
  newWallets_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  newWallets_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  newWallets_lt?: InputMaybe<Scalars['Int']['input']>;
  newWallets_lte?: InputMaybe<Scalars['Int']['input']>;
  newWallets_not_eq?: InputMaybe<Scalars['Int']['input']>;
  newWallets_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  payingWallets_eq?: InputMaybe<Scalars['Int']['input']>;
  payingWallets_gt?: InputMaybe<Scalars['Int']['input']>;
  payingWallets_gte?: InputMaybe<Scalars['Int']['input']>;
  payingWallets_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  payingWallets_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  payingWallets_lt?: InputMaybe<Scalars['Int']['input']>;
  payingWallets_lte?: InputMaybe<Scalars['Int']['input']>;
  payingWallets_not_eq?: InputMaybe<Scalars['Int']['input']>;
  payingWallets_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  paymentVolumeUsd_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  paymentVolumeUsd_gt?: InputMaybe<Scalars['BigDecimal']['input']>;
  paymentVolumeUsd_gte?: InputMaybe<Scalars['BigDecimal']['input']>;
  paymentVolumeUsd_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  paymentVolumeUsd_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  paymentVolumeUsd_lt?: InputMaybe<Scalars['BigDecimal']['input']>;
  paymentVolumeUsd_lte?: InputMaybe<Scalars['BigDecimal']['input']>;
  paymentVolumeUsd_not_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  paymentVolumeUsd_not_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  paymentVolume_eq?: InputMaybe<Scalars['BigInt']['input']>;
  paymentVolume_gt?: InputMaybe<Scalars['BigInt']['input']>;
  paymentVolume_gte?: InputMaybe<Scalars['BigInt']['input']>;
  paymentVolume_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  paymentVolume_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  paymentVolume_lt?: InputMaybe<Scalars['BigInt']['input']>;
  paymentVolume_lte?: InputMaybe<Scalars['BigInt']['input']>;
  paymentVolume_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  paymentVolume_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  payments_eq?: InputMaybe<Scalars['Int']['input']>;
  payments_gt?: InputMaybe<Scalars['Int']['input']>;
  payments_gte?: InputMaybe<Scalars['Int']['input']>;
  payments_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  payments_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  payments_lt?: InputMaybe<Scalars['Int']['input']>;
  payments_lte?: InputMaybe<Scalars['Int']['input']>;
  payments_not_eq?: InputMaybe<Scalars['Int']['input']>;
  payments_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  priceClose_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  priceClose_gt?: InputMaybe<Scalars['BigDecimal']['input']>;
  priceClose_gte?: InputMaybe<Scalars['BigDecimal']['input']>;
  priceClose_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  priceClose_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  priceClose_lt?: InputMaybe<Scalars['BigDecimal']['input']>;
  priceClose_lte?: InputMaybe<Scalars['BigDecimal']['input']>;
  priceClose_not_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  priceClose_not_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  swapVolumeUsd_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  swapVolumeUsd_gt?: InputMaybe<Scalars['BigDecimal']['input']>;
  swapVolumeUsd_gte?: InputMaybe<Scalars['BigDecimal']['input']>;
  swapVolumeUsd_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  swapVolumeUsd_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  swapVolumeUsd_lt?: InputMaybe<Scalars['BigDecimal']['input']>;
  swapVolumeUsd_lte?: InputMaybe<Scalars['BigDecimal']['input']>;
  swapVolumeUsd_not_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  swapVolumeUsd_not_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  swaps_eq?: InputMaybe<Scalars['Int']['input']>;
  swaps_gt?: InputMaybe<Scalars['Int']['input']>;
  swaps_gte?: InputMaybe<Scalars['Int']['input']>;
  swaps_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  swaps_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  swaps_lt?: InputMaybe<Scalars['Int']['input']>;
  swaps_lte?: InputMaybe<Scalars['Int']['input']>;
  swaps_not_eq?: InputMaybe<Scalars['Int']['input']>;
  swaps_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  transfers_eq?: InputMaybe<Scalars['Int']['input']>;
  transfers_gt?: InputMaybe<Scalars['Int']['input']>;
  transfers_gte?: InputMaybe<Scalars['Int']['input']>;
  transfers_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  transfers_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  transfers_lt?: InputMaybe<Scalars['Int']['input']>;
  transfers_lte?: InputMaybe<Scalars['Int']['input']>;
  transfers_not_eq?: InputMaybe<Scalars['Int']['input']>;
  transfers_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  unlocked_eq?: InputMaybe<Scalars['BigInt']['input']>;
  unlocked_gt?: InputMaybe<Scalars['BigInt']['input']>;
  unlocked_gte?: InputMaybe<Scalars['BigInt']['input']>;
  unlocked_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  unlocked_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  unlocked_lt?: InputMaybe<Scalars['BigInt']['input']>;
  unlocked_lte?: InputMaybe<Scalars['BigInt']['input']>;
  unlocked_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  unlocked_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
};

export type BaseDailyStatsConnection = {
  __typename?: 'BaseDailyStatsConnection';
  edges: Array<BaseDailyStatEdge>;
  pageInfo: PageInfo;
  /** exact when filtered (up to the count cap); unfiltered counts of large tables come from the daily aggregates or the planner's estimate, see the API README */
  totalCount: Scalars['Int']['output'];
};

/**
 * Base flows for one UTC hour, kept incrementally: the sums of BaseDailyStat that add up over hours
 * (distinct paying wallets and end-of-day levels do not). A row exists only for hours with activity.
 */
export type BaseHourlyStat = {
  __typename?: 'BaseHourlyStat';
  hour: Scalars['DateTime']['output'];
  /** YYYY-MM-DDTHH */
  id: Scalars['String']['output'];
  /** wallets paying for the first time */
  newWallets: Scalars['Int']['output'];
  /** OPG wei */
  paymentVolume: Scalars['BigInt']['output'];
  paymentVolumeUsd: Scalars['BigDecimal']['output'];
  payments: Scalars['Int']['output'];
  swapVolumeUsd: Scalars['BigDecimal']['output'];
  swaps: Scalars['Int']['output'];
  transfers: Scalars['Int']['output'];
  /** OPG wei out of vesting contracts and distributors */
  unlocked: Scalars['BigInt']['output'];
};

export type BaseHourlyStatEdge = {
  __typename?: 'BaseHourlyStatEdge';
  cursor: Scalars['String']['output'];
  node: BaseHourlyStat;
};

export type BaseHourlyStatOrderByInput =
  | 'hour_ASC'
  | 'hour_ASC_NULLS_FIRST'
  | 'hour_ASC_NULLS_LAST'
  | 'hour_DESC'
  | 'hour_DESC_NULLS_FIRST'
  | 'hour_DESC_NULLS_LAST'
  | 'id_ASC'
  | 'id_ASC_NULLS_FIRST'
  | 'id_ASC_NULLS_LAST'
  | 'id_DESC'
  | 'id_DESC_NULLS_FIRST'
  | 'id_DESC_NULLS_LAST'
  | 'newWallets_ASC'
  | 'newWallets_ASC_NULLS_FIRST'
  | 'newWallets_ASC_NULLS_LAST'
  | 'newWallets_DESC'
  | 'newWallets_DESC_NULLS_FIRST'
  | 'newWallets_DESC_NULLS_LAST'
  | 'paymentVolumeUsd_ASC'
  | 'paymentVolumeUsd_ASC_NULLS_FIRST'
  | 'paymentVolumeUsd_ASC_NULLS_LAST'
  | 'paymentVolumeUsd_DESC'
  | 'paymentVolumeUsd_DESC_NULLS_FIRST'
  | 'paymentVolumeUsd_DESC_NULLS_LAST'
  | 'paymentVolume_ASC'
  | 'paymentVolume_ASC_NULLS_FIRST'
  | 'paymentVolume_ASC_NULLS_LAST'
  | 'paymentVolume_DESC'
  | 'paymentVolume_DESC_NULLS_FIRST'
  | 'paymentVolume_DESC_NULLS_LAST'
  | 'payments_ASC'
  | 'payments_ASC_NULLS_FIRST'
  | 'payments_ASC_NULLS_LAST'
  | 'payments_DESC'
  | 'payments_DESC_NULLS_FIRST'
  | 'payments_DESC_NULLS_LAST'
  | 'swapVolumeUsd_ASC'
  | 'swapVolumeUsd_ASC_NULLS_FIRST'
  | 'swapVolumeUsd_ASC_NULLS_LAST'
  | 'swapVolumeUsd_DESC'
  | 'swapVolumeUsd_DESC_NULLS_FIRST'
  | 'swapVolumeUsd_DESC_NULLS_LAST'
  | 'swaps_ASC'
  | 'swaps_ASC_NULLS_FIRST'
  | 'swaps_ASC_NULLS_LAST'
  | 'swaps_DESC'
  | 'swaps_DESC_NULLS_FIRST'
  | 'swaps_DESC_NULLS_LAST'
  | 'transfers_ASC'
  | 'transfers_ASC_NULLS_FIRST'
  | 'transfers_ASC_NULLS_LAST'
  | 'transfers_DESC'
  | 'transfers_DESC_NULLS_FIRST'
  | 'transfers_DESC_NULLS_LAST'
  | 'unlocked_ASC'
  | 'unlocked_ASC_NULLS_FIRST'
  | 'unlocked_ASC_NULLS_LAST'
  | 'unlocked_DESC'
  | 'unlocked_DESC_NULLS_FIRST'
  | 'unlocked_DESC_NULLS_LAST';

export type BaseHourlyStatWhereInput = {
  AND?: InputMaybe<Array<BaseHourlyStatWhereInput>>;
  OR?: InputMaybe<Array<BaseHourlyStatWhereInput>>;
  hour_eq?: InputMaybe<Scalars['DateTime']['input']>;
  hour_gt?: InputMaybe<Scalars['DateTime']['input']>;
  hour_gte?: InputMaybe<Scalars['DateTime']['input']>;
  hour_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  hour_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  hour_lt?: InputMaybe<Scalars['DateTime']['input']>;
  hour_lte?: InputMaybe<Scalars['DateTime']['input']>;
  hour_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  hour_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  id_contains?: InputMaybe<Scalars['String']['input']>;
  id_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_eq?: InputMaybe<Scalars['String']['input']>;
  id_gt?: InputMaybe<Scalars['String']['input']>;
  id_gte?: InputMaybe<Scalars['String']['input']>;
  id_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  id_lt?: InputMaybe<Scalars['String']['input']>;
  id_lte?: InputMaybe<Scalars['String']['input']>;
  id_not_contains?: InputMaybe<Scalars['String']['input']>;
  id_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_not_eq?: InputMaybe<Scalars['String']['input']>;
  id_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_startsWith?: InputMaybe<Scalars['String']['input']>;
  newWallets_eq?: InputMaybe<Scalars['Int']['input']>;
  newWallets_gt?: InputMaybe<Scalars['Int']['input']>;
  newWallets_gte?: InputMaybe<Scalars['Int']['input']>;
  newWallets_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  newWallets_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  newWallets_lt?: InputMaybe<Scalars['Int']['input']>;
  newWallets_lte?: InputMaybe<Scalars['Int']['input']>;
  newWallets_not_eq?: InputMaybe<Scalars['Int']['input']>;
  newWallets_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  paymentVolumeUsd_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  paymentVolumeUsd_gt?: InputMaybe<Scalars['BigDecimal']['input']>;
  paymentVolumeUsd_gte?: InputMaybe<Scalars['BigDecimal']['input']>;
  paymentVolumeUsd_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  paymentVolumeUsd_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  paymentVolumeUsd_lt?: InputMaybe<Scalars['BigDecimal']['input']>;
  paymentVolumeUsd_lte?: InputMaybe<Scalars['BigDecimal']['input']>;
  paymentVolumeUsd_not_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  paymentVolumeUsd_not_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  paymentVolume_eq?: InputMaybe<Scalars['BigInt']['input']>;
  paymentVolume_gt?: InputMaybe<Scalars['BigInt']['input']>;
  paymentVolume_gte?: InputMaybe<Scalars['BigInt']['input']>;
  paymentVolume_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  paymentVolume_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  paymentVolume_lt?: InputMaybe<Scalars['BigInt']['input']>;
  paymentVolume_lte?: InputMaybe<Scalars['BigInt']['input']>;
  paymentVolume_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  paymentVolume_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  payments_eq?: InputMaybe<Scalars['Int']['input']>;
  payments_gt?: InputMaybe<Scalars['Int']['input']>;
  payments_gte?: InputMaybe<Scalars['Int']['input']>;
  payments_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  payments_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  payments_lt?: InputMaybe<Scalars['Int']['input']>;
  payments_lte?: InputMaybe<Scalars['Int']['input']>;
  payments_not_eq?: InputMaybe<Scalars['Int']['input']>;
  payments_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  swapVolumeUsd_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  swapVolumeUsd_gt?: InputMaybe<Scalars['BigDecimal']['input']>;
  swapVolumeUsd_gte?: InputMaybe<Scalars['BigDecimal']['input']>;
  swapVolumeUsd_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  swapVolumeUsd_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  swapVolumeUsd_lt?: InputMaybe<Scalars['BigDecimal']['input']>;
  swapVolumeUsd_lte?: InputMaybe<Scalars['BigDecimal']['input']>;
  swapVolumeUsd_not_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  swapVolumeUsd_not_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  swaps_eq?: InputMaybe<Scalars['Int']['input']>;
  swaps_gt?: InputMaybe<Scalars['Int']['input']>;
  swaps_gte?: InputMaybe<Scalars['Int']['input']>;
  swaps_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  swaps_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  swaps_lt?: InputMaybe<Scalars['Int']['input']>;
  swaps_lte?: InputMaybe<Scalars['Int']['input']>;
  swaps_not_eq?: InputMaybe<Scalars['Int']['input']>;
  swaps_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  transfers_eq?: InputMaybe<Scalars['Int']['input']>;
  transfers_gt?: InputMaybe<Scalars['Int']['input']>;
  transfers_gte?: InputMaybe<Scalars['Int']['input']>;
  transfers_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  transfers_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  transfers_lt?: InputMaybe<Scalars['Int']['input']>;
  transfers_lte?: InputMaybe<Scalars['Int']['input']>;
  transfers_not_eq?: InputMaybe<Scalars['Int']['input']>;
  transfers_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  unlocked_eq?: InputMaybe<Scalars['BigInt']['input']>;
  unlocked_gt?: InputMaybe<Scalars['BigInt']['input']>;
  unlocked_gte?: InputMaybe<Scalars['BigInt']['input']>;
  unlocked_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  unlocked_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  unlocked_lt?: InputMaybe<Scalars['BigInt']['input']>;
  unlocked_lte?: InputMaybe<Scalars['BigInt']['input']>;
  unlocked_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  unlocked_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
};

export type BaseHourlyStatsConnection = {
  __typename?: 'BaseHourlyStatsConnection';
  edges: Array<BaseHourlyStatEdge>;
  pageInfo: PageInfo;
  /** exact when filtered (up to the count cap); unfiltered counts of large tables come from the daily aggregates or the planner's estimate, see the API README */
  totalCount: Scalars['Int']['output'];
};

export type CandleInterval =
  | 'DAY'
  | 'HOUR';

export type ChainBlock = {
  __typename?: 'ChainBlock';
  /** wei per gas; null before EIP-1559 */
  baseFeePerGas?: Maybe<Scalars['BigInt']['output']>;
  chain: ChainName;
  /** false: no RPC URL for this chain; only number is set */
  chainReads: Scalars['Boolean']['output'];
  confirmations?: Maybe<Scalars['Int']['output']>;
  gasLimit?: Maybe<Scalars['BigInt']['output']>;
  gasUsed?: Maybe<Scalars['BigInt']['output']>;
  hash?: Maybe<Scalars['String']['output']>;
  /** the fee recipient (miner, validator or sequencer) */
  miner?: Maybe<Scalars['String']['output']>;
  number: Scalars['Int']['output'];
  parentHash?: Maybe<Scalars['String']['output']>;
  timestamp?: Maybe<Scalars['DateTime']['output']>;
  /** the block's transactions from txOffset, at most txLimit */
  transactions: Array<ChainTxSummary>;
  txCount?: Maybe<Scalars['Int']['output']>;
};

export type ChainBlockSummary = {
  __typename?: 'ChainBlockSummary';
  gasUsed: Scalars['BigInt']['output'];
  hash: Scalars['String']['output'];
  miner: Scalars['String']['output'];
  number: Scalars['Int']['output'];
  timestamp: Scalars['DateTime']['output'];
  txCount: Scalars['Int']['output'];
};

/** The last block a chain's processor has written (finalized or hot). */
export type ChainHead = {
  __typename?: 'ChainHead';
  chain: Scalars['String']['output'];
  hash: Scalars['String']['output'];
  height: Scalars['Int']['output'];
};

/** A log of a transaction, decoded when its topic0 is an event of one of the explorer's ABIs, else raw. */
export type ChainLog = {
  __typename?: 'ChainLog';
  address: Scalars['String']['output'];
  args?: Maybe<Array<DecodedLogArg>>;
  /** the ABI that named it, e.g. InferenceSettlementRelay */
  contract?: Maybe<Scalars['String']['output']>;
  data: Scalars['String']['output'];
  /** the event's name, null when no ABI of ours has this topic (or the log does not fit it) */
  event?: Maybe<Scalars['String']['output']>;
  logIndex: Scalars['Int']['output'];
  signature?: Maybe<Scalars['String']['output']>;
  topics: Array<Scalars['String']['output']>;
};

/** A chain the explorer reads: og (the OpenGradient chain) or base. */
export type ChainName =
  | 'base'
  | 'og';

/** A transaction as the chain's node reports it. Without an RPC URL for the chain only chain, hash and chainReads are set. */
export type ChainTransaction = {
  __typename?: 'ChainTransaction';
  blockNumber?: Maybe<Scalars['Int']['output']>;
  chain: ChainName;
  /** false: the API has no RPC URL for this chain (API_OG_RPC_URL, API_BASE_RPC_URL); the page shows what is indexed */
  chainReads: Scalars['Boolean']['output'];
  /** blocks from its block to the node's head, its own included */
  confirmations?: Maybe<Scalars['Int']['output']>;
  /** the contract a deployment created */
  createdContract?: Maybe<Scalars['String']['output']>;
  /** wei per gas paid */
  effectiveGasPrice?: Maybe<Scalars['BigInt']['output']>;
  /** gasUsed × effectiveGasPrice, wei */
  executionFee?: Maybe<Scalars['BigInt']['output']>;
  /** executionFee + l1Fee, wei of the chain's native coin */
  fee?: Maybe<Scalars['BigInt']['output']>;
  /** false: the node answered that it does not know this hash */
  found: Scalars['Boolean']['output'];
  from?: Maybe<Scalars['String']['output']>;
  gasUsed?: Maybe<Scalars['BigInt']['output']>;
  hash: Scalars['String']['output'];
  /** the L1 data fee an OP-stack receipt (Base) carries, wei; null where there is none */
  l1Fee?: Maybe<Scalars['BigInt']['output']>;
  logs: Array<ChainLog>;
  method?: Maybe<TxMethod>;
  status?: Maybe<ChainTxStatus>;
  timestamp?: Maybe<Scalars['DateTime']['output']>;
  to?: Maybe<Scalars['String']['output']>;
  /** native coin sent, wei */
  value?: Maybe<Scalars['BigInt']['output']>;
};

export type ChainTxStatus =
  | 'FAILED'
  /** known to the node but not in a block yet */
  | 'PENDING'
  | 'SUCCESS';

export type ChainTxSummary = {
  __typename?: 'ChainTxSummary';
  blockNumber: Scalars['Int']['output'];
  from: Scalars['String']['output'];
  hash: Scalars['String']['output'];
  method?: Maybe<TxMethod>;
  timestamp?: Maybe<Scalars['DateTime']['output']>;
  to?: Maybe<Scalars['String']['output']>;
  value: Scalars['BigInt']['output'];
};

export type CirculatingPoint = {
  __typename?: 'CirculatingPoint';
  /**
   * Circulating supply forecast from the last observed point: equal to observed there, then that value plus
   * what the schedule unlocks after it for every allocation except the airdrop (see forecastAssumes).
   * Null before the last observed point; the plain schedule without the airdrop when nothing is indexed.
   */
  forecast?: Maybe<Scalars['BigInt']['output']>;
  forecastPercent?: Maybe<Scalars['Float']['output']>;
  /** BaseDailyStat.circulatingSupply at the end of the day before t (carried forward); null outside indexed days */
  observed?: Maybe<Scalars['BigInt']['output']>;
  observedPercent?: Maybe<Scalars['Float']['output']>;
  /** sum of every allocation's projected unlocks by t, OPG wei: the typed schedule, which counts the whole airdrop as liquid at TGE (compare forecast) */
  projected: Scalars['BigInt']['output'];
  projectedPercent: Scalars['Float']['output'];
  t: Scalars['DateTime']['output'];
  /** airdrop not yet claimed from its distributor by t (claims carried forward after observedUntil), OPG wei; outside circulating supply */
  unclaimedAirdrop: Scalars['BigInt']['output'];
  unclaimedAirdropPercent: Scalars['Float']['output'];
};

export type Cliff = {
  __typename?: 'Cliff';
  /** allocation ids whose cliff ends then */
  allocations: Array<Scalars['String']['output']>;
  date: Scalars['DateTime']['output'];
  /** days from the reference time to the cliff */
  daysUntil: Scalars['Float']['output'];
};

export type CohortRetention = {
  __typename?: 'CohortRetention';
  /** periods after the cohort's own */
  offset: Scalars['Int']['output'];
  /** wallets ÷ cohort size */
  share: Scalars['Float']['output'];
  t: Scalars['DateTime']['output'];
  /** wallets of the cohort that paid in this period */
  wallets: Scalars['Int']['output'];
};

export type CommissionChange = {
  __typename?: 'CommissionChange';
  blockNumber: Scalars['Int']['output'];
  id: Scalars['String']['output'];
  previousRate: Scalars['BigDecimal']['output'];
  rate: Scalars['BigDecimal']['output'];
  timestamp: Scalars['DateTime']['output'];
  txHash: Scalars['String']['output'];
  validator: Validator;
};

export type CommissionChangeEdge = {
  __typename?: 'CommissionChangeEdge';
  cursor: Scalars['String']['output'];
  node: CommissionChange;
};

export type CommissionChangeOrderByInput =
  | 'blockNumber_ASC'
  | 'blockNumber_ASC_NULLS_FIRST'
  | 'blockNumber_ASC_NULLS_LAST'
  | 'blockNumber_DESC'
  | 'blockNumber_DESC_NULLS_FIRST'
  | 'blockNumber_DESC_NULLS_LAST'
  | 'id_ASC'
  | 'id_ASC_NULLS_FIRST'
  | 'id_ASC_NULLS_LAST'
  | 'id_DESC'
  | 'id_DESC_NULLS_FIRST'
  | 'id_DESC_NULLS_LAST'
  | 'previousRate_ASC'
  | 'previousRate_ASC_NULLS_FIRST'
  | 'previousRate_ASC_NULLS_LAST'
  | 'previousRate_DESC'
  | 'previousRate_DESC_NULLS_FIRST'
  | 'previousRate_DESC_NULLS_LAST'
  | 'rate_ASC'
  | 'rate_ASC_NULLS_FIRST'
  | 'rate_ASC_NULLS_LAST'
  | 'rate_DESC'
  | 'rate_DESC_NULLS_FIRST'
  | 'rate_DESC_NULLS_LAST'
  | 'timestamp_ASC'
  | 'timestamp_ASC_NULLS_FIRST'
  | 'timestamp_ASC_NULLS_LAST'
  | 'timestamp_DESC'
  | 'timestamp_DESC_NULLS_FIRST'
  | 'timestamp_DESC_NULLS_LAST'
  | 'txHash_ASC'
  | 'txHash_ASC_NULLS_FIRST'
  | 'txHash_ASC_NULLS_LAST'
  | 'txHash_DESC'
  | 'txHash_DESC_NULLS_FIRST'
  | 'txHash_DESC_NULLS_LAST'
  | 'validator_commissionRate_ASC'
  | 'validator_commissionRate_ASC_NULLS_FIRST'
  | 'validator_commissionRate_ASC_NULLS_LAST'
  | 'validator_commissionRate_DESC'
  | 'validator_commissionRate_DESC_NULLS_FIRST'
  | 'validator_commissionRate_DESC_NULLS_LAST'
  | 'validator_createdAt_ASC'
  | 'validator_createdAt_ASC_NULLS_FIRST'
  | 'validator_createdAt_ASC_NULLS_LAST'
  | 'validator_createdAt_DESC'
  | 'validator_createdAt_DESC_NULLS_FIRST'
  | 'validator_createdAt_DESC_NULLS_LAST'
  | 'validator_createdBlock_ASC'
  | 'validator_createdBlock_ASC_NULLS_FIRST'
  | 'validator_createdBlock_ASC_NULLS_LAST'
  | 'validator_createdBlock_DESC'
  | 'validator_createdBlock_DESC_NULLS_FIRST'
  | 'validator_createdBlock_DESC_NULLS_LAST'
  | 'validator_delegatorCount_ASC'
  | 'validator_delegatorCount_ASC_NULLS_FIRST'
  | 'validator_delegatorCount_ASC_NULLS_LAST'
  | 'validator_delegatorCount_DESC'
  | 'validator_delegatorCount_DESC_NULLS_FIRST'
  | 'validator_delegatorCount_DESC_NULLS_LAST'
  | 'validator_delegatorShares_ASC'
  | 'validator_delegatorShares_ASC_NULLS_FIRST'
  | 'validator_delegatorShares_ASC_NULLS_LAST'
  | 'validator_delegatorShares_DESC'
  | 'validator_delegatorShares_DESC_NULLS_FIRST'
  | 'validator_delegatorShares_DESC_NULLS_LAST'
  | 'validator_id_ASC'
  | 'validator_id_ASC_NULLS_FIRST'
  | 'validator_id_ASC_NULLS_LAST'
  | 'validator_id_DESC'
  | 'validator_id_DESC_NULLS_FIRST'
  | 'validator_id_DESC_NULLS_LAST'
  | 'validator_jailCount_ASC'
  | 'validator_jailCount_ASC_NULLS_FIRST'
  | 'validator_jailCount_ASC_NULLS_LAST'
  | 'validator_jailCount_DESC'
  | 'validator_jailCount_DESC_NULLS_FIRST'
  | 'validator_jailCount_DESC_NULLS_LAST'
  | 'validator_jailed_ASC'
  | 'validator_jailed_ASC_NULLS_FIRST'
  | 'validator_jailed_ASC_NULLS_LAST'
  | 'validator_jailed_DESC'
  | 'validator_jailed_DESC_NULLS_FIRST'
  | 'validator_jailed_DESC_NULLS_LAST'
  | 'validator_maxCommissionRate_ASC'
  | 'validator_maxCommissionRate_ASC_NULLS_FIRST'
  | 'validator_maxCommissionRate_ASC_NULLS_LAST'
  | 'validator_maxCommissionRate_DESC'
  | 'validator_maxCommissionRate_DESC_NULLS_FIRST'
  | 'validator_maxCommissionRate_DESC_NULLS_LAST'
  | 'validator_minSelfDelegation_ASC'
  | 'validator_minSelfDelegation_ASC_NULLS_FIRST'
  | 'validator_minSelfDelegation_ASC_NULLS_LAST'
  | 'validator_minSelfDelegation_DESC'
  | 'validator_minSelfDelegation_DESC_NULLS_FIRST'
  | 'validator_minSelfDelegation_DESC_NULLS_LAST'
  | 'validator_moniker_ASC'
  | 'validator_moniker_ASC_NULLS_FIRST'
  | 'validator_moniker_ASC_NULLS_LAST'
  | 'validator_moniker_DESC'
  | 'validator_moniker_DESC_NULLS_FIRST'
  | 'validator_moniker_DESC_NULLS_LAST'
  | 'validator_selfBond_ASC'
  | 'validator_selfBond_ASC_NULLS_FIRST'
  | 'validator_selfBond_ASC_NULLS_LAST'
  | 'validator_selfBond_DESC'
  | 'validator_selfBond_DESC_NULLS_FIRST'
  | 'validator_selfBond_DESC_NULLS_LAST'
  | 'validator_slashCount_ASC'
  | 'validator_slashCount_ASC_NULLS_FIRST'
  | 'validator_slashCount_ASC_NULLS_LAST'
  | 'validator_slashCount_DESC'
  | 'validator_slashCount_DESC_NULLS_FIRST'
  | 'validator_slashCount_DESC_NULLS_LAST'
  | 'validator_stateBlock_ASC'
  | 'validator_stateBlock_ASC_NULLS_FIRST'
  | 'validator_stateBlock_ASC_NULLS_LAST'
  | 'validator_stateBlock_DESC'
  | 'validator_stateBlock_DESC_NULLS_FIRST'
  | 'validator_stateBlock_DESC_NULLS_LAST'
  | 'validator_status_ASC'
  | 'validator_status_ASC_NULLS_FIRST'
  | 'validator_status_ASC_NULLS_LAST'
  | 'validator_status_DESC'
  | 'validator_status_DESC_NULLS_FIRST'
  | 'validator_status_DESC_NULLS_LAST'
  | 'validator_tokens_ASC'
  | 'validator_tokens_ASC_NULLS_FIRST'
  | 'validator_tokens_ASC_NULLS_LAST'
  | 'validator_tokens_DESC'
  | 'validator_tokens_DESC_NULLS_FIRST'
  | 'validator_tokens_DESC_NULLS_LAST'
  | 'validator_totalSlashed_ASC'
  | 'validator_totalSlashed_ASC_NULLS_FIRST'
  | 'validator_totalSlashed_ASC_NULLS_LAST'
  | 'validator_totalSlashed_DESC'
  | 'validator_totalSlashed_DESC_NULLS_FIRST'
  | 'validator_totalSlashed_DESC_NULLS_LAST';

export type CommissionChangeWhereInput = {
  AND?: InputMaybe<Array<CommissionChangeWhereInput>>;
  OR?: InputMaybe<Array<CommissionChangeWhereInput>>;
  blockNumber_eq?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_gt?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_gte?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  blockNumber_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  blockNumber_lt?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_lte?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_not_eq?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  id_contains?: InputMaybe<Scalars['String']['input']>;
  id_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_eq?: InputMaybe<Scalars['String']['input']>;
  id_gt?: InputMaybe<Scalars['String']['input']>;
  id_gte?: InputMaybe<Scalars['String']['input']>;
  id_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  id_lt?: InputMaybe<Scalars['String']['input']>;
  id_lte?: InputMaybe<Scalars['String']['input']>;
  id_not_contains?: InputMaybe<Scalars['String']['input']>;
  id_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_not_eq?: InputMaybe<Scalars['String']['input']>;
  id_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_startsWith?: InputMaybe<Scalars['String']['input']>;
  previousRate_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  previousRate_gt?: InputMaybe<Scalars['BigDecimal']['input']>;
  previousRate_gte?: InputMaybe<Scalars['BigDecimal']['input']>;
  previousRate_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  previousRate_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  previousRate_lt?: InputMaybe<Scalars['BigDecimal']['input']>;
  previousRate_lte?: InputMaybe<Scalars['BigDecimal']['input']>;
  previousRate_not_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  previousRate_not_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  rate_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  rate_gt?: InputMaybe<Scalars['BigDecimal']['input']>;
  rate_gte?: InputMaybe<Scalars['BigDecimal']['input']>;
  rate_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  rate_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  rate_lt?: InputMaybe<Scalars['BigDecimal']['input']>;
  rate_lte?: InputMaybe<Scalars['BigDecimal']['input']>;
  rate_not_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  rate_not_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  timestamp_eq?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_gt?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_gte?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  timestamp_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  timestamp_lt?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_lte?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  txHash_contains?: InputMaybe<Scalars['String']['input']>;
  txHash_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  txHash_endsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_eq?: InputMaybe<Scalars['String']['input']>;
  txHash_gt?: InputMaybe<Scalars['String']['input']>;
  txHash_gte?: InputMaybe<Scalars['String']['input']>;
  txHash_in?: InputMaybe<Array<Scalars['String']['input']>>;
  txHash_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  txHash_lt?: InputMaybe<Scalars['String']['input']>;
  txHash_lte?: InputMaybe<Scalars['String']['input']>;
  txHash_not_contains?: InputMaybe<Scalars['String']['input']>;
  txHash_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  txHash_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_not_eq?: InputMaybe<Scalars['String']['input']>;
  txHash_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  txHash_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_startsWith?: InputMaybe<Scalars['String']['input']>;
  validator?: InputMaybe<ValidatorWhereInput>;
  validator_isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CommissionChangesConnection = {
  __typename?: 'CommissionChangesConnection';
  edges: Array<CommissionChangeEdge>;
  pageInfo: PageInfo;
  /** exact when filtered (up to the count cap); unfiltered counts of large tables come from the daily aggregates or the planner's estimate, see the API README */
  totalCount: Scalars['Int']['output'];
};

/**
 * The chain's commission limits, as fractions. minRate is the chain's min_commission_rate; maxRate and
 * maxChangeRate (per 24 h) are declared by each validator at creation and are not in the staking
 * precompile's view, so the values are those OpenGradient's mainnet genesis validators declare
 * (0.5 and 0.01) and perValidatorLimitsIndexed is false.
 */
export type CommissionLimits = {
  __typename?: 'CommissionLimits';
  maxChangeRate: Scalars['Float']['output'];
  maxRate: Scalars['Float']['output'];
  minRate: Scalars['Float']['output'];
  perValidatorLimitsIndexed: Scalars['Boolean']['output'];
  source: Scalars['String']['output'];
  validators: Array<ValidatorCommissionCheck>;
};

/** A validator's commission history in a few numbers, as fractions (0.05 = 5%). */
export type CommissionTrend = {
  __typename?: 'CommissionTrend';
  cuts: Scalars['Int']['output'];
  /** the rate before the first recorded change; the current rate when there is none */
  fromRate: Scalars['Float']['output'];
  /** the highest rate ever charged (the chain's declared maximum is maxCommissionRate, when reported) */
  maxObservedRate: Scalars['Float']['output'];
  /** the largest single rise */
  maxRise: Scalars['Float']['output'];
  rises: Scalars['Int']['output'];
  /** years between the first and the last change */
  spanYears: Scalars['Float']['output'];
  toRate: Scalars['Float']['output'];
  /** Σ rise × 2^(−years ago / 1): every rise, weighted by recency */
  weightedRise: Scalars['Float']['output'];
};

export type CoverageGrouping =
  /** per UTC day, from OgDailyStat (the aggregate); settled also counts the declared leaves of batches whose blob was missing or corrupt (they have no Inference rows and count as invalid) */
  | 'DAY'
  /** per inference mode (VANILLA, ZKML, TEE, UNKNOWN), from the inference table (no per-mode aggregate is stored; leaves of unreadable batches are not rows, so they are not counted here) */
  | 'MODE'
  /** per TEE id, from the inference table (no per-TEE aggregate is stored) */
  | 'TEE';

/** A wallet that paid on a given day; makes payingWallets exact without rescans. */
export type DailyPayer = {
  __typename?: 'DailyPayer';
  /** YYYY-MM-DD-address */
  id: Scalars['String']['output'];
};

export type DailyPayerEdge = {
  __typename?: 'DailyPayerEdge';
  cursor: Scalars['String']['output'];
  node: DailyPayer;
};

export type DailyPayerOrderByInput =
  | 'id_ASC'
  | 'id_ASC_NULLS_FIRST'
  | 'id_ASC_NULLS_LAST'
  | 'id_DESC'
  | 'id_DESC_NULLS_FIRST'
  | 'id_DESC_NULLS_LAST';

export type DailyPayerWhereInput = {
  AND?: InputMaybe<Array<DailyPayerWhereInput>>;
  OR?: InputMaybe<Array<DailyPayerWhereInput>>;
  id_contains?: InputMaybe<Scalars['String']['input']>;
  id_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_eq?: InputMaybe<Scalars['String']['input']>;
  id_gt?: InputMaybe<Scalars['String']['input']>;
  id_gte?: InputMaybe<Scalars['String']['input']>;
  id_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  id_lt?: InputMaybe<Scalars['String']['input']>;
  id_lte?: InputMaybe<Scalars['String']['input']>;
  id_not_contains?: InputMaybe<Scalars['String']['input']>;
  id_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_not_eq?: InputMaybe<Scalars['String']['input']>;
  id_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_startsWith?: InputMaybe<Scalars['String']['input']>;
};

export type DailyPayersConnection = {
  __typename?: 'DailyPayersConnection';
  edges: Array<DailyPayerEdge>;
  pageInfo: PageInfo;
  /** exact when filtered (up to the count cap); unfiltered counts of large tables come from the daily aggregates or the planner's estimate, see the API README */
  totalCount: Scalars['Int']['output'];
};

/** Both chains' numbers for one UTC day: OgDailyStat and BaseDailyStat joined on the day. */
export type DailyStat = {
  __typename?: 'DailyStat';
  /** TEE nodes with at least one heartbeat that day (OgDailyStat; null when that chain has no row for the day) */
  activeTees?: Maybe<Scalars['Int']['output']>;
  /** (OgDailyStat; null when that chain has no row for the day) */
  batchInferences?: Maybe<Scalars['Int']['output']>;
  /** OPG wei: total supply minus non-circulating balances, end of day (BaseDailyStat; null when that chain has no row for the day) */
  circulatingSupply?: Maybe<Scalars['BigInt']['output']>;
  /** start of the UTC day */
  date: Scalars['DateTime']['output'];
  /** (OgDailyStat; null when that chain has no row for the day) */
  heartbeats?: Maybe<Scalars['Int']['output']>;
  /** (OgDailyStat; null when that chain has no row for the day) */
  hubInferences?: Maybe<Scalars['Int']['output']>;
  /** YYYY-MM-DD */
  id: Scalars['String']['output'];
  /** (OgDailyStat; null when that chain has no row for the day) */
  individualInferences?: Maybe<Scalars['Int']['output']>;
  /** inferences with a bad signature or in a corrupt or missing blob (OgDailyStat; null when that chain has no row for the day) */
  inferencesFailed?: Maybe<Scalars['Int']['output']>;
  /** settled inferences of every kind (OgDailyStat; null when that chain has no row for the day) */
  inferencesSettled?: Maybe<Scalars['Int']['output']>;
  /** inferences whose signature verified (counted on the day they settled) (OgDailyStat; null when that chain has no row for the day) */
  inferencesVerified?: Maybe<Scalars['Int']['output']>;
  /** (OgDailyStat; null when that chain has no row for the day) */
  legacyInferences?: Maybe<Scalars['Int']['output']>;
  /** wallets paying for the first time (BaseDailyStat; null when that chain has no row for the day) */
  newWallets?: Maybe<Scalars['Int']['output']>;
  /** distinct wallets that paid that day (BaseDailyStat; null when that chain has no row for the day) */
  payingWallets?: Maybe<Scalars['Int']['output']>;
  /** OPG wei (BaseDailyStat; null when that chain has no row for the day) */
  paymentVolume?: Maybe<Scalars['BigInt']['output']>;
  /** (BaseDailyStat; null when that chain has no row for the day) */
  paymentVolumeUsd?: Maybe<Scalars['BigDecimal']['output']>;
  /** (BaseDailyStat; null when that chain has no row for the day) */
  payments?: Maybe<Scalars['Int']['output']>;
  /** USD per OPG, last swap of the day (carried forward) (BaseDailyStat; null when that chain has no row for the day) */
  priceClose?: Maybe<Scalars['BigDecimal']['output']>;
  /** (OgDailyStat; null when that chain has no row for the day) */
  settlements?: Maybe<Scalars['Int']['output']>;
  /** (OgDailyStat; null when that chain has no row for the day) */
  stakingEvents?: Maybe<Scalars['Int']['output']>;
  /** (BaseDailyStat; null when that chain has no row for the day) */
  swapVolumeUsd?: Maybe<Scalars['BigDecimal']['output']>;
  /** (BaseDailyStat; null when that chain has no row for the day) */
  swaps?: Maybe<Scalars['Int']['output']>;
  /** ogwei staked across validators at the end of the day (OgDailyStat; null when that chain has no row for the day) */
  totalStaked?: Maybe<Scalars['BigInt']['output']>;
  /** (BaseDailyStat; null when that chain has no row for the day) */
  transfers?: Maybe<Scalars['Int']['output']>;
  /** OPG wei out of vesting contracts and distributors that day (BaseDailyStat; null when that chain has no row for the day) */
  unlocked?: Maybe<Scalars['BigInt']['output']>;
};

export type DailyStatEdge = {
  __typename?: 'DailyStatEdge';
  cursor: Scalars['String']['output'];
  node: DailyStat;
};

export type DailyStatOrderByInput =
  | 'activeTees_ASC'
  | 'activeTees_ASC_NULLS_FIRST'
  | 'activeTees_ASC_NULLS_LAST'
  | 'activeTees_DESC'
  | 'activeTees_DESC_NULLS_FIRST'
  | 'activeTees_DESC_NULLS_LAST'
  | 'batchInferences_ASC'
  | 'batchInferences_ASC_NULLS_FIRST'
  | 'batchInferences_ASC_NULLS_LAST'
  | 'batchInferences_DESC'
  | 'batchInferences_DESC_NULLS_FIRST'
  | 'batchInferences_DESC_NULLS_LAST'
  | 'circulatingSupply_ASC'
  | 'circulatingSupply_ASC_NULLS_FIRST'
  | 'circulatingSupply_ASC_NULLS_LAST'
  | 'circulatingSupply_DESC'
  | 'circulatingSupply_DESC_NULLS_FIRST'
  | 'circulatingSupply_DESC_NULLS_LAST'
  | 'date_ASC'
  | 'date_ASC_NULLS_FIRST'
  | 'date_ASC_NULLS_LAST'
  | 'date_DESC'
  | 'date_DESC_NULLS_FIRST'
  | 'date_DESC_NULLS_LAST'
  | 'heartbeats_ASC'
  | 'heartbeats_ASC_NULLS_FIRST'
  | 'heartbeats_ASC_NULLS_LAST'
  | 'heartbeats_DESC'
  | 'heartbeats_DESC_NULLS_FIRST'
  | 'heartbeats_DESC_NULLS_LAST'
  | 'hubInferences_ASC'
  | 'hubInferences_ASC_NULLS_FIRST'
  | 'hubInferences_ASC_NULLS_LAST'
  | 'hubInferences_DESC'
  | 'hubInferences_DESC_NULLS_FIRST'
  | 'hubInferences_DESC_NULLS_LAST'
  | 'id_ASC'
  | 'id_ASC_NULLS_FIRST'
  | 'id_ASC_NULLS_LAST'
  | 'id_DESC'
  | 'id_DESC_NULLS_FIRST'
  | 'id_DESC_NULLS_LAST'
  | 'individualInferences_ASC'
  | 'individualInferences_ASC_NULLS_FIRST'
  | 'individualInferences_ASC_NULLS_LAST'
  | 'individualInferences_DESC'
  | 'individualInferences_DESC_NULLS_FIRST'
  | 'individualInferences_DESC_NULLS_LAST'
  | 'inferencesFailed_ASC'
  | 'inferencesFailed_ASC_NULLS_FIRST'
  | 'inferencesFailed_ASC_NULLS_LAST'
  | 'inferencesFailed_DESC'
  | 'inferencesFailed_DESC_NULLS_FIRST'
  | 'inferencesFailed_DESC_NULLS_LAST'
  | 'inferencesSettled_ASC'
  | 'inferencesSettled_ASC_NULLS_FIRST'
  | 'inferencesSettled_ASC_NULLS_LAST'
  | 'inferencesSettled_DESC'
  | 'inferencesSettled_DESC_NULLS_FIRST'
  | 'inferencesSettled_DESC_NULLS_LAST'
  | 'inferencesVerified_ASC'
  | 'inferencesVerified_ASC_NULLS_FIRST'
  | 'inferencesVerified_ASC_NULLS_LAST'
  | 'inferencesVerified_DESC'
  | 'inferencesVerified_DESC_NULLS_FIRST'
  | 'inferencesVerified_DESC_NULLS_LAST'
  | 'legacyInferences_ASC'
  | 'legacyInferences_ASC_NULLS_FIRST'
  | 'legacyInferences_ASC_NULLS_LAST'
  | 'legacyInferences_DESC'
  | 'legacyInferences_DESC_NULLS_FIRST'
  | 'legacyInferences_DESC_NULLS_LAST'
  | 'newWallets_ASC'
  | 'newWallets_ASC_NULLS_FIRST'
  | 'newWallets_ASC_NULLS_LAST'
  | 'newWallets_DESC'
  | 'newWallets_DESC_NULLS_FIRST'
  | 'newWallets_DESC_NULLS_LAST'
  | 'payingWallets_ASC'
  | 'payingWallets_ASC_NULLS_FIRST'
  | 'payingWallets_ASC_NULLS_LAST'
  | 'payingWallets_DESC'
  | 'payingWallets_DESC_NULLS_FIRST'
  | 'payingWallets_DESC_NULLS_LAST'
  | 'paymentVolumeUsd_ASC'
  | 'paymentVolumeUsd_ASC_NULLS_FIRST'
  | 'paymentVolumeUsd_ASC_NULLS_LAST'
  | 'paymentVolumeUsd_DESC'
  | 'paymentVolumeUsd_DESC_NULLS_FIRST'
  | 'paymentVolumeUsd_DESC_NULLS_LAST'
  | 'paymentVolume_ASC'
  | 'paymentVolume_ASC_NULLS_FIRST'
  | 'paymentVolume_ASC_NULLS_LAST'
  | 'paymentVolume_DESC'
  | 'paymentVolume_DESC_NULLS_FIRST'
  | 'paymentVolume_DESC_NULLS_LAST'
  | 'payments_ASC'
  | 'payments_ASC_NULLS_FIRST'
  | 'payments_ASC_NULLS_LAST'
  | 'payments_DESC'
  | 'payments_DESC_NULLS_FIRST'
  | 'payments_DESC_NULLS_LAST'
  | 'priceClose_ASC'
  | 'priceClose_ASC_NULLS_FIRST'
  | 'priceClose_ASC_NULLS_LAST'
  | 'priceClose_DESC'
  | 'priceClose_DESC_NULLS_FIRST'
  | 'priceClose_DESC_NULLS_LAST'
  | 'settlements_ASC'
  | 'settlements_ASC_NULLS_FIRST'
  | 'settlements_ASC_NULLS_LAST'
  | 'settlements_DESC'
  | 'settlements_DESC_NULLS_FIRST'
  | 'settlements_DESC_NULLS_LAST'
  | 'stakingEvents_ASC'
  | 'stakingEvents_ASC_NULLS_FIRST'
  | 'stakingEvents_ASC_NULLS_LAST'
  | 'stakingEvents_DESC'
  | 'stakingEvents_DESC_NULLS_FIRST'
  | 'stakingEvents_DESC_NULLS_LAST'
  | 'swapVolumeUsd_ASC'
  | 'swapVolumeUsd_ASC_NULLS_FIRST'
  | 'swapVolumeUsd_ASC_NULLS_LAST'
  | 'swapVolumeUsd_DESC'
  | 'swapVolumeUsd_DESC_NULLS_FIRST'
  | 'swapVolumeUsd_DESC_NULLS_LAST'
  | 'swaps_ASC'
  | 'swaps_ASC_NULLS_FIRST'
  | 'swaps_ASC_NULLS_LAST'
  | 'swaps_DESC'
  | 'swaps_DESC_NULLS_FIRST'
  | 'swaps_DESC_NULLS_LAST'
  | 'totalStaked_ASC'
  | 'totalStaked_ASC_NULLS_FIRST'
  | 'totalStaked_ASC_NULLS_LAST'
  | 'totalStaked_DESC'
  | 'totalStaked_DESC_NULLS_FIRST'
  | 'totalStaked_DESC_NULLS_LAST'
  | 'transfers_ASC'
  | 'transfers_ASC_NULLS_FIRST'
  | 'transfers_ASC_NULLS_LAST'
  | 'transfers_DESC'
  | 'transfers_DESC_NULLS_FIRST'
  | 'transfers_DESC_NULLS_LAST'
  | 'unlocked_ASC'
  | 'unlocked_ASC_NULLS_FIRST'
  | 'unlocked_ASC_NULLS_LAST'
  | 'unlocked_DESC'
  | 'unlocked_DESC_NULLS_FIRST'
  | 'unlocked_DESC_NULLS_LAST';

export type DailyStatWhereInput = {
  AND?: InputMaybe<Array<DailyStatWhereInput>>;
  OR?: InputMaybe<Array<DailyStatWhereInput>>;
  activeTees_eq?: InputMaybe<Scalars['Int']['input']>;
  activeTees_gt?: InputMaybe<Scalars['Int']['input']>;
  activeTees_gte?: InputMaybe<Scalars['Int']['input']>;
  activeTees_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  activeTees_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  activeTees_lt?: InputMaybe<Scalars['Int']['input']>;
  activeTees_lte?: InputMaybe<Scalars['Int']['input']>;
  activeTees_not_eq?: InputMaybe<Scalars['Int']['input']>;
  activeTees_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  batchInferences_eq?: InputMaybe<Scalars['Int']['input']>;
  batchInferences_gt?: InputMaybe<Scalars['Int']['input']>;
  batchInferences_gte?: InputMaybe<Scalars['Int']['input']>;
  batchInferences_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  batchInferences_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  batchInferences_lt?: InputMaybe<Scalars['Int']['input']>;
  batchInferences_lte?: InputMaybe<Scalars['Int']['input']>;
  batchInferences_not_eq?: InputMaybe<Scalars['Int']['input']>;
  batchInferences_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  circulatingSupply_eq?: InputMaybe<Scalars['BigInt']['input']>;
  circulatingSupply_gt?: InputMaybe<Scalars['BigInt']['input']>;
  circulatingSupply_gte?: InputMaybe<Scalars['BigInt']['input']>;
  circulatingSupply_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  circulatingSupply_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  circulatingSupply_lt?: InputMaybe<Scalars['BigInt']['input']>;
  circulatingSupply_lte?: InputMaybe<Scalars['BigInt']['input']>;
  circulatingSupply_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  circulatingSupply_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  date_eq?: InputMaybe<Scalars['DateTime']['input']>;
  date_gt?: InputMaybe<Scalars['DateTime']['input']>;
  date_gte?: InputMaybe<Scalars['DateTime']['input']>;
  date_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  date_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  date_lt?: InputMaybe<Scalars['DateTime']['input']>;
  date_lte?: InputMaybe<Scalars['DateTime']['input']>;
  date_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  date_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  heartbeats_eq?: InputMaybe<Scalars['Int']['input']>;
  heartbeats_gt?: InputMaybe<Scalars['Int']['input']>;
  heartbeats_gte?: InputMaybe<Scalars['Int']['input']>;
  heartbeats_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  heartbeats_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  heartbeats_lt?: InputMaybe<Scalars['Int']['input']>;
  heartbeats_lte?: InputMaybe<Scalars['Int']['input']>;
  heartbeats_not_eq?: InputMaybe<Scalars['Int']['input']>;
  heartbeats_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  hubInferences_eq?: InputMaybe<Scalars['Int']['input']>;
  hubInferences_gt?: InputMaybe<Scalars['Int']['input']>;
  hubInferences_gte?: InputMaybe<Scalars['Int']['input']>;
  hubInferences_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  hubInferences_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  hubInferences_lt?: InputMaybe<Scalars['Int']['input']>;
  hubInferences_lte?: InputMaybe<Scalars['Int']['input']>;
  hubInferences_not_eq?: InputMaybe<Scalars['Int']['input']>;
  hubInferences_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  id_contains?: InputMaybe<Scalars['String']['input']>;
  id_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_eq?: InputMaybe<Scalars['String']['input']>;
  id_gt?: InputMaybe<Scalars['String']['input']>;
  id_gte?: InputMaybe<Scalars['String']['input']>;
  id_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  id_lt?: InputMaybe<Scalars['String']['input']>;
  id_lte?: InputMaybe<Scalars['String']['input']>;
  id_not_contains?: InputMaybe<Scalars['String']['input']>;
  id_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_not_eq?: InputMaybe<Scalars['String']['input']>;
  id_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_startsWith?: InputMaybe<Scalars['String']['input']>;
  individualInferences_eq?: InputMaybe<Scalars['Int']['input']>;
  individualInferences_gt?: InputMaybe<Scalars['Int']['input']>;
  individualInferences_gte?: InputMaybe<Scalars['Int']['input']>;
  individualInferences_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  individualInferences_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  individualInferences_lt?: InputMaybe<Scalars['Int']['input']>;
  individualInferences_lte?: InputMaybe<Scalars['Int']['input']>;
  individualInferences_not_eq?: InputMaybe<Scalars['Int']['input']>;
  individualInferences_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  inferencesFailed_eq?: InputMaybe<Scalars['Int']['input']>;
  inferencesFailed_gt?: InputMaybe<Scalars['Int']['input']>;
  inferencesFailed_gte?: InputMaybe<Scalars['Int']['input']>;
  inferencesFailed_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  inferencesFailed_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  inferencesFailed_lt?: InputMaybe<Scalars['Int']['input']>;
  inferencesFailed_lte?: InputMaybe<Scalars['Int']['input']>;
  inferencesFailed_not_eq?: InputMaybe<Scalars['Int']['input']>;
  inferencesFailed_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  inferencesSettled_eq?: InputMaybe<Scalars['Int']['input']>;
  inferencesSettled_gt?: InputMaybe<Scalars['Int']['input']>;
  inferencesSettled_gte?: InputMaybe<Scalars['Int']['input']>;
  inferencesSettled_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  inferencesSettled_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  inferencesSettled_lt?: InputMaybe<Scalars['Int']['input']>;
  inferencesSettled_lte?: InputMaybe<Scalars['Int']['input']>;
  inferencesSettled_not_eq?: InputMaybe<Scalars['Int']['input']>;
  inferencesSettled_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  inferencesVerified_eq?: InputMaybe<Scalars['Int']['input']>;
  inferencesVerified_gt?: InputMaybe<Scalars['Int']['input']>;
  inferencesVerified_gte?: InputMaybe<Scalars['Int']['input']>;
  inferencesVerified_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  inferencesVerified_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  inferencesVerified_lt?: InputMaybe<Scalars['Int']['input']>;
  inferencesVerified_lte?: InputMaybe<Scalars['Int']['input']>;
  inferencesVerified_not_eq?: InputMaybe<Scalars['Int']['input']>;
  inferencesVerified_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  legacyInferences_eq?: InputMaybe<Scalars['Int']['input']>;
  legacyInferences_gt?: InputMaybe<Scalars['Int']['input']>;
  legacyInferences_gte?: InputMaybe<Scalars['Int']['input']>;
  legacyInferences_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  legacyInferences_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  legacyInferences_lt?: InputMaybe<Scalars['Int']['input']>;
  legacyInferences_lte?: InputMaybe<Scalars['Int']['input']>;
  legacyInferences_not_eq?: InputMaybe<Scalars['Int']['input']>;
  legacyInferences_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  newWallets_eq?: InputMaybe<Scalars['Int']['input']>;
  newWallets_gt?: InputMaybe<Scalars['Int']['input']>;
  newWallets_gte?: InputMaybe<Scalars['Int']['input']>;
  newWallets_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  newWallets_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  newWallets_lt?: InputMaybe<Scalars['Int']['input']>;
  newWallets_lte?: InputMaybe<Scalars['Int']['input']>;
  newWallets_not_eq?: InputMaybe<Scalars['Int']['input']>;
  newWallets_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  payingWallets_eq?: InputMaybe<Scalars['Int']['input']>;
  payingWallets_gt?: InputMaybe<Scalars['Int']['input']>;
  payingWallets_gte?: InputMaybe<Scalars['Int']['input']>;
  payingWallets_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  payingWallets_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  payingWallets_lt?: InputMaybe<Scalars['Int']['input']>;
  payingWallets_lte?: InputMaybe<Scalars['Int']['input']>;
  payingWallets_not_eq?: InputMaybe<Scalars['Int']['input']>;
  payingWallets_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  paymentVolumeUsd_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  paymentVolumeUsd_gt?: InputMaybe<Scalars['BigDecimal']['input']>;
  paymentVolumeUsd_gte?: InputMaybe<Scalars['BigDecimal']['input']>;
  paymentVolumeUsd_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  paymentVolumeUsd_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  paymentVolumeUsd_lt?: InputMaybe<Scalars['BigDecimal']['input']>;
  paymentVolumeUsd_lte?: InputMaybe<Scalars['BigDecimal']['input']>;
  paymentVolumeUsd_not_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  paymentVolumeUsd_not_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  paymentVolume_eq?: InputMaybe<Scalars['BigInt']['input']>;
  paymentVolume_gt?: InputMaybe<Scalars['BigInt']['input']>;
  paymentVolume_gte?: InputMaybe<Scalars['BigInt']['input']>;
  paymentVolume_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  paymentVolume_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  paymentVolume_lt?: InputMaybe<Scalars['BigInt']['input']>;
  paymentVolume_lte?: InputMaybe<Scalars['BigInt']['input']>;
  paymentVolume_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  paymentVolume_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  payments_eq?: InputMaybe<Scalars['Int']['input']>;
  payments_gt?: InputMaybe<Scalars['Int']['input']>;
  payments_gte?: InputMaybe<Scalars['Int']['input']>;
  payments_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  payments_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  payments_lt?: InputMaybe<Scalars['Int']['input']>;
  payments_lte?: InputMaybe<Scalars['Int']['input']>;
  payments_not_eq?: InputMaybe<Scalars['Int']['input']>;
  payments_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  priceClose_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  priceClose_gt?: InputMaybe<Scalars['BigDecimal']['input']>;
  priceClose_gte?: InputMaybe<Scalars['BigDecimal']['input']>;
  priceClose_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  priceClose_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  priceClose_lt?: InputMaybe<Scalars['BigDecimal']['input']>;
  priceClose_lte?: InputMaybe<Scalars['BigDecimal']['input']>;
  priceClose_not_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  priceClose_not_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  settlements_eq?: InputMaybe<Scalars['Int']['input']>;
  settlements_gt?: InputMaybe<Scalars['Int']['input']>;
  settlements_gte?: InputMaybe<Scalars['Int']['input']>;
  settlements_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  settlements_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  settlements_lt?: InputMaybe<Scalars['Int']['input']>;
  settlements_lte?: InputMaybe<Scalars['Int']['input']>;
  settlements_not_eq?: InputMaybe<Scalars['Int']['input']>;
  settlements_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  stakingEvents_eq?: InputMaybe<Scalars['Int']['input']>;
  stakingEvents_gt?: InputMaybe<Scalars['Int']['input']>;
  stakingEvents_gte?: InputMaybe<Scalars['Int']['input']>;
  stakingEvents_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  stakingEvents_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  stakingEvents_lt?: InputMaybe<Scalars['Int']['input']>;
  stakingEvents_lte?: InputMaybe<Scalars['Int']['input']>;
  stakingEvents_not_eq?: InputMaybe<Scalars['Int']['input']>;
  stakingEvents_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  swapVolumeUsd_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  swapVolumeUsd_gt?: InputMaybe<Scalars['BigDecimal']['input']>;
  swapVolumeUsd_gte?: InputMaybe<Scalars['BigDecimal']['input']>;
  swapVolumeUsd_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  swapVolumeUsd_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  swapVolumeUsd_lt?: InputMaybe<Scalars['BigDecimal']['input']>;
  swapVolumeUsd_lte?: InputMaybe<Scalars['BigDecimal']['input']>;
  swapVolumeUsd_not_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  swapVolumeUsd_not_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  swaps_eq?: InputMaybe<Scalars['Int']['input']>;
  swaps_gt?: InputMaybe<Scalars['Int']['input']>;
  swaps_gte?: InputMaybe<Scalars['Int']['input']>;
  swaps_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  swaps_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  swaps_lt?: InputMaybe<Scalars['Int']['input']>;
  swaps_lte?: InputMaybe<Scalars['Int']['input']>;
  swaps_not_eq?: InputMaybe<Scalars['Int']['input']>;
  swaps_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  totalStaked_eq?: InputMaybe<Scalars['BigInt']['input']>;
  totalStaked_gt?: InputMaybe<Scalars['BigInt']['input']>;
  totalStaked_gte?: InputMaybe<Scalars['BigInt']['input']>;
  totalStaked_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  totalStaked_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  totalStaked_lt?: InputMaybe<Scalars['BigInt']['input']>;
  totalStaked_lte?: InputMaybe<Scalars['BigInt']['input']>;
  totalStaked_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  totalStaked_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  transfers_eq?: InputMaybe<Scalars['Int']['input']>;
  transfers_gt?: InputMaybe<Scalars['Int']['input']>;
  transfers_gte?: InputMaybe<Scalars['Int']['input']>;
  transfers_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  transfers_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  transfers_lt?: InputMaybe<Scalars['Int']['input']>;
  transfers_lte?: InputMaybe<Scalars['Int']['input']>;
  transfers_not_eq?: InputMaybe<Scalars['Int']['input']>;
  transfers_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  unlocked_eq?: InputMaybe<Scalars['BigInt']['input']>;
  unlocked_gt?: InputMaybe<Scalars['BigInt']['input']>;
  unlocked_gte?: InputMaybe<Scalars['BigInt']['input']>;
  unlocked_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  unlocked_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  unlocked_lt?: InputMaybe<Scalars['BigInt']['input']>;
  unlocked_lte?: InputMaybe<Scalars['BigInt']['input']>;
  unlocked_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  unlocked_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
};

export type DailyStatsConnection = {
  __typename?: 'DailyStatsConnection';
  edges: Array<DailyStatEdge>;
  pageInfo: PageInfo;
  /** exact when filtered (up to the count cap); unfiltered counts of large tables come from the daily aggregates or the planner's estimate, see the API README */
  totalCount: Scalars['Int']['output'];
};

export type DecodedLogArg = {
  __typename?: 'DecodedLogArg';
  /** an indexed string, bytes, array or tuple: the log holds only its keccak hash, which value is */
  hashed: Scalars['Boolean']['output'];
  indexed: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  type: Scalars['String']['output'];
  /** scalars as text (numbers in decimal, in the token's smallest unit), tuples and arrays as JSON */
  value: Scalars['String']['output'];
};

export type Delegation = {
  __typename?: 'Delegation';
  /** ogwei value of the shares when last touched */
  amount: Scalars['BigInt']['output'];
  createdAt: Scalars['DateTime']['output'];
  delegator: Scalars['String']['output'];
  /** delegator-validator */
  id: Scalars['String']['output'];
  shares: Scalars['BigInt']['output'];
  updatedAt: Scalars['DateTime']['output'];
  validator: Validator;
};

export type DelegationEdge = {
  __typename?: 'DelegationEdge';
  cursor: Scalars['String']['output'];
  node: Delegation;
};

export type DelegationOrderByInput =
  | 'amount_ASC'
  | 'amount_ASC_NULLS_FIRST'
  | 'amount_ASC_NULLS_LAST'
  | 'amount_DESC'
  | 'amount_DESC_NULLS_FIRST'
  | 'amount_DESC_NULLS_LAST'
  | 'createdAt_ASC'
  | 'createdAt_ASC_NULLS_FIRST'
  | 'createdAt_ASC_NULLS_LAST'
  | 'createdAt_DESC'
  | 'createdAt_DESC_NULLS_FIRST'
  | 'createdAt_DESC_NULLS_LAST'
  | 'delegator_ASC'
  | 'delegator_ASC_NULLS_FIRST'
  | 'delegator_ASC_NULLS_LAST'
  | 'delegator_DESC'
  | 'delegator_DESC_NULLS_FIRST'
  | 'delegator_DESC_NULLS_LAST'
  | 'id_ASC'
  | 'id_ASC_NULLS_FIRST'
  | 'id_ASC_NULLS_LAST'
  | 'id_DESC'
  | 'id_DESC_NULLS_FIRST'
  | 'id_DESC_NULLS_LAST'
  | 'shares_ASC'
  | 'shares_ASC_NULLS_FIRST'
  | 'shares_ASC_NULLS_LAST'
  | 'shares_DESC'
  | 'shares_DESC_NULLS_FIRST'
  | 'shares_DESC_NULLS_LAST'
  | 'updatedAt_ASC'
  | 'updatedAt_ASC_NULLS_FIRST'
  | 'updatedAt_ASC_NULLS_LAST'
  | 'updatedAt_DESC'
  | 'updatedAt_DESC_NULLS_FIRST'
  | 'updatedAt_DESC_NULLS_LAST'
  | 'validator_commissionRate_ASC'
  | 'validator_commissionRate_ASC_NULLS_FIRST'
  | 'validator_commissionRate_ASC_NULLS_LAST'
  | 'validator_commissionRate_DESC'
  | 'validator_commissionRate_DESC_NULLS_FIRST'
  | 'validator_commissionRate_DESC_NULLS_LAST'
  | 'validator_createdAt_ASC'
  | 'validator_createdAt_ASC_NULLS_FIRST'
  | 'validator_createdAt_ASC_NULLS_LAST'
  | 'validator_createdAt_DESC'
  | 'validator_createdAt_DESC_NULLS_FIRST'
  | 'validator_createdAt_DESC_NULLS_LAST'
  | 'validator_createdBlock_ASC'
  | 'validator_createdBlock_ASC_NULLS_FIRST'
  | 'validator_createdBlock_ASC_NULLS_LAST'
  | 'validator_createdBlock_DESC'
  | 'validator_createdBlock_DESC_NULLS_FIRST'
  | 'validator_createdBlock_DESC_NULLS_LAST'
  | 'validator_delegatorCount_ASC'
  | 'validator_delegatorCount_ASC_NULLS_FIRST'
  | 'validator_delegatorCount_ASC_NULLS_LAST'
  | 'validator_delegatorCount_DESC'
  | 'validator_delegatorCount_DESC_NULLS_FIRST'
  | 'validator_delegatorCount_DESC_NULLS_LAST'
  | 'validator_delegatorShares_ASC'
  | 'validator_delegatorShares_ASC_NULLS_FIRST'
  | 'validator_delegatorShares_ASC_NULLS_LAST'
  | 'validator_delegatorShares_DESC'
  | 'validator_delegatorShares_DESC_NULLS_FIRST'
  | 'validator_delegatorShares_DESC_NULLS_LAST'
  | 'validator_id_ASC'
  | 'validator_id_ASC_NULLS_FIRST'
  | 'validator_id_ASC_NULLS_LAST'
  | 'validator_id_DESC'
  | 'validator_id_DESC_NULLS_FIRST'
  | 'validator_id_DESC_NULLS_LAST'
  | 'validator_jailCount_ASC'
  | 'validator_jailCount_ASC_NULLS_FIRST'
  | 'validator_jailCount_ASC_NULLS_LAST'
  | 'validator_jailCount_DESC'
  | 'validator_jailCount_DESC_NULLS_FIRST'
  | 'validator_jailCount_DESC_NULLS_LAST'
  | 'validator_jailed_ASC'
  | 'validator_jailed_ASC_NULLS_FIRST'
  | 'validator_jailed_ASC_NULLS_LAST'
  | 'validator_jailed_DESC'
  | 'validator_jailed_DESC_NULLS_FIRST'
  | 'validator_jailed_DESC_NULLS_LAST'
  | 'validator_maxCommissionRate_ASC'
  | 'validator_maxCommissionRate_ASC_NULLS_FIRST'
  | 'validator_maxCommissionRate_ASC_NULLS_LAST'
  | 'validator_maxCommissionRate_DESC'
  | 'validator_maxCommissionRate_DESC_NULLS_FIRST'
  | 'validator_maxCommissionRate_DESC_NULLS_LAST'
  | 'validator_minSelfDelegation_ASC'
  | 'validator_minSelfDelegation_ASC_NULLS_FIRST'
  | 'validator_minSelfDelegation_ASC_NULLS_LAST'
  | 'validator_minSelfDelegation_DESC'
  | 'validator_minSelfDelegation_DESC_NULLS_FIRST'
  | 'validator_minSelfDelegation_DESC_NULLS_LAST'
  | 'validator_moniker_ASC'
  | 'validator_moniker_ASC_NULLS_FIRST'
  | 'validator_moniker_ASC_NULLS_LAST'
  | 'validator_moniker_DESC'
  | 'validator_moniker_DESC_NULLS_FIRST'
  | 'validator_moniker_DESC_NULLS_LAST'
  | 'validator_selfBond_ASC'
  | 'validator_selfBond_ASC_NULLS_FIRST'
  | 'validator_selfBond_ASC_NULLS_LAST'
  | 'validator_selfBond_DESC'
  | 'validator_selfBond_DESC_NULLS_FIRST'
  | 'validator_selfBond_DESC_NULLS_LAST'
  | 'validator_slashCount_ASC'
  | 'validator_slashCount_ASC_NULLS_FIRST'
  | 'validator_slashCount_ASC_NULLS_LAST'
  | 'validator_slashCount_DESC'
  | 'validator_slashCount_DESC_NULLS_FIRST'
  | 'validator_slashCount_DESC_NULLS_LAST'
  | 'validator_stateBlock_ASC'
  | 'validator_stateBlock_ASC_NULLS_FIRST'
  | 'validator_stateBlock_ASC_NULLS_LAST'
  | 'validator_stateBlock_DESC'
  | 'validator_stateBlock_DESC_NULLS_FIRST'
  | 'validator_stateBlock_DESC_NULLS_LAST'
  | 'validator_status_ASC'
  | 'validator_status_ASC_NULLS_FIRST'
  | 'validator_status_ASC_NULLS_LAST'
  | 'validator_status_DESC'
  | 'validator_status_DESC_NULLS_FIRST'
  | 'validator_status_DESC_NULLS_LAST'
  | 'validator_tokens_ASC'
  | 'validator_tokens_ASC_NULLS_FIRST'
  | 'validator_tokens_ASC_NULLS_LAST'
  | 'validator_tokens_DESC'
  | 'validator_tokens_DESC_NULLS_FIRST'
  | 'validator_tokens_DESC_NULLS_LAST'
  | 'validator_totalSlashed_ASC'
  | 'validator_totalSlashed_ASC_NULLS_FIRST'
  | 'validator_totalSlashed_ASC_NULLS_LAST'
  | 'validator_totalSlashed_DESC'
  | 'validator_totalSlashed_DESC_NULLS_FIRST'
  | 'validator_totalSlashed_DESC_NULLS_LAST';

export type DelegationWhereInput = {
  AND?: InputMaybe<Array<DelegationWhereInput>>;
  OR?: InputMaybe<Array<DelegationWhereInput>>;
  amount_eq?: InputMaybe<Scalars['BigInt']['input']>;
  amount_gt?: InputMaybe<Scalars['BigInt']['input']>;
  amount_gte?: InputMaybe<Scalars['BigInt']['input']>;
  amount_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  amount_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  amount_lt?: InputMaybe<Scalars['BigInt']['input']>;
  amount_lte?: InputMaybe<Scalars['BigInt']['input']>;
  amount_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  amount_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  createdAt_eq?: InputMaybe<Scalars['DateTime']['input']>;
  createdAt_gt?: InputMaybe<Scalars['DateTime']['input']>;
  createdAt_gte?: InputMaybe<Scalars['DateTime']['input']>;
  createdAt_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  createdAt_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  createdAt_lt?: InputMaybe<Scalars['DateTime']['input']>;
  createdAt_lte?: InputMaybe<Scalars['DateTime']['input']>;
  createdAt_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  createdAt_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  delegator_contains?: InputMaybe<Scalars['String']['input']>;
  delegator_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  delegator_endsWith?: InputMaybe<Scalars['String']['input']>;
  delegator_eq?: InputMaybe<Scalars['String']['input']>;
  delegator_gt?: InputMaybe<Scalars['String']['input']>;
  delegator_gte?: InputMaybe<Scalars['String']['input']>;
  delegator_in?: InputMaybe<Array<Scalars['String']['input']>>;
  delegator_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  delegator_lt?: InputMaybe<Scalars['String']['input']>;
  delegator_lte?: InputMaybe<Scalars['String']['input']>;
  delegator_not_contains?: InputMaybe<Scalars['String']['input']>;
  delegator_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  delegator_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  delegator_not_eq?: InputMaybe<Scalars['String']['input']>;
  delegator_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  delegator_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  delegator_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_contains?: InputMaybe<Scalars['String']['input']>;
  id_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_eq?: InputMaybe<Scalars['String']['input']>;
  id_gt?: InputMaybe<Scalars['String']['input']>;
  id_gte?: InputMaybe<Scalars['String']['input']>;
  id_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  id_lt?: InputMaybe<Scalars['String']['input']>;
  id_lte?: InputMaybe<Scalars['String']['input']>;
  id_not_contains?: InputMaybe<Scalars['String']['input']>;
  id_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_not_eq?: InputMaybe<Scalars['String']['input']>;
  id_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_startsWith?: InputMaybe<Scalars['String']['input']>;
  shares_eq?: InputMaybe<Scalars['BigInt']['input']>;
  shares_gt?: InputMaybe<Scalars['BigInt']['input']>;
  shares_gte?: InputMaybe<Scalars['BigInt']['input']>;
  shares_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  shares_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  shares_lt?: InputMaybe<Scalars['BigInt']['input']>;
  shares_lte?: InputMaybe<Scalars['BigInt']['input']>;
  shares_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  shares_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  updatedAt_eq?: InputMaybe<Scalars['DateTime']['input']>;
  updatedAt_gt?: InputMaybe<Scalars['DateTime']['input']>;
  updatedAt_gte?: InputMaybe<Scalars['DateTime']['input']>;
  updatedAt_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  updatedAt_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  updatedAt_lt?: InputMaybe<Scalars['DateTime']['input']>;
  updatedAt_lte?: InputMaybe<Scalars['DateTime']['input']>;
  updatedAt_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  updatedAt_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  validator?: InputMaybe<ValidatorWhereInput>;
  validator_isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

export type DelegationsConnection = {
  __typename?: 'DelegationsConnection';
  edges: Array<DelegationEdge>;
  pageInfo: PageInfo;
  /** exact when filtered (up to the count cap); unfiltered counts of large tables come from the daily aggregates or the planner's estimate, see the API README */
  totalCount: Scalars['Int']['output'];
};

export type GapFill =
  /** no stored row means nothing changed: the bucket keeps the last value (null before the first one) */
  | 'CARRY_FORWARD'
  /** no stored row means nothing happened: the bucket is 0 */
  | 'ZERO';

export type Heartbeat = {
  __typename?: 'Heartbeat';
  blockNumber: Scalars['Int']['output'];
  /** seconds since the previous heartbeat (or registration) the node spent disabled (TEEDisabled to TEEEnabled), when the registry refuses heartbeats: the part of gapSeconds not held against it */
  disabledSeconds: Scalars['Int']['output'];
  /** seconds since the previous heartbeat of this node */
  gapSeconds?: Maybe<Scalars['Int']['output']>;
  /** txHash-logIndex */
  id: Scalars['String']['output'];
  /** the timestamp the enclave signed */
  reportedAt: Scalars['DateTime']['output'];
  tee: TeeNode;
  timestamp: Scalars['DateTime']['output'];
  /** search finds a heartbeat by its transaction */
  txHash: Scalars['String']['output'];
};

export type HeartbeatEdge = {
  __typename?: 'HeartbeatEdge';
  cursor: Scalars['String']['output'];
  node: Heartbeat;
};

export type HeartbeatOrderByInput =
  | 'blockNumber_ASC'
  | 'blockNumber_ASC_NULLS_FIRST'
  | 'blockNumber_ASC_NULLS_LAST'
  | 'blockNumber_DESC'
  | 'blockNumber_DESC_NULLS_FIRST'
  | 'blockNumber_DESC_NULLS_LAST'
  | 'disabledSeconds_ASC'
  | 'disabledSeconds_ASC_NULLS_FIRST'
  | 'disabledSeconds_ASC_NULLS_LAST'
  | 'disabledSeconds_DESC'
  | 'disabledSeconds_DESC_NULLS_FIRST'
  | 'disabledSeconds_DESC_NULLS_LAST'
  | 'gapSeconds_ASC'
  | 'gapSeconds_ASC_NULLS_FIRST'
  | 'gapSeconds_ASC_NULLS_LAST'
  | 'gapSeconds_DESC'
  | 'gapSeconds_DESC_NULLS_FIRST'
  | 'gapSeconds_DESC_NULLS_LAST'
  | 'id_ASC'
  | 'id_ASC_NULLS_FIRST'
  | 'id_ASC_NULLS_LAST'
  | 'id_DESC'
  | 'id_DESC_NULLS_FIRST'
  | 'id_DESC_NULLS_LAST'
  | 'reportedAt_ASC'
  | 'reportedAt_ASC_NULLS_FIRST'
  | 'reportedAt_ASC_NULLS_LAST'
  | 'reportedAt_DESC'
  | 'reportedAt_DESC_NULLS_FIRST'
  | 'reportedAt_DESC_NULLS_LAST'
  | 'tee_coveredSeconds_ASC'
  | 'tee_coveredSeconds_ASC_NULLS_FIRST'
  | 'tee_coveredSeconds_ASC_NULLS_LAST'
  | 'tee_coveredSeconds_DESC'
  | 'tee_coveredSeconds_DESC_NULLS_FIRST'
  | 'tee_coveredSeconds_DESC_NULLS_LAST'
  | 'tee_disabledAt_ASC'
  | 'tee_disabledAt_ASC_NULLS_FIRST'
  | 'tee_disabledAt_ASC_NULLS_LAST'
  | 'tee_disabledAt_DESC'
  | 'tee_disabledAt_DESC_NULLS_FIRST'
  | 'tee_disabledAt_DESC_NULLS_LAST'
  | 'tee_disabledSeconds_ASC'
  | 'tee_disabledSeconds_ASC_NULLS_FIRST'
  | 'tee_disabledSeconds_ASC_NULLS_LAST'
  | 'tee_disabledSeconds_DESC'
  | 'tee_disabledSeconds_DESC_NULLS_FIRST'
  | 'tee_disabledSeconds_DESC_NULLS_LAST'
  | 'tee_disabledSinceHeartbeat_ASC'
  | 'tee_disabledSinceHeartbeat_ASC_NULLS_FIRST'
  | 'tee_disabledSinceHeartbeat_ASC_NULLS_LAST'
  | 'tee_disabledSinceHeartbeat_DESC'
  | 'tee_disabledSinceHeartbeat_DESC_NULLS_FIRST'
  | 'tee_disabledSinceHeartbeat_DESC_NULLS_LAST'
  | 'tee_enabled_ASC'
  | 'tee_enabled_ASC_NULLS_FIRST'
  | 'tee_enabled_ASC_NULLS_LAST'
  | 'tee_enabled_DESC'
  | 'tee_enabled_DESC_NULLS_FIRST'
  | 'tee_enabled_DESC_NULLS_LAST'
  | 'tee_endpoint_ASC'
  | 'tee_endpoint_ASC_NULLS_FIRST'
  | 'tee_endpoint_ASC_NULLS_LAST'
  | 'tee_endpoint_DESC'
  | 'tee_endpoint_DESC_NULLS_FIRST'
  | 'tee_endpoint_DESC_NULLS_LAST'
  | 'tee_heartbeatCount_ASC'
  | 'tee_heartbeatCount_ASC_NULLS_FIRST'
  | 'tee_heartbeatCount_ASC_NULLS_LAST'
  | 'tee_heartbeatCount_DESC'
  | 'tee_heartbeatCount_DESC_NULLS_FIRST'
  | 'tee_heartbeatCount_DESC_NULLS_LAST'
  | 'tee_heartbeatMaxAge_ASC'
  | 'tee_heartbeatMaxAge_ASC_NULLS_FIRST'
  | 'tee_heartbeatMaxAge_ASC_NULLS_LAST'
  | 'tee_heartbeatMaxAge_DESC'
  | 'tee_heartbeatMaxAge_DESC_NULLS_FIRST'
  | 'tee_heartbeatMaxAge_DESC_NULLS_LAST'
  | 'tee_id_ASC'
  | 'tee_id_ASC_NULLS_FIRST'
  | 'tee_id_ASC_NULLS_LAST'
  | 'tee_id_DESC'
  | 'tee_id_DESC_NULLS_FIRST'
  | 'tee_id_DESC_NULLS_LAST'
  | 'tee_inferenceCount_ASC'
  | 'tee_inferenceCount_ASC_NULLS_FIRST'
  | 'tee_inferenceCount_ASC_NULLS_LAST'
  | 'tee_inferenceCount_DESC'
  | 'tee_inferenceCount_DESC_NULLS_FIRST'
  | 'tee_inferenceCount_DESC_NULLS_LAST'
  | 'tee_lastHeartbeatAt_ASC'
  | 'tee_lastHeartbeatAt_ASC_NULLS_FIRST'
  | 'tee_lastHeartbeatAt_ASC_NULLS_LAST'
  | 'tee_lastHeartbeatAt_DESC'
  | 'tee_lastHeartbeatAt_DESC_NULLS_FIRST'
  | 'tee_lastHeartbeatAt_DESC_NULLS_LAST'
  | 'tee_owner_ASC'
  | 'tee_owner_ASC_NULLS_FIRST'
  | 'tee_owner_ASC_NULLS_LAST'
  | 'tee_owner_DESC'
  | 'tee_owner_DESC_NULLS_FIRST'
  | 'tee_owner_DESC_NULLS_LAST'
  | 'tee_paymentAddress_ASC'
  | 'tee_paymentAddress_ASC_NULLS_FIRST'
  | 'tee_paymentAddress_ASC_NULLS_LAST'
  | 'tee_paymentAddress_DESC'
  | 'tee_paymentAddress_DESC_NULLS_FIRST'
  | 'tee_paymentAddress_DESC_NULLS_LAST'
  | 'tee_pcrHash_ASC'
  | 'tee_pcrHash_ASC_NULLS_FIRST'
  | 'tee_pcrHash_ASC_NULLS_LAST'
  | 'tee_pcrHash_DESC'
  | 'tee_pcrHash_DESC_NULLS_FIRST'
  | 'tee_pcrHash_DESC_NULLS_LAST'
  | 'tee_publicKey_ASC'
  | 'tee_publicKey_ASC_NULLS_FIRST'
  | 'tee_publicKey_ASC_NULLS_LAST'
  | 'tee_publicKey_DESC'
  | 'tee_publicKey_DESC_NULLS_FIRST'
  | 'tee_publicKey_DESC_NULLS_LAST'
  | 'tee_registeredAt_ASC'
  | 'tee_registeredAt_ASC_NULLS_FIRST'
  | 'tee_registeredAt_ASC_NULLS_LAST'
  | 'tee_registeredAt_DESC'
  | 'tee_registeredAt_DESC_NULLS_FIRST'
  | 'tee_registeredAt_DESC_NULLS_LAST'
  | 'tee_registeredBlock_ASC'
  | 'tee_registeredBlock_ASC_NULLS_FIRST'
  | 'tee_registeredBlock_ASC_NULLS_LAST'
  | 'tee_registeredBlock_DESC'
  | 'tee_registeredBlock_DESC_NULLS_FIRST'
  | 'tee_registeredBlock_DESC_NULLS_LAST'
  | 'tee_registry_ASC'
  | 'tee_registry_ASC_NULLS_FIRST'
  | 'tee_registry_ASC_NULLS_LAST'
  | 'tee_registry_DESC'
  | 'tee_registry_DESC_NULLS_FIRST'
  | 'tee_registry_DESC_NULLS_LAST'
  | 'tee_teeType_ASC'
  | 'tee_teeType_ASC_NULLS_FIRST'
  | 'tee_teeType_ASC_NULLS_LAST'
  | 'tee_teeType_DESC'
  | 'tee_teeType_DESC_NULLS_FIRST'
  | 'tee_teeType_DESC_NULLS_LAST'
  | 'tee_uptime_ASC'
  | 'tee_uptime_ASC_NULLS_FIRST'
  | 'tee_uptime_ASC_NULLS_LAST'
  | 'tee_uptime_DESC'
  | 'tee_uptime_DESC_NULLS_FIRST'
  | 'tee_uptime_DESC_NULLS_LAST'
  | 'timestamp_ASC'
  | 'timestamp_ASC_NULLS_FIRST'
  | 'timestamp_ASC_NULLS_LAST'
  | 'timestamp_DESC'
  | 'timestamp_DESC_NULLS_FIRST'
  | 'timestamp_DESC_NULLS_LAST'
  | 'txHash_ASC'
  | 'txHash_ASC_NULLS_FIRST'
  | 'txHash_ASC_NULLS_LAST'
  | 'txHash_DESC'
  | 'txHash_DESC_NULLS_FIRST'
  | 'txHash_DESC_NULLS_LAST';

export type HeartbeatWhereInput = {
  AND?: InputMaybe<Array<HeartbeatWhereInput>>;
  OR?: InputMaybe<Array<HeartbeatWhereInput>>;
  blockNumber_eq?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_gt?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_gte?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  blockNumber_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  blockNumber_lt?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_lte?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_not_eq?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  disabledSeconds_eq?: InputMaybe<Scalars['Int']['input']>;
  disabledSeconds_gt?: InputMaybe<Scalars['Int']['input']>;
  disabledSeconds_gte?: InputMaybe<Scalars['Int']['input']>;
  disabledSeconds_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  disabledSeconds_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  disabledSeconds_lt?: InputMaybe<Scalars['Int']['input']>;
  disabledSeconds_lte?: InputMaybe<Scalars['Int']['input']>;
  disabledSeconds_not_eq?: InputMaybe<Scalars['Int']['input']>;
  disabledSeconds_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  gapSeconds_eq?: InputMaybe<Scalars['Int']['input']>;
  gapSeconds_gt?: InputMaybe<Scalars['Int']['input']>;
  gapSeconds_gte?: InputMaybe<Scalars['Int']['input']>;
  gapSeconds_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  gapSeconds_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  gapSeconds_lt?: InputMaybe<Scalars['Int']['input']>;
  gapSeconds_lte?: InputMaybe<Scalars['Int']['input']>;
  gapSeconds_not_eq?: InputMaybe<Scalars['Int']['input']>;
  gapSeconds_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  id_contains?: InputMaybe<Scalars['String']['input']>;
  id_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_eq?: InputMaybe<Scalars['String']['input']>;
  id_gt?: InputMaybe<Scalars['String']['input']>;
  id_gte?: InputMaybe<Scalars['String']['input']>;
  id_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  id_lt?: InputMaybe<Scalars['String']['input']>;
  id_lte?: InputMaybe<Scalars['String']['input']>;
  id_not_contains?: InputMaybe<Scalars['String']['input']>;
  id_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_not_eq?: InputMaybe<Scalars['String']['input']>;
  id_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_startsWith?: InputMaybe<Scalars['String']['input']>;
  reportedAt_eq?: InputMaybe<Scalars['DateTime']['input']>;
  reportedAt_gt?: InputMaybe<Scalars['DateTime']['input']>;
  reportedAt_gte?: InputMaybe<Scalars['DateTime']['input']>;
  reportedAt_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  reportedAt_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  reportedAt_lt?: InputMaybe<Scalars['DateTime']['input']>;
  reportedAt_lte?: InputMaybe<Scalars['DateTime']['input']>;
  reportedAt_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  reportedAt_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  tee?: InputMaybe<TeeNodeWhereInput>;
  tee_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  timestamp_eq?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_gt?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_gte?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  timestamp_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  timestamp_lt?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_lte?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  txHash_contains?: InputMaybe<Scalars['String']['input']>;
  txHash_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  txHash_endsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_eq?: InputMaybe<Scalars['String']['input']>;
  txHash_gt?: InputMaybe<Scalars['String']['input']>;
  txHash_gte?: InputMaybe<Scalars['String']['input']>;
  txHash_in?: InputMaybe<Array<Scalars['String']['input']>>;
  txHash_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  txHash_lt?: InputMaybe<Scalars['String']['input']>;
  txHash_lte?: InputMaybe<Scalars['String']['input']>;
  txHash_not_contains?: InputMaybe<Scalars['String']['input']>;
  txHash_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  txHash_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_not_eq?: InputMaybe<Scalars['String']['input']>;
  txHash_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  txHash_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_startsWith?: InputMaybe<Scalars['String']['input']>;
};

export type HeartbeatsConnection = {
  __typename?: 'HeartbeatsConnection';
  edges: Array<HeartbeatEdge>;
  pageInfo: PageInfo;
  /** exact when filtered (up to the count cap); unfiltered counts of large tables come from the daily aggregates or the planner's estimate, see the API README */
  totalCount: Scalars['Int']['output'];
};

/** A log from a trusted contract that did not decode, or a blob that could not be fetched or verified. */
export type IndexingIssue = {
  __typename?: 'IndexingIssue';
  address?: Maybe<Scalars['String']['output']>;
  blockNumber: Scalars['Int']['output'];
  chain: Scalars['String']['output'];
  detail?: Maybe<Scalars['String']['output']>;
  id: Scalars['String']['output'];
  logIndex?: Maybe<Scalars['Int']['output']>;
  /** short stable code: undecodable-log, blob-missing, blob-corrupt, state-read-failed, ... */
  reason: Scalars['String']['output'];
  timestamp: Scalars['DateTime']['output'];
  topic0?: Maybe<Scalars['String']['output']>;
  txHash?: Maybe<Scalars['String']['output']>;
};

export type IndexingIssueEdge = {
  __typename?: 'IndexingIssueEdge';
  cursor: Scalars['String']['output'];
  node: IndexingIssue;
};

export type IndexingIssueOrderByInput =
  | 'address_ASC'
  | 'address_ASC_NULLS_FIRST'
  | 'address_ASC_NULLS_LAST'
  | 'address_DESC'
  | 'address_DESC_NULLS_FIRST'
  | 'address_DESC_NULLS_LAST'
  | 'blockNumber_ASC'
  | 'blockNumber_ASC_NULLS_FIRST'
  | 'blockNumber_ASC_NULLS_LAST'
  | 'blockNumber_DESC'
  | 'blockNumber_DESC_NULLS_FIRST'
  | 'blockNumber_DESC_NULLS_LAST'
  | 'chain_ASC'
  | 'chain_ASC_NULLS_FIRST'
  | 'chain_ASC_NULLS_LAST'
  | 'chain_DESC'
  | 'chain_DESC_NULLS_FIRST'
  | 'chain_DESC_NULLS_LAST'
  | 'detail_ASC'
  | 'detail_ASC_NULLS_FIRST'
  | 'detail_ASC_NULLS_LAST'
  | 'detail_DESC'
  | 'detail_DESC_NULLS_FIRST'
  | 'detail_DESC_NULLS_LAST'
  | 'id_ASC'
  | 'id_ASC_NULLS_FIRST'
  | 'id_ASC_NULLS_LAST'
  | 'id_DESC'
  | 'id_DESC_NULLS_FIRST'
  | 'id_DESC_NULLS_LAST'
  | 'logIndex_ASC'
  | 'logIndex_ASC_NULLS_FIRST'
  | 'logIndex_ASC_NULLS_LAST'
  | 'logIndex_DESC'
  | 'logIndex_DESC_NULLS_FIRST'
  | 'logIndex_DESC_NULLS_LAST'
  | 'reason_ASC'
  | 'reason_ASC_NULLS_FIRST'
  | 'reason_ASC_NULLS_LAST'
  | 'reason_DESC'
  | 'reason_DESC_NULLS_FIRST'
  | 'reason_DESC_NULLS_LAST'
  | 'timestamp_ASC'
  | 'timestamp_ASC_NULLS_FIRST'
  | 'timestamp_ASC_NULLS_LAST'
  | 'timestamp_DESC'
  | 'timestamp_DESC_NULLS_FIRST'
  | 'timestamp_DESC_NULLS_LAST'
  | 'topic0_ASC'
  | 'topic0_ASC_NULLS_FIRST'
  | 'topic0_ASC_NULLS_LAST'
  | 'topic0_DESC'
  | 'topic0_DESC_NULLS_FIRST'
  | 'topic0_DESC_NULLS_LAST'
  | 'txHash_ASC'
  | 'txHash_ASC_NULLS_FIRST'
  | 'txHash_ASC_NULLS_LAST'
  | 'txHash_DESC'
  | 'txHash_DESC_NULLS_FIRST'
  | 'txHash_DESC_NULLS_LAST';

export type IndexingIssueWhereInput = {
  AND?: InputMaybe<Array<IndexingIssueWhereInput>>;
  OR?: InputMaybe<Array<IndexingIssueWhereInput>>;
  address_contains?: InputMaybe<Scalars['String']['input']>;
  address_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  address_endsWith?: InputMaybe<Scalars['String']['input']>;
  address_eq?: InputMaybe<Scalars['String']['input']>;
  address_gt?: InputMaybe<Scalars['String']['input']>;
  address_gte?: InputMaybe<Scalars['String']['input']>;
  address_in?: InputMaybe<Array<Scalars['String']['input']>>;
  address_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  address_lt?: InputMaybe<Scalars['String']['input']>;
  address_lte?: InputMaybe<Scalars['String']['input']>;
  address_not_contains?: InputMaybe<Scalars['String']['input']>;
  address_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  address_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  address_not_eq?: InputMaybe<Scalars['String']['input']>;
  address_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  address_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  address_startsWith?: InputMaybe<Scalars['String']['input']>;
  blockNumber_eq?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_gt?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_gte?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  blockNumber_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  blockNumber_lt?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_lte?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_not_eq?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  chain_contains?: InputMaybe<Scalars['String']['input']>;
  chain_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  chain_endsWith?: InputMaybe<Scalars['String']['input']>;
  chain_eq?: InputMaybe<Scalars['String']['input']>;
  chain_gt?: InputMaybe<Scalars['String']['input']>;
  chain_gte?: InputMaybe<Scalars['String']['input']>;
  chain_in?: InputMaybe<Array<Scalars['String']['input']>>;
  chain_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  chain_lt?: InputMaybe<Scalars['String']['input']>;
  chain_lte?: InputMaybe<Scalars['String']['input']>;
  chain_not_contains?: InputMaybe<Scalars['String']['input']>;
  chain_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  chain_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  chain_not_eq?: InputMaybe<Scalars['String']['input']>;
  chain_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  chain_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  chain_startsWith?: InputMaybe<Scalars['String']['input']>;
  detail_contains?: InputMaybe<Scalars['String']['input']>;
  detail_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  detail_endsWith?: InputMaybe<Scalars['String']['input']>;
  detail_eq?: InputMaybe<Scalars['String']['input']>;
  detail_gt?: InputMaybe<Scalars['String']['input']>;
  detail_gte?: InputMaybe<Scalars['String']['input']>;
  detail_in?: InputMaybe<Array<Scalars['String']['input']>>;
  detail_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  detail_lt?: InputMaybe<Scalars['String']['input']>;
  detail_lte?: InputMaybe<Scalars['String']['input']>;
  detail_not_contains?: InputMaybe<Scalars['String']['input']>;
  detail_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  detail_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  detail_not_eq?: InputMaybe<Scalars['String']['input']>;
  detail_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  detail_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  detail_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_contains?: InputMaybe<Scalars['String']['input']>;
  id_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_eq?: InputMaybe<Scalars['String']['input']>;
  id_gt?: InputMaybe<Scalars['String']['input']>;
  id_gte?: InputMaybe<Scalars['String']['input']>;
  id_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  id_lt?: InputMaybe<Scalars['String']['input']>;
  id_lte?: InputMaybe<Scalars['String']['input']>;
  id_not_contains?: InputMaybe<Scalars['String']['input']>;
  id_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_not_eq?: InputMaybe<Scalars['String']['input']>;
  id_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_startsWith?: InputMaybe<Scalars['String']['input']>;
  logIndex_eq?: InputMaybe<Scalars['Int']['input']>;
  logIndex_gt?: InputMaybe<Scalars['Int']['input']>;
  logIndex_gte?: InputMaybe<Scalars['Int']['input']>;
  logIndex_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  logIndex_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  logIndex_lt?: InputMaybe<Scalars['Int']['input']>;
  logIndex_lte?: InputMaybe<Scalars['Int']['input']>;
  logIndex_not_eq?: InputMaybe<Scalars['Int']['input']>;
  logIndex_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  reason_contains?: InputMaybe<Scalars['String']['input']>;
  reason_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  reason_endsWith?: InputMaybe<Scalars['String']['input']>;
  reason_eq?: InputMaybe<Scalars['String']['input']>;
  reason_gt?: InputMaybe<Scalars['String']['input']>;
  reason_gte?: InputMaybe<Scalars['String']['input']>;
  reason_in?: InputMaybe<Array<Scalars['String']['input']>>;
  reason_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  reason_lt?: InputMaybe<Scalars['String']['input']>;
  reason_lte?: InputMaybe<Scalars['String']['input']>;
  reason_not_contains?: InputMaybe<Scalars['String']['input']>;
  reason_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  reason_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  reason_not_eq?: InputMaybe<Scalars['String']['input']>;
  reason_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  reason_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  reason_startsWith?: InputMaybe<Scalars['String']['input']>;
  timestamp_eq?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_gt?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_gte?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  timestamp_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  timestamp_lt?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_lte?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  topic0_contains?: InputMaybe<Scalars['String']['input']>;
  topic0_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  topic0_endsWith?: InputMaybe<Scalars['String']['input']>;
  topic0_eq?: InputMaybe<Scalars['String']['input']>;
  topic0_gt?: InputMaybe<Scalars['String']['input']>;
  topic0_gte?: InputMaybe<Scalars['String']['input']>;
  topic0_in?: InputMaybe<Array<Scalars['String']['input']>>;
  topic0_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  topic0_lt?: InputMaybe<Scalars['String']['input']>;
  topic0_lte?: InputMaybe<Scalars['String']['input']>;
  topic0_not_contains?: InputMaybe<Scalars['String']['input']>;
  topic0_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  topic0_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  topic0_not_eq?: InputMaybe<Scalars['String']['input']>;
  topic0_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  topic0_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  topic0_startsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_contains?: InputMaybe<Scalars['String']['input']>;
  txHash_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  txHash_endsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_eq?: InputMaybe<Scalars['String']['input']>;
  txHash_gt?: InputMaybe<Scalars['String']['input']>;
  txHash_gte?: InputMaybe<Scalars['String']['input']>;
  txHash_in?: InputMaybe<Array<Scalars['String']['input']>>;
  txHash_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  txHash_lt?: InputMaybe<Scalars['String']['input']>;
  txHash_lte?: InputMaybe<Scalars['String']['input']>;
  txHash_not_contains?: InputMaybe<Scalars['String']['input']>;
  txHash_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  txHash_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_not_eq?: InputMaybe<Scalars['String']['input']>;
  txHash_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  txHash_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_startsWith?: InputMaybe<Scalars['String']['input']>;
};

export type IndexingIssuesConnection = {
  __typename?: 'IndexingIssuesConnection';
  edges: Array<IndexingIssueEdge>;
  pageInfo: PageInfo;
  /** exact when filtered (up to the count cap); unfiltered counts of large tables come from the daily aggregates or the planner's estimate, see the API README */
  totalCount: Scalars['Int']['output'];
};

/** One settled inference: a batch leaf, an individual settlement, a legacy settlement or a hub inference. */
export type Inference = {
  __typename?: 'Inference';
  blockNumber: Scalars['Int']['output'];
  ethAddress?: Maybe<Scalars['String']['output']>;
  /** settlementId-leafIndex */
  id: Scalars['String']['output'];
  inputHash?: Maybe<Scalars['String']['output']>;
  kind: SettlementKind;
  /** position in the Merkle dump's values (batches), 0 otherwise */
  leafIndex: Scalars['Int']['output'];
  mode: InferenceMode;
  /** model CID (hub) or model name (legacy metadata), when the chain says */
  model?: Maybe<Scalars['String']['output']>;
  outputHash?: Maybe<Scalars['String']['output']>;
  settlement: Settlement;
  signature?: Maybe<Scalars['String']['output']>;
  /** null when there is no signature to check, or the TEE's key could not be read */
  signatureValid?: Maybe<Scalars['Boolean']['output']>;
  status: VerificationStatus;
  /** stable reason code when not VERIFIED: bad-signature, key-unknown, ... */
  statusReason?: Maybe<Scalars['String']['output']>;
  teeId?: Maybe<Scalars['String']['output']>;
  /** the registered TEE node (null when the leaf names an unregistered id) */
  teeNode?: Maybe<TeeNode>;
  /** the enclave's signing time */
  teeTimestamp?: Maybe<Scalars['DateTime']['output']>;
  /** settlement block time */
  timestamp: Scalars['DateTime']['output'];
  txHash: Scalars['String']['output'];
};

/**
 * Settled inferences of one UTC day (the settlement's) by TEE and mode, with their current verdicts.
 * proofCoverage by TEE or MODE adds these up instead of grouping the inference table. Batch leaves
 * count once their blob is expanded, as Inference rows do.
 */
export type InferenceDailyGroup = {
  __typename?: 'InferenceDailyGroup';
  date: Scalars['DateTime']['output'];
  /** YYYY-MM-DD|teeId|mode */
  id: Scalars['String']['output'];
  inferences: Scalars['Int']['output'];
  /** PARTIAL, INVALID or MISSING */
  invalid: Scalars['Int']['output'];
  mode: InferenceMode;
  pending: Scalars['Int']['output'];
  /** the empty string when the inference names no TEE */
  teeId: Scalars['String']['output'];
  unverifiable: Scalars['Int']['output'];
  verified: Scalars['Int']['output'];
};

export type InferenceDailyGroupEdge = {
  __typename?: 'InferenceDailyGroupEdge';
  cursor: Scalars['String']['output'];
  node: InferenceDailyGroup;
};

export type InferenceDailyGroupOrderByInput =
  | 'date_ASC'
  | 'date_ASC_NULLS_FIRST'
  | 'date_ASC_NULLS_LAST'
  | 'date_DESC'
  | 'date_DESC_NULLS_FIRST'
  | 'date_DESC_NULLS_LAST'
  | 'id_ASC'
  | 'id_ASC_NULLS_FIRST'
  | 'id_ASC_NULLS_LAST'
  | 'id_DESC'
  | 'id_DESC_NULLS_FIRST'
  | 'id_DESC_NULLS_LAST'
  | 'inferences_ASC'
  | 'inferences_ASC_NULLS_FIRST'
  | 'inferences_ASC_NULLS_LAST'
  | 'inferences_DESC'
  | 'inferences_DESC_NULLS_FIRST'
  | 'inferences_DESC_NULLS_LAST'
  | 'invalid_ASC'
  | 'invalid_ASC_NULLS_FIRST'
  | 'invalid_ASC_NULLS_LAST'
  | 'invalid_DESC'
  | 'invalid_DESC_NULLS_FIRST'
  | 'invalid_DESC_NULLS_LAST'
  | 'mode_ASC'
  | 'mode_ASC_NULLS_FIRST'
  | 'mode_ASC_NULLS_LAST'
  | 'mode_DESC'
  | 'mode_DESC_NULLS_FIRST'
  | 'mode_DESC_NULLS_LAST'
  | 'pending_ASC'
  | 'pending_ASC_NULLS_FIRST'
  | 'pending_ASC_NULLS_LAST'
  | 'pending_DESC'
  | 'pending_DESC_NULLS_FIRST'
  | 'pending_DESC_NULLS_LAST'
  | 'teeId_ASC'
  | 'teeId_ASC_NULLS_FIRST'
  | 'teeId_ASC_NULLS_LAST'
  | 'teeId_DESC'
  | 'teeId_DESC_NULLS_FIRST'
  | 'teeId_DESC_NULLS_LAST'
  | 'unverifiable_ASC'
  | 'unverifiable_ASC_NULLS_FIRST'
  | 'unverifiable_ASC_NULLS_LAST'
  | 'unverifiable_DESC'
  | 'unverifiable_DESC_NULLS_FIRST'
  | 'unverifiable_DESC_NULLS_LAST'
  | 'verified_ASC'
  | 'verified_ASC_NULLS_FIRST'
  | 'verified_ASC_NULLS_LAST'
  | 'verified_DESC'
  | 'verified_DESC_NULLS_FIRST'
  | 'verified_DESC_NULLS_LAST';

export type InferenceDailyGroupWhereInput = {
  AND?: InputMaybe<Array<InferenceDailyGroupWhereInput>>;
  OR?: InputMaybe<Array<InferenceDailyGroupWhereInput>>;
  date_eq?: InputMaybe<Scalars['DateTime']['input']>;
  date_gt?: InputMaybe<Scalars['DateTime']['input']>;
  date_gte?: InputMaybe<Scalars['DateTime']['input']>;
  date_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  date_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  date_lt?: InputMaybe<Scalars['DateTime']['input']>;
  date_lte?: InputMaybe<Scalars['DateTime']['input']>;
  date_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  date_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  id_contains?: InputMaybe<Scalars['String']['input']>;
  id_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_eq?: InputMaybe<Scalars['String']['input']>;
  id_gt?: InputMaybe<Scalars['String']['input']>;
  id_gte?: InputMaybe<Scalars['String']['input']>;
  id_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  id_lt?: InputMaybe<Scalars['String']['input']>;
  id_lte?: InputMaybe<Scalars['String']['input']>;
  id_not_contains?: InputMaybe<Scalars['String']['input']>;
  id_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_not_eq?: InputMaybe<Scalars['String']['input']>;
  id_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_startsWith?: InputMaybe<Scalars['String']['input']>;
  inferences_eq?: InputMaybe<Scalars['Int']['input']>;
  inferences_gt?: InputMaybe<Scalars['Int']['input']>;
  inferences_gte?: InputMaybe<Scalars['Int']['input']>;
  inferences_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  inferences_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  inferences_lt?: InputMaybe<Scalars['Int']['input']>;
  inferences_lte?: InputMaybe<Scalars['Int']['input']>;
  inferences_not_eq?: InputMaybe<Scalars['Int']['input']>;
  inferences_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  invalid_eq?: InputMaybe<Scalars['Int']['input']>;
  invalid_gt?: InputMaybe<Scalars['Int']['input']>;
  invalid_gte?: InputMaybe<Scalars['Int']['input']>;
  invalid_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  invalid_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  invalid_lt?: InputMaybe<Scalars['Int']['input']>;
  invalid_lte?: InputMaybe<Scalars['Int']['input']>;
  invalid_not_eq?: InputMaybe<Scalars['Int']['input']>;
  invalid_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  mode_eq?: InputMaybe<InferenceMode>;
  mode_in?: InputMaybe<Array<InferenceMode>>;
  mode_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  mode_not_eq?: InputMaybe<InferenceMode>;
  mode_not_in?: InputMaybe<Array<InferenceMode>>;
  pending_eq?: InputMaybe<Scalars['Int']['input']>;
  pending_gt?: InputMaybe<Scalars['Int']['input']>;
  pending_gte?: InputMaybe<Scalars['Int']['input']>;
  pending_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  pending_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  pending_lt?: InputMaybe<Scalars['Int']['input']>;
  pending_lte?: InputMaybe<Scalars['Int']['input']>;
  pending_not_eq?: InputMaybe<Scalars['Int']['input']>;
  pending_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  teeId_contains?: InputMaybe<Scalars['String']['input']>;
  teeId_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  teeId_endsWith?: InputMaybe<Scalars['String']['input']>;
  teeId_eq?: InputMaybe<Scalars['String']['input']>;
  teeId_gt?: InputMaybe<Scalars['String']['input']>;
  teeId_gte?: InputMaybe<Scalars['String']['input']>;
  teeId_in?: InputMaybe<Array<Scalars['String']['input']>>;
  teeId_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  teeId_lt?: InputMaybe<Scalars['String']['input']>;
  teeId_lte?: InputMaybe<Scalars['String']['input']>;
  teeId_not_contains?: InputMaybe<Scalars['String']['input']>;
  teeId_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  teeId_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  teeId_not_eq?: InputMaybe<Scalars['String']['input']>;
  teeId_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  teeId_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  teeId_startsWith?: InputMaybe<Scalars['String']['input']>;
  unverifiable_eq?: InputMaybe<Scalars['Int']['input']>;
  unverifiable_gt?: InputMaybe<Scalars['Int']['input']>;
  unverifiable_gte?: InputMaybe<Scalars['Int']['input']>;
  unverifiable_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  unverifiable_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  unverifiable_lt?: InputMaybe<Scalars['Int']['input']>;
  unverifiable_lte?: InputMaybe<Scalars['Int']['input']>;
  unverifiable_not_eq?: InputMaybe<Scalars['Int']['input']>;
  unverifiable_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  verified_eq?: InputMaybe<Scalars['Int']['input']>;
  verified_gt?: InputMaybe<Scalars['Int']['input']>;
  verified_gte?: InputMaybe<Scalars['Int']['input']>;
  verified_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  verified_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  verified_lt?: InputMaybe<Scalars['Int']['input']>;
  verified_lte?: InputMaybe<Scalars['Int']['input']>;
  verified_not_eq?: InputMaybe<Scalars['Int']['input']>;
  verified_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
};

export type InferenceDailyGroupsConnection = {
  __typename?: 'InferenceDailyGroupsConnection';
  edges: Array<InferenceDailyGroupEdge>;
  pageInfo: PageInfo;
  /** exact when filtered (up to the count cap); unfiltered counts of large tables come from the daily aggregates or the planner's estimate, see the API README */
  totalCount: Scalars['Int']['output'];
};

export type InferenceEdge = {
  __typename?: 'InferenceEdge';
  cursor: Scalars['String']['output'];
  node: Inference;
};

export type InferenceMode =
  | 'TEE'
  | 'UNKNOWN'
  | 'VANILLA'
  | 'ZKML';

export type InferenceOrderByInput =
  | 'blockNumber_ASC'
  | 'blockNumber_ASC_NULLS_FIRST'
  | 'blockNumber_ASC_NULLS_LAST'
  | 'blockNumber_DESC'
  | 'blockNumber_DESC_NULLS_FIRST'
  | 'blockNumber_DESC_NULLS_LAST'
  | 'ethAddress_ASC'
  | 'ethAddress_ASC_NULLS_FIRST'
  | 'ethAddress_ASC_NULLS_LAST'
  | 'ethAddress_DESC'
  | 'ethAddress_DESC_NULLS_FIRST'
  | 'ethAddress_DESC_NULLS_LAST'
  | 'id_ASC'
  | 'id_ASC_NULLS_FIRST'
  | 'id_ASC_NULLS_LAST'
  | 'id_DESC'
  | 'id_DESC_NULLS_FIRST'
  | 'id_DESC_NULLS_LAST'
  | 'inputHash_ASC'
  | 'inputHash_ASC_NULLS_FIRST'
  | 'inputHash_ASC_NULLS_LAST'
  | 'inputHash_DESC'
  | 'inputHash_DESC_NULLS_FIRST'
  | 'inputHash_DESC_NULLS_LAST'
  | 'kind_ASC'
  | 'kind_ASC_NULLS_FIRST'
  | 'kind_ASC_NULLS_LAST'
  | 'kind_DESC'
  | 'kind_DESC_NULLS_FIRST'
  | 'kind_DESC_NULLS_LAST'
  | 'leafIndex_ASC'
  | 'leafIndex_ASC_NULLS_FIRST'
  | 'leafIndex_ASC_NULLS_LAST'
  | 'leafIndex_DESC'
  | 'leafIndex_DESC_NULLS_FIRST'
  | 'leafIndex_DESC_NULLS_LAST'
  | 'mode_ASC'
  | 'mode_ASC_NULLS_FIRST'
  | 'mode_ASC_NULLS_LAST'
  | 'mode_DESC'
  | 'mode_DESC_NULLS_FIRST'
  | 'mode_DESC_NULLS_LAST'
  | 'model_ASC'
  | 'model_ASC_NULLS_FIRST'
  | 'model_ASC_NULLS_LAST'
  | 'model_DESC'
  | 'model_DESC_NULLS_FIRST'
  | 'model_DESC_NULLS_LAST'
  | 'outputHash_ASC'
  | 'outputHash_ASC_NULLS_FIRST'
  | 'outputHash_ASC_NULLS_LAST'
  | 'outputHash_DESC'
  | 'outputHash_DESC_NULLS_FIRST'
  | 'outputHash_DESC_NULLS_LAST'
  | 'settlement_attempts_ASC'
  | 'settlement_attempts_ASC_NULLS_FIRST'
  | 'settlement_attempts_ASC_NULLS_LAST'
  | 'settlement_attempts_DESC'
  | 'settlement_attempts_DESC_NULLS_FIRST'
  | 'settlement_attempts_DESC_NULLS_LAST'
  | 'settlement_batchSize_ASC'
  | 'settlement_batchSize_ASC_NULLS_FIRST'
  | 'settlement_batchSize_ASC_NULLS_LAST'
  | 'settlement_batchSize_DESC'
  | 'settlement_batchSize_DESC_NULLS_FIRST'
  | 'settlement_batchSize_DESC_NULLS_LAST'
  | 'settlement_blobId_ASC'
  | 'settlement_blobId_ASC_NULLS_FIRST'
  | 'settlement_blobId_ASC_NULLS_LAST'
  | 'settlement_blobId_DESC'
  | 'settlement_blobId_DESC_NULLS_FIRST'
  | 'settlement_blobId_DESC_NULLS_LAST'
  | 'settlement_blobNotFound_ASC'
  | 'settlement_blobNotFound_ASC_NULLS_FIRST'
  | 'settlement_blobNotFound_ASC_NULLS_LAST'
  | 'settlement_blobNotFound_DESC'
  | 'settlement_blobNotFound_DESC_NULLS_FIRST'
  | 'settlement_blobNotFound_DESC_NULLS_LAST'
  | 'settlement_blockNumber_ASC'
  | 'settlement_blockNumber_ASC_NULLS_FIRST'
  | 'settlement_blockNumber_ASC_NULLS_LAST'
  | 'settlement_blockNumber_DESC'
  | 'settlement_blockNumber_DESC_NULLS_FIRST'
  | 'settlement_blockNumber_DESC_NULLS_LAST'
  | 'settlement_ethAddress_ASC'
  | 'settlement_ethAddress_ASC_NULLS_FIRST'
  | 'settlement_ethAddress_ASC_NULLS_LAST'
  | 'settlement_ethAddress_DESC'
  | 'settlement_ethAddress_DESC_NULLS_FIRST'
  | 'settlement_ethAddress_DESC_NULLS_LAST'
  | 'settlement_id_ASC'
  | 'settlement_id_ASC_NULLS_FIRST'
  | 'settlement_id_ASC_NULLS_LAST'
  | 'settlement_id_DESC'
  | 'settlement_id_DESC_NULLS_FIRST'
  | 'settlement_id_DESC_NULLS_LAST'
  | 'settlement_inferenceCount_ASC'
  | 'settlement_inferenceCount_ASC_NULLS_FIRST'
  | 'settlement_inferenceCount_ASC_NULLS_LAST'
  | 'settlement_inferenceCount_DESC'
  | 'settlement_inferenceCount_DESC_NULLS_FIRST'
  | 'settlement_inferenceCount_DESC_NULLS_LAST'
  | 'settlement_invalidSignatures_ASC'
  | 'settlement_invalidSignatures_ASC_NULLS_FIRST'
  | 'settlement_invalidSignatures_ASC_NULLS_LAST'
  | 'settlement_invalidSignatures_DESC'
  | 'settlement_invalidSignatures_DESC_NULLS_FIRST'
  | 'settlement_invalidSignatures_DESC_NULLS_LAST'
  | 'settlement_kind_ASC'
  | 'settlement_kind_ASC_NULLS_FIRST'
  | 'settlement_kind_ASC_NULLS_LAST'
  | 'settlement_kind_DESC'
  | 'settlement_kind_DESC_NULLS_FIRST'
  | 'settlement_kind_DESC_NULLS_LAST'
  | 'settlement_merkleRoot_ASC'
  | 'settlement_merkleRoot_ASC_NULLS_FIRST'
  | 'settlement_merkleRoot_ASC_NULLS_LAST'
  | 'settlement_merkleRoot_DESC'
  | 'settlement_merkleRoot_DESC_NULLS_FIRST'
  | 'settlement_merkleRoot_DESC_NULLS_LAST'
  | 'settlement_nextAttemptAt_ASC'
  | 'settlement_nextAttemptAt_ASC_NULLS_FIRST'
  | 'settlement_nextAttemptAt_ASC_NULLS_LAST'
  | 'settlement_nextAttemptAt_DESC'
  | 'settlement_nextAttemptAt_DESC_NULLS_FIRST'
  | 'settlement_nextAttemptAt_DESC_NULLS_LAST'
  | 'settlement_relay_ASC'
  | 'settlement_relay_ASC_NULLS_FIRST'
  | 'settlement_relay_ASC_NULLS_LAST'
  | 'settlement_relay_DESC'
  | 'settlement_relay_DESC_NULLS_FIRST'
  | 'settlement_relay_DESC_NULLS_LAST'
  | 'settlement_statusReason_ASC'
  | 'settlement_statusReason_ASC_NULLS_FIRST'
  | 'settlement_statusReason_ASC_NULLS_LAST'
  | 'settlement_statusReason_DESC'
  | 'settlement_statusReason_DESC_NULLS_FIRST'
  | 'settlement_statusReason_DESC_NULLS_LAST'
  | 'settlement_status_ASC'
  | 'settlement_status_ASC_NULLS_FIRST'
  | 'settlement_status_ASC_NULLS_LAST'
  | 'settlement_status_DESC'
  | 'settlement_status_DESC_NULLS_FIRST'
  | 'settlement_status_DESC_NULLS_LAST'
  | 'settlement_teeId_ASC'
  | 'settlement_teeId_ASC_NULLS_FIRST'
  | 'settlement_teeId_ASC_NULLS_LAST'
  | 'settlement_teeId_DESC'
  | 'settlement_teeId_DESC_NULLS_FIRST'
  | 'settlement_teeId_DESC_NULLS_LAST'
  | 'settlement_timestamp_ASC'
  | 'settlement_timestamp_ASC_NULLS_FIRST'
  | 'settlement_timestamp_ASC_NULLS_LAST'
  | 'settlement_timestamp_DESC'
  | 'settlement_timestamp_DESC_NULLS_FIRST'
  | 'settlement_timestamp_DESC_NULLS_LAST'
  | 'settlement_txHash_ASC'
  | 'settlement_txHash_ASC_NULLS_FIRST'
  | 'settlement_txHash_ASC_NULLS_LAST'
  | 'settlement_txHash_DESC'
  | 'settlement_txHash_DESC_NULLS_FIRST'
  | 'settlement_txHash_DESC_NULLS_LAST'
  | 'settlement_validSignatures_ASC'
  | 'settlement_validSignatures_ASC_NULLS_FIRST'
  | 'settlement_validSignatures_ASC_NULLS_LAST'
  | 'settlement_validSignatures_DESC'
  | 'settlement_validSignatures_DESC_NULLS_FIRST'
  | 'settlement_validSignatures_DESC_NULLS_LAST'
  | 'settlement_verifiedAt_ASC'
  | 'settlement_verifiedAt_ASC_NULLS_FIRST'
  | 'settlement_verifiedAt_ASC_NULLS_LAST'
  | 'settlement_verifiedAt_DESC'
  | 'settlement_verifiedAt_DESC_NULLS_FIRST'
  | 'settlement_verifiedAt_DESC_NULLS_LAST'
  | 'signatureValid_ASC'
  | 'signatureValid_ASC_NULLS_FIRST'
  | 'signatureValid_ASC_NULLS_LAST'
  | 'signatureValid_DESC'
  | 'signatureValid_DESC_NULLS_FIRST'
  | 'signatureValid_DESC_NULLS_LAST'
  | 'signature_ASC'
  | 'signature_ASC_NULLS_FIRST'
  | 'signature_ASC_NULLS_LAST'
  | 'signature_DESC'
  | 'signature_DESC_NULLS_FIRST'
  | 'signature_DESC_NULLS_LAST'
  | 'statusReason_ASC'
  | 'statusReason_ASC_NULLS_FIRST'
  | 'statusReason_ASC_NULLS_LAST'
  | 'statusReason_DESC'
  | 'statusReason_DESC_NULLS_FIRST'
  | 'statusReason_DESC_NULLS_LAST'
  | 'status_ASC'
  | 'status_ASC_NULLS_FIRST'
  | 'status_ASC_NULLS_LAST'
  | 'status_DESC'
  | 'status_DESC_NULLS_FIRST'
  | 'status_DESC_NULLS_LAST'
  | 'teeId_ASC'
  | 'teeId_ASC_NULLS_FIRST'
  | 'teeId_ASC_NULLS_LAST'
  | 'teeId_DESC'
  | 'teeId_DESC_NULLS_FIRST'
  | 'teeId_DESC_NULLS_LAST'
  | 'teeNode_coveredSeconds_ASC'
  | 'teeNode_coveredSeconds_ASC_NULLS_FIRST'
  | 'teeNode_coveredSeconds_ASC_NULLS_LAST'
  | 'teeNode_coveredSeconds_DESC'
  | 'teeNode_coveredSeconds_DESC_NULLS_FIRST'
  | 'teeNode_coveredSeconds_DESC_NULLS_LAST'
  | 'teeNode_disabledAt_ASC'
  | 'teeNode_disabledAt_ASC_NULLS_FIRST'
  | 'teeNode_disabledAt_ASC_NULLS_LAST'
  | 'teeNode_disabledAt_DESC'
  | 'teeNode_disabledAt_DESC_NULLS_FIRST'
  | 'teeNode_disabledAt_DESC_NULLS_LAST'
  | 'teeNode_disabledSeconds_ASC'
  | 'teeNode_disabledSeconds_ASC_NULLS_FIRST'
  | 'teeNode_disabledSeconds_ASC_NULLS_LAST'
  | 'teeNode_disabledSeconds_DESC'
  | 'teeNode_disabledSeconds_DESC_NULLS_FIRST'
  | 'teeNode_disabledSeconds_DESC_NULLS_LAST'
  | 'teeNode_disabledSinceHeartbeat_ASC'
  | 'teeNode_disabledSinceHeartbeat_ASC_NULLS_FIRST'
  | 'teeNode_disabledSinceHeartbeat_ASC_NULLS_LAST'
  | 'teeNode_disabledSinceHeartbeat_DESC'
  | 'teeNode_disabledSinceHeartbeat_DESC_NULLS_FIRST'
  | 'teeNode_disabledSinceHeartbeat_DESC_NULLS_LAST'
  | 'teeNode_enabled_ASC'
  | 'teeNode_enabled_ASC_NULLS_FIRST'
  | 'teeNode_enabled_ASC_NULLS_LAST'
  | 'teeNode_enabled_DESC'
  | 'teeNode_enabled_DESC_NULLS_FIRST'
  | 'teeNode_enabled_DESC_NULLS_LAST'
  | 'teeNode_endpoint_ASC'
  | 'teeNode_endpoint_ASC_NULLS_FIRST'
  | 'teeNode_endpoint_ASC_NULLS_LAST'
  | 'teeNode_endpoint_DESC'
  | 'teeNode_endpoint_DESC_NULLS_FIRST'
  | 'teeNode_endpoint_DESC_NULLS_LAST'
  | 'teeNode_heartbeatCount_ASC'
  | 'teeNode_heartbeatCount_ASC_NULLS_FIRST'
  | 'teeNode_heartbeatCount_ASC_NULLS_LAST'
  | 'teeNode_heartbeatCount_DESC'
  | 'teeNode_heartbeatCount_DESC_NULLS_FIRST'
  | 'teeNode_heartbeatCount_DESC_NULLS_LAST'
  | 'teeNode_heartbeatMaxAge_ASC'
  | 'teeNode_heartbeatMaxAge_ASC_NULLS_FIRST'
  | 'teeNode_heartbeatMaxAge_ASC_NULLS_LAST'
  | 'teeNode_heartbeatMaxAge_DESC'
  | 'teeNode_heartbeatMaxAge_DESC_NULLS_FIRST'
  | 'teeNode_heartbeatMaxAge_DESC_NULLS_LAST'
  | 'teeNode_id_ASC'
  | 'teeNode_id_ASC_NULLS_FIRST'
  | 'teeNode_id_ASC_NULLS_LAST'
  | 'teeNode_id_DESC'
  | 'teeNode_id_DESC_NULLS_FIRST'
  | 'teeNode_id_DESC_NULLS_LAST'
  | 'teeNode_inferenceCount_ASC'
  | 'teeNode_inferenceCount_ASC_NULLS_FIRST'
  | 'teeNode_inferenceCount_ASC_NULLS_LAST'
  | 'teeNode_inferenceCount_DESC'
  | 'teeNode_inferenceCount_DESC_NULLS_FIRST'
  | 'teeNode_inferenceCount_DESC_NULLS_LAST'
  | 'teeNode_lastHeartbeatAt_ASC'
  | 'teeNode_lastHeartbeatAt_ASC_NULLS_FIRST'
  | 'teeNode_lastHeartbeatAt_ASC_NULLS_LAST'
  | 'teeNode_lastHeartbeatAt_DESC'
  | 'teeNode_lastHeartbeatAt_DESC_NULLS_FIRST'
  | 'teeNode_lastHeartbeatAt_DESC_NULLS_LAST'
  | 'teeNode_owner_ASC'
  | 'teeNode_owner_ASC_NULLS_FIRST'
  | 'teeNode_owner_ASC_NULLS_LAST'
  | 'teeNode_owner_DESC'
  | 'teeNode_owner_DESC_NULLS_FIRST'
  | 'teeNode_owner_DESC_NULLS_LAST'
  | 'teeNode_paymentAddress_ASC'
  | 'teeNode_paymentAddress_ASC_NULLS_FIRST'
  | 'teeNode_paymentAddress_ASC_NULLS_LAST'
  | 'teeNode_paymentAddress_DESC'
  | 'teeNode_paymentAddress_DESC_NULLS_FIRST'
  | 'teeNode_paymentAddress_DESC_NULLS_LAST'
  | 'teeNode_pcrHash_ASC'
  | 'teeNode_pcrHash_ASC_NULLS_FIRST'
  | 'teeNode_pcrHash_ASC_NULLS_LAST'
  | 'teeNode_pcrHash_DESC'
  | 'teeNode_pcrHash_DESC_NULLS_FIRST'
  | 'teeNode_pcrHash_DESC_NULLS_LAST'
  | 'teeNode_publicKey_ASC'
  | 'teeNode_publicKey_ASC_NULLS_FIRST'
  | 'teeNode_publicKey_ASC_NULLS_LAST'
  | 'teeNode_publicKey_DESC'
  | 'teeNode_publicKey_DESC_NULLS_FIRST'
  | 'teeNode_publicKey_DESC_NULLS_LAST'
  | 'teeNode_registeredAt_ASC'
  | 'teeNode_registeredAt_ASC_NULLS_FIRST'
  | 'teeNode_registeredAt_ASC_NULLS_LAST'
  | 'teeNode_registeredAt_DESC'
  | 'teeNode_registeredAt_DESC_NULLS_FIRST'
  | 'teeNode_registeredAt_DESC_NULLS_LAST'
  | 'teeNode_registeredBlock_ASC'
  | 'teeNode_registeredBlock_ASC_NULLS_FIRST'
  | 'teeNode_registeredBlock_ASC_NULLS_LAST'
  | 'teeNode_registeredBlock_DESC'
  | 'teeNode_registeredBlock_DESC_NULLS_FIRST'
  | 'teeNode_registeredBlock_DESC_NULLS_LAST'
  | 'teeNode_registry_ASC'
  | 'teeNode_registry_ASC_NULLS_FIRST'
  | 'teeNode_registry_ASC_NULLS_LAST'
  | 'teeNode_registry_DESC'
  | 'teeNode_registry_DESC_NULLS_FIRST'
  | 'teeNode_registry_DESC_NULLS_LAST'
  | 'teeNode_teeType_ASC'
  | 'teeNode_teeType_ASC_NULLS_FIRST'
  | 'teeNode_teeType_ASC_NULLS_LAST'
  | 'teeNode_teeType_DESC'
  | 'teeNode_teeType_DESC_NULLS_FIRST'
  | 'teeNode_teeType_DESC_NULLS_LAST'
  | 'teeNode_uptime_ASC'
  | 'teeNode_uptime_ASC_NULLS_FIRST'
  | 'teeNode_uptime_ASC_NULLS_LAST'
  | 'teeNode_uptime_DESC'
  | 'teeNode_uptime_DESC_NULLS_FIRST'
  | 'teeNode_uptime_DESC_NULLS_LAST'
  | 'teeTimestamp_ASC'
  | 'teeTimestamp_ASC_NULLS_FIRST'
  | 'teeTimestamp_ASC_NULLS_LAST'
  | 'teeTimestamp_DESC'
  | 'teeTimestamp_DESC_NULLS_FIRST'
  | 'teeTimestamp_DESC_NULLS_LAST'
  | 'timestamp_ASC'
  | 'timestamp_ASC_NULLS_FIRST'
  | 'timestamp_ASC_NULLS_LAST'
  | 'timestamp_DESC'
  | 'timestamp_DESC_NULLS_FIRST'
  | 'timestamp_DESC_NULLS_LAST'
  | 'txHash_ASC'
  | 'txHash_ASC_NULLS_FIRST'
  | 'txHash_ASC_NULLS_LAST'
  | 'txHash_DESC'
  | 'txHash_DESC_NULLS_FIRST'
  | 'txHash_DESC_NULLS_LAST';

/** Everything needed to re-check one inference with public tools, without trusting this explorer. */
export type InferenceProof = {
  __typename?: 'InferenceProof';
  blobId?: Maybe<Scalars['String']['output']>;
  /** the blob on the Walrus aggregator the indexer reads (BLOB_STORE_URL); null when none is configured */
  blobUrl?: Maybe<Scalars['String']['output']>;
  inferenceId: Scalars['String']['output'];
  /** keccak256(publicKey) equals teeId */
  keyMatchesTeeId?: Maybe<Scalars['Boolean']['output']>;
  /** leaves of the batch the indexer stored */
  leafCount: Scalars['Int']['output'];
  /** abi.encode(bytes32 teeId, bytes32 inputHash, bytes32 outputHash, bytes signature, uint256 timestamp) */
  leafEncoded?: Maybe<Scalars['String']['output']>;
  /** keccak256(keccak256(leafEncoded)), the OpenZeppelin StandardMerkleTree leaf */
  leafHash?: Maybe<Scalars['String']['output']>;
  /** position of the leaf in the Merkle dump's values (0 for a single settlement) */
  leafIndex: Scalars['Int']['output'];
  messageHash?: Maybe<Scalars['String']['output']>;
  /** why a part could not be given, in words */
  notes: Array<Scalars['String']['output']>;
  /** the root the BatchSettlement event carries */
  onChainRoot?: Maybe<Scalars['String']['output']>;
  /** where the path was rebuilt from: INDEXED_LEAVES (the batch's Inference rows, as the indexer expanded them from the blob; the API does not read Walrus) or NONE */
  pathSource: Scalars['String']['output'];
  /** the enclave measurement the TEE registered with */
  pcrHash?: Maybe<Scalars['String']['output']>;
  /** sibling hashes from the leaf up to the root; each step hashes the sorted pair */
  proof?: Maybe<Array<Scalars['String']['output']>>;
  /** the enclave's signing key as registered on chain: DER SubjectPublicKeyInfo, hex */
  publicKey?: Maybe<Scalars['String']['output']>;
  /** the root the stored leaves rebuild */
  rebuiltRoot?: Maybe<Scalars['String']['output']>;
  rootMatches?: Maybe<Scalars['Boolean']['output']>;
  /** a Node script (viem and node:crypto) that re-checks the key, the leaf, the root and the signature and prints valid or INVALID */
  script?: Maybe<Scalars['String']['output']>;
  settlementId: Scalars['String']['output'];
  settlementKind: SettlementKind;
  /** RSA-PSS (SHA-256, MGF1-SHA256, salt 32) over messageHash */
  signature?: Maybe<Scalars['String']['output']>;
  /** the 96 bytes whose keccak256 the enclave signed: inputHash ‖ outputHash ‖ uint256 timestamp */
  signedMessage?: Maybe<Scalars['String']['output']>;
  teeId?: Maybe<Scalars['String']['output']>;
};

export type InferenceWhereInput = {
  AND?: InputMaybe<Array<InferenceWhereInput>>;
  OR?: InputMaybe<Array<InferenceWhereInput>>;
  blockNumber_eq?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_gt?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_gte?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  blockNumber_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  blockNumber_lt?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_lte?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_not_eq?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  ethAddress_contains?: InputMaybe<Scalars['String']['input']>;
  ethAddress_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  ethAddress_endsWith?: InputMaybe<Scalars['String']['input']>;
  ethAddress_eq?: InputMaybe<Scalars['String']['input']>;
  ethAddress_gt?: InputMaybe<Scalars['String']['input']>;
  ethAddress_gte?: InputMaybe<Scalars['String']['input']>;
  ethAddress_in?: InputMaybe<Array<Scalars['String']['input']>>;
  ethAddress_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ethAddress_lt?: InputMaybe<Scalars['String']['input']>;
  ethAddress_lte?: InputMaybe<Scalars['String']['input']>;
  ethAddress_not_contains?: InputMaybe<Scalars['String']['input']>;
  ethAddress_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  ethAddress_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  ethAddress_not_eq?: InputMaybe<Scalars['String']['input']>;
  ethAddress_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  ethAddress_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  ethAddress_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_contains?: InputMaybe<Scalars['String']['input']>;
  id_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_eq?: InputMaybe<Scalars['String']['input']>;
  id_gt?: InputMaybe<Scalars['String']['input']>;
  id_gte?: InputMaybe<Scalars['String']['input']>;
  id_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  id_lt?: InputMaybe<Scalars['String']['input']>;
  id_lte?: InputMaybe<Scalars['String']['input']>;
  id_not_contains?: InputMaybe<Scalars['String']['input']>;
  id_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_not_eq?: InputMaybe<Scalars['String']['input']>;
  id_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_startsWith?: InputMaybe<Scalars['String']['input']>;
  inputHash_contains?: InputMaybe<Scalars['String']['input']>;
  inputHash_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  inputHash_endsWith?: InputMaybe<Scalars['String']['input']>;
  inputHash_eq?: InputMaybe<Scalars['String']['input']>;
  inputHash_gt?: InputMaybe<Scalars['String']['input']>;
  inputHash_gte?: InputMaybe<Scalars['String']['input']>;
  inputHash_in?: InputMaybe<Array<Scalars['String']['input']>>;
  inputHash_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  inputHash_lt?: InputMaybe<Scalars['String']['input']>;
  inputHash_lte?: InputMaybe<Scalars['String']['input']>;
  inputHash_not_contains?: InputMaybe<Scalars['String']['input']>;
  inputHash_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  inputHash_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  inputHash_not_eq?: InputMaybe<Scalars['String']['input']>;
  inputHash_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  inputHash_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  inputHash_startsWith?: InputMaybe<Scalars['String']['input']>;
  kind_eq?: InputMaybe<SettlementKind>;
  kind_in?: InputMaybe<Array<SettlementKind>>;
  kind_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  kind_not_eq?: InputMaybe<SettlementKind>;
  kind_not_in?: InputMaybe<Array<SettlementKind>>;
  leafIndex_eq?: InputMaybe<Scalars['Int']['input']>;
  leafIndex_gt?: InputMaybe<Scalars['Int']['input']>;
  leafIndex_gte?: InputMaybe<Scalars['Int']['input']>;
  leafIndex_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  leafIndex_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  leafIndex_lt?: InputMaybe<Scalars['Int']['input']>;
  leafIndex_lte?: InputMaybe<Scalars['Int']['input']>;
  leafIndex_not_eq?: InputMaybe<Scalars['Int']['input']>;
  leafIndex_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  mode_eq?: InputMaybe<InferenceMode>;
  mode_in?: InputMaybe<Array<InferenceMode>>;
  mode_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  mode_not_eq?: InputMaybe<InferenceMode>;
  mode_not_in?: InputMaybe<Array<InferenceMode>>;
  model_contains?: InputMaybe<Scalars['String']['input']>;
  model_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  model_endsWith?: InputMaybe<Scalars['String']['input']>;
  model_eq?: InputMaybe<Scalars['String']['input']>;
  model_gt?: InputMaybe<Scalars['String']['input']>;
  model_gte?: InputMaybe<Scalars['String']['input']>;
  model_in?: InputMaybe<Array<Scalars['String']['input']>>;
  model_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  model_lt?: InputMaybe<Scalars['String']['input']>;
  model_lte?: InputMaybe<Scalars['String']['input']>;
  model_not_contains?: InputMaybe<Scalars['String']['input']>;
  model_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  model_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  model_not_eq?: InputMaybe<Scalars['String']['input']>;
  model_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  model_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  model_startsWith?: InputMaybe<Scalars['String']['input']>;
  outputHash_contains?: InputMaybe<Scalars['String']['input']>;
  outputHash_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  outputHash_endsWith?: InputMaybe<Scalars['String']['input']>;
  outputHash_eq?: InputMaybe<Scalars['String']['input']>;
  outputHash_gt?: InputMaybe<Scalars['String']['input']>;
  outputHash_gte?: InputMaybe<Scalars['String']['input']>;
  outputHash_in?: InputMaybe<Array<Scalars['String']['input']>>;
  outputHash_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  outputHash_lt?: InputMaybe<Scalars['String']['input']>;
  outputHash_lte?: InputMaybe<Scalars['String']['input']>;
  outputHash_not_contains?: InputMaybe<Scalars['String']['input']>;
  outputHash_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  outputHash_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  outputHash_not_eq?: InputMaybe<Scalars['String']['input']>;
  outputHash_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  outputHash_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  outputHash_startsWith?: InputMaybe<Scalars['String']['input']>;
  settlement?: InputMaybe<SettlementWhereInput>;
  settlement_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  signatureValid_eq?: InputMaybe<Scalars['Boolean']['input']>;
  signatureValid_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  signatureValid_not_eq?: InputMaybe<Scalars['Boolean']['input']>;
  signature_contains?: InputMaybe<Scalars['String']['input']>;
  signature_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  signature_endsWith?: InputMaybe<Scalars['String']['input']>;
  signature_eq?: InputMaybe<Scalars['String']['input']>;
  signature_gt?: InputMaybe<Scalars['String']['input']>;
  signature_gte?: InputMaybe<Scalars['String']['input']>;
  signature_in?: InputMaybe<Array<Scalars['String']['input']>>;
  signature_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  signature_lt?: InputMaybe<Scalars['String']['input']>;
  signature_lte?: InputMaybe<Scalars['String']['input']>;
  signature_not_contains?: InputMaybe<Scalars['String']['input']>;
  signature_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  signature_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  signature_not_eq?: InputMaybe<Scalars['String']['input']>;
  signature_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  signature_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  signature_startsWith?: InputMaybe<Scalars['String']['input']>;
  statusReason_contains?: InputMaybe<Scalars['String']['input']>;
  statusReason_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  statusReason_endsWith?: InputMaybe<Scalars['String']['input']>;
  statusReason_eq?: InputMaybe<Scalars['String']['input']>;
  statusReason_gt?: InputMaybe<Scalars['String']['input']>;
  statusReason_gte?: InputMaybe<Scalars['String']['input']>;
  statusReason_in?: InputMaybe<Array<Scalars['String']['input']>>;
  statusReason_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  statusReason_lt?: InputMaybe<Scalars['String']['input']>;
  statusReason_lte?: InputMaybe<Scalars['String']['input']>;
  statusReason_not_contains?: InputMaybe<Scalars['String']['input']>;
  statusReason_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  statusReason_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  statusReason_not_eq?: InputMaybe<Scalars['String']['input']>;
  statusReason_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  statusReason_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  statusReason_startsWith?: InputMaybe<Scalars['String']['input']>;
  status_eq?: InputMaybe<VerificationStatus>;
  status_in?: InputMaybe<Array<VerificationStatus>>;
  status_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  status_not_eq?: InputMaybe<VerificationStatus>;
  status_not_in?: InputMaybe<Array<VerificationStatus>>;
  teeId_contains?: InputMaybe<Scalars['String']['input']>;
  teeId_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  teeId_endsWith?: InputMaybe<Scalars['String']['input']>;
  teeId_eq?: InputMaybe<Scalars['String']['input']>;
  teeId_gt?: InputMaybe<Scalars['String']['input']>;
  teeId_gte?: InputMaybe<Scalars['String']['input']>;
  teeId_in?: InputMaybe<Array<Scalars['String']['input']>>;
  teeId_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  teeId_lt?: InputMaybe<Scalars['String']['input']>;
  teeId_lte?: InputMaybe<Scalars['String']['input']>;
  teeId_not_contains?: InputMaybe<Scalars['String']['input']>;
  teeId_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  teeId_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  teeId_not_eq?: InputMaybe<Scalars['String']['input']>;
  teeId_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  teeId_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  teeId_startsWith?: InputMaybe<Scalars['String']['input']>;
  teeNode?: InputMaybe<TeeNodeWhereInput>;
  teeNode_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  teeTimestamp_eq?: InputMaybe<Scalars['DateTime']['input']>;
  teeTimestamp_gt?: InputMaybe<Scalars['DateTime']['input']>;
  teeTimestamp_gte?: InputMaybe<Scalars['DateTime']['input']>;
  teeTimestamp_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  teeTimestamp_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  teeTimestamp_lt?: InputMaybe<Scalars['DateTime']['input']>;
  teeTimestamp_lte?: InputMaybe<Scalars['DateTime']['input']>;
  teeTimestamp_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  teeTimestamp_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  timestamp_eq?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_gt?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_gte?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  timestamp_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  timestamp_lt?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_lte?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  txHash_contains?: InputMaybe<Scalars['String']['input']>;
  txHash_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  txHash_endsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_eq?: InputMaybe<Scalars['String']['input']>;
  txHash_gt?: InputMaybe<Scalars['String']['input']>;
  txHash_gte?: InputMaybe<Scalars['String']['input']>;
  txHash_in?: InputMaybe<Array<Scalars['String']['input']>>;
  txHash_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  txHash_lt?: InputMaybe<Scalars['String']['input']>;
  txHash_lte?: InputMaybe<Scalars['String']['input']>;
  txHash_not_contains?: InputMaybe<Scalars['String']['input']>;
  txHash_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  txHash_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_not_eq?: InputMaybe<Scalars['String']['input']>;
  txHash_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  txHash_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_startsWith?: InputMaybe<Scalars['String']['input']>;
};

export type InferencesConnection = {
  __typename?: 'InferencesConnection';
  edges: Array<InferenceEdge>;
  pageInfo: PageInfo;
  /** exact when filtered (up to the count cap); unfiltered counts of large tables come from the daily aggregates or the planner's estimate, see the API README */
  totalCount: Scalars['Int']['output'];
};

export type LatestBlocks = {
  __typename?: 'LatestBlocks';
  blocks: Array<ChainBlockSummary>;
  chain: ChainName;
  chainReads: Scalars['Boolean']['output'];
  /** the node's head when read */
  head?: Maybe<Scalars['Int']['output']>;
};

export type LatestTransactions = {
  __typename?: 'LatestTransactions';
  chain: ChainName;
  chainReads: Scalars['Boolean']['output'];
  head?: Maybe<Scalars['Int']['output']>;
  /** newest first, from the newest blocks (at most 20 blocks are read) */
  transactions: Array<ChainTxSummary>;
};

/** One push of the live stream: the indexed heads and the rows indexed since the previous push, newest first. */
export type LiveEvent = {
  __typename?: 'LiveEvent';
  heads: LiveHeads;
  /** this subscriber read too slowly and earlier pushes were dropped: refetch what you show */
  missed: Scalars['Boolean']['output'];
  newPayments: Array<LivePayment>;
  /** at most API_LIVE_MAX_ROWS; settlementsTruncated says more arrived */
  newSettlements: Array<LiveSettlement>;
  paymentsTruncated: Scalars['Boolean']['output'];
  settlementsTruncated: Scalars['Boolean']['output'];
};

/** An indexed head as the live stream saw it. */
export type LiveHead = {
  __typename?: 'LiveHead';
  chain: Scalars['String']['output'];
  hash: Scalars['String']['output'];
  height: Scalars['Int']['output'];
  /** when this API process first saw the head at this height (the processors' status tables keep no block time) */
  observedAt: Scalars['DateTime']['output'];
};

export type LiveHeads = {
  __typename?: 'LiveHeads';
  base?: Maybe<LiveHead>;
  og?: Maybe<LiveHead>;
};

/** An x402 payment indexed since the previous push. */
export type LivePayment = {
  __typename?: 'LivePayment';
  /** OPG wei */
  amount: Scalars['BigInt']['output'];
  amountUsd: Scalars['BigDecimal']['output'];
  blockNumber: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  payee: Scalars['String']['output'];
  payer: Scalars['String']['output'];
  scheme: PaymentScheme;
  teeId?: Maybe<Scalars['String']['output']>;
  timestamp: Scalars['DateTime']['output'];
  txHash: Scalars['String']['output'];
};

/** A settlement indexed since the previous push. */
export type LiveSettlement = {
  __typename?: 'LiveSettlement';
  blockNumber: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  inferenceCount: Scalars['Int']['output'];
  kind: SettlementKind;
  status: VerificationStatus;
  teeId?: Maybe<Scalars['String']['output']>;
  timestamp: Scalars['DateTime']['output'];
  txHash: Scalars['String']['output'];
};

export type MetricKind =
  /** an amount per bucket (counts, volumes) */
  | 'FLOW'
  /** a state at the end of a bucket (supply, stake, price) */
  | 'LEVEL';

/** The earliest date after asOf on which unlock events start, over every allocation. */
export type NextUnlock = {
  __typename?: 'NextUnlock';
  allocations: Array<Scalars['String']['output']>;
  /** OPG wei of every event starting on date */
  amount: Scalars['BigInt']['output'];
  amountUsd?: Maybe<Scalars['BigDecimal']['output']>;
  circulatingPercent?: Maybe<Scalars['Float']['output']>;
  date: Scalars['DateTime']['output'];
  /** (date − asOf) in days */
  daysUntil: Scalars['Float']['output'];
  supplyPercent: Scalars['Float']['output'];
  /** end of the longest period starting then */
  until: Scalars['DateTime']['output'];
};

/** OG-chain numbers for one UTC day, kept incrementally. */
export type OgDailyStat = {
  __typename?: 'OgDailyStat';
  /** TEE nodes with at least one heartbeat that day */
  activeTees: Scalars['Int']['output'];
  batchInferences: Scalars['Int']['output'];
  date: Scalars['DateTime']['output'];
  heartbeats: Scalars['Int']['output'];
  hubInferences: Scalars['Int']['output'];
  /** YYYY-MM-DD */
  id: Scalars['String']['output'];
  individualInferences: Scalars['Int']['output'];
  /** inferences with a bad signature or in a corrupt or missing blob */
  inferencesFailed: Scalars['Int']['output'];
  /** settled inferences of every kind */
  inferencesSettled: Scalars['Int']['output'];
  /** inferences whose signature verified (counted on the day they settled) */
  inferencesVerified: Scalars['Int']['output'];
  legacyInferences: Scalars['Int']['output'];
  settlements: Scalars['Int']['output'];
  stakingEvents: Scalars['Int']['output'];
  /** ogwei staked across validators at the end of the day */
  totalStaked: Scalars['BigInt']['output'];
};

export type OgDailyStatEdge = {
  __typename?: 'OgDailyStatEdge';
  cursor: Scalars['String']['output'];
  node: OgDailyStat;
};

export type OgDailyStatOrderByInput =
  | 'activeTees_ASC'
  | 'activeTees_ASC_NULLS_FIRST'
  | 'activeTees_ASC_NULLS_LAST'
  | 'activeTees_DESC'
  | 'activeTees_DESC_NULLS_FIRST'
  | 'activeTees_DESC_NULLS_LAST'
  | 'batchInferences_ASC'
  | 'batchInferences_ASC_NULLS_FIRST'
  | 'batchInferences_ASC_NULLS_LAST'
  | 'batchInferences_DESC'
  | 'batchInferences_DESC_NULLS_FIRST'
  | 'batchInferences_DESC_NULLS_LAST'
  | 'date_ASC'
  | 'date_ASC_NULLS_FIRST'
  | 'date_ASC_NULLS_LAST'
  | 'date_DESC'
  | 'date_DESC_NULLS_FIRST'
  | 'date_DESC_NULLS_LAST'
  | 'heartbeats_ASC'
  | 'heartbeats_ASC_NULLS_FIRST'
  | 'heartbeats_ASC_NULLS_LAST'
  | 'heartbeats_DESC'
  | 'heartbeats_DESC_NULLS_FIRST'
  | 'heartbeats_DESC_NULLS_LAST'
  | 'hubInferences_ASC'
  | 'hubInferences_ASC_NULLS_FIRST'
  | 'hubInferences_ASC_NULLS_LAST'
  | 'hubInferences_DESC'
  | 'hubInferences_DESC_NULLS_FIRST'
  | 'hubInferences_DESC_NULLS_LAST'
  | 'id_ASC'
  | 'id_ASC_NULLS_FIRST'
  | 'id_ASC_NULLS_LAST'
  | 'id_DESC'
  | 'id_DESC_NULLS_FIRST'
  | 'id_DESC_NULLS_LAST'
  | 'individualInferences_ASC'
  | 'individualInferences_ASC_NULLS_FIRST'
  | 'individualInferences_ASC_NULLS_LAST'
  | 'individualInferences_DESC'
  | 'individualInferences_DESC_NULLS_FIRST'
  | 'individualInferences_DESC_NULLS_LAST'
  | 'inferencesFailed_ASC'
  | 'inferencesFailed_ASC_NULLS_FIRST'
  | 'inferencesFailed_ASC_NULLS_LAST'
  | 'inferencesFailed_DESC'
  | 'inferencesFailed_DESC_NULLS_FIRST'
  | 'inferencesFailed_DESC_NULLS_LAST'
  | 'inferencesSettled_ASC'
  | 'inferencesSettled_ASC_NULLS_FIRST'
  | 'inferencesSettled_ASC_NULLS_LAST'
  | 'inferencesSettled_DESC'
  | 'inferencesSettled_DESC_NULLS_FIRST'
  | 'inferencesSettled_DESC_NULLS_LAST'
  | 'inferencesVerified_ASC'
  | 'inferencesVerified_ASC_NULLS_FIRST'
  | 'inferencesVerified_ASC_NULLS_LAST'
  | 'inferencesVerified_DESC'
  | 'inferencesVerified_DESC_NULLS_FIRST'
  | 'inferencesVerified_DESC_NULLS_LAST'
  | 'legacyInferences_ASC'
  | 'legacyInferences_ASC_NULLS_FIRST'
  | 'legacyInferences_ASC_NULLS_LAST'
  | 'legacyInferences_DESC'
  | 'legacyInferences_DESC_NULLS_FIRST'
  | 'legacyInferences_DESC_NULLS_LAST'
  | 'settlements_ASC'
  | 'settlements_ASC_NULLS_FIRST'
  | 'settlements_ASC_NULLS_LAST'
  | 'settlements_DESC'
  | 'settlements_DESC_NULLS_FIRST'
  | 'settlements_DESC_NULLS_LAST'
  | 'stakingEvents_ASC'
  | 'stakingEvents_ASC_NULLS_FIRST'
  | 'stakingEvents_ASC_NULLS_LAST'
  | 'stakingEvents_DESC'
  | 'stakingEvents_DESC_NULLS_FIRST'
  | 'stakingEvents_DESC_NULLS_LAST'
  | 'totalStaked_ASC'
  | 'totalStaked_ASC_NULLS_FIRST'
  | 'totalStaked_ASC_NULLS_LAST'
  | 'totalStaked_DESC'
  | 'totalStaked_DESC_NULLS_FIRST'
  | 'totalStaked_DESC_NULLS_LAST';

export type OgDailyStatWhereInput = {
  AND?: InputMaybe<Array<OgDailyStatWhereInput>>;
  OR?: InputMaybe<Array<OgDailyStatWhereInput>>;
  activeTees_eq?: InputMaybe<Scalars['Int']['input']>;
  activeTees_gt?: InputMaybe<Scalars['Int']['input']>;
  activeTees_gte?: InputMaybe<Scalars['Int']['input']>;
  activeTees_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  activeTees_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  activeTees_lt?: InputMaybe<Scalars['Int']['input']>;
  activeTees_lte?: InputMaybe<Scalars['Int']['input']>;
  activeTees_not_eq?: InputMaybe<Scalars['Int']['input']>;
  activeTees_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  batchInferences_eq?: InputMaybe<Scalars['Int']['input']>;
  batchInferences_gt?: InputMaybe<Scalars['Int']['input']>;
  batchInferences_gte?: InputMaybe<Scalars['Int']['input']>;
  batchInferences_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  batchInferences_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  batchInferences_lt?: InputMaybe<Scalars['Int']['input']>;
  batchInferences_lte?: InputMaybe<Scalars['Int']['input']>;
  batchInferences_not_eq?: InputMaybe<Scalars['Int']['input']>;
  batchInferences_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  date_eq?: InputMaybe<Scalars['DateTime']['input']>;
  date_gt?: InputMaybe<Scalars['DateTime']['input']>;
  date_gte?: InputMaybe<Scalars['DateTime']['input']>;
  date_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  date_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  date_lt?: InputMaybe<Scalars['DateTime']['input']>;
  date_lte?: InputMaybe<Scalars['DateTime']['input']>;
  date_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  date_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  heartbeats_eq?: InputMaybe<Scalars['Int']['input']>;
  heartbeats_gt?: InputMaybe<Scalars['Int']['input']>;
  heartbeats_gte?: InputMaybe<Scalars['Int']['input']>;
  heartbeats_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  heartbeats_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  heartbeats_lt?: InputMaybe<Scalars['Int']['input']>;
  heartbeats_lte?: InputMaybe<Scalars['Int']['input']>;
  heartbeats_not_eq?: InputMaybe<Scalars['Int']['input']>;
  heartbeats_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  hubInferences_eq?: InputMaybe<Scalars['Int']['input']>;
  hubInferences_gt?: InputMaybe<Scalars['Int']['input']>;
  hubInferences_gte?: InputMaybe<Scalars['Int']['input']>;
  hubInferences_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  hubInferences_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  hubInferences_lt?: InputMaybe<Scalars['Int']['input']>;
  hubInferences_lte?: InputMaybe<Scalars['Int']['input']>;
  hubInferences_not_eq?: InputMaybe<Scalars['Int']['input']>;
  hubInferences_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  id_contains?: InputMaybe<Scalars['String']['input']>;
  id_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_eq?: InputMaybe<Scalars['String']['input']>;
  id_gt?: InputMaybe<Scalars['String']['input']>;
  id_gte?: InputMaybe<Scalars['String']['input']>;
  id_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  id_lt?: InputMaybe<Scalars['String']['input']>;
  id_lte?: InputMaybe<Scalars['String']['input']>;
  id_not_contains?: InputMaybe<Scalars['String']['input']>;
  id_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_not_eq?: InputMaybe<Scalars['String']['input']>;
  id_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_startsWith?: InputMaybe<Scalars['String']['input']>;
  individualInferences_eq?: InputMaybe<Scalars['Int']['input']>;
  individualInferences_gt?: InputMaybe<Scalars['Int']['input']>;
  individualInferences_gte?: InputMaybe<Scalars['Int']['input']>;
  individualInferences_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  individualInferences_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  individualInferences_lt?: InputMaybe<Scalars['Int']['input']>;
  individualInferences_lte?: InputMaybe<Scalars['Int']['input']>;
  individualInferences_not_eq?: InputMaybe<Scalars['Int']['input']>;
  individualInferences_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  inferencesFailed_eq?: InputMaybe<Scalars['Int']['input']>;
  inferencesFailed_gt?: InputMaybe<Scalars['Int']['input']>;
  inferencesFailed_gte?: InputMaybe<Scalars['Int']['input']>;
  inferencesFailed_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  inferencesFailed_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  inferencesFailed_lt?: InputMaybe<Scalars['Int']['input']>;
  inferencesFailed_lte?: InputMaybe<Scalars['Int']['input']>;
  inferencesFailed_not_eq?: InputMaybe<Scalars['Int']['input']>;
  inferencesFailed_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  inferencesSettled_eq?: InputMaybe<Scalars['Int']['input']>;
  inferencesSettled_gt?: InputMaybe<Scalars['Int']['input']>;
  inferencesSettled_gte?: InputMaybe<Scalars['Int']['input']>;
  inferencesSettled_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  inferencesSettled_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  inferencesSettled_lt?: InputMaybe<Scalars['Int']['input']>;
  inferencesSettled_lte?: InputMaybe<Scalars['Int']['input']>;
  inferencesSettled_not_eq?: InputMaybe<Scalars['Int']['input']>;
  inferencesSettled_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  inferencesVerified_eq?: InputMaybe<Scalars['Int']['input']>;
  inferencesVerified_gt?: InputMaybe<Scalars['Int']['input']>;
  inferencesVerified_gte?: InputMaybe<Scalars['Int']['input']>;
  inferencesVerified_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  inferencesVerified_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  inferencesVerified_lt?: InputMaybe<Scalars['Int']['input']>;
  inferencesVerified_lte?: InputMaybe<Scalars['Int']['input']>;
  inferencesVerified_not_eq?: InputMaybe<Scalars['Int']['input']>;
  inferencesVerified_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  legacyInferences_eq?: InputMaybe<Scalars['Int']['input']>;
  legacyInferences_gt?: InputMaybe<Scalars['Int']['input']>;
  legacyInferences_gte?: InputMaybe<Scalars['Int']['input']>;
  legacyInferences_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  legacyInferences_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  legacyInferences_lt?: InputMaybe<Scalars['Int']['input']>;
  legacyInferences_lte?: InputMaybe<Scalars['Int']['input']>;
  legacyInferences_not_eq?: InputMaybe<Scalars['Int']['input']>;
  legacyInferences_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  settlements_eq?: InputMaybe<Scalars['Int']['input']>;
  settlements_gt?: InputMaybe<Scalars['Int']['input']>;
  settlements_gte?: InputMaybe<Scalars['Int']['input']>;
  settlements_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  settlements_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  settlements_lt?: InputMaybe<Scalars['Int']['input']>;
  settlements_lte?: InputMaybe<Scalars['Int']['input']>;
  settlements_not_eq?: InputMaybe<Scalars['Int']['input']>;
  settlements_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  stakingEvents_eq?: InputMaybe<Scalars['Int']['input']>;
  stakingEvents_gt?: InputMaybe<Scalars['Int']['input']>;
  stakingEvents_gte?: InputMaybe<Scalars['Int']['input']>;
  stakingEvents_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  stakingEvents_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  stakingEvents_lt?: InputMaybe<Scalars['Int']['input']>;
  stakingEvents_lte?: InputMaybe<Scalars['Int']['input']>;
  stakingEvents_not_eq?: InputMaybe<Scalars['Int']['input']>;
  stakingEvents_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  totalStaked_eq?: InputMaybe<Scalars['BigInt']['input']>;
  totalStaked_gt?: InputMaybe<Scalars['BigInt']['input']>;
  totalStaked_gte?: InputMaybe<Scalars['BigInt']['input']>;
  totalStaked_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  totalStaked_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  totalStaked_lt?: InputMaybe<Scalars['BigInt']['input']>;
  totalStaked_lte?: InputMaybe<Scalars['BigInt']['input']>;
  totalStaked_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  totalStaked_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
};

export type OgDailyStatsConnection = {
  __typename?: 'OgDailyStatsConnection';
  edges: Array<OgDailyStatEdge>;
  pageInfo: PageInfo;
  /** exact when filtered (up to the count cap); unfiltered counts of large tables come from the daily aggregates or the planner's estimate, see the API README */
  totalCount: Scalars['Int']['output'];
};

/**
 * OG-chain flows for one UTC hour, kept incrementally: the counts of OgDailyStat that add up over
 * hours. A row exists only for hours with activity. Verdicts count in the hour the inference settled.
 */
export type OgHourlyStat = {
  __typename?: 'OgHourlyStat';
  batchInferences: Scalars['Int']['output'];
  heartbeats: Scalars['Int']['output'];
  hour: Scalars['DateTime']['output'];
  hubInferences: Scalars['Int']['output'];
  /** YYYY-MM-DDTHH */
  id: Scalars['String']['output'];
  individualInferences: Scalars['Int']['output'];
  inferencesFailed: Scalars['Int']['output'];
  inferencesSettled: Scalars['Int']['output'];
  inferencesVerified: Scalars['Int']['output'];
  legacyInferences: Scalars['Int']['output'];
  settlements: Scalars['Int']['output'];
  stakingEvents: Scalars['Int']['output'];
};

export type OgHourlyStatEdge = {
  __typename?: 'OgHourlyStatEdge';
  cursor: Scalars['String']['output'];
  node: OgHourlyStat;
};

export type OgHourlyStatOrderByInput =
  | 'batchInferences_ASC'
  | 'batchInferences_ASC_NULLS_FIRST'
  | 'batchInferences_ASC_NULLS_LAST'
  | 'batchInferences_DESC'
  | 'batchInferences_DESC_NULLS_FIRST'
  | 'batchInferences_DESC_NULLS_LAST'
  | 'heartbeats_ASC'
  | 'heartbeats_ASC_NULLS_FIRST'
  | 'heartbeats_ASC_NULLS_LAST'
  | 'heartbeats_DESC'
  | 'heartbeats_DESC_NULLS_FIRST'
  | 'heartbeats_DESC_NULLS_LAST'
  | 'hour_ASC'
  | 'hour_ASC_NULLS_FIRST'
  | 'hour_ASC_NULLS_LAST'
  | 'hour_DESC'
  | 'hour_DESC_NULLS_FIRST'
  | 'hour_DESC_NULLS_LAST'
  | 'hubInferences_ASC'
  | 'hubInferences_ASC_NULLS_FIRST'
  | 'hubInferences_ASC_NULLS_LAST'
  | 'hubInferences_DESC'
  | 'hubInferences_DESC_NULLS_FIRST'
  | 'hubInferences_DESC_NULLS_LAST'
  | 'id_ASC'
  | 'id_ASC_NULLS_FIRST'
  | 'id_ASC_NULLS_LAST'
  | 'id_DESC'
  | 'id_DESC_NULLS_FIRST'
  | 'id_DESC_NULLS_LAST'
  | 'individualInferences_ASC'
  | 'individualInferences_ASC_NULLS_FIRST'
  | 'individualInferences_ASC_NULLS_LAST'
  | 'individualInferences_DESC'
  | 'individualInferences_DESC_NULLS_FIRST'
  | 'individualInferences_DESC_NULLS_LAST'
  | 'inferencesFailed_ASC'
  | 'inferencesFailed_ASC_NULLS_FIRST'
  | 'inferencesFailed_ASC_NULLS_LAST'
  | 'inferencesFailed_DESC'
  | 'inferencesFailed_DESC_NULLS_FIRST'
  | 'inferencesFailed_DESC_NULLS_LAST'
  | 'inferencesSettled_ASC'
  | 'inferencesSettled_ASC_NULLS_FIRST'
  | 'inferencesSettled_ASC_NULLS_LAST'
  | 'inferencesSettled_DESC'
  | 'inferencesSettled_DESC_NULLS_FIRST'
  | 'inferencesSettled_DESC_NULLS_LAST'
  | 'inferencesVerified_ASC'
  | 'inferencesVerified_ASC_NULLS_FIRST'
  | 'inferencesVerified_ASC_NULLS_LAST'
  | 'inferencesVerified_DESC'
  | 'inferencesVerified_DESC_NULLS_FIRST'
  | 'inferencesVerified_DESC_NULLS_LAST'
  | 'legacyInferences_ASC'
  | 'legacyInferences_ASC_NULLS_FIRST'
  | 'legacyInferences_ASC_NULLS_LAST'
  | 'legacyInferences_DESC'
  | 'legacyInferences_DESC_NULLS_FIRST'
  | 'legacyInferences_DESC_NULLS_LAST'
  | 'settlements_ASC'
  | 'settlements_ASC_NULLS_FIRST'
  | 'settlements_ASC_NULLS_LAST'
  | 'settlements_DESC'
  | 'settlements_DESC_NULLS_FIRST'
  | 'settlements_DESC_NULLS_LAST'
  | 'stakingEvents_ASC'
  | 'stakingEvents_ASC_NULLS_FIRST'
  | 'stakingEvents_ASC_NULLS_LAST'
  | 'stakingEvents_DESC'
  | 'stakingEvents_DESC_NULLS_FIRST'
  | 'stakingEvents_DESC_NULLS_LAST';

export type OgHourlyStatWhereInput = {
  AND?: InputMaybe<Array<OgHourlyStatWhereInput>>;
  OR?: InputMaybe<Array<OgHourlyStatWhereInput>>;
  batchInferences_eq?: InputMaybe<Scalars['Int']['input']>;
  batchInferences_gt?: InputMaybe<Scalars['Int']['input']>;
  batchInferences_gte?: InputMaybe<Scalars['Int']['input']>;
  batchInferences_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  batchInferences_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  batchInferences_lt?: InputMaybe<Scalars['Int']['input']>;
  batchInferences_lte?: InputMaybe<Scalars['Int']['input']>;
  batchInferences_not_eq?: InputMaybe<Scalars['Int']['input']>;
  batchInferences_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  heartbeats_eq?: InputMaybe<Scalars['Int']['input']>;
  heartbeats_gt?: InputMaybe<Scalars['Int']['input']>;
  heartbeats_gte?: InputMaybe<Scalars['Int']['input']>;
  heartbeats_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  heartbeats_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  heartbeats_lt?: InputMaybe<Scalars['Int']['input']>;
  heartbeats_lte?: InputMaybe<Scalars['Int']['input']>;
  heartbeats_not_eq?: InputMaybe<Scalars['Int']['input']>;
  heartbeats_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  hour_eq?: InputMaybe<Scalars['DateTime']['input']>;
  hour_gt?: InputMaybe<Scalars['DateTime']['input']>;
  hour_gte?: InputMaybe<Scalars['DateTime']['input']>;
  hour_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  hour_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  hour_lt?: InputMaybe<Scalars['DateTime']['input']>;
  hour_lte?: InputMaybe<Scalars['DateTime']['input']>;
  hour_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  hour_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  hubInferences_eq?: InputMaybe<Scalars['Int']['input']>;
  hubInferences_gt?: InputMaybe<Scalars['Int']['input']>;
  hubInferences_gte?: InputMaybe<Scalars['Int']['input']>;
  hubInferences_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  hubInferences_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  hubInferences_lt?: InputMaybe<Scalars['Int']['input']>;
  hubInferences_lte?: InputMaybe<Scalars['Int']['input']>;
  hubInferences_not_eq?: InputMaybe<Scalars['Int']['input']>;
  hubInferences_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  id_contains?: InputMaybe<Scalars['String']['input']>;
  id_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_eq?: InputMaybe<Scalars['String']['input']>;
  id_gt?: InputMaybe<Scalars['String']['input']>;
  id_gte?: InputMaybe<Scalars['String']['input']>;
  id_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  id_lt?: InputMaybe<Scalars['String']['input']>;
  id_lte?: InputMaybe<Scalars['String']['input']>;
  id_not_contains?: InputMaybe<Scalars['String']['input']>;
  id_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_not_eq?: InputMaybe<Scalars['String']['input']>;
  id_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_startsWith?: InputMaybe<Scalars['String']['input']>;
  individualInferences_eq?: InputMaybe<Scalars['Int']['input']>;
  individualInferences_gt?: InputMaybe<Scalars['Int']['input']>;
  individualInferences_gte?: InputMaybe<Scalars['Int']['input']>;
  individualInferences_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  individualInferences_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  individualInferences_lt?: InputMaybe<Scalars['Int']['input']>;
  individualInferences_lte?: InputMaybe<Scalars['Int']['input']>;
  individualInferences_not_eq?: InputMaybe<Scalars['Int']['input']>;
  individualInferences_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  inferencesFailed_eq?: InputMaybe<Scalars['Int']['input']>;
  inferencesFailed_gt?: InputMaybe<Scalars['Int']['input']>;
  inferencesFailed_gte?: InputMaybe<Scalars['Int']['input']>;
  inferencesFailed_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  inferencesFailed_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  inferencesFailed_lt?: InputMaybe<Scalars['Int']['input']>;
  inferencesFailed_lte?: InputMaybe<Scalars['Int']['input']>;
  inferencesFailed_not_eq?: InputMaybe<Scalars['Int']['input']>;
  inferencesFailed_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  inferencesSettled_eq?: InputMaybe<Scalars['Int']['input']>;
  inferencesSettled_gt?: InputMaybe<Scalars['Int']['input']>;
  inferencesSettled_gte?: InputMaybe<Scalars['Int']['input']>;
  inferencesSettled_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  inferencesSettled_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  inferencesSettled_lt?: InputMaybe<Scalars['Int']['input']>;
  inferencesSettled_lte?: InputMaybe<Scalars['Int']['input']>;
  inferencesSettled_not_eq?: InputMaybe<Scalars['Int']['input']>;
  inferencesSettled_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  inferencesVerified_eq?: InputMaybe<Scalars['Int']['input']>;
  inferencesVerified_gt?: InputMaybe<Scalars['Int']['input']>;
  inferencesVerified_gte?: InputMaybe<Scalars['Int']['input']>;
  inferencesVerified_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  inferencesVerified_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  inferencesVerified_lt?: InputMaybe<Scalars['Int']['input']>;
  inferencesVerified_lte?: InputMaybe<Scalars['Int']['input']>;
  inferencesVerified_not_eq?: InputMaybe<Scalars['Int']['input']>;
  inferencesVerified_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  legacyInferences_eq?: InputMaybe<Scalars['Int']['input']>;
  legacyInferences_gt?: InputMaybe<Scalars['Int']['input']>;
  legacyInferences_gte?: InputMaybe<Scalars['Int']['input']>;
  legacyInferences_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  legacyInferences_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  legacyInferences_lt?: InputMaybe<Scalars['Int']['input']>;
  legacyInferences_lte?: InputMaybe<Scalars['Int']['input']>;
  legacyInferences_not_eq?: InputMaybe<Scalars['Int']['input']>;
  legacyInferences_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  settlements_eq?: InputMaybe<Scalars['Int']['input']>;
  settlements_gt?: InputMaybe<Scalars['Int']['input']>;
  settlements_gte?: InputMaybe<Scalars['Int']['input']>;
  settlements_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  settlements_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  settlements_lt?: InputMaybe<Scalars['Int']['input']>;
  settlements_lte?: InputMaybe<Scalars['Int']['input']>;
  settlements_not_eq?: InputMaybe<Scalars['Int']['input']>;
  settlements_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  stakingEvents_eq?: InputMaybe<Scalars['Int']['input']>;
  stakingEvents_gt?: InputMaybe<Scalars['Int']['input']>;
  stakingEvents_gte?: InputMaybe<Scalars['Int']['input']>;
  stakingEvents_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  stakingEvents_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  stakingEvents_lt?: InputMaybe<Scalars['Int']['input']>;
  stakingEvents_lte?: InputMaybe<Scalars['Int']['input']>;
  stakingEvents_not_eq?: InputMaybe<Scalars['Int']['input']>;
  stakingEvents_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
};

export type OgHourlyStatsConnection = {
  __typename?: 'OgHourlyStatsConnection';
  edges: Array<OgHourlyStatEdge>;
  pageInfo: PageInfo;
  /** exact when filtered (up to the count cap); unfiltered counts of large tables come from the daily aggregates or the planner's estimate, see the API README */
  totalCount: Scalars['Int']['output'];
};

/** The OPG ERC-20 contract the explorer indexes. */
export type OpgToken = {
  __typename?: 'OpgToken';
  /** lowercase address */
  address: Scalars['String']['output'];
  chain: ChainName;
  decimals: Scalars['Int']['output'];
  /** where the address comes from (the API's API_OPG_TOKEN_ADDRESS) */
  source: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Scalars['String']['output'];
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Scalars['String']['output'];
};

/** The wallets whose first payment ever fell in one period, and how many paid again in each later period. */
export type PayerCohort = {
  __typename?: 'PayerCohort';
  retention: Array<CohortRetention>;
  size: Scalars['Int']['output'];
  t: Scalars['DateTime']['output'];
};

export type PayerCohorts = {
  __typename?: 'PayerCohorts';
  /** one per period, each with its retention in every later period of the range (a triangle) */
  cohorts: Array<PayerCohort>;
  /** start of the first period */
  from?: Maybe<Scalars['DateTime']['output']>;
  interval: PeriodInterval;
  periods: Array<PayerPeriod>;
  source: Scalars['String']['output'];
  /** start of the last period */
  to?: Maybe<Scalars['DateTime']['output']>;
};

export type PayerConcentration = {
  __typename?: 'PayerConcentration';
  from?: Maybe<Scalars['DateTime']['output']>;
  interval: PeriodInterval;
  /** the whole range: its top payers are ranked over the range, so its shares are not an average of the periods' */
  overall: PayerConcentrationPeriod;
  periods: Array<PayerConcentrationPeriod>;
  source: Scalars['String']['output'];
  to?: Maybe<Scalars['DateTime']['output']>;
  /** how many of the largest payers the top share counts (10); ranked by count for the count share and by OPG for the OPG share, within each period and over the whole range */
  topN: Scalars['Int']['output'];
};

export type PayerConcentrationPeriod = {
  __typename?: 'PayerConcentrationPeriod';
  /** OPG wei */
  opg: Scalars['BigInt']['output'];
  payers: Scalars['Int']['output'];
  payments: Scalars['Int']['output'];
  /** payments ÷ payers */
  paymentsPerWalletMean?: Maybe<Scalars['Float']['output']>;
  /** the median paying wallet's number of payments */
  paymentsPerWalletMedian?: Maybe<Scalars['Float']['output']>;
  /** start of the period; null for the whole range */
  t?: Maybe<Scalars['DateTime']['output']>;
  /** OPG wei paid by the 10 wallets that paid the most OPG */
  topOpg: Scalars['BigInt']['output'];
  /** topOpg ÷ opg (null without OPG paid) */
  topOpgShare?: Maybe<Scalars['Float']['output']>;
  /** payments of the 10 wallets with the most payments */
  topPayments: Scalars['Int']['output'];
  /** topPayments ÷ payments (null without payments) */
  topPaymentsShare?: Maybe<Scalars['Float']['output']>;
};

export type PayerPeriod = {
  __typename?: 'PayerPeriod';
  /** of those, wallets whose first payment ever fell in the period */
  newPayers: Scalars['Int']['output'];
  /** distinct wallets that made an x402 payment in the period */
  payers: Scalars['Int']['output'];
  /** of those, wallets that had paid in an earlier period (before the range included) */
  returningPayers: Scalars['Int']['output'];
  /** start of the period (UTC) */
  t: Scalars['DateTime']['output'];
};

/** An x402 payment: a Settled()/SettledWithPermit() from a proxy with the OPG transfer of the same tx. Indexed by payer and payee with time, for address pages. */
export type Payment = {
  __typename?: 'Payment';
  /** OPG wei (indexed: the largest payments are a common question) */
  amount: Scalars['BigInt']['output'];
  /** amount x OPG price at that time */
  amountUsd: Scalars['BigDecimal']['output'];
  blockNumber: Scalars['Int']['output'];
  /** from the upto witness; unknown for exact */
  facilitator?: Maybe<Scalars['String']['output']>;
  /** txHash-logIndex of the proxy event */
  id: Scalars['String']['output'];
  payee: Account;
  payer: Account;
  proxy: Scalars['String']['output'];
  scheme: PaymentScheme;
  /** the TEE node (teeId) whose registered payment address received it; a plain id, not a relation, because TEE nodes live on the other chain's pipeline */
  teeId?: Maybe<Scalars['String']['output']>;
  timestamp: Scalars['DateTime']['output'];
  txHash: Scalars['String']['output'];
  withPermit: Scalars['Boolean']['output'];
};

export type PaymentEdge = {
  __typename?: 'PaymentEdge';
  cursor: Scalars['String']['output'];
  node: Payment;
};

export type PaymentOrderByInput =
  | 'amountUsd_ASC'
  | 'amountUsd_ASC_NULLS_FIRST'
  | 'amountUsd_ASC_NULLS_LAST'
  | 'amountUsd_DESC'
  | 'amountUsd_DESC_NULLS_FIRST'
  | 'amountUsd_DESC_NULLS_LAST'
  | 'amount_ASC'
  | 'amount_ASC_NULLS_FIRST'
  | 'amount_ASC_NULLS_LAST'
  | 'amount_DESC'
  | 'amount_DESC_NULLS_FIRST'
  | 'amount_DESC_NULLS_LAST'
  | 'blockNumber_ASC'
  | 'blockNumber_ASC_NULLS_FIRST'
  | 'blockNumber_ASC_NULLS_LAST'
  | 'blockNumber_DESC'
  | 'blockNumber_DESC_NULLS_FIRST'
  | 'blockNumber_DESC_NULLS_LAST'
  | 'facilitator_ASC'
  | 'facilitator_ASC_NULLS_FIRST'
  | 'facilitator_ASC_NULLS_LAST'
  | 'facilitator_DESC'
  | 'facilitator_DESC_NULLS_FIRST'
  | 'facilitator_DESC_NULLS_LAST'
  | 'id_ASC'
  | 'id_ASC_NULLS_FIRST'
  | 'id_ASC_NULLS_LAST'
  | 'id_DESC'
  | 'id_DESC_NULLS_FIRST'
  | 'id_DESC_NULLS_LAST'
  | 'payee_balance_ASC'
  | 'payee_balance_ASC_NULLS_FIRST'
  | 'payee_balance_ASC_NULLS_LAST'
  | 'payee_balance_DESC'
  | 'payee_balance_DESC_NULLS_FIRST'
  | 'payee_balance_DESC_NULLS_LAST'
  | 'payee_category_ASC'
  | 'payee_category_ASC_NULLS_FIRST'
  | 'payee_category_ASC_NULLS_LAST'
  | 'payee_category_DESC'
  | 'payee_category_DESC_NULLS_FIRST'
  | 'payee_category_DESC_NULLS_LAST'
  | 'payee_circulating_ASC'
  | 'payee_circulating_ASC_NULLS_FIRST'
  | 'payee_circulating_ASC_NULLS_LAST'
  | 'payee_circulating_DESC'
  | 'payee_circulating_DESC_NULLS_FIRST'
  | 'payee_circulating_DESC_NULLS_LAST'
  | 'payee_firstPaymentAt_ASC'
  | 'payee_firstPaymentAt_ASC_NULLS_FIRST'
  | 'payee_firstPaymentAt_ASC_NULLS_LAST'
  | 'payee_firstPaymentAt_DESC'
  | 'payee_firstPaymentAt_DESC_NULLS_FIRST'
  | 'payee_firstPaymentAt_DESC_NULLS_LAST'
  | 'payee_firstSeenAt_ASC'
  | 'payee_firstSeenAt_ASC_NULLS_FIRST'
  | 'payee_firstSeenAt_ASC_NULLS_LAST'
  | 'payee_firstSeenAt_DESC'
  | 'payee_firstSeenAt_DESC_NULLS_FIRST'
  | 'payee_firstSeenAt_DESC_NULLS_LAST'
  | 'payee_firstSeenBlock_ASC'
  | 'payee_firstSeenBlock_ASC_NULLS_FIRST'
  | 'payee_firstSeenBlock_ASC_NULLS_LAST'
  | 'payee_firstSeenBlock_DESC'
  | 'payee_firstSeenBlock_DESC_NULLS_FIRST'
  | 'payee_firstSeenBlock_DESC_NULLS_LAST'
  | 'payee_id_ASC'
  | 'payee_id_ASC_NULLS_FIRST'
  | 'payee_id_ASC_NULLS_LAST'
  | 'payee_id_DESC'
  | 'payee_id_DESC_NULLS_FIRST'
  | 'payee_id_DESC_NULLS_LAST'
  | 'payee_label_ASC'
  | 'payee_label_ASC_NULLS_FIRST'
  | 'payee_label_ASC_NULLS_LAST'
  | 'payee_label_DESC'
  | 'payee_label_DESC_NULLS_FIRST'
  | 'payee_label_DESC_NULLS_LAST'
  | 'payee_lastSeenAt_ASC'
  | 'payee_lastSeenAt_ASC_NULLS_FIRST'
  | 'payee_lastSeenAt_ASC_NULLS_LAST'
  | 'payee_lastSeenAt_DESC'
  | 'payee_lastSeenAt_DESC_NULLS_FIRST'
  | 'payee_lastSeenAt_DESC_NULLS_LAST'
  | 'payee_paidTotal_ASC'
  | 'payee_paidTotal_ASC_NULLS_FIRST'
  | 'payee_paidTotal_ASC_NULLS_LAST'
  | 'payee_paidTotal_DESC'
  | 'payee_paidTotal_DESC_NULLS_FIRST'
  | 'payee_paidTotal_DESC_NULLS_LAST'
  | 'payee_paymentsMade_ASC'
  | 'payee_paymentsMade_ASC_NULLS_FIRST'
  | 'payee_paymentsMade_ASC_NULLS_LAST'
  | 'payee_paymentsMade_DESC'
  | 'payee_paymentsMade_DESC_NULLS_FIRST'
  | 'payee_paymentsMade_DESC_NULLS_LAST'
  | 'payee_paymentsReceived_ASC'
  | 'payee_paymentsReceived_ASC_NULLS_FIRST'
  | 'payee_paymentsReceived_ASC_NULLS_LAST'
  | 'payee_paymentsReceived_DESC'
  | 'payee_paymentsReceived_DESC_NULLS_FIRST'
  | 'payee_paymentsReceived_DESC_NULLS_LAST'
  | 'payee_receivedTotal_ASC'
  | 'payee_receivedTotal_ASC_NULLS_FIRST'
  | 'payee_receivedTotal_ASC_NULLS_LAST'
  | 'payee_receivedTotal_DESC'
  | 'payee_receivedTotal_DESC_NULLS_FIRST'
  | 'payee_receivedTotal_DESC_NULLS_LAST'
  | 'payee_transfersIn_ASC'
  | 'payee_transfersIn_ASC_NULLS_FIRST'
  | 'payee_transfersIn_ASC_NULLS_LAST'
  | 'payee_transfersIn_DESC'
  | 'payee_transfersIn_DESC_NULLS_FIRST'
  | 'payee_transfersIn_DESC_NULLS_LAST'
  | 'payee_transfersOut_ASC'
  | 'payee_transfersOut_ASC_NULLS_FIRST'
  | 'payee_transfersOut_ASC_NULLS_LAST'
  | 'payee_transfersOut_DESC'
  | 'payee_transfersOut_DESC_NULLS_FIRST'
  | 'payee_transfersOut_DESC_NULLS_LAST'
  | 'payer_balance_ASC'
  | 'payer_balance_ASC_NULLS_FIRST'
  | 'payer_balance_ASC_NULLS_LAST'
  | 'payer_balance_DESC'
  | 'payer_balance_DESC_NULLS_FIRST'
  | 'payer_balance_DESC_NULLS_LAST'
  | 'payer_category_ASC'
  | 'payer_category_ASC_NULLS_FIRST'
  | 'payer_category_ASC_NULLS_LAST'
  | 'payer_category_DESC'
  | 'payer_category_DESC_NULLS_FIRST'
  | 'payer_category_DESC_NULLS_LAST'
  | 'payer_circulating_ASC'
  | 'payer_circulating_ASC_NULLS_FIRST'
  | 'payer_circulating_ASC_NULLS_LAST'
  | 'payer_circulating_DESC'
  | 'payer_circulating_DESC_NULLS_FIRST'
  | 'payer_circulating_DESC_NULLS_LAST'
  | 'payer_firstPaymentAt_ASC'
  | 'payer_firstPaymentAt_ASC_NULLS_FIRST'
  | 'payer_firstPaymentAt_ASC_NULLS_LAST'
  | 'payer_firstPaymentAt_DESC'
  | 'payer_firstPaymentAt_DESC_NULLS_FIRST'
  | 'payer_firstPaymentAt_DESC_NULLS_LAST'
  | 'payer_firstSeenAt_ASC'
  | 'payer_firstSeenAt_ASC_NULLS_FIRST'
  | 'payer_firstSeenAt_ASC_NULLS_LAST'
  | 'payer_firstSeenAt_DESC'
  | 'payer_firstSeenAt_DESC_NULLS_FIRST'
  | 'payer_firstSeenAt_DESC_NULLS_LAST'
  | 'payer_firstSeenBlock_ASC'
  | 'payer_firstSeenBlock_ASC_NULLS_FIRST'
  | 'payer_firstSeenBlock_ASC_NULLS_LAST'
  | 'payer_firstSeenBlock_DESC'
  | 'payer_firstSeenBlock_DESC_NULLS_FIRST'
  | 'payer_firstSeenBlock_DESC_NULLS_LAST'
  | 'payer_id_ASC'
  | 'payer_id_ASC_NULLS_FIRST'
  | 'payer_id_ASC_NULLS_LAST'
  | 'payer_id_DESC'
  | 'payer_id_DESC_NULLS_FIRST'
  | 'payer_id_DESC_NULLS_LAST'
  | 'payer_label_ASC'
  | 'payer_label_ASC_NULLS_FIRST'
  | 'payer_label_ASC_NULLS_LAST'
  | 'payer_label_DESC'
  | 'payer_label_DESC_NULLS_FIRST'
  | 'payer_label_DESC_NULLS_LAST'
  | 'payer_lastSeenAt_ASC'
  | 'payer_lastSeenAt_ASC_NULLS_FIRST'
  | 'payer_lastSeenAt_ASC_NULLS_LAST'
  | 'payer_lastSeenAt_DESC'
  | 'payer_lastSeenAt_DESC_NULLS_FIRST'
  | 'payer_lastSeenAt_DESC_NULLS_LAST'
  | 'payer_paidTotal_ASC'
  | 'payer_paidTotal_ASC_NULLS_FIRST'
  | 'payer_paidTotal_ASC_NULLS_LAST'
  | 'payer_paidTotal_DESC'
  | 'payer_paidTotal_DESC_NULLS_FIRST'
  | 'payer_paidTotal_DESC_NULLS_LAST'
  | 'payer_paymentsMade_ASC'
  | 'payer_paymentsMade_ASC_NULLS_FIRST'
  | 'payer_paymentsMade_ASC_NULLS_LAST'
  | 'payer_paymentsMade_DESC'
  | 'payer_paymentsMade_DESC_NULLS_FIRST'
  | 'payer_paymentsMade_DESC_NULLS_LAST'
  | 'payer_paymentsReceived_ASC'
  | 'payer_paymentsReceived_ASC_NULLS_FIRST'
  | 'payer_paymentsReceived_ASC_NULLS_LAST'
  | 'payer_paymentsReceived_DESC'
  | 'payer_paymentsReceived_DESC_NULLS_FIRST'
  | 'payer_paymentsReceived_DESC_NULLS_LAST'
  | 'payer_receivedTotal_ASC'
  | 'payer_receivedTotal_ASC_NULLS_FIRST'
  | 'payer_receivedTotal_ASC_NULLS_LAST'
  | 'payer_receivedTotal_DESC'
  | 'payer_receivedTotal_DESC_NULLS_FIRST'
  | 'payer_receivedTotal_DESC_NULLS_LAST'
  | 'payer_transfersIn_ASC'
  | 'payer_transfersIn_ASC_NULLS_FIRST'
  | 'payer_transfersIn_ASC_NULLS_LAST'
  | 'payer_transfersIn_DESC'
  | 'payer_transfersIn_DESC_NULLS_FIRST'
  | 'payer_transfersIn_DESC_NULLS_LAST'
  | 'payer_transfersOut_ASC'
  | 'payer_transfersOut_ASC_NULLS_FIRST'
  | 'payer_transfersOut_ASC_NULLS_LAST'
  | 'payer_transfersOut_DESC'
  | 'payer_transfersOut_DESC_NULLS_FIRST'
  | 'payer_transfersOut_DESC_NULLS_LAST'
  | 'proxy_ASC'
  | 'proxy_ASC_NULLS_FIRST'
  | 'proxy_ASC_NULLS_LAST'
  | 'proxy_DESC'
  | 'proxy_DESC_NULLS_FIRST'
  | 'proxy_DESC_NULLS_LAST'
  | 'scheme_ASC'
  | 'scheme_ASC_NULLS_FIRST'
  | 'scheme_ASC_NULLS_LAST'
  | 'scheme_DESC'
  | 'scheme_DESC_NULLS_FIRST'
  | 'scheme_DESC_NULLS_LAST'
  | 'teeId_ASC'
  | 'teeId_ASC_NULLS_FIRST'
  | 'teeId_ASC_NULLS_LAST'
  | 'teeId_DESC'
  | 'teeId_DESC_NULLS_FIRST'
  | 'teeId_DESC_NULLS_LAST'
  | 'timestamp_ASC'
  | 'timestamp_ASC_NULLS_FIRST'
  | 'timestamp_ASC_NULLS_LAST'
  | 'timestamp_DESC'
  | 'timestamp_DESC_NULLS_FIRST'
  | 'timestamp_DESC_NULLS_LAST'
  | 'txHash_ASC'
  | 'txHash_ASC_NULLS_FIRST'
  | 'txHash_ASC_NULLS_LAST'
  | 'txHash_DESC'
  | 'txHash_DESC_NULLS_FIRST'
  | 'txHash_DESC_NULLS_LAST'
  | 'withPermit_ASC'
  | 'withPermit_ASC_NULLS_FIRST'
  | 'withPermit_ASC_NULLS_LAST'
  | 'withPermit_DESC'
  | 'withPermit_DESC_NULLS_FIRST'
  | 'withPermit_DESC_NULLS_LAST';

export type PaymentScheme =
  | 'EXACT'
  | 'UPTO';

export type PaymentWhereInput = {
  AND?: InputMaybe<Array<PaymentWhereInput>>;
  OR?: InputMaybe<Array<PaymentWhereInput>>;
  amountUsd_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  amountUsd_gt?: InputMaybe<Scalars['BigDecimal']['input']>;
  amountUsd_gte?: InputMaybe<Scalars['BigDecimal']['input']>;
  amountUsd_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  amountUsd_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  amountUsd_lt?: InputMaybe<Scalars['BigDecimal']['input']>;
  amountUsd_lte?: InputMaybe<Scalars['BigDecimal']['input']>;
  amountUsd_not_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  amountUsd_not_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  amount_eq?: InputMaybe<Scalars['BigInt']['input']>;
  amount_gt?: InputMaybe<Scalars['BigInt']['input']>;
  amount_gte?: InputMaybe<Scalars['BigInt']['input']>;
  amount_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  amount_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  amount_lt?: InputMaybe<Scalars['BigInt']['input']>;
  amount_lte?: InputMaybe<Scalars['BigInt']['input']>;
  amount_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  amount_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  blockNumber_eq?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_gt?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_gte?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  blockNumber_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  blockNumber_lt?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_lte?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_not_eq?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  facilitator_contains?: InputMaybe<Scalars['String']['input']>;
  facilitator_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  facilitator_endsWith?: InputMaybe<Scalars['String']['input']>;
  facilitator_eq?: InputMaybe<Scalars['String']['input']>;
  facilitator_gt?: InputMaybe<Scalars['String']['input']>;
  facilitator_gte?: InputMaybe<Scalars['String']['input']>;
  facilitator_in?: InputMaybe<Array<Scalars['String']['input']>>;
  facilitator_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  facilitator_lt?: InputMaybe<Scalars['String']['input']>;
  facilitator_lte?: InputMaybe<Scalars['String']['input']>;
  facilitator_not_contains?: InputMaybe<Scalars['String']['input']>;
  facilitator_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  facilitator_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  facilitator_not_eq?: InputMaybe<Scalars['String']['input']>;
  facilitator_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  facilitator_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  facilitator_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_contains?: InputMaybe<Scalars['String']['input']>;
  id_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_eq?: InputMaybe<Scalars['String']['input']>;
  id_gt?: InputMaybe<Scalars['String']['input']>;
  id_gte?: InputMaybe<Scalars['String']['input']>;
  id_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  id_lt?: InputMaybe<Scalars['String']['input']>;
  id_lte?: InputMaybe<Scalars['String']['input']>;
  id_not_contains?: InputMaybe<Scalars['String']['input']>;
  id_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_not_eq?: InputMaybe<Scalars['String']['input']>;
  id_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_startsWith?: InputMaybe<Scalars['String']['input']>;
  payee?: InputMaybe<AccountWhereInput>;
  payee_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  payer?: InputMaybe<AccountWhereInput>;
  payer_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  proxy_contains?: InputMaybe<Scalars['String']['input']>;
  proxy_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  proxy_endsWith?: InputMaybe<Scalars['String']['input']>;
  proxy_eq?: InputMaybe<Scalars['String']['input']>;
  proxy_gt?: InputMaybe<Scalars['String']['input']>;
  proxy_gte?: InputMaybe<Scalars['String']['input']>;
  proxy_in?: InputMaybe<Array<Scalars['String']['input']>>;
  proxy_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  proxy_lt?: InputMaybe<Scalars['String']['input']>;
  proxy_lte?: InputMaybe<Scalars['String']['input']>;
  proxy_not_contains?: InputMaybe<Scalars['String']['input']>;
  proxy_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  proxy_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  proxy_not_eq?: InputMaybe<Scalars['String']['input']>;
  proxy_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  proxy_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  proxy_startsWith?: InputMaybe<Scalars['String']['input']>;
  scheme_eq?: InputMaybe<PaymentScheme>;
  scheme_in?: InputMaybe<Array<PaymentScheme>>;
  scheme_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  scheme_not_eq?: InputMaybe<PaymentScheme>;
  scheme_not_in?: InputMaybe<Array<PaymentScheme>>;
  teeId_contains?: InputMaybe<Scalars['String']['input']>;
  teeId_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  teeId_endsWith?: InputMaybe<Scalars['String']['input']>;
  teeId_eq?: InputMaybe<Scalars['String']['input']>;
  teeId_gt?: InputMaybe<Scalars['String']['input']>;
  teeId_gte?: InputMaybe<Scalars['String']['input']>;
  teeId_in?: InputMaybe<Array<Scalars['String']['input']>>;
  teeId_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  teeId_lt?: InputMaybe<Scalars['String']['input']>;
  teeId_lte?: InputMaybe<Scalars['String']['input']>;
  teeId_not_contains?: InputMaybe<Scalars['String']['input']>;
  teeId_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  teeId_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  teeId_not_eq?: InputMaybe<Scalars['String']['input']>;
  teeId_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  teeId_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  teeId_startsWith?: InputMaybe<Scalars['String']['input']>;
  timestamp_eq?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_gt?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_gte?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  timestamp_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  timestamp_lt?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_lte?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  txHash_contains?: InputMaybe<Scalars['String']['input']>;
  txHash_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  txHash_endsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_eq?: InputMaybe<Scalars['String']['input']>;
  txHash_gt?: InputMaybe<Scalars['String']['input']>;
  txHash_gte?: InputMaybe<Scalars['String']['input']>;
  txHash_in?: InputMaybe<Array<Scalars['String']['input']>>;
  txHash_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  txHash_lt?: InputMaybe<Scalars['String']['input']>;
  txHash_lte?: InputMaybe<Scalars['String']['input']>;
  txHash_not_contains?: InputMaybe<Scalars['String']['input']>;
  txHash_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  txHash_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_not_eq?: InputMaybe<Scalars['String']['input']>;
  txHash_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  txHash_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_startsWith?: InputMaybe<Scalars['String']['input']>;
  withPermit_eq?: InputMaybe<Scalars['Boolean']['input']>;
  withPermit_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  withPermit_not_eq?: InputMaybe<Scalars['Boolean']['input']>;
};

export type PaymentsConnection = {
  __typename?: 'PaymentsConnection';
  edges: Array<PaymentEdge>;
  pageInfo: PageInfo;
  /** exact when filtered (up to the count cap); unfiltered counts of large tables come from the daily aggregates or the planner's estimate, see the API README */
  totalCount: Scalars['Int']['output'];
};

/** An approved enclave measurement on one registry. */
export type Pcr = {
  __typename?: 'Pcr';
  active: Scalars['Boolean']['output'];
  approvedAt: Scalars['DateTime']['output'];
  approvedBlock: Scalars['Int']['output'];
  /** registry-pcrHash-teeType */
  id: Scalars['String']['output'];
  pcrHash: Scalars['String']['output'];
  registry: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  revokedBlock?: Maybe<Scalars['Int']['output']>;
  /** null when the registry's PCRRevoked has no type argument */
  teeType?: Maybe<Scalars['Int']['output']>;
  version?: Maybe<Scalars['String']['output']>;
};

export type PcrEdge = {
  __typename?: 'PcrEdge';
  cursor: Scalars['String']['output'];
  node: Pcr;
};

export type PcrOrderByInput =
  | 'active_ASC'
  | 'active_ASC_NULLS_FIRST'
  | 'active_ASC_NULLS_LAST'
  | 'active_DESC'
  | 'active_DESC_NULLS_FIRST'
  | 'active_DESC_NULLS_LAST'
  | 'approvedAt_ASC'
  | 'approvedAt_ASC_NULLS_FIRST'
  | 'approvedAt_ASC_NULLS_LAST'
  | 'approvedAt_DESC'
  | 'approvedAt_DESC_NULLS_FIRST'
  | 'approvedAt_DESC_NULLS_LAST'
  | 'approvedBlock_ASC'
  | 'approvedBlock_ASC_NULLS_FIRST'
  | 'approvedBlock_ASC_NULLS_LAST'
  | 'approvedBlock_DESC'
  | 'approvedBlock_DESC_NULLS_FIRST'
  | 'approvedBlock_DESC_NULLS_LAST'
  | 'id_ASC'
  | 'id_ASC_NULLS_FIRST'
  | 'id_ASC_NULLS_LAST'
  | 'id_DESC'
  | 'id_DESC_NULLS_FIRST'
  | 'id_DESC_NULLS_LAST'
  | 'pcrHash_ASC'
  | 'pcrHash_ASC_NULLS_FIRST'
  | 'pcrHash_ASC_NULLS_LAST'
  | 'pcrHash_DESC'
  | 'pcrHash_DESC_NULLS_FIRST'
  | 'pcrHash_DESC_NULLS_LAST'
  | 'registry_ASC'
  | 'registry_ASC_NULLS_FIRST'
  | 'registry_ASC_NULLS_LAST'
  | 'registry_DESC'
  | 'registry_DESC_NULLS_FIRST'
  | 'registry_DESC_NULLS_LAST'
  | 'revokedAt_ASC'
  | 'revokedAt_ASC_NULLS_FIRST'
  | 'revokedAt_ASC_NULLS_LAST'
  | 'revokedAt_DESC'
  | 'revokedAt_DESC_NULLS_FIRST'
  | 'revokedAt_DESC_NULLS_LAST'
  | 'revokedBlock_ASC'
  | 'revokedBlock_ASC_NULLS_FIRST'
  | 'revokedBlock_ASC_NULLS_LAST'
  | 'revokedBlock_DESC'
  | 'revokedBlock_DESC_NULLS_FIRST'
  | 'revokedBlock_DESC_NULLS_LAST'
  | 'teeType_ASC'
  | 'teeType_ASC_NULLS_FIRST'
  | 'teeType_ASC_NULLS_LAST'
  | 'teeType_DESC'
  | 'teeType_DESC_NULLS_FIRST'
  | 'teeType_DESC_NULLS_LAST'
  | 'version_ASC'
  | 'version_ASC_NULLS_FIRST'
  | 'version_ASC_NULLS_LAST'
  | 'version_DESC'
  | 'version_DESC_NULLS_FIRST'
  | 'version_DESC_NULLS_LAST';

export type PcrWhereInput = {
  AND?: InputMaybe<Array<PcrWhereInput>>;
  OR?: InputMaybe<Array<PcrWhereInput>>;
  active_eq?: InputMaybe<Scalars['Boolean']['input']>;
  active_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  active_not_eq?: InputMaybe<Scalars['Boolean']['input']>;
  approvedAt_eq?: InputMaybe<Scalars['DateTime']['input']>;
  approvedAt_gt?: InputMaybe<Scalars['DateTime']['input']>;
  approvedAt_gte?: InputMaybe<Scalars['DateTime']['input']>;
  approvedAt_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  approvedAt_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  approvedAt_lt?: InputMaybe<Scalars['DateTime']['input']>;
  approvedAt_lte?: InputMaybe<Scalars['DateTime']['input']>;
  approvedAt_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  approvedAt_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  approvedBlock_eq?: InputMaybe<Scalars['Int']['input']>;
  approvedBlock_gt?: InputMaybe<Scalars['Int']['input']>;
  approvedBlock_gte?: InputMaybe<Scalars['Int']['input']>;
  approvedBlock_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  approvedBlock_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  approvedBlock_lt?: InputMaybe<Scalars['Int']['input']>;
  approvedBlock_lte?: InputMaybe<Scalars['Int']['input']>;
  approvedBlock_not_eq?: InputMaybe<Scalars['Int']['input']>;
  approvedBlock_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  id_contains?: InputMaybe<Scalars['String']['input']>;
  id_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_eq?: InputMaybe<Scalars['String']['input']>;
  id_gt?: InputMaybe<Scalars['String']['input']>;
  id_gte?: InputMaybe<Scalars['String']['input']>;
  id_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  id_lt?: InputMaybe<Scalars['String']['input']>;
  id_lte?: InputMaybe<Scalars['String']['input']>;
  id_not_contains?: InputMaybe<Scalars['String']['input']>;
  id_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_not_eq?: InputMaybe<Scalars['String']['input']>;
  id_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_startsWith?: InputMaybe<Scalars['String']['input']>;
  pcrHash_contains?: InputMaybe<Scalars['String']['input']>;
  pcrHash_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  pcrHash_endsWith?: InputMaybe<Scalars['String']['input']>;
  pcrHash_eq?: InputMaybe<Scalars['String']['input']>;
  pcrHash_gt?: InputMaybe<Scalars['String']['input']>;
  pcrHash_gte?: InputMaybe<Scalars['String']['input']>;
  pcrHash_in?: InputMaybe<Array<Scalars['String']['input']>>;
  pcrHash_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  pcrHash_lt?: InputMaybe<Scalars['String']['input']>;
  pcrHash_lte?: InputMaybe<Scalars['String']['input']>;
  pcrHash_not_contains?: InputMaybe<Scalars['String']['input']>;
  pcrHash_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  pcrHash_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  pcrHash_not_eq?: InputMaybe<Scalars['String']['input']>;
  pcrHash_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  pcrHash_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  pcrHash_startsWith?: InputMaybe<Scalars['String']['input']>;
  registry_contains?: InputMaybe<Scalars['String']['input']>;
  registry_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  registry_endsWith?: InputMaybe<Scalars['String']['input']>;
  registry_eq?: InputMaybe<Scalars['String']['input']>;
  registry_gt?: InputMaybe<Scalars['String']['input']>;
  registry_gte?: InputMaybe<Scalars['String']['input']>;
  registry_in?: InputMaybe<Array<Scalars['String']['input']>>;
  registry_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  registry_lt?: InputMaybe<Scalars['String']['input']>;
  registry_lte?: InputMaybe<Scalars['String']['input']>;
  registry_not_contains?: InputMaybe<Scalars['String']['input']>;
  registry_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  registry_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  registry_not_eq?: InputMaybe<Scalars['String']['input']>;
  registry_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  registry_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  registry_startsWith?: InputMaybe<Scalars['String']['input']>;
  revokedAt_eq?: InputMaybe<Scalars['DateTime']['input']>;
  revokedAt_gt?: InputMaybe<Scalars['DateTime']['input']>;
  revokedAt_gte?: InputMaybe<Scalars['DateTime']['input']>;
  revokedAt_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  revokedAt_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  revokedAt_lt?: InputMaybe<Scalars['DateTime']['input']>;
  revokedAt_lte?: InputMaybe<Scalars['DateTime']['input']>;
  revokedAt_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  revokedAt_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  revokedBlock_eq?: InputMaybe<Scalars['Int']['input']>;
  revokedBlock_gt?: InputMaybe<Scalars['Int']['input']>;
  revokedBlock_gte?: InputMaybe<Scalars['Int']['input']>;
  revokedBlock_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  revokedBlock_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  revokedBlock_lt?: InputMaybe<Scalars['Int']['input']>;
  revokedBlock_lte?: InputMaybe<Scalars['Int']['input']>;
  revokedBlock_not_eq?: InputMaybe<Scalars['Int']['input']>;
  revokedBlock_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  teeType_eq?: InputMaybe<Scalars['Int']['input']>;
  teeType_gt?: InputMaybe<Scalars['Int']['input']>;
  teeType_gte?: InputMaybe<Scalars['Int']['input']>;
  teeType_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  teeType_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  teeType_lt?: InputMaybe<Scalars['Int']['input']>;
  teeType_lte?: InputMaybe<Scalars['Int']['input']>;
  teeType_not_eq?: InputMaybe<Scalars['Int']['input']>;
  teeType_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  version_contains?: InputMaybe<Scalars['String']['input']>;
  version_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  version_endsWith?: InputMaybe<Scalars['String']['input']>;
  version_eq?: InputMaybe<Scalars['String']['input']>;
  version_gt?: InputMaybe<Scalars['String']['input']>;
  version_gte?: InputMaybe<Scalars['String']['input']>;
  version_in?: InputMaybe<Array<Scalars['String']['input']>>;
  version_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  version_lt?: InputMaybe<Scalars['String']['input']>;
  version_lte?: InputMaybe<Scalars['String']['input']>;
  version_not_contains?: InputMaybe<Scalars['String']['input']>;
  version_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  version_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  version_not_eq?: InputMaybe<Scalars['String']['input']>;
  version_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  version_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  version_startsWith?: InputMaybe<Scalars['String']['input']>;
};

export type PcrsConnection = {
  __typename?: 'PcrsConnection';
  edges: Array<PcrEdge>;
  pageInfo: PageInfo;
  /** exact when filtered (up to the count cap); unfiltered counts of large tables come from the daily aggregates or the planner's estimate, see the API README */
  totalCount: Scalars['Int']['output'];
};

export type PeriodInterval =
  | 'DAY'
  /** calendar months (UTC) */
  | 'MONTH'
  /** ISO weeks, starting on Monday (UTC) */
  | 'WEEK';

export type PriceCandle = {
  __typename?: 'PriceCandle';
  close: Scalars['BigDecimal']['output'];
  high: Scalars['BigDecimal']['output'];
  /** interval-startUnixSeconds */
  id: Scalars['String']['output'];
  interval: CandleInterval;
  low: Scalars['BigDecimal']['output'];
  /** USD per OPG */
  open: Scalars['BigDecimal']['output'];
  start: Scalars['DateTime']['output'];
  swaps: Scalars['Int']['output'];
  /** OPG wei traded */
  volumeOpg: Scalars['BigInt']['output'];
  volumeUsd: Scalars['BigDecimal']['output'];
};

export type PriceCandleEdge = {
  __typename?: 'PriceCandleEdge';
  cursor: Scalars['String']['output'];
  node: PriceCandle;
};

export type PriceCandleOrderByInput =
  | 'close_ASC'
  | 'close_ASC_NULLS_FIRST'
  | 'close_ASC_NULLS_LAST'
  | 'close_DESC'
  | 'close_DESC_NULLS_FIRST'
  | 'close_DESC_NULLS_LAST'
  | 'high_ASC'
  | 'high_ASC_NULLS_FIRST'
  | 'high_ASC_NULLS_LAST'
  | 'high_DESC'
  | 'high_DESC_NULLS_FIRST'
  | 'high_DESC_NULLS_LAST'
  | 'id_ASC'
  | 'id_ASC_NULLS_FIRST'
  | 'id_ASC_NULLS_LAST'
  | 'id_DESC'
  | 'id_DESC_NULLS_FIRST'
  | 'id_DESC_NULLS_LAST'
  | 'interval_ASC'
  | 'interval_ASC_NULLS_FIRST'
  | 'interval_ASC_NULLS_LAST'
  | 'interval_DESC'
  | 'interval_DESC_NULLS_FIRST'
  | 'interval_DESC_NULLS_LAST'
  | 'low_ASC'
  | 'low_ASC_NULLS_FIRST'
  | 'low_ASC_NULLS_LAST'
  | 'low_DESC'
  | 'low_DESC_NULLS_FIRST'
  | 'low_DESC_NULLS_LAST'
  | 'open_ASC'
  | 'open_ASC_NULLS_FIRST'
  | 'open_ASC_NULLS_LAST'
  | 'open_DESC'
  | 'open_DESC_NULLS_FIRST'
  | 'open_DESC_NULLS_LAST'
  | 'start_ASC'
  | 'start_ASC_NULLS_FIRST'
  | 'start_ASC_NULLS_LAST'
  | 'start_DESC'
  | 'start_DESC_NULLS_FIRST'
  | 'start_DESC_NULLS_LAST'
  | 'swaps_ASC'
  | 'swaps_ASC_NULLS_FIRST'
  | 'swaps_ASC_NULLS_LAST'
  | 'swaps_DESC'
  | 'swaps_DESC_NULLS_FIRST'
  | 'swaps_DESC_NULLS_LAST'
  | 'volumeOpg_ASC'
  | 'volumeOpg_ASC_NULLS_FIRST'
  | 'volumeOpg_ASC_NULLS_LAST'
  | 'volumeOpg_DESC'
  | 'volumeOpg_DESC_NULLS_FIRST'
  | 'volumeOpg_DESC_NULLS_LAST'
  | 'volumeUsd_ASC'
  | 'volumeUsd_ASC_NULLS_FIRST'
  | 'volumeUsd_ASC_NULLS_LAST'
  | 'volumeUsd_DESC'
  | 'volumeUsd_DESC_NULLS_FIRST'
  | 'volumeUsd_DESC_NULLS_LAST';

export type PriceCandleWhereInput = {
  AND?: InputMaybe<Array<PriceCandleWhereInput>>;
  OR?: InputMaybe<Array<PriceCandleWhereInput>>;
  close_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  close_gt?: InputMaybe<Scalars['BigDecimal']['input']>;
  close_gte?: InputMaybe<Scalars['BigDecimal']['input']>;
  close_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  close_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  close_lt?: InputMaybe<Scalars['BigDecimal']['input']>;
  close_lte?: InputMaybe<Scalars['BigDecimal']['input']>;
  close_not_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  close_not_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  high_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  high_gt?: InputMaybe<Scalars['BigDecimal']['input']>;
  high_gte?: InputMaybe<Scalars['BigDecimal']['input']>;
  high_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  high_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  high_lt?: InputMaybe<Scalars['BigDecimal']['input']>;
  high_lte?: InputMaybe<Scalars['BigDecimal']['input']>;
  high_not_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  high_not_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  id_contains?: InputMaybe<Scalars['String']['input']>;
  id_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_eq?: InputMaybe<Scalars['String']['input']>;
  id_gt?: InputMaybe<Scalars['String']['input']>;
  id_gte?: InputMaybe<Scalars['String']['input']>;
  id_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  id_lt?: InputMaybe<Scalars['String']['input']>;
  id_lte?: InputMaybe<Scalars['String']['input']>;
  id_not_contains?: InputMaybe<Scalars['String']['input']>;
  id_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_not_eq?: InputMaybe<Scalars['String']['input']>;
  id_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_startsWith?: InputMaybe<Scalars['String']['input']>;
  interval_eq?: InputMaybe<CandleInterval>;
  interval_in?: InputMaybe<Array<CandleInterval>>;
  interval_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  interval_not_eq?: InputMaybe<CandleInterval>;
  interval_not_in?: InputMaybe<Array<CandleInterval>>;
  low_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  low_gt?: InputMaybe<Scalars['BigDecimal']['input']>;
  low_gte?: InputMaybe<Scalars['BigDecimal']['input']>;
  low_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  low_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  low_lt?: InputMaybe<Scalars['BigDecimal']['input']>;
  low_lte?: InputMaybe<Scalars['BigDecimal']['input']>;
  low_not_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  low_not_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  open_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  open_gt?: InputMaybe<Scalars['BigDecimal']['input']>;
  open_gte?: InputMaybe<Scalars['BigDecimal']['input']>;
  open_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  open_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  open_lt?: InputMaybe<Scalars['BigDecimal']['input']>;
  open_lte?: InputMaybe<Scalars['BigDecimal']['input']>;
  open_not_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  open_not_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  start_eq?: InputMaybe<Scalars['DateTime']['input']>;
  start_gt?: InputMaybe<Scalars['DateTime']['input']>;
  start_gte?: InputMaybe<Scalars['DateTime']['input']>;
  start_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  start_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  start_lt?: InputMaybe<Scalars['DateTime']['input']>;
  start_lte?: InputMaybe<Scalars['DateTime']['input']>;
  start_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  start_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  swaps_eq?: InputMaybe<Scalars['Int']['input']>;
  swaps_gt?: InputMaybe<Scalars['Int']['input']>;
  swaps_gte?: InputMaybe<Scalars['Int']['input']>;
  swaps_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  swaps_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  swaps_lt?: InputMaybe<Scalars['Int']['input']>;
  swaps_lte?: InputMaybe<Scalars['Int']['input']>;
  swaps_not_eq?: InputMaybe<Scalars['Int']['input']>;
  swaps_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  volumeOpg_eq?: InputMaybe<Scalars['BigInt']['input']>;
  volumeOpg_gt?: InputMaybe<Scalars['BigInt']['input']>;
  volumeOpg_gte?: InputMaybe<Scalars['BigInt']['input']>;
  volumeOpg_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  volumeOpg_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  volumeOpg_lt?: InputMaybe<Scalars['BigInt']['input']>;
  volumeOpg_lte?: InputMaybe<Scalars['BigInt']['input']>;
  volumeOpg_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  volumeOpg_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  volumeUsd_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  volumeUsd_gt?: InputMaybe<Scalars['BigDecimal']['input']>;
  volumeUsd_gte?: InputMaybe<Scalars['BigDecimal']['input']>;
  volumeUsd_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  volumeUsd_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  volumeUsd_lt?: InputMaybe<Scalars['BigDecimal']['input']>;
  volumeUsd_lte?: InputMaybe<Scalars['BigDecimal']['input']>;
  volumeUsd_not_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  volumeUsd_not_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
};

export type PriceCandlesConnection = {
  __typename?: 'PriceCandlesConnection';
  edges: Array<PriceCandleEdge>;
  pageInfo: PageInfo;
  /** exact when filtered (up to the count cap); unfiltered counts of large tables come from the daily aggregates or the planner's estimate, see the API README */
  totalCount: Scalars['Int']['output'];
};

export type ProofCoverage = {
  __typename?: 'ProofCoverage';
  by: CoverageGrouping;
  from?: Maybe<Scalars['DateTime']['output']>;
  rows: Array<ProofCoverageRow>;
  /** where the numbers come from */
  source: Scalars['String']['output'];
  to?: Maybe<Scalars['DateTime']['output']>;
  total: ProofCoverageRow;
};

export type ProofCoverageRow = {
  __typename?: 'ProofCoverageRow';
  /** bad signature, or in a corrupt or missing blob (INVALID, PARTIAL, MISSING) */
  invalid: Scalars['Int']['output'];
  /** the day (YYYY-MM-DD), the mode, or the TEE id (empty string for inferences without one) */
  key: Scalars['String']['output'];
  /** waiting for the blob (PENDING) */
  pending: Scalars['Int']['output'];
  /** inferences settled */
  settled: Scalars['Int']['output'];
  /** nothing published to verify: legacy and hub kinds (UNVERIFIABLE); by MODE and TEE also blobs past their storage period (EXPIRED) */
  unverifiable: Scalars['Int']['output'];
  /** signature verified (status VERIFIED) */
  verified: Scalars['Int']['output'];
  /** verified / (settled − unverifiable): the share of verifiable inferences actually re-verified */
  verifiedShare?: Maybe<Scalars['Float']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** The same as squidStatus, under The Graph's name. */
  _meta: SquidStatus;
  accountById?: Maybe<Account>;
  /** Whether an address is a contract or a key-held account on each chain, and its OPG holdings. */
  accountKind: AccountKind;
  /** One address's usage: who funded it, its active days, the TEE nodes it paid and its share of all x402 payments. */
  accountUsage: AccountUsage;
  accounts: Array<Account>;
  accountsConnection: AccountsConnection;
  allocationDailyUnlockById?: Maybe<AllocationDailyUnlock>;
  allocationDailyUnlocks: Array<AllocationDailyUnlock>;
  allocationDailyUnlocksConnection: AllocationDailyUnlocksConnection;
  /** The allocation table: per allocation total, unlocked (observed or projected), locked, kind, cliff, vesting end, next unlock, share of circulating and USD value; and the next unlock over all allocations. */
  allocations: Allocations;
  baseDailyStatById?: Maybe<BaseDailyStat>;
  baseDailyStats: Array<BaseDailyStat>;
  baseDailyStatsConnection: BaseDailyStatsConnection;
  baseHourlyStatById?: Maybe<BaseHourlyStat>;
  baseHourlyStats: Array<BaseHourlyStat>;
  baseHourlyStatsConnection: BaseHourlyStatsConnection;
  /** A block read from the chain's node, with a page of its transactions (txLimit at most 100). Null when the node has no such block. */
  block?: Maybe<ChainBlock>;
  commissionChangeById?: Maybe<CommissionChange>;
  commissionChanges: Array<CommissionChange>;
  commissionChangesConnection: CommissionChangesConnection;
  /** The chain's minimum commission, the max rate and max daily change, and whether each validator's observed changes ever exceeded the daily max. */
  commissionLimits: CommissionLimits;
  dailyPayerById?: Maybe<DailyPayer>;
  dailyPayers: Array<DailyPayer>;
  dailyPayersConnection: DailyPayersConnection;
  dailyStatById?: Maybe<DailyStat>;
  dailyStats: Array<DailyStat>;
  dailyStatsConnection: DailyStatsConnection;
  delegationById?: Maybe<Delegation>;
  delegations: Array<Delegation>;
  delegationsConnection: DelegationsConnection;
  heartbeatById?: Maybe<Heartbeat>;
  heartbeats: Array<Heartbeat>;
  heartbeatsConnection: HeartbeatsConnection;
  indexingIssueById?: Maybe<IndexingIssue>;
  indexingIssues: Array<IndexingIssue>;
  indexingIssuesConnection: IndexingIssuesConnection;
  inferenceById?: Maybe<Inference>;
  inferenceDailyGroupById?: Maybe<InferenceDailyGroup>;
  inferenceDailyGroups: Array<InferenceDailyGroup>;
  inferenceDailyGroupsConnection: InferenceDailyGroupsConnection;
  /** One inference's proof: blob, Merkle path, signed message, enclave key and PCR, and a script that re-checks them. Null when no such inference is indexed. */
  inferenceProof?: Maybe<InferenceProof>;
  inferences: Array<Inference>;
  inferencesConnection: InferencesConnection;
  /** The newest blocks of a chain, newest first (limit at most 25). */
  latestBlocks: LatestBlocks;
  /** The newest transactions of a chain, newest first (limit at most 25). */
  latestTransactions: LatestTransactions;
  ogDailyStatById?: Maybe<OgDailyStat>;
  ogDailyStats: Array<OgDailyStat>;
  ogDailyStatsConnection: OgDailyStatsConnection;
  ogHourlyStatById?: Maybe<OgHourlyStat>;
  ogHourlyStats: Array<OgHourlyStat>;
  ogHourlyStatsConnection: OgHourlyStatsConnection;
  /** The OPG token contract on Base. */
  opgToken: OpgToken;
  /** New and returning paying wallets per period, and each first-payment cohort's retention in the later periods. from defaults to 90 days, 26 weeks or 12 months before to; to defaults to the last indexed Base day. At most 120 periods. */
  payerCohorts: PayerCohorts;
  /** The top-10 payers' share of payments (count and OPG), payments per wallet (mean, median) and distinct payers, per period and over the range. At most 400 periods. */
  payerConcentration: PayerConcentration;
  paymentById?: Maybe<Payment>;
  payments: Array<Payment>;
  paymentsConnection: PaymentsConnection;
  pcrById?: Maybe<Pcr>;
  pcrs: Array<Pcr>;
  pcrsConnection: PcrsConnection;
  priceCandleById?: Maybe<PriceCandle>;
  priceCandles: Array<PriceCandle>;
  priceCandlesConnection: PriceCandlesConnection;
  /** Settled, verified, invalid, pending and unverifiable inferences by day, mode or TEE. Defaults to all time. */
  proofCoverage: ProofCoverage;
  /** One box for everything: a tx hash, address, settlement or inference id, merkle root, TEE id, input or output hash, PCR hash, blob id, block number, validator moniker or account label. Hex ids may omit 0x; the start of an id (at least 4 hex digits) or an id as lists shorten it (0x2588…-6) returns suggestions. At most 10 hits per kind. */
  search: SearchResult;
  /** Declared against expanded inferences, all time. */
  settledInferences: SettledInferences;
  settlementById?: Maybe<Settlement>;
  settlements: Array<Settlement>;
  settlementsConnection: SettlementsConnection;
  /** Indexing progress per chain (OpenReader's squidStatus, with one head per chain). Every response also carries these heads in extensions.indexedHeads. */
  squidStatus: SquidStatus;
  stakingEventById?: Maybe<StakingEvent>;
  stakingEvents: Array<StakingEvent>;
  stakingEventsConnection: StakingEventsConnection;
  /** Projected (typed schedule) against observed (on-chain unlocks) supply per allocation, and circulating supply. Defaults to TGE through the end of the longest schedule. */
  supplySchedule: SupplySchedule;
  swapById?: Maybe<Swap>;
  swaps: Array<Swap>;
  swapsConnection: SwapsConnection;
  teeNodeById?: Maybe<TeeNode>;
  teeNodes: Array<TeeNode>;
  teeNodesConnection: TeeNodesConnection;
  /** One metric over time, gap-filled (see TimeSeriesMetric for each metric's rules). from defaults to 90 days (DAY), 52 weeks (WEEK) or 7 days (HOUR) before to; to defaults to the last stored bucket. At most 5,000 points. */
  timeSeries: TimeSeries;
  /** A transaction read from the chain's node: status, block, confirmations, fee, method and every log (decoded when it is one of our events). */
  transaction: ChainTransaction;
  transferById?: Maybe<Transfer>;
  transfers: Array<Transfer>;
  transfersConnection: TransfersConnection;
  /** Batch settlements whose leaves are not indexed (blob missing, expired, corrupt or pending; legacy batches), for a search that found nothing. limit 1..50. */
  unexpandedBatches: UnexpandedBatches;
  unlockById?: Maybe<Unlock>;
  /** Unlock events starting in [from, to], by date. from defaults to the allocations' asOf, to to 18 months after from. The whole schedule holds a few hundred events. */
  unlockCalendar: Array<UnlockEvent>;
  /** Trailing revenue against the next window of unlocks, and the days of usage the next cliff's first window represents. windowDays 1..365. */
  unlockPressure: UnlockPressure;
  unlocks: Array<Unlock>;
  unlocksConnection: UnlocksConnection;
  /** Periods whose count exceeds the median of the trailing window + k × scaled MAD, each spike with the share of its payments made by new wallets and how many of those never paid again. window 3..90 periods, by default 28 days, 12 weeks or 6 months. At most 400 periods. */
  usageSpikes: UsageSpikes;
  /** Per day: inferences, payments, paying wallets, revenue in USD and the price close, for one chart. Defaults to the last 90 indexed days. */
  usageVsPrice: Array<UsageVsPriceDay>;
  validatorById?: Maybe<Validator>;
  /** One validator's slashes, jails and unjails, newest first, with the delegators' loss per slash and the end of each jail. Null for an unknown validator; validator is its operator address. */
  validatorIncidents?: Maybe<ValidatorIncidents>;
  /** Every validator with stake, self-bond, commission history, flows, slash and jail history, TEE uptime, a risk score, the expected reward, loss and net per 1,000 OPG. */
  validatorRanking: ValidatorRanking;
  validators: Array<Validator>;
  validatorsConnection: ValidatorsConnection;
  /** The schedule of a vesting contract or distributor (an Unlock source); null for any other address. */
  vestingSchedule?: Maybe<VestingSchedule>;
};


export type QueryAccountByIdArgs = {
  id: Scalars['String']['input'];
};


export type QueryAccountKindArgs = {
  address: Scalars['String']['input'];
};


export type QueryAccountUsageArgs = {
  id: Scalars['String']['input'];
};


export type QueryAccountsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AccountOrderByInput>>;
  where?: InputMaybe<AccountWhereInput>;
};


export type QueryAccountsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy: Array<AccountOrderByInput>;
  where?: InputMaybe<AccountWhereInput>;
};


export type QueryAllocationDailyUnlockByIdArgs = {
  id: Scalars['String']['input'];
};


export type QueryAllocationDailyUnlocksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AllocationDailyUnlockOrderByInput>>;
  where?: InputMaybe<AllocationDailyUnlockWhereInput>;
};


export type QueryAllocationDailyUnlocksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy: Array<AllocationDailyUnlockOrderByInput>;
  where?: InputMaybe<AllocationDailyUnlockWhereInput>;
};


export type QueryBaseDailyStatByIdArgs = {
  id: Scalars['String']['input'];
};


export type QueryBaseDailyStatsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BaseDailyStatOrderByInput>>;
  where?: InputMaybe<BaseDailyStatWhereInput>;
};


export type QueryBaseDailyStatsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy: Array<BaseDailyStatOrderByInput>;
  where?: InputMaybe<BaseDailyStatWhereInput>;
};


export type QueryBaseHourlyStatByIdArgs = {
  id: Scalars['String']['input'];
};


export type QueryBaseHourlyStatsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BaseHourlyStatOrderByInput>>;
  where?: InputMaybe<BaseHourlyStatWhereInput>;
};


export type QueryBaseHourlyStatsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy: Array<BaseHourlyStatOrderByInput>;
  where?: InputMaybe<BaseHourlyStatWhereInput>;
};


export type QueryBlockArgs = {
  chain: ChainName;
  number: Scalars['Int']['input'];
  txLimit?: InputMaybe<Scalars['Int']['input']>;
  txOffset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCommissionChangeByIdArgs = {
  id: Scalars['String']['input'];
};


export type QueryCommissionChangesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CommissionChangeOrderByInput>>;
  where?: InputMaybe<CommissionChangeWhereInput>;
};


export type QueryCommissionChangesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy: Array<CommissionChangeOrderByInput>;
  where?: InputMaybe<CommissionChangeWhereInput>;
};


export type QueryDailyPayerByIdArgs = {
  id: Scalars['String']['input'];
};


export type QueryDailyPayersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DailyPayerOrderByInput>>;
  where?: InputMaybe<DailyPayerWhereInput>;
};


export type QueryDailyPayersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy: Array<DailyPayerOrderByInput>;
  where?: InputMaybe<DailyPayerWhereInput>;
};


export type QueryDailyStatByIdArgs = {
  id: Scalars['String']['input'];
};


export type QueryDailyStatsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DailyStatOrderByInput>>;
  where?: InputMaybe<DailyStatWhereInput>;
};


export type QueryDailyStatsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy: Array<DailyStatOrderByInput>;
  where?: InputMaybe<DailyStatWhereInput>;
};


export type QueryDelegationByIdArgs = {
  id: Scalars['String']['input'];
};


export type QueryDelegationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DelegationOrderByInput>>;
  where?: InputMaybe<DelegationWhereInput>;
};


export type QueryDelegationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy: Array<DelegationOrderByInput>;
  where?: InputMaybe<DelegationWhereInput>;
};


export type QueryHeartbeatByIdArgs = {
  id: Scalars['String']['input'];
};


export type QueryHeartbeatsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<HeartbeatOrderByInput>>;
  where?: InputMaybe<HeartbeatWhereInput>;
};


export type QueryHeartbeatsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy: Array<HeartbeatOrderByInput>;
  where?: InputMaybe<HeartbeatWhereInput>;
};


export type QueryIndexingIssueByIdArgs = {
  id: Scalars['String']['input'];
};


export type QueryIndexingIssuesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<IndexingIssueOrderByInput>>;
  where?: InputMaybe<IndexingIssueWhereInput>;
};


export type QueryIndexingIssuesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy: Array<IndexingIssueOrderByInput>;
  where?: InputMaybe<IndexingIssueWhereInput>;
};


export type QueryInferenceByIdArgs = {
  id: Scalars['String']['input'];
};


export type QueryInferenceDailyGroupByIdArgs = {
  id: Scalars['String']['input'];
};


export type QueryInferenceDailyGroupsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<InferenceDailyGroupOrderByInput>>;
  where?: InputMaybe<InferenceDailyGroupWhereInput>;
};


export type QueryInferenceDailyGroupsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy: Array<InferenceDailyGroupOrderByInput>;
  where?: InputMaybe<InferenceDailyGroupWhereInput>;
};


export type QueryInferenceProofArgs = {
  id: Scalars['String']['input'];
};


export type QueryInferencesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<InferenceOrderByInput>>;
  where?: InputMaybe<InferenceWhereInput>;
};


export type QueryInferencesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy: Array<InferenceOrderByInput>;
  where?: InputMaybe<InferenceWhereInput>;
};


export type QueryLatestBlocksArgs = {
  chain: ChainName;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLatestTransactionsArgs = {
  chain: ChainName;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOgDailyStatByIdArgs = {
  id: Scalars['String']['input'];
};


export type QueryOgDailyStatsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OgDailyStatOrderByInput>>;
  where?: InputMaybe<OgDailyStatWhereInput>;
};


export type QueryOgDailyStatsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy: Array<OgDailyStatOrderByInput>;
  where?: InputMaybe<OgDailyStatWhereInput>;
};


export type QueryOgHourlyStatByIdArgs = {
  id: Scalars['String']['input'];
};


export type QueryOgHourlyStatsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OgHourlyStatOrderByInput>>;
  where?: InputMaybe<OgHourlyStatWhereInput>;
};


export type QueryOgHourlyStatsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy: Array<OgHourlyStatOrderByInput>;
  where?: InputMaybe<OgHourlyStatWhereInput>;
};


export type QueryPayerCohortsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  interval?: PeriodInterval;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryPayerConcentrationArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  interval?: PeriodInterval;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryPaymentByIdArgs = {
  id: Scalars['String']['input'];
};


export type QueryPaymentsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PaymentOrderByInput>>;
  where?: InputMaybe<PaymentWhereInput>;
};


export type QueryPaymentsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy: Array<PaymentOrderByInput>;
  where?: InputMaybe<PaymentWhereInput>;
};


export type QueryPcrByIdArgs = {
  id: Scalars['String']['input'];
};


export type QueryPcrsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PcrOrderByInput>>;
  where?: InputMaybe<PcrWhereInput>;
};


export type QueryPcrsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy: Array<PcrOrderByInput>;
  where?: InputMaybe<PcrWhereInput>;
};


export type QueryPriceCandleByIdArgs = {
  id: Scalars['String']['input'];
};


export type QueryPriceCandlesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PriceCandleOrderByInput>>;
  where?: InputMaybe<PriceCandleWhereInput>;
};


export type QueryPriceCandlesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy: Array<PriceCandleOrderByInput>;
  where?: InputMaybe<PriceCandleWhereInput>;
};


export type QueryProofCoverageArgs = {
  by?: CoverageGrouping;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QuerySearchArgs = {
  q: Scalars['String']['input'];
};


export type QuerySettlementByIdArgs = {
  id: Scalars['String']['input'];
};


export type QuerySettlementsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<SettlementOrderByInput>>;
  where?: InputMaybe<SettlementWhereInput>;
};


export type QuerySettlementsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy: Array<SettlementOrderByInput>;
  where?: InputMaybe<SettlementWhereInput>;
};


export type QueryStakingEventByIdArgs = {
  id: Scalars['String']['input'];
};


export type QueryStakingEventsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<StakingEventOrderByInput>>;
  where?: InputMaybe<StakingEventWhereInput>;
};


export type QueryStakingEventsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy: Array<StakingEventOrderByInput>;
  where?: InputMaybe<StakingEventWhereInput>;
};


export type QuerySupplyScheduleArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  interval?: ScheduleInterval;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QuerySwapByIdArgs = {
  id: Scalars['String']['input'];
};


export type QuerySwapsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<SwapOrderByInput>>;
  where?: InputMaybe<SwapWhereInput>;
};


export type QuerySwapsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy: Array<SwapOrderByInput>;
  where?: InputMaybe<SwapWhereInput>;
};


export type QueryTeeNodeByIdArgs = {
  id: Scalars['String']['input'];
};


export type QueryTeeNodesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TeeNodeOrderByInput>>;
  where?: InputMaybe<TeeNodeWhereInput>;
};


export type QueryTeeNodesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy: Array<TeeNodeOrderByInput>;
  where?: InputMaybe<TeeNodeWhereInput>;
};


export type QueryTimeSeriesArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  interval?: TimeInterval;
  metric: TimeSeriesMetric;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryTransactionArgs = {
  chain: ChainName;
  hash: Scalars['String']['input'];
};


export type QueryTransferByIdArgs = {
  id: Scalars['String']['input'];
};


export type QueryTransfersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TransferOrderByInput>>;
  where?: InputMaybe<TransferWhereInput>;
};


export type QueryTransfersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy: Array<TransferOrderByInput>;
  where?: InputMaybe<TransferWhereInput>;
};


export type QueryUnexpandedBatchesArgs = {
  limit?: Scalars['Int']['input'];
  q?: InputMaybe<Scalars['String']['input']>;
};


export type QueryUnlockByIdArgs = {
  id: Scalars['String']['input'];
};


export type QueryUnlockCalendarArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryUnlockPressureArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  windowDays?: Scalars['Int']['input'];
};


export type QueryUnlocksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<UnlockOrderByInput>>;
  where?: InputMaybe<UnlockWhereInput>;
};


export type QueryUnlocksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy: Array<UnlockOrderByInput>;
  where?: InputMaybe<UnlockWhereInput>;
};


export type QueryUsageSpikesArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  interval?: PeriodInterval;
  metric?: SpikeMetric;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  window?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUsageVsPriceArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryValidatorByIdArgs = {
  id: Scalars['String']['input'];
};


export type QueryValidatorIncidentsArgs = {
  validator: Scalars['String']['input'];
};


export type QueryValidatorRankingArgs = {
  orderBy?: ValidatorRankingOrder;
};


export type QueryValidatorsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ValidatorOrderByInput>>;
  where?: InputMaybe<ValidatorWhereInput>;
};


export type QueryValidatorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy: Array<ValidatorOrderByInput>;
  where?: InputMaybe<ValidatorWhereInput>;
};


export type QueryVestingScheduleArgs = {
  address: Scalars['String']['input'];
};

export type RiskComponents = {
  __typename?: 'RiskComponents';
  /** min(1, every commission rise weighted by recency (CommissionTrend.weightedRise) / 0.10) */
  commission: Scalars['Float']['output'];
  /** min(1, stakeShare / (1/3)) */
  concentration: Scalars['Float']['output'];
  /** min(1, 10 × (1 − uptime of the operator's TEE)); 0.5 when no TEE is linked */
  downtime: Scalars['Float']['output'];
  /** 1 if jailed now, else 1 − e^(−jailCount / 2) */
  jailing: Scalars['Float']['output'];
  /** 1 − min(1, selfBondShare / 0.10) */
  selfBond: Scalars['Float']['output'];
  /** 1 − e^(−slashCount) */
  slashing: Scalars['Float']['output'];
};

export type ScheduleInterval =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

export type SearchHit = {
  __typename?: 'SearchHit';
  /** og or base, where the kind lives on one chain */
  chain?: Maybe<Scalars['String']['output']>;
  /** the entity id (a tx hash for TRANSACTION, an address for ACCOUNT, VALIDATOR and DELEGATOR) */
  id: Scalars['String']['output'];
  kind: SearchHitKind;
  label: Scalars['String']['output'];
  /** the explorer page for the hit, e.g. /settlements/<id> */
  route: Scalars['String']['output'];
};

/** What a search hit is; route tells the web page to link to. */
export type SearchHitKind =
  | 'ACCOUNT'
  | 'BATCH'
  | 'BLOB'
  | 'BLOCK'
  | 'DELEGATOR'
  | 'HEARTBEAT'
  | 'INFERENCE'
  | 'PAYMENT'
  | 'PCR'
  | 'SETTLEMENT'
  | 'STAKING_EVENT'
  | 'SWAP'
  | 'TEE_NODE'
  | 'TRANSACTION'
  | 'TRANSFER'
  | 'UNLOCK'
  | 'VALIDATOR';

export type SearchResult = {
  __typename?: 'SearchResult';
  hits: Array<SearchHit>;
  query: Scalars['String']['output'];
  /** what the query looked like: hash, address, eventId, blobId, blockNumber, prefix (the start of a hex id, or an id as lists shorten it: 0x2588…-6) or text */
  shape: Scalars['String']['output'];
};

/** Inferences the chain declares against the Inference rows the indexer expanded, and the difference by cause. */
export type SettledInferences = {
  __typename?: 'SettledInferences';
  /** each batch's declared batchSize plus one per other settlement (the overview's inferences settled) */
  declared: Scalars['Float']['output'];
  /** Inference rows */
  expanded: Scalars['Float']['output'];
  inLegacyBatches: Scalars['Int']['output'];
  inPendingBatches: Scalars['Int']['output'];
  inUnreadableBatches: Scalars['Int']['output'];
  /** v0 batches: a root without a blob */
  legacyBatches: Scalars['Int']['output'];
  /** declared − expanded */
  notExpanded: Scalars['Float']['output'];
  /** batches still waiting for their blob */
  pendingBatches: Scalars['Int']['output'];
  /** batches whose blob could not be read or did not prove them (missing, expired, corrupt, unreadable blob id) */
  unreadableBatches: Scalars['Int']['output'];
};

/** One settlement log on the OG chain. */
export type Settlement = {
  __typename?: 'Settlement';
  /** blob fetch attempts so far (durable: a restart resumes the count) */
  attempts: Scalars['Int']['output'];
  /** declared number of leaves (batch kinds) */
  batchSize?: Maybe<Scalars['Int']['output']>;
  /** Walrus blob id, decoded from the event's UTF-8 bytes */
  blobId?: Maybe<Scalars['String']['output']>;
  /** answers of 404 so far; the blob is declared missing after a few (durable across restarts) */
  blobNotFound: Scalars['Int']['output'];
  blockNumber: Scalars['Int']['output'];
  /** the user address named by an individual settlement */
  ethAddress?: Maybe<Scalars['String']['output']>;
  /** txHash-logIndex */
  id: Scalars['String']['output'];
  /** inferences expanded from this settlement */
  inferenceCount: Scalars['Int']['output'];
  inferences: Array<Inference>;
  invalidSignatures: Scalars['Int']['output'];
  kind: SettlementKind;
  merkleRoot?: Maybe<Scalars['String']['output']>;
  /** earliest time of the next fetch attempt (durable backoff); null when never tried or settled */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** the relay (or hub) contract that emitted it */
  relay: Scalars['String']['output'];
  status: VerificationStatus;
  /** stable reason code when not VERIFIED: root-mismatch, size-mismatch, malformed, missing, bad-signature, ... */
  statusReason?: Maybe<Scalars['String']['output']>;
  teeId?: Maybe<Scalars['String']['output']>;
  /** the TEE node for individual settlements (null when the id is not registered) */
  teeNode?: Maybe<TeeNode>;
  timestamp: Scalars['DateTime']['output'];
  txHash: Scalars['String']['output'];
  validSignatures: Scalars['Int']['output'];
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** One settlement log on the OG chain. */
export type SettlementInferencesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<InferenceOrderByInput>>;
  where?: InputMaybe<InferenceWhereInput>;
};

export type SettlementEdge = {
  __typename?: 'SettlementEdge';
  cursor: Scalars['String']['output'];
  node: Settlement;
};

export type SettlementKind =
  /** BatchSettlement(bytes32,uint256,bytes): a Merkle root over TEE-signed leaves, payload on Walrus */
  | 'BATCH'
  /** legacy on-chain inference through InferenceHub and the 0xF4 precompile */
  | 'HUB'
  /** IndividualSettlement(...): one signed inference, payload on Walrus */
  | 'INDIVIDUAL'
  /** v0 relay BatchSettlement(bytes32,uint256): a root without a blob */
  | 'LEGACY_BATCH'
  /** v0 relay SettlementWithMetadata(...) */
  | 'LEGACY_METADATA'
  /** v0 relay Settlement(bytes32,bytes32): hashes only, nothing to verify */
  | 'LEGACY_SINGLE';

export type SettlementOrderByInput =
  | 'attempts_ASC'
  | 'attempts_ASC_NULLS_FIRST'
  | 'attempts_ASC_NULLS_LAST'
  | 'attempts_DESC'
  | 'attempts_DESC_NULLS_FIRST'
  | 'attempts_DESC_NULLS_LAST'
  | 'batchSize_ASC'
  | 'batchSize_ASC_NULLS_FIRST'
  | 'batchSize_ASC_NULLS_LAST'
  | 'batchSize_DESC'
  | 'batchSize_DESC_NULLS_FIRST'
  | 'batchSize_DESC_NULLS_LAST'
  | 'blobId_ASC'
  | 'blobId_ASC_NULLS_FIRST'
  | 'blobId_ASC_NULLS_LAST'
  | 'blobId_DESC'
  | 'blobId_DESC_NULLS_FIRST'
  | 'blobId_DESC_NULLS_LAST'
  | 'blobNotFound_ASC'
  | 'blobNotFound_ASC_NULLS_FIRST'
  | 'blobNotFound_ASC_NULLS_LAST'
  | 'blobNotFound_DESC'
  | 'blobNotFound_DESC_NULLS_FIRST'
  | 'blobNotFound_DESC_NULLS_LAST'
  | 'blockNumber_ASC'
  | 'blockNumber_ASC_NULLS_FIRST'
  | 'blockNumber_ASC_NULLS_LAST'
  | 'blockNumber_DESC'
  | 'blockNumber_DESC_NULLS_FIRST'
  | 'blockNumber_DESC_NULLS_LAST'
  | 'ethAddress_ASC'
  | 'ethAddress_ASC_NULLS_FIRST'
  | 'ethAddress_ASC_NULLS_LAST'
  | 'ethAddress_DESC'
  | 'ethAddress_DESC_NULLS_FIRST'
  | 'ethAddress_DESC_NULLS_LAST'
  | 'id_ASC'
  | 'id_ASC_NULLS_FIRST'
  | 'id_ASC_NULLS_LAST'
  | 'id_DESC'
  | 'id_DESC_NULLS_FIRST'
  | 'id_DESC_NULLS_LAST'
  | 'inferenceCount_ASC'
  | 'inferenceCount_ASC_NULLS_FIRST'
  | 'inferenceCount_ASC_NULLS_LAST'
  | 'inferenceCount_DESC'
  | 'inferenceCount_DESC_NULLS_FIRST'
  | 'inferenceCount_DESC_NULLS_LAST'
  | 'invalidSignatures_ASC'
  | 'invalidSignatures_ASC_NULLS_FIRST'
  | 'invalidSignatures_ASC_NULLS_LAST'
  | 'invalidSignatures_DESC'
  | 'invalidSignatures_DESC_NULLS_FIRST'
  | 'invalidSignatures_DESC_NULLS_LAST'
  | 'kind_ASC'
  | 'kind_ASC_NULLS_FIRST'
  | 'kind_ASC_NULLS_LAST'
  | 'kind_DESC'
  | 'kind_DESC_NULLS_FIRST'
  | 'kind_DESC_NULLS_LAST'
  | 'merkleRoot_ASC'
  | 'merkleRoot_ASC_NULLS_FIRST'
  | 'merkleRoot_ASC_NULLS_LAST'
  | 'merkleRoot_DESC'
  | 'merkleRoot_DESC_NULLS_FIRST'
  | 'merkleRoot_DESC_NULLS_LAST'
  | 'nextAttemptAt_ASC'
  | 'nextAttemptAt_ASC_NULLS_FIRST'
  | 'nextAttemptAt_ASC_NULLS_LAST'
  | 'nextAttemptAt_DESC'
  | 'nextAttemptAt_DESC_NULLS_FIRST'
  | 'nextAttemptAt_DESC_NULLS_LAST'
  | 'relay_ASC'
  | 'relay_ASC_NULLS_FIRST'
  | 'relay_ASC_NULLS_LAST'
  | 'relay_DESC'
  | 'relay_DESC_NULLS_FIRST'
  | 'relay_DESC_NULLS_LAST'
  | 'statusReason_ASC'
  | 'statusReason_ASC_NULLS_FIRST'
  | 'statusReason_ASC_NULLS_LAST'
  | 'statusReason_DESC'
  | 'statusReason_DESC_NULLS_FIRST'
  | 'statusReason_DESC_NULLS_LAST'
  | 'status_ASC'
  | 'status_ASC_NULLS_FIRST'
  | 'status_ASC_NULLS_LAST'
  | 'status_DESC'
  | 'status_DESC_NULLS_FIRST'
  | 'status_DESC_NULLS_LAST'
  | 'teeId_ASC'
  | 'teeId_ASC_NULLS_FIRST'
  | 'teeId_ASC_NULLS_LAST'
  | 'teeId_DESC'
  | 'teeId_DESC_NULLS_FIRST'
  | 'teeId_DESC_NULLS_LAST'
  | 'teeNode_coveredSeconds_ASC'
  | 'teeNode_coveredSeconds_ASC_NULLS_FIRST'
  | 'teeNode_coveredSeconds_ASC_NULLS_LAST'
  | 'teeNode_coveredSeconds_DESC'
  | 'teeNode_coveredSeconds_DESC_NULLS_FIRST'
  | 'teeNode_coveredSeconds_DESC_NULLS_LAST'
  | 'teeNode_disabledAt_ASC'
  | 'teeNode_disabledAt_ASC_NULLS_FIRST'
  | 'teeNode_disabledAt_ASC_NULLS_LAST'
  | 'teeNode_disabledAt_DESC'
  | 'teeNode_disabledAt_DESC_NULLS_FIRST'
  | 'teeNode_disabledAt_DESC_NULLS_LAST'
  | 'teeNode_disabledSeconds_ASC'
  | 'teeNode_disabledSeconds_ASC_NULLS_FIRST'
  | 'teeNode_disabledSeconds_ASC_NULLS_LAST'
  | 'teeNode_disabledSeconds_DESC'
  | 'teeNode_disabledSeconds_DESC_NULLS_FIRST'
  | 'teeNode_disabledSeconds_DESC_NULLS_LAST'
  | 'teeNode_disabledSinceHeartbeat_ASC'
  | 'teeNode_disabledSinceHeartbeat_ASC_NULLS_FIRST'
  | 'teeNode_disabledSinceHeartbeat_ASC_NULLS_LAST'
  | 'teeNode_disabledSinceHeartbeat_DESC'
  | 'teeNode_disabledSinceHeartbeat_DESC_NULLS_FIRST'
  | 'teeNode_disabledSinceHeartbeat_DESC_NULLS_LAST'
  | 'teeNode_enabled_ASC'
  | 'teeNode_enabled_ASC_NULLS_FIRST'
  | 'teeNode_enabled_ASC_NULLS_LAST'
  | 'teeNode_enabled_DESC'
  | 'teeNode_enabled_DESC_NULLS_FIRST'
  | 'teeNode_enabled_DESC_NULLS_LAST'
  | 'teeNode_endpoint_ASC'
  | 'teeNode_endpoint_ASC_NULLS_FIRST'
  | 'teeNode_endpoint_ASC_NULLS_LAST'
  | 'teeNode_endpoint_DESC'
  | 'teeNode_endpoint_DESC_NULLS_FIRST'
  | 'teeNode_endpoint_DESC_NULLS_LAST'
  | 'teeNode_heartbeatCount_ASC'
  | 'teeNode_heartbeatCount_ASC_NULLS_FIRST'
  | 'teeNode_heartbeatCount_ASC_NULLS_LAST'
  | 'teeNode_heartbeatCount_DESC'
  | 'teeNode_heartbeatCount_DESC_NULLS_FIRST'
  | 'teeNode_heartbeatCount_DESC_NULLS_LAST'
  | 'teeNode_heartbeatMaxAge_ASC'
  | 'teeNode_heartbeatMaxAge_ASC_NULLS_FIRST'
  | 'teeNode_heartbeatMaxAge_ASC_NULLS_LAST'
  | 'teeNode_heartbeatMaxAge_DESC'
  | 'teeNode_heartbeatMaxAge_DESC_NULLS_FIRST'
  | 'teeNode_heartbeatMaxAge_DESC_NULLS_LAST'
  | 'teeNode_id_ASC'
  | 'teeNode_id_ASC_NULLS_FIRST'
  | 'teeNode_id_ASC_NULLS_LAST'
  | 'teeNode_id_DESC'
  | 'teeNode_id_DESC_NULLS_FIRST'
  | 'teeNode_id_DESC_NULLS_LAST'
  | 'teeNode_inferenceCount_ASC'
  | 'teeNode_inferenceCount_ASC_NULLS_FIRST'
  | 'teeNode_inferenceCount_ASC_NULLS_LAST'
  | 'teeNode_inferenceCount_DESC'
  | 'teeNode_inferenceCount_DESC_NULLS_FIRST'
  | 'teeNode_inferenceCount_DESC_NULLS_LAST'
  | 'teeNode_lastHeartbeatAt_ASC'
  | 'teeNode_lastHeartbeatAt_ASC_NULLS_FIRST'
  | 'teeNode_lastHeartbeatAt_ASC_NULLS_LAST'
  | 'teeNode_lastHeartbeatAt_DESC'
  | 'teeNode_lastHeartbeatAt_DESC_NULLS_FIRST'
  | 'teeNode_lastHeartbeatAt_DESC_NULLS_LAST'
  | 'teeNode_owner_ASC'
  | 'teeNode_owner_ASC_NULLS_FIRST'
  | 'teeNode_owner_ASC_NULLS_LAST'
  | 'teeNode_owner_DESC'
  | 'teeNode_owner_DESC_NULLS_FIRST'
  | 'teeNode_owner_DESC_NULLS_LAST'
  | 'teeNode_paymentAddress_ASC'
  | 'teeNode_paymentAddress_ASC_NULLS_FIRST'
  | 'teeNode_paymentAddress_ASC_NULLS_LAST'
  | 'teeNode_paymentAddress_DESC'
  | 'teeNode_paymentAddress_DESC_NULLS_FIRST'
  | 'teeNode_paymentAddress_DESC_NULLS_LAST'
  | 'teeNode_pcrHash_ASC'
  | 'teeNode_pcrHash_ASC_NULLS_FIRST'
  | 'teeNode_pcrHash_ASC_NULLS_LAST'
  | 'teeNode_pcrHash_DESC'
  | 'teeNode_pcrHash_DESC_NULLS_FIRST'
  | 'teeNode_pcrHash_DESC_NULLS_LAST'
  | 'teeNode_publicKey_ASC'
  | 'teeNode_publicKey_ASC_NULLS_FIRST'
  | 'teeNode_publicKey_ASC_NULLS_LAST'
  | 'teeNode_publicKey_DESC'
  | 'teeNode_publicKey_DESC_NULLS_FIRST'
  | 'teeNode_publicKey_DESC_NULLS_LAST'
  | 'teeNode_registeredAt_ASC'
  | 'teeNode_registeredAt_ASC_NULLS_FIRST'
  | 'teeNode_registeredAt_ASC_NULLS_LAST'
  | 'teeNode_registeredAt_DESC'
  | 'teeNode_registeredAt_DESC_NULLS_FIRST'
  | 'teeNode_registeredAt_DESC_NULLS_LAST'
  | 'teeNode_registeredBlock_ASC'
  | 'teeNode_registeredBlock_ASC_NULLS_FIRST'
  | 'teeNode_registeredBlock_ASC_NULLS_LAST'
  | 'teeNode_registeredBlock_DESC'
  | 'teeNode_registeredBlock_DESC_NULLS_FIRST'
  | 'teeNode_registeredBlock_DESC_NULLS_LAST'
  | 'teeNode_registry_ASC'
  | 'teeNode_registry_ASC_NULLS_FIRST'
  | 'teeNode_registry_ASC_NULLS_LAST'
  | 'teeNode_registry_DESC'
  | 'teeNode_registry_DESC_NULLS_FIRST'
  | 'teeNode_registry_DESC_NULLS_LAST'
  | 'teeNode_teeType_ASC'
  | 'teeNode_teeType_ASC_NULLS_FIRST'
  | 'teeNode_teeType_ASC_NULLS_LAST'
  | 'teeNode_teeType_DESC'
  | 'teeNode_teeType_DESC_NULLS_FIRST'
  | 'teeNode_teeType_DESC_NULLS_LAST'
  | 'teeNode_uptime_ASC'
  | 'teeNode_uptime_ASC_NULLS_FIRST'
  | 'teeNode_uptime_ASC_NULLS_LAST'
  | 'teeNode_uptime_DESC'
  | 'teeNode_uptime_DESC_NULLS_FIRST'
  | 'teeNode_uptime_DESC_NULLS_LAST'
  | 'timestamp_ASC'
  | 'timestamp_ASC_NULLS_FIRST'
  | 'timestamp_ASC_NULLS_LAST'
  | 'timestamp_DESC'
  | 'timestamp_DESC_NULLS_FIRST'
  | 'timestamp_DESC_NULLS_LAST'
  | 'txHash_ASC'
  | 'txHash_ASC_NULLS_FIRST'
  | 'txHash_ASC_NULLS_LAST'
  | 'txHash_DESC'
  | 'txHash_DESC_NULLS_FIRST'
  | 'txHash_DESC_NULLS_LAST'
  | 'validSignatures_ASC'
  | 'validSignatures_ASC_NULLS_FIRST'
  | 'validSignatures_ASC_NULLS_LAST'
  | 'validSignatures_DESC'
  | 'validSignatures_DESC_NULLS_FIRST'
  | 'validSignatures_DESC_NULLS_LAST'
  | 'verifiedAt_ASC'
  | 'verifiedAt_ASC_NULLS_FIRST'
  | 'verifiedAt_ASC_NULLS_LAST'
  | 'verifiedAt_DESC'
  | 'verifiedAt_DESC_NULLS_FIRST'
  | 'verifiedAt_DESC_NULLS_LAST';

export type SettlementWhereInput = {
  AND?: InputMaybe<Array<SettlementWhereInput>>;
  OR?: InputMaybe<Array<SettlementWhereInput>>;
  attempts_eq?: InputMaybe<Scalars['Int']['input']>;
  attempts_gt?: InputMaybe<Scalars['Int']['input']>;
  attempts_gte?: InputMaybe<Scalars['Int']['input']>;
  attempts_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  attempts_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  attempts_lt?: InputMaybe<Scalars['Int']['input']>;
  attempts_lte?: InputMaybe<Scalars['Int']['input']>;
  attempts_not_eq?: InputMaybe<Scalars['Int']['input']>;
  attempts_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  batchSize_eq?: InputMaybe<Scalars['Int']['input']>;
  batchSize_gt?: InputMaybe<Scalars['Int']['input']>;
  batchSize_gte?: InputMaybe<Scalars['Int']['input']>;
  batchSize_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  batchSize_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  batchSize_lt?: InputMaybe<Scalars['Int']['input']>;
  batchSize_lte?: InputMaybe<Scalars['Int']['input']>;
  batchSize_not_eq?: InputMaybe<Scalars['Int']['input']>;
  batchSize_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  blobId_contains?: InputMaybe<Scalars['String']['input']>;
  blobId_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  blobId_endsWith?: InputMaybe<Scalars['String']['input']>;
  blobId_eq?: InputMaybe<Scalars['String']['input']>;
  blobId_gt?: InputMaybe<Scalars['String']['input']>;
  blobId_gte?: InputMaybe<Scalars['String']['input']>;
  blobId_in?: InputMaybe<Array<Scalars['String']['input']>>;
  blobId_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  blobId_lt?: InputMaybe<Scalars['String']['input']>;
  blobId_lte?: InputMaybe<Scalars['String']['input']>;
  blobId_not_contains?: InputMaybe<Scalars['String']['input']>;
  blobId_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  blobId_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  blobId_not_eq?: InputMaybe<Scalars['String']['input']>;
  blobId_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  blobId_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  blobId_startsWith?: InputMaybe<Scalars['String']['input']>;
  blobNotFound_eq?: InputMaybe<Scalars['Int']['input']>;
  blobNotFound_gt?: InputMaybe<Scalars['Int']['input']>;
  blobNotFound_gte?: InputMaybe<Scalars['Int']['input']>;
  blobNotFound_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  blobNotFound_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  blobNotFound_lt?: InputMaybe<Scalars['Int']['input']>;
  blobNotFound_lte?: InputMaybe<Scalars['Int']['input']>;
  blobNotFound_not_eq?: InputMaybe<Scalars['Int']['input']>;
  blobNotFound_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  blockNumber_eq?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_gt?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_gte?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  blockNumber_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  blockNumber_lt?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_lte?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_not_eq?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  ethAddress_contains?: InputMaybe<Scalars['String']['input']>;
  ethAddress_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  ethAddress_endsWith?: InputMaybe<Scalars['String']['input']>;
  ethAddress_eq?: InputMaybe<Scalars['String']['input']>;
  ethAddress_gt?: InputMaybe<Scalars['String']['input']>;
  ethAddress_gte?: InputMaybe<Scalars['String']['input']>;
  ethAddress_in?: InputMaybe<Array<Scalars['String']['input']>>;
  ethAddress_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ethAddress_lt?: InputMaybe<Scalars['String']['input']>;
  ethAddress_lte?: InputMaybe<Scalars['String']['input']>;
  ethAddress_not_contains?: InputMaybe<Scalars['String']['input']>;
  ethAddress_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  ethAddress_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  ethAddress_not_eq?: InputMaybe<Scalars['String']['input']>;
  ethAddress_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  ethAddress_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  ethAddress_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_contains?: InputMaybe<Scalars['String']['input']>;
  id_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_eq?: InputMaybe<Scalars['String']['input']>;
  id_gt?: InputMaybe<Scalars['String']['input']>;
  id_gte?: InputMaybe<Scalars['String']['input']>;
  id_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  id_lt?: InputMaybe<Scalars['String']['input']>;
  id_lte?: InputMaybe<Scalars['String']['input']>;
  id_not_contains?: InputMaybe<Scalars['String']['input']>;
  id_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_not_eq?: InputMaybe<Scalars['String']['input']>;
  id_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_startsWith?: InputMaybe<Scalars['String']['input']>;
  inferenceCount_eq?: InputMaybe<Scalars['Int']['input']>;
  inferenceCount_gt?: InputMaybe<Scalars['Int']['input']>;
  inferenceCount_gte?: InputMaybe<Scalars['Int']['input']>;
  inferenceCount_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  inferenceCount_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  inferenceCount_lt?: InputMaybe<Scalars['Int']['input']>;
  inferenceCount_lte?: InputMaybe<Scalars['Int']['input']>;
  inferenceCount_not_eq?: InputMaybe<Scalars['Int']['input']>;
  inferenceCount_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  inferences_every?: InputMaybe<InferenceWhereInput>;
  inferences_none?: InputMaybe<InferenceWhereInput>;
  inferences_some?: InputMaybe<InferenceWhereInput>;
  invalidSignatures_eq?: InputMaybe<Scalars['Int']['input']>;
  invalidSignatures_gt?: InputMaybe<Scalars['Int']['input']>;
  invalidSignatures_gte?: InputMaybe<Scalars['Int']['input']>;
  invalidSignatures_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  invalidSignatures_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  invalidSignatures_lt?: InputMaybe<Scalars['Int']['input']>;
  invalidSignatures_lte?: InputMaybe<Scalars['Int']['input']>;
  invalidSignatures_not_eq?: InputMaybe<Scalars['Int']['input']>;
  invalidSignatures_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  kind_eq?: InputMaybe<SettlementKind>;
  kind_in?: InputMaybe<Array<SettlementKind>>;
  kind_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  kind_not_eq?: InputMaybe<SettlementKind>;
  kind_not_in?: InputMaybe<Array<SettlementKind>>;
  merkleRoot_contains?: InputMaybe<Scalars['String']['input']>;
  merkleRoot_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  merkleRoot_endsWith?: InputMaybe<Scalars['String']['input']>;
  merkleRoot_eq?: InputMaybe<Scalars['String']['input']>;
  merkleRoot_gt?: InputMaybe<Scalars['String']['input']>;
  merkleRoot_gte?: InputMaybe<Scalars['String']['input']>;
  merkleRoot_in?: InputMaybe<Array<Scalars['String']['input']>>;
  merkleRoot_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  merkleRoot_lt?: InputMaybe<Scalars['String']['input']>;
  merkleRoot_lte?: InputMaybe<Scalars['String']['input']>;
  merkleRoot_not_contains?: InputMaybe<Scalars['String']['input']>;
  merkleRoot_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  merkleRoot_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  merkleRoot_not_eq?: InputMaybe<Scalars['String']['input']>;
  merkleRoot_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  merkleRoot_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  merkleRoot_startsWith?: InputMaybe<Scalars['String']['input']>;
  nextAttemptAt_eq?: InputMaybe<Scalars['DateTime']['input']>;
  nextAttemptAt_gt?: InputMaybe<Scalars['DateTime']['input']>;
  nextAttemptAt_gte?: InputMaybe<Scalars['DateTime']['input']>;
  nextAttemptAt_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  nextAttemptAt_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  nextAttemptAt_lt?: InputMaybe<Scalars['DateTime']['input']>;
  nextAttemptAt_lte?: InputMaybe<Scalars['DateTime']['input']>;
  nextAttemptAt_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  nextAttemptAt_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  relay_contains?: InputMaybe<Scalars['String']['input']>;
  relay_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  relay_endsWith?: InputMaybe<Scalars['String']['input']>;
  relay_eq?: InputMaybe<Scalars['String']['input']>;
  relay_gt?: InputMaybe<Scalars['String']['input']>;
  relay_gte?: InputMaybe<Scalars['String']['input']>;
  relay_in?: InputMaybe<Array<Scalars['String']['input']>>;
  relay_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  relay_lt?: InputMaybe<Scalars['String']['input']>;
  relay_lte?: InputMaybe<Scalars['String']['input']>;
  relay_not_contains?: InputMaybe<Scalars['String']['input']>;
  relay_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  relay_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  relay_not_eq?: InputMaybe<Scalars['String']['input']>;
  relay_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  relay_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  relay_startsWith?: InputMaybe<Scalars['String']['input']>;
  statusReason_contains?: InputMaybe<Scalars['String']['input']>;
  statusReason_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  statusReason_endsWith?: InputMaybe<Scalars['String']['input']>;
  statusReason_eq?: InputMaybe<Scalars['String']['input']>;
  statusReason_gt?: InputMaybe<Scalars['String']['input']>;
  statusReason_gte?: InputMaybe<Scalars['String']['input']>;
  statusReason_in?: InputMaybe<Array<Scalars['String']['input']>>;
  statusReason_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  statusReason_lt?: InputMaybe<Scalars['String']['input']>;
  statusReason_lte?: InputMaybe<Scalars['String']['input']>;
  statusReason_not_contains?: InputMaybe<Scalars['String']['input']>;
  statusReason_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  statusReason_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  statusReason_not_eq?: InputMaybe<Scalars['String']['input']>;
  statusReason_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  statusReason_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  statusReason_startsWith?: InputMaybe<Scalars['String']['input']>;
  status_eq?: InputMaybe<VerificationStatus>;
  status_in?: InputMaybe<Array<VerificationStatus>>;
  status_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  status_not_eq?: InputMaybe<VerificationStatus>;
  status_not_in?: InputMaybe<Array<VerificationStatus>>;
  teeId_contains?: InputMaybe<Scalars['String']['input']>;
  teeId_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  teeId_endsWith?: InputMaybe<Scalars['String']['input']>;
  teeId_eq?: InputMaybe<Scalars['String']['input']>;
  teeId_gt?: InputMaybe<Scalars['String']['input']>;
  teeId_gte?: InputMaybe<Scalars['String']['input']>;
  teeId_in?: InputMaybe<Array<Scalars['String']['input']>>;
  teeId_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  teeId_lt?: InputMaybe<Scalars['String']['input']>;
  teeId_lte?: InputMaybe<Scalars['String']['input']>;
  teeId_not_contains?: InputMaybe<Scalars['String']['input']>;
  teeId_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  teeId_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  teeId_not_eq?: InputMaybe<Scalars['String']['input']>;
  teeId_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  teeId_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  teeId_startsWith?: InputMaybe<Scalars['String']['input']>;
  teeNode?: InputMaybe<TeeNodeWhereInput>;
  teeNode_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  timestamp_eq?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_gt?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_gte?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  timestamp_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  timestamp_lt?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_lte?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  txHash_contains?: InputMaybe<Scalars['String']['input']>;
  txHash_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  txHash_endsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_eq?: InputMaybe<Scalars['String']['input']>;
  txHash_gt?: InputMaybe<Scalars['String']['input']>;
  txHash_gte?: InputMaybe<Scalars['String']['input']>;
  txHash_in?: InputMaybe<Array<Scalars['String']['input']>>;
  txHash_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  txHash_lt?: InputMaybe<Scalars['String']['input']>;
  txHash_lte?: InputMaybe<Scalars['String']['input']>;
  txHash_not_contains?: InputMaybe<Scalars['String']['input']>;
  txHash_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  txHash_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_not_eq?: InputMaybe<Scalars['String']['input']>;
  txHash_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  txHash_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_startsWith?: InputMaybe<Scalars['String']['input']>;
  validSignatures_eq?: InputMaybe<Scalars['Int']['input']>;
  validSignatures_gt?: InputMaybe<Scalars['Int']['input']>;
  validSignatures_gte?: InputMaybe<Scalars['Int']['input']>;
  validSignatures_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  validSignatures_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  validSignatures_lt?: InputMaybe<Scalars['Int']['input']>;
  validSignatures_lte?: InputMaybe<Scalars['Int']['input']>;
  validSignatures_not_eq?: InputMaybe<Scalars['Int']['input']>;
  validSignatures_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  verifiedAt_eq?: InputMaybe<Scalars['DateTime']['input']>;
  verifiedAt_gt?: InputMaybe<Scalars['DateTime']['input']>;
  verifiedAt_gte?: InputMaybe<Scalars['DateTime']['input']>;
  verifiedAt_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  verifiedAt_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  verifiedAt_lt?: InputMaybe<Scalars['DateTime']['input']>;
  verifiedAt_lte?: InputMaybe<Scalars['DateTime']['input']>;
  verifiedAt_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  verifiedAt_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
};

export type SettlementsConnection = {
  __typename?: 'SettlementsConnection';
  edges: Array<SettlementEdge>;
  pageInfo: PageInfo;
  /** exact when filtered (up to the count cap); unfiltered counts of large tables come from the daily aggregates or the planner's estimate, see the API README */
  totalCount: Scalars['Int']['output'];
};

export type SpikeMetric =
  /** inferences settled, declared leaves included (OgDailyStat.inferencesSettled) */
  | 'INFERENCES_SETTLED'
  /** x402 payments (BaseDailyStat.payments) */
  | 'PAYMENTS';

export type SquidStatus = {
  __typename?: 'SquidStatus';
  base?: Maybe<ChainHead>;
  /** the lower of the two chains' heights (null until both have indexed a block) */
  height?: Maybe<Scalars['Int']['output']>;
  og?: Maybe<ChainHead>;
};

export type StakingEvent = {
  __typename?: 'StakingEvent';
  /** ogwei: delegated, unbonded, rewarded, or lost to a slash */
  amount?: Maybe<Scalars['BigInt']['output']>;
  blockNumber: Scalars['Int']['output'];
  completionTime?: Maybe<Scalars['DateTime']['output']>;
  delegator?: Maybe<Scalars['String']['output']>;
  /** log, or state when read from the precompile's views */
  detectedBy: Scalars['String']['output'];
  /** destination validator of a redelegation */
  dstValidator?: Maybe<Validator>;
  /** txHash-logIndex for logs; state-<validator>-<block>-<kind> for changes read from state */
  id: Scalars['String']['output'];
  kind: StakingEventKind;
  timestamp: Scalars['DateTime']['output'];
  /** null for slashes and jails, which leave no EVM log */
  txHash?: Maybe<Scalars['String']['output']>;
  validator?: Maybe<Validator>;
};

export type StakingEventEdge = {
  __typename?: 'StakingEventEdge';
  cursor: Scalars['String']['output'];
  node: StakingEvent;
};

export type StakingEventKind =
  | 'CANCEL_UNBONDING'
  | 'CLAIM_REWARDS'
  | 'CREATE_VALIDATOR'
  | 'DELEGATE'
  | 'EDIT_VALIDATOR'
  | 'JAIL'
  | 'REDELEGATE'
  | 'SLASH'
  | 'UNBOND'
  | 'UNJAIL'
  | 'WITHDRAW_REWARD';

export type StakingEventOrderByInput =
  | 'amount_ASC'
  | 'amount_ASC_NULLS_FIRST'
  | 'amount_ASC_NULLS_LAST'
  | 'amount_DESC'
  | 'amount_DESC_NULLS_FIRST'
  | 'amount_DESC_NULLS_LAST'
  | 'blockNumber_ASC'
  | 'blockNumber_ASC_NULLS_FIRST'
  | 'blockNumber_ASC_NULLS_LAST'
  | 'blockNumber_DESC'
  | 'blockNumber_DESC_NULLS_FIRST'
  | 'blockNumber_DESC_NULLS_LAST'
  | 'completionTime_ASC'
  | 'completionTime_ASC_NULLS_FIRST'
  | 'completionTime_ASC_NULLS_LAST'
  | 'completionTime_DESC'
  | 'completionTime_DESC_NULLS_FIRST'
  | 'completionTime_DESC_NULLS_LAST'
  | 'delegator_ASC'
  | 'delegator_ASC_NULLS_FIRST'
  | 'delegator_ASC_NULLS_LAST'
  | 'delegator_DESC'
  | 'delegator_DESC_NULLS_FIRST'
  | 'delegator_DESC_NULLS_LAST'
  | 'detectedBy_ASC'
  | 'detectedBy_ASC_NULLS_FIRST'
  | 'detectedBy_ASC_NULLS_LAST'
  | 'detectedBy_DESC'
  | 'detectedBy_DESC_NULLS_FIRST'
  | 'detectedBy_DESC_NULLS_LAST'
  | 'dstValidator_commissionRate_ASC'
  | 'dstValidator_commissionRate_ASC_NULLS_FIRST'
  | 'dstValidator_commissionRate_ASC_NULLS_LAST'
  | 'dstValidator_commissionRate_DESC'
  | 'dstValidator_commissionRate_DESC_NULLS_FIRST'
  | 'dstValidator_commissionRate_DESC_NULLS_LAST'
  | 'dstValidator_createdAt_ASC'
  | 'dstValidator_createdAt_ASC_NULLS_FIRST'
  | 'dstValidator_createdAt_ASC_NULLS_LAST'
  | 'dstValidator_createdAt_DESC'
  | 'dstValidator_createdAt_DESC_NULLS_FIRST'
  | 'dstValidator_createdAt_DESC_NULLS_LAST'
  | 'dstValidator_createdBlock_ASC'
  | 'dstValidator_createdBlock_ASC_NULLS_FIRST'
  | 'dstValidator_createdBlock_ASC_NULLS_LAST'
  | 'dstValidator_createdBlock_DESC'
  | 'dstValidator_createdBlock_DESC_NULLS_FIRST'
  | 'dstValidator_createdBlock_DESC_NULLS_LAST'
  | 'dstValidator_delegatorCount_ASC'
  | 'dstValidator_delegatorCount_ASC_NULLS_FIRST'
  | 'dstValidator_delegatorCount_ASC_NULLS_LAST'
  | 'dstValidator_delegatorCount_DESC'
  | 'dstValidator_delegatorCount_DESC_NULLS_FIRST'
  | 'dstValidator_delegatorCount_DESC_NULLS_LAST'
  | 'dstValidator_delegatorShares_ASC'
  | 'dstValidator_delegatorShares_ASC_NULLS_FIRST'
  | 'dstValidator_delegatorShares_ASC_NULLS_LAST'
  | 'dstValidator_delegatorShares_DESC'
  | 'dstValidator_delegatorShares_DESC_NULLS_FIRST'
  | 'dstValidator_delegatorShares_DESC_NULLS_LAST'
  | 'dstValidator_id_ASC'
  | 'dstValidator_id_ASC_NULLS_FIRST'
  | 'dstValidator_id_ASC_NULLS_LAST'
  | 'dstValidator_id_DESC'
  | 'dstValidator_id_DESC_NULLS_FIRST'
  | 'dstValidator_id_DESC_NULLS_LAST'
  | 'dstValidator_jailCount_ASC'
  | 'dstValidator_jailCount_ASC_NULLS_FIRST'
  | 'dstValidator_jailCount_ASC_NULLS_LAST'
  | 'dstValidator_jailCount_DESC'
  | 'dstValidator_jailCount_DESC_NULLS_FIRST'
  | 'dstValidator_jailCount_DESC_NULLS_LAST'
  | 'dstValidator_jailed_ASC'
  | 'dstValidator_jailed_ASC_NULLS_FIRST'
  | 'dstValidator_jailed_ASC_NULLS_LAST'
  | 'dstValidator_jailed_DESC'
  | 'dstValidator_jailed_DESC_NULLS_FIRST'
  | 'dstValidator_jailed_DESC_NULLS_LAST'
  | 'dstValidator_maxCommissionRate_ASC'
  | 'dstValidator_maxCommissionRate_ASC_NULLS_FIRST'
  | 'dstValidator_maxCommissionRate_ASC_NULLS_LAST'
  | 'dstValidator_maxCommissionRate_DESC'
  | 'dstValidator_maxCommissionRate_DESC_NULLS_FIRST'
  | 'dstValidator_maxCommissionRate_DESC_NULLS_LAST'
  | 'dstValidator_minSelfDelegation_ASC'
  | 'dstValidator_minSelfDelegation_ASC_NULLS_FIRST'
  | 'dstValidator_minSelfDelegation_ASC_NULLS_LAST'
  | 'dstValidator_minSelfDelegation_DESC'
  | 'dstValidator_minSelfDelegation_DESC_NULLS_FIRST'
  | 'dstValidator_minSelfDelegation_DESC_NULLS_LAST'
  | 'dstValidator_moniker_ASC'
  | 'dstValidator_moniker_ASC_NULLS_FIRST'
  | 'dstValidator_moniker_ASC_NULLS_LAST'
  | 'dstValidator_moniker_DESC'
  | 'dstValidator_moniker_DESC_NULLS_FIRST'
  | 'dstValidator_moniker_DESC_NULLS_LAST'
  | 'dstValidator_selfBond_ASC'
  | 'dstValidator_selfBond_ASC_NULLS_FIRST'
  | 'dstValidator_selfBond_ASC_NULLS_LAST'
  | 'dstValidator_selfBond_DESC'
  | 'dstValidator_selfBond_DESC_NULLS_FIRST'
  | 'dstValidator_selfBond_DESC_NULLS_LAST'
  | 'dstValidator_slashCount_ASC'
  | 'dstValidator_slashCount_ASC_NULLS_FIRST'
  | 'dstValidator_slashCount_ASC_NULLS_LAST'
  | 'dstValidator_slashCount_DESC'
  | 'dstValidator_slashCount_DESC_NULLS_FIRST'
  | 'dstValidator_slashCount_DESC_NULLS_LAST'
  | 'dstValidator_stateBlock_ASC'
  | 'dstValidator_stateBlock_ASC_NULLS_FIRST'
  | 'dstValidator_stateBlock_ASC_NULLS_LAST'
  | 'dstValidator_stateBlock_DESC'
  | 'dstValidator_stateBlock_DESC_NULLS_FIRST'
  | 'dstValidator_stateBlock_DESC_NULLS_LAST'
  | 'dstValidator_status_ASC'
  | 'dstValidator_status_ASC_NULLS_FIRST'
  | 'dstValidator_status_ASC_NULLS_LAST'
  | 'dstValidator_status_DESC'
  | 'dstValidator_status_DESC_NULLS_FIRST'
  | 'dstValidator_status_DESC_NULLS_LAST'
  | 'dstValidator_tokens_ASC'
  | 'dstValidator_tokens_ASC_NULLS_FIRST'
  | 'dstValidator_tokens_ASC_NULLS_LAST'
  | 'dstValidator_tokens_DESC'
  | 'dstValidator_tokens_DESC_NULLS_FIRST'
  | 'dstValidator_tokens_DESC_NULLS_LAST'
  | 'dstValidator_totalSlashed_ASC'
  | 'dstValidator_totalSlashed_ASC_NULLS_FIRST'
  | 'dstValidator_totalSlashed_ASC_NULLS_LAST'
  | 'dstValidator_totalSlashed_DESC'
  | 'dstValidator_totalSlashed_DESC_NULLS_FIRST'
  | 'dstValidator_totalSlashed_DESC_NULLS_LAST'
  | 'id_ASC'
  | 'id_ASC_NULLS_FIRST'
  | 'id_ASC_NULLS_LAST'
  | 'id_DESC'
  | 'id_DESC_NULLS_FIRST'
  | 'id_DESC_NULLS_LAST'
  | 'kind_ASC'
  | 'kind_ASC_NULLS_FIRST'
  | 'kind_ASC_NULLS_LAST'
  | 'kind_DESC'
  | 'kind_DESC_NULLS_FIRST'
  | 'kind_DESC_NULLS_LAST'
  | 'timestamp_ASC'
  | 'timestamp_ASC_NULLS_FIRST'
  | 'timestamp_ASC_NULLS_LAST'
  | 'timestamp_DESC'
  | 'timestamp_DESC_NULLS_FIRST'
  | 'timestamp_DESC_NULLS_LAST'
  | 'txHash_ASC'
  | 'txHash_ASC_NULLS_FIRST'
  | 'txHash_ASC_NULLS_LAST'
  | 'txHash_DESC'
  | 'txHash_DESC_NULLS_FIRST'
  | 'txHash_DESC_NULLS_LAST'
  | 'validator_commissionRate_ASC'
  | 'validator_commissionRate_ASC_NULLS_FIRST'
  | 'validator_commissionRate_ASC_NULLS_LAST'
  | 'validator_commissionRate_DESC'
  | 'validator_commissionRate_DESC_NULLS_FIRST'
  | 'validator_commissionRate_DESC_NULLS_LAST'
  | 'validator_createdAt_ASC'
  | 'validator_createdAt_ASC_NULLS_FIRST'
  | 'validator_createdAt_ASC_NULLS_LAST'
  | 'validator_createdAt_DESC'
  | 'validator_createdAt_DESC_NULLS_FIRST'
  | 'validator_createdAt_DESC_NULLS_LAST'
  | 'validator_createdBlock_ASC'
  | 'validator_createdBlock_ASC_NULLS_FIRST'
  | 'validator_createdBlock_ASC_NULLS_LAST'
  | 'validator_createdBlock_DESC'
  | 'validator_createdBlock_DESC_NULLS_FIRST'
  | 'validator_createdBlock_DESC_NULLS_LAST'
  | 'validator_delegatorCount_ASC'
  | 'validator_delegatorCount_ASC_NULLS_FIRST'
  | 'validator_delegatorCount_ASC_NULLS_LAST'
  | 'validator_delegatorCount_DESC'
  | 'validator_delegatorCount_DESC_NULLS_FIRST'
  | 'validator_delegatorCount_DESC_NULLS_LAST'
  | 'validator_delegatorShares_ASC'
  | 'validator_delegatorShares_ASC_NULLS_FIRST'
  | 'validator_delegatorShares_ASC_NULLS_LAST'
  | 'validator_delegatorShares_DESC'
  | 'validator_delegatorShares_DESC_NULLS_FIRST'
  | 'validator_delegatorShares_DESC_NULLS_LAST'
  | 'validator_id_ASC'
  | 'validator_id_ASC_NULLS_FIRST'
  | 'validator_id_ASC_NULLS_LAST'
  | 'validator_id_DESC'
  | 'validator_id_DESC_NULLS_FIRST'
  | 'validator_id_DESC_NULLS_LAST'
  | 'validator_jailCount_ASC'
  | 'validator_jailCount_ASC_NULLS_FIRST'
  | 'validator_jailCount_ASC_NULLS_LAST'
  | 'validator_jailCount_DESC'
  | 'validator_jailCount_DESC_NULLS_FIRST'
  | 'validator_jailCount_DESC_NULLS_LAST'
  | 'validator_jailed_ASC'
  | 'validator_jailed_ASC_NULLS_FIRST'
  | 'validator_jailed_ASC_NULLS_LAST'
  | 'validator_jailed_DESC'
  | 'validator_jailed_DESC_NULLS_FIRST'
  | 'validator_jailed_DESC_NULLS_LAST'
  | 'validator_maxCommissionRate_ASC'
  | 'validator_maxCommissionRate_ASC_NULLS_FIRST'
  | 'validator_maxCommissionRate_ASC_NULLS_LAST'
  | 'validator_maxCommissionRate_DESC'
  | 'validator_maxCommissionRate_DESC_NULLS_FIRST'
  | 'validator_maxCommissionRate_DESC_NULLS_LAST'
  | 'validator_minSelfDelegation_ASC'
  | 'validator_minSelfDelegation_ASC_NULLS_FIRST'
  | 'validator_minSelfDelegation_ASC_NULLS_LAST'
  | 'validator_minSelfDelegation_DESC'
  | 'validator_minSelfDelegation_DESC_NULLS_FIRST'
  | 'validator_minSelfDelegation_DESC_NULLS_LAST'
  | 'validator_moniker_ASC'
  | 'validator_moniker_ASC_NULLS_FIRST'
  | 'validator_moniker_ASC_NULLS_LAST'
  | 'validator_moniker_DESC'
  | 'validator_moniker_DESC_NULLS_FIRST'
  | 'validator_moniker_DESC_NULLS_LAST'
  | 'validator_selfBond_ASC'
  | 'validator_selfBond_ASC_NULLS_FIRST'
  | 'validator_selfBond_ASC_NULLS_LAST'
  | 'validator_selfBond_DESC'
  | 'validator_selfBond_DESC_NULLS_FIRST'
  | 'validator_selfBond_DESC_NULLS_LAST'
  | 'validator_slashCount_ASC'
  | 'validator_slashCount_ASC_NULLS_FIRST'
  | 'validator_slashCount_ASC_NULLS_LAST'
  | 'validator_slashCount_DESC'
  | 'validator_slashCount_DESC_NULLS_FIRST'
  | 'validator_slashCount_DESC_NULLS_LAST'
  | 'validator_stateBlock_ASC'
  | 'validator_stateBlock_ASC_NULLS_FIRST'
  | 'validator_stateBlock_ASC_NULLS_LAST'
  | 'validator_stateBlock_DESC'
  | 'validator_stateBlock_DESC_NULLS_FIRST'
  | 'validator_stateBlock_DESC_NULLS_LAST'
  | 'validator_status_ASC'
  | 'validator_status_ASC_NULLS_FIRST'
  | 'validator_status_ASC_NULLS_LAST'
  | 'validator_status_DESC'
  | 'validator_status_DESC_NULLS_FIRST'
  | 'validator_status_DESC_NULLS_LAST'
  | 'validator_tokens_ASC'
  | 'validator_tokens_ASC_NULLS_FIRST'
  | 'validator_tokens_ASC_NULLS_LAST'
  | 'validator_tokens_DESC'
  | 'validator_tokens_DESC_NULLS_FIRST'
  | 'validator_tokens_DESC_NULLS_LAST'
  | 'validator_totalSlashed_ASC'
  | 'validator_totalSlashed_ASC_NULLS_FIRST'
  | 'validator_totalSlashed_ASC_NULLS_LAST'
  | 'validator_totalSlashed_DESC'
  | 'validator_totalSlashed_DESC_NULLS_FIRST'
  | 'validator_totalSlashed_DESC_NULLS_LAST';

export type StakingEventWhereInput = {
  AND?: InputMaybe<Array<StakingEventWhereInput>>;
  OR?: InputMaybe<Array<StakingEventWhereInput>>;
  amount_eq?: InputMaybe<Scalars['BigInt']['input']>;
  amount_gt?: InputMaybe<Scalars['BigInt']['input']>;
  amount_gte?: InputMaybe<Scalars['BigInt']['input']>;
  amount_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  amount_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  amount_lt?: InputMaybe<Scalars['BigInt']['input']>;
  amount_lte?: InputMaybe<Scalars['BigInt']['input']>;
  amount_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  amount_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  blockNumber_eq?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_gt?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_gte?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  blockNumber_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  blockNumber_lt?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_lte?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_not_eq?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  completionTime_eq?: InputMaybe<Scalars['DateTime']['input']>;
  completionTime_gt?: InputMaybe<Scalars['DateTime']['input']>;
  completionTime_gte?: InputMaybe<Scalars['DateTime']['input']>;
  completionTime_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  completionTime_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  completionTime_lt?: InputMaybe<Scalars['DateTime']['input']>;
  completionTime_lte?: InputMaybe<Scalars['DateTime']['input']>;
  completionTime_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  completionTime_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  delegator_contains?: InputMaybe<Scalars['String']['input']>;
  delegator_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  delegator_endsWith?: InputMaybe<Scalars['String']['input']>;
  delegator_eq?: InputMaybe<Scalars['String']['input']>;
  delegator_gt?: InputMaybe<Scalars['String']['input']>;
  delegator_gte?: InputMaybe<Scalars['String']['input']>;
  delegator_in?: InputMaybe<Array<Scalars['String']['input']>>;
  delegator_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  delegator_lt?: InputMaybe<Scalars['String']['input']>;
  delegator_lte?: InputMaybe<Scalars['String']['input']>;
  delegator_not_contains?: InputMaybe<Scalars['String']['input']>;
  delegator_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  delegator_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  delegator_not_eq?: InputMaybe<Scalars['String']['input']>;
  delegator_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  delegator_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  delegator_startsWith?: InputMaybe<Scalars['String']['input']>;
  detectedBy_contains?: InputMaybe<Scalars['String']['input']>;
  detectedBy_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  detectedBy_endsWith?: InputMaybe<Scalars['String']['input']>;
  detectedBy_eq?: InputMaybe<Scalars['String']['input']>;
  detectedBy_gt?: InputMaybe<Scalars['String']['input']>;
  detectedBy_gte?: InputMaybe<Scalars['String']['input']>;
  detectedBy_in?: InputMaybe<Array<Scalars['String']['input']>>;
  detectedBy_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  detectedBy_lt?: InputMaybe<Scalars['String']['input']>;
  detectedBy_lte?: InputMaybe<Scalars['String']['input']>;
  detectedBy_not_contains?: InputMaybe<Scalars['String']['input']>;
  detectedBy_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  detectedBy_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  detectedBy_not_eq?: InputMaybe<Scalars['String']['input']>;
  detectedBy_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  detectedBy_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  detectedBy_startsWith?: InputMaybe<Scalars['String']['input']>;
  dstValidator?: InputMaybe<ValidatorWhereInput>;
  dstValidator_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  id_contains?: InputMaybe<Scalars['String']['input']>;
  id_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_eq?: InputMaybe<Scalars['String']['input']>;
  id_gt?: InputMaybe<Scalars['String']['input']>;
  id_gte?: InputMaybe<Scalars['String']['input']>;
  id_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  id_lt?: InputMaybe<Scalars['String']['input']>;
  id_lte?: InputMaybe<Scalars['String']['input']>;
  id_not_contains?: InputMaybe<Scalars['String']['input']>;
  id_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_not_eq?: InputMaybe<Scalars['String']['input']>;
  id_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_startsWith?: InputMaybe<Scalars['String']['input']>;
  kind_eq?: InputMaybe<StakingEventKind>;
  kind_in?: InputMaybe<Array<StakingEventKind>>;
  kind_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  kind_not_eq?: InputMaybe<StakingEventKind>;
  kind_not_in?: InputMaybe<Array<StakingEventKind>>;
  timestamp_eq?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_gt?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_gte?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  timestamp_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  timestamp_lt?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_lte?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  txHash_contains?: InputMaybe<Scalars['String']['input']>;
  txHash_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  txHash_endsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_eq?: InputMaybe<Scalars['String']['input']>;
  txHash_gt?: InputMaybe<Scalars['String']['input']>;
  txHash_gte?: InputMaybe<Scalars['String']['input']>;
  txHash_in?: InputMaybe<Array<Scalars['String']['input']>>;
  txHash_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  txHash_lt?: InputMaybe<Scalars['String']['input']>;
  txHash_lte?: InputMaybe<Scalars['String']['input']>;
  txHash_not_contains?: InputMaybe<Scalars['String']['input']>;
  txHash_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  txHash_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_not_eq?: InputMaybe<Scalars['String']['input']>;
  txHash_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  txHash_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_startsWith?: InputMaybe<Scalars['String']['input']>;
  validator?: InputMaybe<ValidatorWhereInput>;
  validator_isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

export type StakingEventsConnection = {
  __typename?: 'StakingEventsConnection';
  edges: Array<StakingEventEdge>;
  pageInfo: PageInfo;
  /** exact when filtered (up to the count cap); unfiltered counts of large tables come from the daily aggregates or the planner's estimate, see the API README */
  totalCount: Scalars['Int']['output'];
};

/**
 * One slash, jail or unjail and what it meant for delegators. Slashes and jails leave no EVM log: the
 * indexer finds them as changes in the staking precompile's view (detectedBy = state), which names no
 * cause, so reason is null and reasonNote says "reason not reported by the chain" rather than guessing.
 */
export type StakingIncident = {
  __typename?: 'StakingIncident';
  blockNumber: Scalars['Int']['output'];
  /** log or state */
  detectedBy: Scalars['String']['output'];
  /** the StakingEvent id */
  id: Scalars['ID']['output'];
  /** JAIL: the earliest unjail: jail time + the chain's downtime jail duration (600 s) when the event carries no end */
  jailedUntil?: Maybe<Scalars['DateTime']['output']>;
  jailedUntilSource?: Maybe<Scalars['String']['output']>;
  kind: StakingIncidentKind;
  /** SLASH: OPG a delegator lost per 1,000 OPG delegated = 1000 × slashFraction */
  lossPer1000?: Maybe<Scalars['Float']['output']>;
  /** SLASH: where the loss comes from */
  lossSource?: Maybe<Scalars['String']['output']>;
  /** the cause as the chain reports it; null when the indexed event carries none */
  reason?: Maybe<Scalars['String']['output']>;
  reasonNote: Scalars['String']['output'];
  /** SLASH: slashedAmount / stakeBefore */
  slashFraction?: Maybe<Scalars['Float']['output']>;
  /** SLASH: ogwei lost by every delegation of the validator, its self-bond included (the indexed slashed amount) */
  slashedAmount?: Maybe<Scalars['BigInt']['output']>;
  /** SLASH: ogwei staked just before, the current stake walked back through the later staking events */
  stakeBefore?: Maybe<Scalars['BigInt']['output']>;
  /** for state findings: the block the change was read at (it happened at or before it) */
  timestamp: Scalars['DateTime']['output'];
  /** JAIL: when the validator unjailed; null while still jailed */
  unjailedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type StakingIncidentKind =
  | 'JAIL'
  | 'SLASH'
  | 'UNJAIL';

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Pushed whenever an indexed head moves (first push: the current heads). Over Server-Sent Events:
   * GET /graphql?query=subscription{live{…}} with Accept: text/event-stream. One poller per API process
   * serves every subscriber; a process holds at most API_LIVE_MAX_SUBSCRIBERS (then OVERLOADED).
   */
  live: LiveEvent;
};

export type SupplyPoint = {
  __typename?: 'SupplyPoint';
  /** OPG wei of on-chain Unlock rows before t; null after the last indexed day */
  observed?: Maybe<Scalars['BigInt']['output']>;
  /** OPG wei unlocked by t under the projected schedule (common/src/tokenomics.ts) */
  projected: Scalars['BigInt']['output'];
  t: Scalars['DateTime']['output'];
};

export type SupplySchedule = {
  __typename?: 'SupplySchedule';
  allocations: Array<AllocationSupply>;
  circulating: Array<CirculatingPoint>;
  /** what the circulating forecast assumes, one sentence each */
  forecastAssumes: Array<Scalars['String']['output']>;
  interval: ScheduleInterval;
  /** the next cliff after observedUntil (or now when nothing is indexed) */
  nextCliff?: Maybe<Cliff>;
  /** end of the last day with indexed Base data; observed values stop there */
  observedUntil?: Maybe<Scalars['DateTime']['output']>;
  /** where the allocation table comes from */
  source: Scalars['String']['output'];
  /** OPG wei */
  totalSupply: Scalars['BigInt']['output'];
};

export type Swap = {
  __typename?: 'Swap';
  /** OPG wei into the pool (negative = out of the pool) */
  amountOpg: Scalars['BigInt']['output'];
  /** USDC units (6 decimals) into the pool */
  amountUsdc: Scalars['BigInt']['output'];
  blockNumber: Scalars['Int']['output'];
  /** txHash-logIndex */
  id: Scalars['String']['output'];
  liquidity: Scalars['BigInt']['output'];
  /** USD per OPG after the swap, from sqrtPriceX96 */
  priceUsd: Scalars['BigDecimal']['output'];
  recipient: Scalars['String']['output'];
  sender: Scalars['String']['output'];
  sqrtPriceX96: Scalars['BigInt']['output'];
  tick: Scalars['Int']['output'];
  timestamp: Scalars['DateTime']['output'];
  txHash: Scalars['String']['output'];
  volumeUsd: Scalars['BigDecimal']['output'];
};

export type SwapEdge = {
  __typename?: 'SwapEdge';
  cursor: Scalars['String']['output'];
  node: Swap;
};

export type SwapOrderByInput =
  | 'amountOpg_ASC'
  | 'amountOpg_ASC_NULLS_FIRST'
  | 'amountOpg_ASC_NULLS_LAST'
  | 'amountOpg_DESC'
  | 'amountOpg_DESC_NULLS_FIRST'
  | 'amountOpg_DESC_NULLS_LAST'
  | 'amountUsdc_ASC'
  | 'amountUsdc_ASC_NULLS_FIRST'
  | 'amountUsdc_ASC_NULLS_LAST'
  | 'amountUsdc_DESC'
  | 'amountUsdc_DESC_NULLS_FIRST'
  | 'amountUsdc_DESC_NULLS_LAST'
  | 'blockNumber_ASC'
  | 'blockNumber_ASC_NULLS_FIRST'
  | 'blockNumber_ASC_NULLS_LAST'
  | 'blockNumber_DESC'
  | 'blockNumber_DESC_NULLS_FIRST'
  | 'blockNumber_DESC_NULLS_LAST'
  | 'id_ASC'
  | 'id_ASC_NULLS_FIRST'
  | 'id_ASC_NULLS_LAST'
  | 'id_DESC'
  | 'id_DESC_NULLS_FIRST'
  | 'id_DESC_NULLS_LAST'
  | 'liquidity_ASC'
  | 'liquidity_ASC_NULLS_FIRST'
  | 'liquidity_ASC_NULLS_LAST'
  | 'liquidity_DESC'
  | 'liquidity_DESC_NULLS_FIRST'
  | 'liquidity_DESC_NULLS_LAST'
  | 'priceUsd_ASC'
  | 'priceUsd_ASC_NULLS_FIRST'
  | 'priceUsd_ASC_NULLS_LAST'
  | 'priceUsd_DESC'
  | 'priceUsd_DESC_NULLS_FIRST'
  | 'priceUsd_DESC_NULLS_LAST'
  | 'recipient_ASC'
  | 'recipient_ASC_NULLS_FIRST'
  | 'recipient_ASC_NULLS_LAST'
  | 'recipient_DESC'
  | 'recipient_DESC_NULLS_FIRST'
  | 'recipient_DESC_NULLS_LAST'
  | 'sender_ASC'
  | 'sender_ASC_NULLS_FIRST'
  | 'sender_ASC_NULLS_LAST'
  | 'sender_DESC'
  | 'sender_DESC_NULLS_FIRST'
  | 'sender_DESC_NULLS_LAST'
  | 'sqrtPriceX96_ASC'
  | 'sqrtPriceX96_ASC_NULLS_FIRST'
  | 'sqrtPriceX96_ASC_NULLS_LAST'
  | 'sqrtPriceX96_DESC'
  | 'sqrtPriceX96_DESC_NULLS_FIRST'
  | 'sqrtPriceX96_DESC_NULLS_LAST'
  | 'tick_ASC'
  | 'tick_ASC_NULLS_FIRST'
  | 'tick_ASC_NULLS_LAST'
  | 'tick_DESC'
  | 'tick_DESC_NULLS_FIRST'
  | 'tick_DESC_NULLS_LAST'
  | 'timestamp_ASC'
  | 'timestamp_ASC_NULLS_FIRST'
  | 'timestamp_ASC_NULLS_LAST'
  | 'timestamp_DESC'
  | 'timestamp_DESC_NULLS_FIRST'
  | 'timestamp_DESC_NULLS_LAST'
  | 'txHash_ASC'
  | 'txHash_ASC_NULLS_FIRST'
  | 'txHash_ASC_NULLS_LAST'
  | 'txHash_DESC'
  | 'txHash_DESC_NULLS_FIRST'
  | 'txHash_DESC_NULLS_LAST'
  | 'volumeUsd_ASC'
  | 'volumeUsd_ASC_NULLS_FIRST'
  | 'volumeUsd_ASC_NULLS_LAST'
  | 'volumeUsd_DESC'
  | 'volumeUsd_DESC_NULLS_FIRST'
  | 'volumeUsd_DESC_NULLS_LAST';

export type SwapWhereInput = {
  AND?: InputMaybe<Array<SwapWhereInput>>;
  OR?: InputMaybe<Array<SwapWhereInput>>;
  amountOpg_eq?: InputMaybe<Scalars['BigInt']['input']>;
  amountOpg_gt?: InputMaybe<Scalars['BigInt']['input']>;
  amountOpg_gte?: InputMaybe<Scalars['BigInt']['input']>;
  amountOpg_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  amountOpg_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  amountOpg_lt?: InputMaybe<Scalars['BigInt']['input']>;
  amountOpg_lte?: InputMaybe<Scalars['BigInt']['input']>;
  amountOpg_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  amountOpg_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  amountUsdc_eq?: InputMaybe<Scalars['BigInt']['input']>;
  amountUsdc_gt?: InputMaybe<Scalars['BigInt']['input']>;
  amountUsdc_gte?: InputMaybe<Scalars['BigInt']['input']>;
  amountUsdc_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  amountUsdc_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  amountUsdc_lt?: InputMaybe<Scalars['BigInt']['input']>;
  amountUsdc_lte?: InputMaybe<Scalars['BigInt']['input']>;
  amountUsdc_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  amountUsdc_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  blockNumber_eq?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_gt?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_gte?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  blockNumber_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  blockNumber_lt?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_lte?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_not_eq?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  id_contains?: InputMaybe<Scalars['String']['input']>;
  id_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_eq?: InputMaybe<Scalars['String']['input']>;
  id_gt?: InputMaybe<Scalars['String']['input']>;
  id_gte?: InputMaybe<Scalars['String']['input']>;
  id_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  id_lt?: InputMaybe<Scalars['String']['input']>;
  id_lte?: InputMaybe<Scalars['String']['input']>;
  id_not_contains?: InputMaybe<Scalars['String']['input']>;
  id_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_not_eq?: InputMaybe<Scalars['String']['input']>;
  id_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_startsWith?: InputMaybe<Scalars['String']['input']>;
  liquidity_eq?: InputMaybe<Scalars['BigInt']['input']>;
  liquidity_gt?: InputMaybe<Scalars['BigInt']['input']>;
  liquidity_gte?: InputMaybe<Scalars['BigInt']['input']>;
  liquidity_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  liquidity_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  liquidity_lt?: InputMaybe<Scalars['BigInt']['input']>;
  liquidity_lte?: InputMaybe<Scalars['BigInt']['input']>;
  liquidity_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  liquidity_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  priceUsd_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  priceUsd_gt?: InputMaybe<Scalars['BigDecimal']['input']>;
  priceUsd_gte?: InputMaybe<Scalars['BigDecimal']['input']>;
  priceUsd_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  priceUsd_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  priceUsd_lt?: InputMaybe<Scalars['BigDecimal']['input']>;
  priceUsd_lte?: InputMaybe<Scalars['BigDecimal']['input']>;
  priceUsd_not_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  priceUsd_not_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  recipient_contains?: InputMaybe<Scalars['String']['input']>;
  recipient_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  recipient_endsWith?: InputMaybe<Scalars['String']['input']>;
  recipient_eq?: InputMaybe<Scalars['String']['input']>;
  recipient_gt?: InputMaybe<Scalars['String']['input']>;
  recipient_gte?: InputMaybe<Scalars['String']['input']>;
  recipient_in?: InputMaybe<Array<Scalars['String']['input']>>;
  recipient_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  recipient_lt?: InputMaybe<Scalars['String']['input']>;
  recipient_lte?: InputMaybe<Scalars['String']['input']>;
  recipient_not_contains?: InputMaybe<Scalars['String']['input']>;
  recipient_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  recipient_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  recipient_not_eq?: InputMaybe<Scalars['String']['input']>;
  recipient_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  recipient_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  recipient_startsWith?: InputMaybe<Scalars['String']['input']>;
  sender_contains?: InputMaybe<Scalars['String']['input']>;
  sender_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  sender_endsWith?: InputMaybe<Scalars['String']['input']>;
  sender_eq?: InputMaybe<Scalars['String']['input']>;
  sender_gt?: InputMaybe<Scalars['String']['input']>;
  sender_gte?: InputMaybe<Scalars['String']['input']>;
  sender_in?: InputMaybe<Array<Scalars['String']['input']>>;
  sender_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  sender_lt?: InputMaybe<Scalars['String']['input']>;
  sender_lte?: InputMaybe<Scalars['String']['input']>;
  sender_not_contains?: InputMaybe<Scalars['String']['input']>;
  sender_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  sender_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  sender_not_eq?: InputMaybe<Scalars['String']['input']>;
  sender_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  sender_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  sender_startsWith?: InputMaybe<Scalars['String']['input']>;
  sqrtPriceX96_eq?: InputMaybe<Scalars['BigInt']['input']>;
  sqrtPriceX96_gt?: InputMaybe<Scalars['BigInt']['input']>;
  sqrtPriceX96_gte?: InputMaybe<Scalars['BigInt']['input']>;
  sqrtPriceX96_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  sqrtPriceX96_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  sqrtPriceX96_lt?: InputMaybe<Scalars['BigInt']['input']>;
  sqrtPriceX96_lte?: InputMaybe<Scalars['BigInt']['input']>;
  sqrtPriceX96_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  sqrtPriceX96_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  tick_eq?: InputMaybe<Scalars['Int']['input']>;
  tick_gt?: InputMaybe<Scalars['Int']['input']>;
  tick_gte?: InputMaybe<Scalars['Int']['input']>;
  tick_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  tick_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  tick_lt?: InputMaybe<Scalars['Int']['input']>;
  tick_lte?: InputMaybe<Scalars['Int']['input']>;
  tick_not_eq?: InputMaybe<Scalars['Int']['input']>;
  tick_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  timestamp_eq?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_gt?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_gte?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  timestamp_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  timestamp_lt?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_lte?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  txHash_contains?: InputMaybe<Scalars['String']['input']>;
  txHash_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  txHash_endsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_eq?: InputMaybe<Scalars['String']['input']>;
  txHash_gt?: InputMaybe<Scalars['String']['input']>;
  txHash_gte?: InputMaybe<Scalars['String']['input']>;
  txHash_in?: InputMaybe<Array<Scalars['String']['input']>>;
  txHash_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  txHash_lt?: InputMaybe<Scalars['String']['input']>;
  txHash_lte?: InputMaybe<Scalars['String']['input']>;
  txHash_not_contains?: InputMaybe<Scalars['String']['input']>;
  txHash_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  txHash_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_not_eq?: InputMaybe<Scalars['String']['input']>;
  txHash_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  txHash_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_startsWith?: InputMaybe<Scalars['String']['input']>;
  volumeUsd_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  volumeUsd_gt?: InputMaybe<Scalars['BigDecimal']['input']>;
  volumeUsd_gte?: InputMaybe<Scalars['BigDecimal']['input']>;
  volumeUsd_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  volumeUsd_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  volumeUsd_lt?: InputMaybe<Scalars['BigDecimal']['input']>;
  volumeUsd_lte?: InputMaybe<Scalars['BigDecimal']['input']>;
  volumeUsd_not_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  volumeUsd_not_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
};

export type SwapsConnection = {
  __typename?: 'SwapsConnection';
  edges: Array<SwapEdge>;
  pageInfo: PageInfo;
  /** exact when filtered (up to the count cap); unfiltered counts of large tables come from the daily aggregates or the planner's estimate, see the API README */
  totalCount: Scalars['Int']['output'];
};

/** A TEE node, keyed by teeId = keccak256(DER signing public key). */
export type TeeNode = {
  __typename?: 'TeeNode';
  /** enabled seconds since registration covered by heartbeats: each heartbeat covers the time the node was enabled since the previous heartbeat (or registration), at most the registry's heartbeatMaxAge */
  coveredSeconds: Scalars['Int']['output'];
  /** when the node was disabled, while it still is; null while enabled (and for a node the indexer first saw already disabled) */
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  /** seconds spent disabled since registration over finished spans (TEEDisabled to the next TEEEnabled); not expected to heartbeat then, so excluded from uptime */
  disabledSeconds: Scalars['Int']['output'];
  /** seconds spent disabled since the last heartbeat (or registration): the part of the next heartbeat's gap it does not vouch for */
  disabledSinceHeartbeat: Scalars['Int']['output'];
  enabled: Scalars['Boolean']['output'];
  endpoint?: Maybe<Scalars['String']['output']>;
  heartbeatCount: Scalars['Int']['output'];
  /** the registry's heartbeatMaxAge when last read, seconds */
  heartbeatMaxAge: Scalars['Int']['output'];
  heartbeats: Array<Heartbeat>;
  id: Scalars['String']['output'];
  inferenceCount: Scalars['Int']['output'];
  lastHeartbeatAt?: Maybe<Scalars['DateTime']['output']>;
  owner: Scalars['String']['output'];
  paymentAddress?: Maybe<Scalars['String']['output']>;
  pcrHash?: Maybe<Scalars['String']['output']>;
  /** DER SubjectPublicKeyInfo, hex */
  publicKey?: Maybe<Scalars['String']['output']>;
  registeredAt: Scalars['DateTime']['output'];
  registeredBlock: Scalars['Int']['output'];
  /** registry contract it was last registered on */
  registry: Scalars['String']['output'];
  teeType: Scalars['Int']['output'];
  /** coveredSeconds / seconds the node was enabled since registration (time since registration minus disabledSeconds and the open span since disabledAt), 0..1, as of the last indexed block; a disabled node keeps the figure it had when disabled */
  uptime: Scalars['Float']['output'];
  /** the validator this node belongs to, when its owner operates one */
  validator?: Maybe<Validator>;
};


/** A TEE node, keyed by teeId = keccak256(DER signing public key). */
export type TeeNodeHeartbeatsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<HeartbeatOrderByInput>>;
  where?: InputMaybe<HeartbeatWhereInput>;
};

export type TeeNodeEdge = {
  __typename?: 'TeeNodeEdge';
  cursor: Scalars['String']['output'];
  node: TeeNode;
};

export type TeeNodeOrderByInput =
  | 'coveredSeconds_ASC'
  | 'coveredSeconds_ASC_NULLS_FIRST'
  | 'coveredSeconds_ASC_NULLS_LAST'
  | 'coveredSeconds_DESC'
  | 'coveredSeconds_DESC_NULLS_FIRST'
  | 'coveredSeconds_DESC_NULLS_LAST'
  | 'disabledAt_ASC'
  | 'disabledAt_ASC_NULLS_FIRST'
  | 'disabledAt_ASC_NULLS_LAST'
  | 'disabledAt_DESC'
  | 'disabledAt_DESC_NULLS_FIRST'
  | 'disabledAt_DESC_NULLS_LAST'
  | 'disabledSeconds_ASC'
  | 'disabledSeconds_ASC_NULLS_FIRST'
  | 'disabledSeconds_ASC_NULLS_LAST'
  | 'disabledSeconds_DESC'
  | 'disabledSeconds_DESC_NULLS_FIRST'
  | 'disabledSeconds_DESC_NULLS_LAST'
  | 'disabledSinceHeartbeat_ASC'
  | 'disabledSinceHeartbeat_ASC_NULLS_FIRST'
  | 'disabledSinceHeartbeat_ASC_NULLS_LAST'
  | 'disabledSinceHeartbeat_DESC'
  | 'disabledSinceHeartbeat_DESC_NULLS_FIRST'
  | 'disabledSinceHeartbeat_DESC_NULLS_LAST'
  | 'enabled_ASC'
  | 'enabled_ASC_NULLS_FIRST'
  | 'enabled_ASC_NULLS_LAST'
  | 'enabled_DESC'
  | 'enabled_DESC_NULLS_FIRST'
  | 'enabled_DESC_NULLS_LAST'
  | 'endpoint_ASC'
  | 'endpoint_ASC_NULLS_FIRST'
  | 'endpoint_ASC_NULLS_LAST'
  | 'endpoint_DESC'
  | 'endpoint_DESC_NULLS_FIRST'
  | 'endpoint_DESC_NULLS_LAST'
  | 'heartbeatCount_ASC'
  | 'heartbeatCount_ASC_NULLS_FIRST'
  | 'heartbeatCount_ASC_NULLS_LAST'
  | 'heartbeatCount_DESC'
  | 'heartbeatCount_DESC_NULLS_FIRST'
  | 'heartbeatCount_DESC_NULLS_LAST'
  | 'heartbeatMaxAge_ASC'
  | 'heartbeatMaxAge_ASC_NULLS_FIRST'
  | 'heartbeatMaxAge_ASC_NULLS_LAST'
  | 'heartbeatMaxAge_DESC'
  | 'heartbeatMaxAge_DESC_NULLS_FIRST'
  | 'heartbeatMaxAge_DESC_NULLS_LAST'
  | 'id_ASC'
  | 'id_ASC_NULLS_FIRST'
  | 'id_ASC_NULLS_LAST'
  | 'id_DESC'
  | 'id_DESC_NULLS_FIRST'
  | 'id_DESC_NULLS_LAST'
  | 'inferenceCount_ASC'
  | 'inferenceCount_ASC_NULLS_FIRST'
  | 'inferenceCount_ASC_NULLS_LAST'
  | 'inferenceCount_DESC'
  | 'inferenceCount_DESC_NULLS_FIRST'
  | 'inferenceCount_DESC_NULLS_LAST'
  | 'lastHeartbeatAt_ASC'
  | 'lastHeartbeatAt_ASC_NULLS_FIRST'
  | 'lastHeartbeatAt_ASC_NULLS_LAST'
  | 'lastHeartbeatAt_DESC'
  | 'lastHeartbeatAt_DESC_NULLS_FIRST'
  | 'lastHeartbeatAt_DESC_NULLS_LAST'
  | 'owner_ASC'
  | 'owner_ASC_NULLS_FIRST'
  | 'owner_ASC_NULLS_LAST'
  | 'owner_DESC'
  | 'owner_DESC_NULLS_FIRST'
  | 'owner_DESC_NULLS_LAST'
  | 'paymentAddress_ASC'
  | 'paymentAddress_ASC_NULLS_FIRST'
  | 'paymentAddress_ASC_NULLS_LAST'
  | 'paymentAddress_DESC'
  | 'paymentAddress_DESC_NULLS_FIRST'
  | 'paymentAddress_DESC_NULLS_LAST'
  | 'pcrHash_ASC'
  | 'pcrHash_ASC_NULLS_FIRST'
  | 'pcrHash_ASC_NULLS_LAST'
  | 'pcrHash_DESC'
  | 'pcrHash_DESC_NULLS_FIRST'
  | 'pcrHash_DESC_NULLS_LAST'
  | 'publicKey_ASC'
  | 'publicKey_ASC_NULLS_FIRST'
  | 'publicKey_ASC_NULLS_LAST'
  | 'publicKey_DESC'
  | 'publicKey_DESC_NULLS_FIRST'
  | 'publicKey_DESC_NULLS_LAST'
  | 'registeredAt_ASC'
  | 'registeredAt_ASC_NULLS_FIRST'
  | 'registeredAt_ASC_NULLS_LAST'
  | 'registeredAt_DESC'
  | 'registeredAt_DESC_NULLS_FIRST'
  | 'registeredAt_DESC_NULLS_LAST'
  | 'registeredBlock_ASC'
  | 'registeredBlock_ASC_NULLS_FIRST'
  | 'registeredBlock_ASC_NULLS_LAST'
  | 'registeredBlock_DESC'
  | 'registeredBlock_DESC_NULLS_FIRST'
  | 'registeredBlock_DESC_NULLS_LAST'
  | 'registry_ASC'
  | 'registry_ASC_NULLS_FIRST'
  | 'registry_ASC_NULLS_LAST'
  | 'registry_DESC'
  | 'registry_DESC_NULLS_FIRST'
  | 'registry_DESC_NULLS_LAST'
  | 'teeType_ASC'
  | 'teeType_ASC_NULLS_FIRST'
  | 'teeType_ASC_NULLS_LAST'
  | 'teeType_DESC'
  | 'teeType_DESC_NULLS_FIRST'
  | 'teeType_DESC_NULLS_LAST'
  | 'uptime_ASC'
  | 'uptime_ASC_NULLS_FIRST'
  | 'uptime_ASC_NULLS_LAST'
  | 'uptime_DESC'
  | 'uptime_DESC_NULLS_FIRST'
  | 'uptime_DESC_NULLS_LAST'
  | 'validator_commissionRate_ASC'
  | 'validator_commissionRate_ASC_NULLS_FIRST'
  | 'validator_commissionRate_ASC_NULLS_LAST'
  | 'validator_commissionRate_DESC'
  | 'validator_commissionRate_DESC_NULLS_FIRST'
  | 'validator_commissionRate_DESC_NULLS_LAST'
  | 'validator_createdAt_ASC'
  | 'validator_createdAt_ASC_NULLS_FIRST'
  | 'validator_createdAt_ASC_NULLS_LAST'
  | 'validator_createdAt_DESC'
  | 'validator_createdAt_DESC_NULLS_FIRST'
  | 'validator_createdAt_DESC_NULLS_LAST'
  | 'validator_createdBlock_ASC'
  | 'validator_createdBlock_ASC_NULLS_FIRST'
  | 'validator_createdBlock_ASC_NULLS_LAST'
  | 'validator_createdBlock_DESC'
  | 'validator_createdBlock_DESC_NULLS_FIRST'
  | 'validator_createdBlock_DESC_NULLS_LAST'
  | 'validator_delegatorCount_ASC'
  | 'validator_delegatorCount_ASC_NULLS_FIRST'
  | 'validator_delegatorCount_ASC_NULLS_LAST'
  | 'validator_delegatorCount_DESC'
  | 'validator_delegatorCount_DESC_NULLS_FIRST'
  | 'validator_delegatorCount_DESC_NULLS_LAST'
  | 'validator_delegatorShares_ASC'
  | 'validator_delegatorShares_ASC_NULLS_FIRST'
  | 'validator_delegatorShares_ASC_NULLS_LAST'
  | 'validator_delegatorShares_DESC'
  | 'validator_delegatorShares_DESC_NULLS_FIRST'
  | 'validator_delegatorShares_DESC_NULLS_LAST'
  | 'validator_id_ASC'
  | 'validator_id_ASC_NULLS_FIRST'
  | 'validator_id_ASC_NULLS_LAST'
  | 'validator_id_DESC'
  | 'validator_id_DESC_NULLS_FIRST'
  | 'validator_id_DESC_NULLS_LAST'
  | 'validator_jailCount_ASC'
  | 'validator_jailCount_ASC_NULLS_FIRST'
  | 'validator_jailCount_ASC_NULLS_LAST'
  | 'validator_jailCount_DESC'
  | 'validator_jailCount_DESC_NULLS_FIRST'
  | 'validator_jailCount_DESC_NULLS_LAST'
  | 'validator_jailed_ASC'
  | 'validator_jailed_ASC_NULLS_FIRST'
  | 'validator_jailed_ASC_NULLS_LAST'
  | 'validator_jailed_DESC'
  | 'validator_jailed_DESC_NULLS_FIRST'
  | 'validator_jailed_DESC_NULLS_LAST'
  | 'validator_maxCommissionRate_ASC'
  | 'validator_maxCommissionRate_ASC_NULLS_FIRST'
  | 'validator_maxCommissionRate_ASC_NULLS_LAST'
  | 'validator_maxCommissionRate_DESC'
  | 'validator_maxCommissionRate_DESC_NULLS_FIRST'
  | 'validator_maxCommissionRate_DESC_NULLS_LAST'
  | 'validator_minSelfDelegation_ASC'
  | 'validator_minSelfDelegation_ASC_NULLS_FIRST'
  | 'validator_minSelfDelegation_ASC_NULLS_LAST'
  | 'validator_minSelfDelegation_DESC'
  | 'validator_minSelfDelegation_DESC_NULLS_FIRST'
  | 'validator_minSelfDelegation_DESC_NULLS_LAST'
  | 'validator_moniker_ASC'
  | 'validator_moniker_ASC_NULLS_FIRST'
  | 'validator_moniker_ASC_NULLS_LAST'
  | 'validator_moniker_DESC'
  | 'validator_moniker_DESC_NULLS_FIRST'
  | 'validator_moniker_DESC_NULLS_LAST'
  | 'validator_selfBond_ASC'
  | 'validator_selfBond_ASC_NULLS_FIRST'
  | 'validator_selfBond_ASC_NULLS_LAST'
  | 'validator_selfBond_DESC'
  | 'validator_selfBond_DESC_NULLS_FIRST'
  | 'validator_selfBond_DESC_NULLS_LAST'
  | 'validator_slashCount_ASC'
  | 'validator_slashCount_ASC_NULLS_FIRST'
  | 'validator_slashCount_ASC_NULLS_LAST'
  | 'validator_slashCount_DESC'
  | 'validator_slashCount_DESC_NULLS_FIRST'
  | 'validator_slashCount_DESC_NULLS_LAST'
  | 'validator_stateBlock_ASC'
  | 'validator_stateBlock_ASC_NULLS_FIRST'
  | 'validator_stateBlock_ASC_NULLS_LAST'
  | 'validator_stateBlock_DESC'
  | 'validator_stateBlock_DESC_NULLS_FIRST'
  | 'validator_stateBlock_DESC_NULLS_LAST'
  | 'validator_status_ASC'
  | 'validator_status_ASC_NULLS_FIRST'
  | 'validator_status_ASC_NULLS_LAST'
  | 'validator_status_DESC'
  | 'validator_status_DESC_NULLS_FIRST'
  | 'validator_status_DESC_NULLS_LAST'
  | 'validator_tokens_ASC'
  | 'validator_tokens_ASC_NULLS_FIRST'
  | 'validator_tokens_ASC_NULLS_LAST'
  | 'validator_tokens_DESC'
  | 'validator_tokens_DESC_NULLS_FIRST'
  | 'validator_tokens_DESC_NULLS_LAST'
  | 'validator_totalSlashed_ASC'
  | 'validator_totalSlashed_ASC_NULLS_FIRST'
  | 'validator_totalSlashed_ASC_NULLS_LAST'
  | 'validator_totalSlashed_DESC'
  | 'validator_totalSlashed_DESC_NULLS_FIRST'
  | 'validator_totalSlashed_DESC_NULLS_LAST';

export type TeeNodeWhereInput = {
  AND?: InputMaybe<Array<TeeNodeWhereInput>>;
  OR?: InputMaybe<Array<TeeNodeWhereInput>>;
  coveredSeconds_eq?: InputMaybe<Scalars['Int']['input']>;
  coveredSeconds_gt?: InputMaybe<Scalars['Int']['input']>;
  coveredSeconds_gte?: InputMaybe<Scalars['Int']['input']>;
  coveredSeconds_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  coveredSeconds_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  coveredSeconds_lt?: InputMaybe<Scalars['Int']['input']>;
  coveredSeconds_lte?: InputMaybe<Scalars['Int']['input']>;
  coveredSeconds_not_eq?: InputMaybe<Scalars['Int']['input']>;
  coveredSeconds_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  disabledAt_eq?: InputMaybe<Scalars['DateTime']['input']>;
  disabledAt_gt?: InputMaybe<Scalars['DateTime']['input']>;
  disabledAt_gte?: InputMaybe<Scalars['DateTime']['input']>;
  disabledAt_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  disabledAt_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  disabledAt_lt?: InputMaybe<Scalars['DateTime']['input']>;
  disabledAt_lte?: InputMaybe<Scalars['DateTime']['input']>;
  disabledAt_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  disabledAt_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  disabledSeconds_eq?: InputMaybe<Scalars['Int']['input']>;
  disabledSeconds_gt?: InputMaybe<Scalars['Int']['input']>;
  disabledSeconds_gte?: InputMaybe<Scalars['Int']['input']>;
  disabledSeconds_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  disabledSeconds_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  disabledSeconds_lt?: InputMaybe<Scalars['Int']['input']>;
  disabledSeconds_lte?: InputMaybe<Scalars['Int']['input']>;
  disabledSeconds_not_eq?: InputMaybe<Scalars['Int']['input']>;
  disabledSeconds_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  disabledSinceHeartbeat_eq?: InputMaybe<Scalars['Int']['input']>;
  disabledSinceHeartbeat_gt?: InputMaybe<Scalars['Int']['input']>;
  disabledSinceHeartbeat_gte?: InputMaybe<Scalars['Int']['input']>;
  disabledSinceHeartbeat_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  disabledSinceHeartbeat_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  disabledSinceHeartbeat_lt?: InputMaybe<Scalars['Int']['input']>;
  disabledSinceHeartbeat_lte?: InputMaybe<Scalars['Int']['input']>;
  disabledSinceHeartbeat_not_eq?: InputMaybe<Scalars['Int']['input']>;
  disabledSinceHeartbeat_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  enabled_eq?: InputMaybe<Scalars['Boolean']['input']>;
  enabled_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  enabled_not_eq?: InputMaybe<Scalars['Boolean']['input']>;
  endpoint_contains?: InputMaybe<Scalars['String']['input']>;
  endpoint_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  endpoint_endsWith?: InputMaybe<Scalars['String']['input']>;
  endpoint_eq?: InputMaybe<Scalars['String']['input']>;
  endpoint_gt?: InputMaybe<Scalars['String']['input']>;
  endpoint_gte?: InputMaybe<Scalars['String']['input']>;
  endpoint_in?: InputMaybe<Array<Scalars['String']['input']>>;
  endpoint_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  endpoint_lt?: InputMaybe<Scalars['String']['input']>;
  endpoint_lte?: InputMaybe<Scalars['String']['input']>;
  endpoint_not_contains?: InputMaybe<Scalars['String']['input']>;
  endpoint_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  endpoint_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  endpoint_not_eq?: InputMaybe<Scalars['String']['input']>;
  endpoint_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  endpoint_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  endpoint_startsWith?: InputMaybe<Scalars['String']['input']>;
  heartbeatCount_eq?: InputMaybe<Scalars['Int']['input']>;
  heartbeatCount_gt?: InputMaybe<Scalars['Int']['input']>;
  heartbeatCount_gte?: InputMaybe<Scalars['Int']['input']>;
  heartbeatCount_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  heartbeatCount_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  heartbeatCount_lt?: InputMaybe<Scalars['Int']['input']>;
  heartbeatCount_lte?: InputMaybe<Scalars['Int']['input']>;
  heartbeatCount_not_eq?: InputMaybe<Scalars['Int']['input']>;
  heartbeatCount_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  heartbeatMaxAge_eq?: InputMaybe<Scalars['Int']['input']>;
  heartbeatMaxAge_gt?: InputMaybe<Scalars['Int']['input']>;
  heartbeatMaxAge_gte?: InputMaybe<Scalars['Int']['input']>;
  heartbeatMaxAge_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  heartbeatMaxAge_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  heartbeatMaxAge_lt?: InputMaybe<Scalars['Int']['input']>;
  heartbeatMaxAge_lte?: InputMaybe<Scalars['Int']['input']>;
  heartbeatMaxAge_not_eq?: InputMaybe<Scalars['Int']['input']>;
  heartbeatMaxAge_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  heartbeats_every?: InputMaybe<HeartbeatWhereInput>;
  heartbeats_none?: InputMaybe<HeartbeatWhereInput>;
  heartbeats_some?: InputMaybe<HeartbeatWhereInput>;
  id_contains?: InputMaybe<Scalars['String']['input']>;
  id_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_eq?: InputMaybe<Scalars['String']['input']>;
  id_gt?: InputMaybe<Scalars['String']['input']>;
  id_gte?: InputMaybe<Scalars['String']['input']>;
  id_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  id_lt?: InputMaybe<Scalars['String']['input']>;
  id_lte?: InputMaybe<Scalars['String']['input']>;
  id_not_contains?: InputMaybe<Scalars['String']['input']>;
  id_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_not_eq?: InputMaybe<Scalars['String']['input']>;
  id_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_startsWith?: InputMaybe<Scalars['String']['input']>;
  inferenceCount_eq?: InputMaybe<Scalars['Int']['input']>;
  inferenceCount_gt?: InputMaybe<Scalars['Int']['input']>;
  inferenceCount_gte?: InputMaybe<Scalars['Int']['input']>;
  inferenceCount_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  inferenceCount_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  inferenceCount_lt?: InputMaybe<Scalars['Int']['input']>;
  inferenceCount_lte?: InputMaybe<Scalars['Int']['input']>;
  inferenceCount_not_eq?: InputMaybe<Scalars['Int']['input']>;
  inferenceCount_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  lastHeartbeatAt_eq?: InputMaybe<Scalars['DateTime']['input']>;
  lastHeartbeatAt_gt?: InputMaybe<Scalars['DateTime']['input']>;
  lastHeartbeatAt_gte?: InputMaybe<Scalars['DateTime']['input']>;
  lastHeartbeatAt_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  lastHeartbeatAt_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  lastHeartbeatAt_lt?: InputMaybe<Scalars['DateTime']['input']>;
  lastHeartbeatAt_lte?: InputMaybe<Scalars['DateTime']['input']>;
  lastHeartbeatAt_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  lastHeartbeatAt_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  owner_contains?: InputMaybe<Scalars['String']['input']>;
  owner_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  owner_endsWith?: InputMaybe<Scalars['String']['input']>;
  owner_eq?: InputMaybe<Scalars['String']['input']>;
  owner_gt?: InputMaybe<Scalars['String']['input']>;
  owner_gte?: InputMaybe<Scalars['String']['input']>;
  owner_in?: InputMaybe<Array<Scalars['String']['input']>>;
  owner_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  owner_lt?: InputMaybe<Scalars['String']['input']>;
  owner_lte?: InputMaybe<Scalars['String']['input']>;
  owner_not_contains?: InputMaybe<Scalars['String']['input']>;
  owner_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  owner_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  owner_not_eq?: InputMaybe<Scalars['String']['input']>;
  owner_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  owner_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  owner_startsWith?: InputMaybe<Scalars['String']['input']>;
  paymentAddress_contains?: InputMaybe<Scalars['String']['input']>;
  paymentAddress_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  paymentAddress_endsWith?: InputMaybe<Scalars['String']['input']>;
  paymentAddress_eq?: InputMaybe<Scalars['String']['input']>;
  paymentAddress_gt?: InputMaybe<Scalars['String']['input']>;
  paymentAddress_gte?: InputMaybe<Scalars['String']['input']>;
  paymentAddress_in?: InputMaybe<Array<Scalars['String']['input']>>;
  paymentAddress_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  paymentAddress_lt?: InputMaybe<Scalars['String']['input']>;
  paymentAddress_lte?: InputMaybe<Scalars['String']['input']>;
  paymentAddress_not_contains?: InputMaybe<Scalars['String']['input']>;
  paymentAddress_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  paymentAddress_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  paymentAddress_not_eq?: InputMaybe<Scalars['String']['input']>;
  paymentAddress_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  paymentAddress_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  paymentAddress_startsWith?: InputMaybe<Scalars['String']['input']>;
  pcrHash_contains?: InputMaybe<Scalars['String']['input']>;
  pcrHash_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  pcrHash_endsWith?: InputMaybe<Scalars['String']['input']>;
  pcrHash_eq?: InputMaybe<Scalars['String']['input']>;
  pcrHash_gt?: InputMaybe<Scalars['String']['input']>;
  pcrHash_gte?: InputMaybe<Scalars['String']['input']>;
  pcrHash_in?: InputMaybe<Array<Scalars['String']['input']>>;
  pcrHash_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  pcrHash_lt?: InputMaybe<Scalars['String']['input']>;
  pcrHash_lte?: InputMaybe<Scalars['String']['input']>;
  pcrHash_not_contains?: InputMaybe<Scalars['String']['input']>;
  pcrHash_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  pcrHash_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  pcrHash_not_eq?: InputMaybe<Scalars['String']['input']>;
  pcrHash_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  pcrHash_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  pcrHash_startsWith?: InputMaybe<Scalars['String']['input']>;
  publicKey_contains?: InputMaybe<Scalars['String']['input']>;
  publicKey_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  publicKey_endsWith?: InputMaybe<Scalars['String']['input']>;
  publicKey_eq?: InputMaybe<Scalars['String']['input']>;
  publicKey_gt?: InputMaybe<Scalars['String']['input']>;
  publicKey_gte?: InputMaybe<Scalars['String']['input']>;
  publicKey_in?: InputMaybe<Array<Scalars['String']['input']>>;
  publicKey_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  publicKey_lt?: InputMaybe<Scalars['String']['input']>;
  publicKey_lte?: InputMaybe<Scalars['String']['input']>;
  publicKey_not_contains?: InputMaybe<Scalars['String']['input']>;
  publicKey_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  publicKey_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  publicKey_not_eq?: InputMaybe<Scalars['String']['input']>;
  publicKey_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  publicKey_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  publicKey_startsWith?: InputMaybe<Scalars['String']['input']>;
  registeredAt_eq?: InputMaybe<Scalars['DateTime']['input']>;
  registeredAt_gt?: InputMaybe<Scalars['DateTime']['input']>;
  registeredAt_gte?: InputMaybe<Scalars['DateTime']['input']>;
  registeredAt_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  registeredAt_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  registeredAt_lt?: InputMaybe<Scalars['DateTime']['input']>;
  registeredAt_lte?: InputMaybe<Scalars['DateTime']['input']>;
  registeredAt_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  registeredAt_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  registeredBlock_eq?: InputMaybe<Scalars['Int']['input']>;
  registeredBlock_gt?: InputMaybe<Scalars['Int']['input']>;
  registeredBlock_gte?: InputMaybe<Scalars['Int']['input']>;
  registeredBlock_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  registeredBlock_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  registeredBlock_lt?: InputMaybe<Scalars['Int']['input']>;
  registeredBlock_lte?: InputMaybe<Scalars['Int']['input']>;
  registeredBlock_not_eq?: InputMaybe<Scalars['Int']['input']>;
  registeredBlock_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  registry_contains?: InputMaybe<Scalars['String']['input']>;
  registry_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  registry_endsWith?: InputMaybe<Scalars['String']['input']>;
  registry_eq?: InputMaybe<Scalars['String']['input']>;
  registry_gt?: InputMaybe<Scalars['String']['input']>;
  registry_gte?: InputMaybe<Scalars['String']['input']>;
  registry_in?: InputMaybe<Array<Scalars['String']['input']>>;
  registry_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  registry_lt?: InputMaybe<Scalars['String']['input']>;
  registry_lte?: InputMaybe<Scalars['String']['input']>;
  registry_not_contains?: InputMaybe<Scalars['String']['input']>;
  registry_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  registry_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  registry_not_eq?: InputMaybe<Scalars['String']['input']>;
  registry_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  registry_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  registry_startsWith?: InputMaybe<Scalars['String']['input']>;
  teeType_eq?: InputMaybe<Scalars['Int']['input']>;
  teeType_gt?: InputMaybe<Scalars['Int']['input']>;
  teeType_gte?: InputMaybe<Scalars['Int']['input']>;
  teeType_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  teeType_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  teeType_lt?: InputMaybe<Scalars['Int']['input']>;
  teeType_lte?: InputMaybe<Scalars['Int']['input']>;
  teeType_not_eq?: InputMaybe<Scalars['Int']['input']>;
  teeType_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  uptime_eq?: InputMaybe<Scalars['Float']['input']>;
  uptime_gt?: InputMaybe<Scalars['Float']['input']>;
  uptime_gte?: InputMaybe<Scalars['Float']['input']>;
  uptime_in?: InputMaybe<Array<Scalars['Float']['input']>>;
  uptime_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  uptime_lt?: InputMaybe<Scalars['Float']['input']>;
  uptime_lte?: InputMaybe<Scalars['Float']['input']>;
  uptime_not_eq?: InputMaybe<Scalars['Float']['input']>;
  uptime_not_in?: InputMaybe<Array<Scalars['Float']['input']>>;
  validator?: InputMaybe<ValidatorWhereInput>;
  validator_isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

export type TeeNodesConnection = {
  __typename?: 'TeeNodesConnection';
  edges: Array<TeeNodeEdge>;
  pageInfo: PageInfo;
  /** exact when filtered (up to the count cap); unfiltered counts of large tables come from the daily aggregates or the planner's estimate, see the API README */
  totalCount: Scalars['Int']['output'];
};

export type TimeInterval =
  | 'DAY'
  /** price and the flows; distinct counts and end-of-day levels reject HOUR with INTERVAL_NOT_AVAILABLE */
  | 'HOUR'
  /** ISO weeks, starting on Monday (UTC) */
  | 'WEEK';

export type TimeSeries = {
  __typename?: 'TimeSeries';
  /** how days combine into weeks: SUM, LAST or MEAN (NONE for HOUR and DAY) */
  aggregation: Scalars['String']['output'];
  fill: GapFill;
  /** start of the first bucket */
  from?: Maybe<Scalars['DateTime']['output']>;
  interval: TimeInterval;
  kind: MetricKind;
  metric: TimeSeriesMetric;
  points: Array<TimeSeriesPoint>;
  /** table and column the values come from */
  source: Scalars['String']['output'];
  /** start of the last bucket: never past the last stored row, so no zeros are invented beyond the indexed head */
  to?: Maybe<Scalars['DateTime']['output']>;
  unit: Scalars['String']['output'];
};

/** What timeSeries can chart. */
export type TimeSeriesMetric =
  /** TEE nodes with a heartbeat that day; a week is the mean per day (distinct counts do not add up) [count; flow: gaps are 0; weeks are the mean per day; DAY and WEEK only (not kept per hour); from og_daily_stat.active_tees] */
  | 'ACTIVE_TEES'
  /** inferences settled in Merkle batches [count; flow: gaps are 0; weeks are the sum of their days; HOUR, DAY and WEEK; from og_daily_stat.batch_inferences] */
  | 'BATCH_INFERENCES'
  /** circulating OPG at the end of the bucket [OPG wei; level: gaps carry the last value forward; weeks take the last value; DAY and WEEK only (not kept per hour); from base_daily_stat.circulating_supply] */
  | 'CIRCULATING_SUPPLY'
  /** TEE heartbeats [count; flow: gaps are 0; weeks are the sum of their days; HOUR, DAY and WEEK; from og_daily_stat.heartbeats] */
  | 'HEARTBEATS'
  /** legacy on-chain inferences through InferenceHub [count; flow: gaps are 0; weeks are the sum of their days; HOUR, DAY and WEEK; from og_daily_stat.hub_inferences] */
  | 'HUB_INFERENCES'
  /** inferences settled one by one [count; flow: gaps are 0; weeks are the sum of their days; HOUR, DAY and WEEK; from og_daily_stat.individual_inferences] */
  | 'INDIVIDUAL_INFERENCES'
  /** inferences with a bad signature or in a corrupt or missing blob [count; flow: gaps are 0; weeks are the sum of their days; HOUR, DAY and WEEK; from og_daily_stat.inferences_failed] */
  | 'INFERENCES_FAILED'
  /** inferences settled, every kind [count; flow: gaps are 0; weeks are the sum of their days; HOUR, DAY and WEEK; from og_daily_stat.inferences_settled] */
  | 'INFERENCES_SETTLED'
  /** inferences whose signature verified, on the day they settled [count; flow: gaps are 0; weeks are the sum of their days; HOUR, DAY and WEEK; from og_daily_stat.inferences_verified] */
  | 'INFERENCES_VERIFIED'
  /** inferences settled through the v0 relay [count; flow: gaps are 0; weeks are the sum of their days; HOUR, DAY and WEEK; from og_daily_stat.legacy_inferences] */
  | 'LEGACY_INFERENCES'
  /** wallets paying for the first time [count; flow: gaps are 0; weeks are the sum of their days; HOUR, DAY and WEEK; from base_daily_stat.new_wallets] */
  | 'NEW_WALLETS'
  /** distinct wallets that paid; a week is the mean per day (distinct counts do not add up) [count; flow: gaps are 0; weeks are the mean per day; DAY and WEEK only (not kept per hour); from base_daily_stat.paying_wallets] */
  | 'PAYING_WALLETS'
  /** x402 payments [count; flow: gaps are 0; weeks are the sum of their days; HOUR, DAY and WEEK; from base_daily_stat.payments] */
  | 'PAYMENTS'
  /** x402 payment volume [OPG wei; flow: gaps are 0; weeks are the sum of their days; HOUR, DAY and WEEK; from base_daily_stat.payment_volume] */
  | 'PAYMENT_VOLUME'
  /** x402 payment volume in USD at the time of each payment (revenue) [USD; flow: gaps are 0; weeks are the sum of their days; HOUR, DAY and WEEK; from base_daily_stat.payment_volume_usd] */
  | 'PAYMENT_VOLUME_USD'
  /** OPG price: the close of the PriceCandle of the bucket (hourly candles for HOUR, daily for DAY and WEEK) [USD per OPG; level: gaps carry the last value forward; weeks take the last value; HOUR, DAY and WEEK; from price_candle.close] */
  | 'PRICE'
  /** settlement logs [count; flow: gaps are 0; weeks are the sum of their days; HOUR, DAY and WEEK; from og_daily_stat.settlements] */
  | 'SETTLEMENTS'
  /** staking events (delegations, unbonds, slashes, ...) [count; flow: gaps are 0; weeks are the sum of their days; HOUR, DAY and WEEK; from og_daily_stat.staking_events] */
  | 'STAKING_EVENTS'
  /** swaps in the OPG/USDC pool [count; flow: gaps are 0; weeks are the sum of their days; HOUR, DAY and WEEK; from base_daily_stat.swaps] */
  | 'SWAPS'
  /** swap volume [USD; flow: gaps are 0; weeks are the sum of their days; HOUR, DAY and WEEK; from base_daily_stat.swap_volume_usd] */
  | 'SWAP_VOLUME_USD'
  /** ogwei staked across validators at the end of the bucket [ogwei; level: gaps carry the last value forward; weeks take the last value; DAY and WEEK only (not kept per hour); from og_daily_stat.total_staked] */
  | 'TOTAL_STAKED'
  /** OPG transfers [count; flow: gaps are 0; weeks are the sum of their days; HOUR, DAY and WEEK; from base_daily_stat.transfers] */
  | 'TRANSFERS'
  /** OPG out of vesting contracts and distributors [OPG wei; flow: gaps are 0; weeks are the sum of their days; HOUR, DAY and WEEK; from base_daily_stat.unlocked] */
  | 'UNLOCKED';

export type TimeSeriesPoint = {
  __typename?: 'TimeSeriesPoint';
  /** true when no stored row covered the bucket and the value was filled in */
  filled: Scalars['Boolean']['output'];
  /** start of the bucket (UTC) */
  t: Scalars['DateTime']['output'];
  /** a decimal string; null for a level before its first observation */
  value?: Maybe<Scalars['BigDecimal']['output']>;
};

/** An OPG transfer. Indexed by sender and receiver with time, for address pages. */
export type Transfer = {
  __typename?: 'Transfer';
  /** OPG wei */
  amount: Scalars['BigInt']['output'];
  blockNumber: Scalars['Int']['output'];
  from: Account;
  /** txHash-logIndex */
  id: Scalars['String']['output'];
  timestamp: Scalars['DateTime']['output'];
  to: Account;
  txHash: Scalars['String']['output'];
};

export type TransferEdge = {
  __typename?: 'TransferEdge';
  cursor: Scalars['String']['output'];
  node: Transfer;
};

export type TransferOrderByInput =
  | 'amount_ASC'
  | 'amount_ASC_NULLS_FIRST'
  | 'amount_ASC_NULLS_LAST'
  | 'amount_DESC'
  | 'amount_DESC_NULLS_FIRST'
  | 'amount_DESC_NULLS_LAST'
  | 'blockNumber_ASC'
  | 'blockNumber_ASC_NULLS_FIRST'
  | 'blockNumber_ASC_NULLS_LAST'
  | 'blockNumber_DESC'
  | 'blockNumber_DESC_NULLS_FIRST'
  | 'blockNumber_DESC_NULLS_LAST'
  | 'from_balance_ASC'
  | 'from_balance_ASC_NULLS_FIRST'
  | 'from_balance_ASC_NULLS_LAST'
  | 'from_balance_DESC'
  | 'from_balance_DESC_NULLS_FIRST'
  | 'from_balance_DESC_NULLS_LAST'
  | 'from_category_ASC'
  | 'from_category_ASC_NULLS_FIRST'
  | 'from_category_ASC_NULLS_LAST'
  | 'from_category_DESC'
  | 'from_category_DESC_NULLS_FIRST'
  | 'from_category_DESC_NULLS_LAST'
  | 'from_circulating_ASC'
  | 'from_circulating_ASC_NULLS_FIRST'
  | 'from_circulating_ASC_NULLS_LAST'
  | 'from_circulating_DESC'
  | 'from_circulating_DESC_NULLS_FIRST'
  | 'from_circulating_DESC_NULLS_LAST'
  | 'from_firstPaymentAt_ASC'
  | 'from_firstPaymentAt_ASC_NULLS_FIRST'
  | 'from_firstPaymentAt_ASC_NULLS_LAST'
  | 'from_firstPaymentAt_DESC'
  | 'from_firstPaymentAt_DESC_NULLS_FIRST'
  | 'from_firstPaymentAt_DESC_NULLS_LAST'
  | 'from_firstSeenAt_ASC'
  | 'from_firstSeenAt_ASC_NULLS_FIRST'
  | 'from_firstSeenAt_ASC_NULLS_LAST'
  | 'from_firstSeenAt_DESC'
  | 'from_firstSeenAt_DESC_NULLS_FIRST'
  | 'from_firstSeenAt_DESC_NULLS_LAST'
  | 'from_firstSeenBlock_ASC'
  | 'from_firstSeenBlock_ASC_NULLS_FIRST'
  | 'from_firstSeenBlock_ASC_NULLS_LAST'
  | 'from_firstSeenBlock_DESC'
  | 'from_firstSeenBlock_DESC_NULLS_FIRST'
  | 'from_firstSeenBlock_DESC_NULLS_LAST'
  | 'from_id_ASC'
  | 'from_id_ASC_NULLS_FIRST'
  | 'from_id_ASC_NULLS_LAST'
  | 'from_id_DESC'
  | 'from_id_DESC_NULLS_FIRST'
  | 'from_id_DESC_NULLS_LAST'
  | 'from_label_ASC'
  | 'from_label_ASC_NULLS_FIRST'
  | 'from_label_ASC_NULLS_LAST'
  | 'from_label_DESC'
  | 'from_label_DESC_NULLS_FIRST'
  | 'from_label_DESC_NULLS_LAST'
  | 'from_lastSeenAt_ASC'
  | 'from_lastSeenAt_ASC_NULLS_FIRST'
  | 'from_lastSeenAt_ASC_NULLS_LAST'
  | 'from_lastSeenAt_DESC'
  | 'from_lastSeenAt_DESC_NULLS_FIRST'
  | 'from_lastSeenAt_DESC_NULLS_LAST'
  | 'from_paidTotal_ASC'
  | 'from_paidTotal_ASC_NULLS_FIRST'
  | 'from_paidTotal_ASC_NULLS_LAST'
  | 'from_paidTotal_DESC'
  | 'from_paidTotal_DESC_NULLS_FIRST'
  | 'from_paidTotal_DESC_NULLS_LAST'
  | 'from_paymentsMade_ASC'
  | 'from_paymentsMade_ASC_NULLS_FIRST'
  | 'from_paymentsMade_ASC_NULLS_LAST'
  | 'from_paymentsMade_DESC'
  | 'from_paymentsMade_DESC_NULLS_FIRST'
  | 'from_paymentsMade_DESC_NULLS_LAST'
  | 'from_paymentsReceived_ASC'
  | 'from_paymentsReceived_ASC_NULLS_FIRST'
  | 'from_paymentsReceived_ASC_NULLS_LAST'
  | 'from_paymentsReceived_DESC'
  | 'from_paymentsReceived_DESC_NULLS_FIRST'
  | 'from_paymentsReceived_DESC_NULLS_LAST'
  | 'from_receivedTotal_ASC'
  | 'from_receivedTotal_ASC_NULLS_FIRST'
  | 'from_receivedTotal_ASC_NULLS_LAST'
  | 'from_receivedTotal_DESC'
  | 'from_receivedTotal_DESC_NULLS_FIRST'
  | 'from_receivedTotal_DESC_NULLS_LAST'
  | 'from_transfersIn_ASC'
  | 'from_transfersIn_ASC_NULLS_FIRST'
  | 'from_transfersIn_ASC_NULLS_LAST'
  | 'from_transfersIn_DESC'
  | 'from_transfersIn_DESC_NULLS_FIRST'
  | 'from_transfersIn_DESC_NULLS_LAST'
  | 'from_transfersOut_ASC'
  | 'from_transfersOut_ASC_NULLS_FIRST'
  | 'from_transfersOut_ASC_NULLS_LAST'
  | 'from_transfersOut_DESC'
  | 'from_transfersOut_DESC_NULLS_FIRST'
  | 'from_transfersOut_DESC_NULLS_LAST'
  | 'id_ASC'
  | 'id_ASC_NULLS_FIRST'
  | 'id_ASC_NULLS_LAST'
  | 'id_DESC'
  | 'id_DESC_NULLS_FIRST'
  | 'id_DESC_NULLS_LAST'
  | 'timestamp_ASC'
  | 'timestamp_ASC_NULLS_FIRST'
  | 'timestamp_ASC_NULLS_LAST'
  | 'timestamp_DESC'
  | 'timestamp_DESC_NULLS_FIRST'
  | 'timestamp_DESC_NULLS_LAST'
  | 'to_balance_ASC'
  | 'to_balance_ASC_NULLS_FIRST'
  | 'to_balance_ASC_NULLS_LAST'
  | 'to_balance_DESC'
  | 'to_balance_DESC_NULLS_FIRST'
  | 'to_balance_DESC_NULLS_LAST'
  | 'to_category_ASC'
  | 'to_category_ASC_NULLS_FIRST'
  | 'to_category_ASC_NULLS_LAST'
  | 'to_category_DESC'
  | 'to_category_DESC_NULLS_FIRST'
  | 'to_category_DESC_NULLS_LAST'
  | 'to_circulating_ASC'
  | 'to_circulating_ASC_NULLS_FIRST'
  | 'to_circulating_ASC_NULLS_LAST'
  | 'to_circulating_DESC'
  | 'to_circulating_DESC_NULLS_FIRST'
  | 'to_circulating_DESC_NULLS_LAST'
  | 'to_firstPaymentAt_ASC'
  | 'to_firstPaymentAt_ASC_NULLS_FIRST'
  | 'to_firstPaymentAt_ASC_NULLS_LAST'
  | 'to_firstPaymentAt_DESC'
  | 'to_firstPaymentAt_DESC_NULLS_FIRST'
  | 'to_firstPaymentAt_DESC_NULLS_LAST'
  | 'to_firstSeenAt_ASC'
  | 'to_firstSeenAt_ASC_NULLS_FIRST'
  | 'to_firstSeenAt_ASC_NULLS_LAST'
  | 'to_firstSeenAt_DESC'
  | 'to_firstSeenAt_DESC_NULLS_FIRST'
  | 'to_firstSeenAt_DESC_NULLS_LAST'
  | 'to_firstSeenBlock_ASC'
  | 'to_firstSeenBlock_ASC_NULLS_FIRST'
  | 'to_firstSeenBlock_ASC_NULLS_LAST'
  | 'to_firstSeenBlock_DESC'
  | 'to_firstSeenBlock_DESC_NULLS_FIRST'
  | 'to_firstSeenBlock_DESC_NULLS_LAST'
  | 'to_id_ASC'
  | 'to_id_ASC_NULLS_FIRST'
  | 'to_id_ASC_NULLS_LAST'
  | 'to_id_DESC'
  | 'to_id_DESC_NULLS_FIRST'
  | 'to_id_DESC_NULLS_LAST'
  | 'to_label_ASC'
  | 'to_label_ASC_NULLS_FIRST'
  | 'to_label_ASC_NULLS_LAST'
  | 'to_label_DESC'
  | 'to_label_DESC_NULLS_FIRST'
  | 'to_label_DESC_NULLS_LAST'
  | 'to_lastSeenAt_ASC'
  | 'to_lastSeenAt_ASC_NULLS_FIRST'
  | 'to_lastSeenAt_ASC_NULLS_LAST'
  | 'to_lastSeenAt_DESC'
  | 'to_lastSeenAt_DESC_NULLS_FIRST'
  | 'to_lastSeenAt_DESC_NULLS_LAST'
  | 'to_paidTotal_ASC'
  | 'to_paidTotal_ASC_NULLS_FIRST'
  | 'to_paidTotal_ASC_NULLS_LAST'
  | 'to_paidTotal_DESC'
  | 'to_paidTotal_DESC_NULLS_FIRST'
  | 'to_paidTotal_DESC_NULLS_LAST'
  | 'to_paymentsMade_ASC'
  | 'to_paymentsMade_ASC_NULLS_FIRST'
  | 'to_paymentsMade_ASC_NULLS_LAST'
  | 'to_paymentsMade_DESC'
  | 'to_paymentsMade_DESC_NULLS_FIRST'
  | 'to_paymentsMade_DESC_NULLS_LAST'
  | 'to_paymentsReceived_ASC'
  | 'to_paymentsReceived_ASC_NULLS_FIRST'
  | 'to_paymentsReceived_ASC_NULLS_LAST'
  | 'to_paymentsReceived_DESC'
  | 'to_paymentsReceived_DESC_NULLS_FIRST'
  | 'to_paymentsReceived_DESC_NULLS_LAST'
  | 'to_receivedTotal_ASC'
  | 'to_receivedTotal_ASC_NULLS_FIRST'
  | 'to_receivedTotal_ASC_NULLS_LAST'
  | 'to_receivedTotal_DESC'
  | 'to_receivedTotal_DESC_NULLS_FIRST'
  | 'to_receivedTotal_DESC_NULLS_LAST'
  | 'to_transfersIn_ASC'
  | 'to_transfersIn_ASC_NULLS_FIRST'
  | 'to_transfersIn_ASC_NULLS_LAST'
  | 'to_transfersIn_DESC'
  | 'to_transfersIn_DESC_NULLS_FIRST'
  | 'to_transfersIn_DESC_NULLS_LAST'
  | 'to_transfersOut_ASC'
  | 'to_transfersOut_ASC_NULLS_FIRST'
  | 'to_transfersOut_ASC_NULLS_LAST'
  | 'to_transfersOut_DESC'
  | 'to_transfersOut_DESC_NULLS_FIRST'
  | 'to_transfersOut_DESC_NULLS_LAST'
  | 'txHash_ASC'
  | 'txHash_ASC_NULLS_FIRST'
  | 'txHash_ASC_NULLS_LAST'
  | 'txHash_DESC'
  | 'txHash_DESC_NULLS_FIRST'
  | 'txHash_DESC_NULLS_LAST';

export type TransferWhereInput = {
  AND?: InputMaybe<Array<TransferWhereInput>>;
  OR?: InputMaybe<Array<TransferWhereInput>>;
  amount_eq?: InputMaybe<Scalars['BigInt']['input']>;
  amount_gt?: InputMaybe<Scalars['BigInt']['input']>;
  amount_gte?: InputMaybe<Scalars['BigInt']['input']>;
  amount_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  amount_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  amount_lt?: InputMaybe<Scalars['BigInt']['input']>;
  amount_lte?: InputMaybe<Scalars['BigInt']['input']>;
  amount_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  amount_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  blockNumber_eq?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_gt?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_gte?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  blockNumber_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  blockNumber_lt?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_lte?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_not_eq?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  from?: InputMaybe<AccountWhereInput>;
  from_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  id_contains?: InputMaybe<Scalars['String']['input']>;
  id_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_eq?: InputMaybe<Scalars['String']['input']>;
  id_gt?: InputMaybe<Scalars['String']['input']>;
  id_gte?: InputMaybe<Scalars['String']['input']>;
  id_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  id_lt?: InputMaybe<Scalars['String']['input']>;
  id_lte?: InputMaybe<Scalars['String']['input']>;
  id_not_contains?: InputMaybe<Scalars['String']['input']>;
  id_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_not_eq?: InputMaybe<Scalars['String']['input']>;
  id_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_startsWith?: InputMaybe<Scalars['String']['input']>;
  timestamp_eq?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_gt?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_gte?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  timestamp_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  timestamp_lt?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_lte?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  to?: InputMaybe<AccountWhereInput>;
  to_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  txHash_contains?: InputMaybe<Scalars['String']['input']>;
  txHash_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  txHash_endsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_eq?: InputMaybe<Scalars['String']['input']>;
  txHash_gt?: InputMaybe<Scalars['String']['input']>;
  txHash_gte?: InputMaybe<Scalars['String']['input']>;
  txHash_in?: InputMaybe<Array<Scalars['String']['input']>>;
  txHash_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  txHash_lt?: InputMaybe<Scalars['String']['input']>;
  txHash_lte?: InputMaybe<Scalars['String']['input']>;
  txHash_not_contains?: InputMaybe<Scalars['String']['input']>;
  txHash_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  txHash_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_not_eq?: InputMaybe<Scalars['String']['input']>;
  txHash_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  txHash_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_startsWith?: InputMaybe<Scalars['String']['input']>;
};

export type TransfersConnection = {
  __typename?: 'TransfersConnection';
  edges: Array<TransferEdge>;
  pageInfo: PageInfo;
  /** exact when filtered (up to the count cap); unfiltered counts of large tables come from the daily aggregates or the planner's estimate, see the API README */
  totalCount: Scalars['Int']['output'];
};

/** What a call's input names by its first four bytes. */
export type TxMethod = {
  __typename?: 'TxMethod';
  /** the function's name when one of the explorer's ABIs (or a common ERC-20 or WETH call) has the selector */
  name?: Maybe<Scalars['String']['output']>;
  /** 0x and 8 hex digits */
  selector: Scalars['String']['output'];
  signature?: Maybe<Scalars['String']['output']>;
};

/** A batch settlement whose declared leaves are not indexed. */
export type UnexpandedBatch = {
  __typename?: 'UnexpandedBatch';
  attempts: Scalars['Int']['output'];
  batchSize: Scalars['Int']['output'];
  blockNumber: Scalars['Int']['output'];
  id: Scalars['String']['output'];
  kind: SettlementKind;
  status: VerificationStatus;
  statusReason?: Maybe<Scalars['String']['output']>;
  timestamp: Scalars['DateTime']['output'];
};

export type UnexpandedBatches = {
  __typename?: 'UnexpandedBatches';
  /** latest first */
  batches: Array<UnexpandedBatch>;
  /** batches whose leaves are not indexed, so a search cannot find an inference inside them */
  count: Scalars['Int']['output'];
  /** inferences they declare */
  inferences: Scalars['Int']['output'];
  /** the batch the query names (an inference id <txHash>-<logIndex>-<leaf>, or a settlement id), when it is one of them */
  match?: Maybe<UnexpandedBatch>;
};

/** OPG leaving a vesting contract or a distributor: tokens entering circulation. */
export type Unlock = {
  __typename?: 'Unlock';
  /** allocation category id from common/src/tokenomics.ts: ecosystem, foundation, coreContributors, ... */
  allocation: Scalars['String']['output'];
  /** OPG wei */
  amount: Scalars['BigInt']['output'];
  beneficiary: Scalars['String']['output'];
  blockNumber: Scalars['Int']['output'];
  /** txHash-logIndex of the transfer */
  id: Scalars['String']['output'];
  /** vesting contract or distributor */
  source: Scalars['String']['output'];
  sourceKind: Scalars['String']['output'];
  timestamp: Scalars['DateTime']['output'];
  txHash: Scalars['String']['output'];
};

export type UnlockEdge = {
  __typename?: 'UnlockEdge';
  cursor: Scalars['String']['output'];
  node: Unlock;
};

/**
 * An unlock event of the schedule. Linear vesting is continuous, so it is cut into calendar months after
 * the cliff: the event dated date is what unlocks from date until until. A TGE release is an instant.
 */
export type UnlockEvent = {
  __typename?: 'UnlockEvent';
  allocation: Scalars['String']['output'];
  /** OPG wei */
  amount: Scalars['BigInt']['output'];
  /** amount × the price at asOf; null without a price */
  amountUsd?: Maybe<Scalars['BigDecimal']['output']>;
  /** amount ÷ circulating supply at asOf, percent; null when nothing circulates */
  circulatingPercent?: Maybe<Scalars['Float']['output']>;
  /** start of the period (the instant of a TGE release) */
  date: Scalars['DateTime']['output'];
  kind: UnlockEventKind;
  label: Scalars['String']['output'];
  /** amount ÷ total supply, percent */
  supplyPercent: Scalars['Float']['output'];
  /** end of the period; equal to date for a TGE release */
  until: Scalars['DateTime']['output'];
};

export type UnlockEventKind =
  /** the first month of linear unlocks after a cliff */
  | 'CLIFF'
  /** one calendar month of linear unlocks */
  | 'LINEAR'
  /** the TGE share, released at one instant */
  | 'TGE';

export type UnlockOrderByInput =
  | 'allocation_ASC'
  | 'allocation_ASC_NULLS_FIRST'
  | 'allocation_ASC_NULLS_LAST'
  | 'allocation_DESC'
  | 'allocation_DESC_NULLS_FIRST'
  | 'allocation_DESC_NULLS_LAST'
  | 'amount_ASC'
  | 'amount_ASC_NULLS_FIRST'
  | 'amount_ASC_NULLS_LAST'
  | 'amount_DESC'
  | 'amount_DESC_NULLS_FIRST'
  | 'amount_DESC_NULLS_LAST'
  | 'beneficiary_ASC'
  | 'beneficiary_ASC_NULLS_FIRST'
  | 'beneficiary_ASC_NULLS_LAST'
  | 'beneficiary_DESC'
  | 'beneficiary_DESC_NULLS_FIRST'
  | 'beneficiary_DESC_NULLS_LAST'
  | 'blockNumber_ASC'
  | 'blockNumber_ASC_NULLS_FIRST'
  | 'blockNumber_ASC_NULLS_LAST'
  | 'blockNumber_DESC'
  | 'blockNumber_DESC_NULLS_FIRST'
  | 'blockNumber_DESC_NULLS_LAST'
  | 'id_ASC'
  | 'id_ASC_NULLS_FIRST'
  | 'id_ASC_NULLS_LAST'
  | 'id_DESC'
  | 'id_DESC_NULLS_FIRST'
  | 'id_DESC_NULLS_LAST'
  | 'sourceKind_ASC'
  | 'sourceKind_ASC_NULLS_FIRST'
  | 'sourceKind_ASC_NULLS_LAST'
  | 'sourceKind_DESC'
  | 'sourceKind_DESC_NULLS_FIRST'
  | 'sourceKind_DESC_NULLS_LAST'
  | 'source_ASC'
  | 'source_ASC_NULLS_FIRST'
  | 'source_ASC_NULLS_LAST'
  | 'source_DESC'
  | 'source_DESC_NULLS_FIRST'
  | 'source_DESC_NULLS_LAST'
  | 'timestamp_ASC'
  | 'timestamp_ASC_NULLS_FIRST'
  | 'timestamp_ASC_NULLS_LAST'
  | 'timestamp_DESC'
  | 'timestamp_DESC_NULLS_FIRST'
  | 'timestamp_DESC_NULLS_LAST'
  | 'txHash_ASC'
  | 'txHash_ASC_NULLS_FIRST'
  | 'txHash_ASC_NULLS_LAST'
  | 'txHash_DESC'
  | 'txHash_DESC_NULLS_FIRST'
  | 'txHash_DESC_NULLS_LAST';

/**
 * Is usage outrunning the supply schedule? Trailing x402 revenue against the USD value of what the
 * projected schedule unlocks next, at the current price.
 */
export type UnlockPressure = {
  __typename?: 'UnlockPressure';
  /** reference time: the end of the last indexed Base day unless given */
  at: Scalars['DateTime']['output'];
  byAllocation: Array<AllocationUnlock>;
  /** OPG wei unlocking in the first windowDays days after the next cliff */
  cliffWindowOpg?: Maybe<Scalars['BigInt']['output']>;
  /** cliffWindowOpg × priceUsd */
  cliffWindowUsd?: Maybe<Scalars['BigDecimal']['output']>;
  /** revenueUsd / unlockingUsd, with revenue scaled from trailingDays to windowDays (dailyRevenueUsd × windowDays / unlockingUsd): above 1, a window of usage pays for more than a window of unlocks at today's price */
  coverageRatio?: Maybe<Scalars['Float']['output']>;
  /** revenueUsd / trailingDays (the days that were indexed), 0 when none were */
  dailyRevenueUsd: Scalars['BigDecimal']['output'];
  /** cliffWindowUsd / dailyRevenueUsd: days of today's usage that equal the cliff's first window of unlocks */
  daysOfUsageToAbsorbCliff?: Maybe<Scalars['Float']['output']>;
  nextCliff?: Maybe<Cliff>;
  /** close of the last hourly PriceCandle at or before at */
  priceUsd?: Maybe<Scalars['BigDecimal']['output']>;
  /** x402 payment volume in USD over the windowDays days before at (BaseDailyStat.paymentVolumeUsd) */
  revenueUsd: Scalars['BigDecimal']['output'];
  /** indexed days inside the trailing window: windowDays, or fewer when the index starts later (say 'trailing N days' with this N) */
  trailingDays: Scalars['Int']['output'];
  /** OPG wei unlocking in the windowDays days after at, by the projected schedule */
  unlockingOpg: Scalars['BigInt']['output'];
  /** unlockingOpg × priceUsd */
  unlockingUsd?: Maybe<Scalars['BigDecimal']['output']>;
  windowDays: Scalars['Int']['output'];
};

export type UnlockWhereInput = {
  AND?: InputMaybe<Array<UnlockWhereInput>>;
  OR?: InputMaybe<Array<UnlockWhereInput>>;
  allocation_contains?: InputMaybe<Scalars['String']['input']>;
  allocation_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  allocation_endsWith?: InputMaybe<Scalars['String']['input']>;
  allocation_eq?: InputMaybe<Scalars['String']['input']>;
  allocation_gt?: InputMaybe<Scalars['String']['input']>;
  allocation_gte?: InputMaybe<Scalars['String']['input']>;
  allocation_in?: InputMaybe<Array<Scalars['String']['input']>>;
  allocation_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  allocation_lt?: InputMaybe<Scalars['String']['input']>;
  allocation_lte?: InputMaybe<Scalars['String']['input']>;
  allocation_not_contains?: InputMaybe<Scalars['String']['input']>;
  allocation_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  allocation_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  allocation_not_eq?: InputMaybe<Scalars['String']['input']>;
  allocation_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  allocation_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  allocation_startsWith?: InputMaybe<Scalars['String']['input']>;
  amount_eq?: InputMaybe<Scalars['BigInt']['input']>;
  amount_gt?: InputMaybe<Scalars['BigInt']['input']>;
  amount_gte?: InputMaybe<Scalars['BigInt']['input']>;
  amount_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  amount_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  amount_lt?: InputMaybe<Scalars['BigInt']['input']>;
  amount_lte?: InputMaybe<Scalars['BigInt']['input']>;
  amount_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  amount_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  beneficiary_contains?: InputMaybe<Scalars['String']['input']>;
  beneficiary_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  beneficiary_endsWith?: InputMaybe<Scalars['String']['input']>;
  beneficiary_eq?: InputMaybe<Scalars['String']['input']>;
  beneficiary_gt?: InputMaybe<Scalars['String']['input']>;
  beneficiary_gte?: InputMaybe<Scalars['String']['input']>;
  beneficiary_in?: InputMaybe<Array<Scalars['String']['input']>>;
  beneficiary_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  beneficiary_lt?: InputMaybe<Scalars['String']['input']>;
  beneficiary_lte?: InputMaybe<Scalars['String']['input']>;
  beneficiary_not_contains?: InputMaybe<Scalars['String']['input']>;
  beneficiary_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  beneficiary_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  beneficiary_not_eq?: InputMaybe<Scalars['String']['input']>;
  beneficiary_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  beneficiary_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  beneficiary_startsWith?: InputMaybe<Scalars['String']['input']>;
  blockNumber_eq?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_gt?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_gte?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  blockNumber_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  blockNumber_lt?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_lte?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_not_eq?: InputMaybe<Scalars['Int']['input']>;
  blockNumber_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  id_contains?: InputMaybe<Scalars['String']['input']>;
  id_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_eq?: InputMaybe<Scalars['String']['input']>;
  id_gt?: InputMaybe<Scalars['String']['input']>;
  id_gte?: InputMaybe<Scalars['String']['input']>;
  id_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  id_lt?: InputMaybe<Scalars['String']['input']>;
  id_lte?: InputMaybe<Scalars['String']['input']>;
  id_not_contains?: InputMaybe<Scalars['String']['input']>;
  id_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_not_eq?: InputMaybe<Scalars['String']['input']>;
  id_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_startsWith?: InputMaybe<Scalars['String']['input']>;
  sourceKind_contains?: InputMaybe<Scalars['String']['input']>;
  sourceKind_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  sourceKind_endsWith?: InputMaybe<Scalars['String']['input']>;
  sourceKind_eq?: InputMaybe<Scalars['String']['input']>;
  sourceKind_gt?: InputMaybe<Scalars['String']['input']>;
  sourceKind_gte?: InputMaybe<Scalars['String']['input']>;
  sourceKind_in?: InputMaybe<Array<Scalars['String']['input']>>;
  sourceKind_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  sourceKind_lt?: InputMaybe<Scalars['String']['input']>;
  sourceKind_lte?: InputMaybe<Scalars['String']['input']>;
  sourceKind_not_contains?: InputMaybe<Scalars['String']['input']>;
  sourceKind_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  sourceKind_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  sourceKind_not_eq?: InputMaybe<Scalars['String']['input']>;
  sourceKind_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  sourceKind_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  sourceKind_startsWith?: InputMaybe<Scalars['String']['input']>;
  source_contains?: InputMaybe<Scalars['String']['input']>;
  source_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  source_endsWith?: InputMaybe<Scalars['String']['input']>;
  source_eq?: InputMaybe<Scalars['String']['input']>;
  source_gt?: InputMaybe<Scalars['String']['input']>;
  source_gte?: InputMaybe<Scalars['String']['input']>;
  source_in?: InputMaybe<Array<Scalars['String']['input']>>;
  source_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  source_lt?: InputMaybe<Scalars['String']['input']>;
  source_lte?: InputMaybe<Scalars['String']['input']>;
  source_not_contains?: InputMaybe<Scalars['String']['input']>;
  source_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  source_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  source_not_eq?: InputMaybe<Scalars['String']['input']>;
  source_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  source_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  source_startsWith?: InputMaybe<Scalars['String']['input']>;
  timestamp_eq?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_gt?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_gte?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  timestamp_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  timestamp_lt?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_lte?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  timestamp_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  txHash_contains?: InputMaybe<Scalars['String']['input']>;
  txHash_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  txHash_endsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_eq?: InputMaybe<Scalars['String']['input']>;
  txHash_gt?: InputMaybe<Scalars['String']['input']>;
  txHash_gte?: InputMaybe<Scalars['String']['input']>;
  txHash_in?: InputMaybe<Array<Scalars['String']['input']>>;
  txHash_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  txHash_lt?: InputMaybe<Scalars['String']['input']>;
  txHash_lte?: InputMaybe<Scalars['String']['input']>;
  txHash_not_contains?: InputMaybe<Scalars['String']['input']>;
  txHash_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  txHash_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_not_eq?: InputMaybe<Scalars['String']['input']>;
  txHash_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  txHash_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  txHash_startsWith?: InputMaybe<Scalars['String']['input']>;
};

/** Where an unlocked amount comes from. */
export type UnlockedBasis =
  /** summed from indexed on-chain Unlock transfers out of the allocation's vesting contracts and distributors */
  | 'OBSERVED'
  /** the typed schedule at the reference time: the allocation has no indexed unlocks */
  | 'PROJECTED';

export type UnlocksConnection = {
  __typename?: 'UnlocksConnection';
  edges: Array<UnlockEdge>;
  pageInfo: PageInfo;
  /** exact when filtered (up to the count cap); unfiltered counts of large tables come from the daily aggregates or the planner's estimate, see the API README */
  totalCount: Scalars['Int']['output'];
};

export type UsagePeriod = {
  __typename?: 'UsagePeriod';
  /** median of the trailing window; null while fewer than half a window of earlier periods exist */
  baseline?: Maybe<Scalars['Float']['output']>;
  spike: Scalars['Boolean']['output'];
  t: Scalars['DateTime']['output'];
  /** baseline + k × max(madScale × MAD, minSpread) */
  threshold?: Maybe<Scalars['Float']['output']>;
  value: Scalars['Float']['output'];
};

/** A spike and what drove it, counted over the x402 payments of its period. */
export type UsageSpike = {
  __typename?: 'UsageSpike';
  baseline?: Maybe<Scalars['Float']['output']>;
  /** whole days indexed after the period ended: the time its new wallets had to come back */
  daysObservedAfter: Scalars['Int']['output'];
  newWalletPaymentShare?: Maybe<Scalars['Float']['output']>;
  /** payments made by wallets whose first payment ever fell in the period */
  newWalletPayments: Scalars['Int']['output'];
  newWallets: Scalars['Int']['output'];
  /** new wallets with no payment in any later period, up to the indexed head */
  newWalletsNotReturned: Scalars['Int']['output'];
  notReturnedShare?: Maybe<Scalars['Float']['output']>;
  payments: Scalars['Int']['output'];
  t: Scalars['DateTime']['output'];
  threshold?: Maybe<Scalars['Float']['output']>;
  value: Scalars['Float']['output'];
};

export type UsageSpikes = {
  __typename?: 'UsageSpikes';
  from?: Maybe<Scalars['DateTime']['output']>;
  interval: PeriodInterval;
  /** 3: scaled MADs above the median (the Hampel identifier) */
  k: Scalars['Float']['output'];
  /** 1.4826: turns the MAD into a standard-deviation estimate for normal data */
  madScale: Scalars['Float']['output'];
  metric: SpikeMetric;
  /** 1: the spread used when every period of the window had the same count */
  minSpread: Scalars['Float']['output'];
  periods: Array<UsagePeriod>;
  /** the rule in words */
  rule: Scalars['String']['output'];
  source: Scalars['String']['output'];
  spikes: Array<UsageSpike>;
  to?: Maybe<Scalars['DateTime']['output']>;
  /** trailing periods the baseline is the median of */
  window: Scalars['Int']['output'];
};

export type UsageVsPriceDay = {
  __typename?: 'UsageVsPriceDay';
  date: Scalars['DateTime']['output'];
  /** inferences settled (OgDailyStat.inferencesSettled); 0 on a day without a row */
  inferences: Scalars['Int']['output'];
  /** distinct paying wallets (BaseDailyStat.payingWallets) */
  payingWallets: Scalars['Int']['output'];
  /** x402 payments (BaseDailyStat.payments) */
  payments: Scalars['Int']['output'];
  /** close of the daily PriceCandle, carried forward over days without swaps; null before the first swap */
  priceClose?: Maybe<Scalars['BigDecimal']['output']>;
  /** payment volume in USD at payment time (BaseDailyStat.paymentVolumeUsd) */
  revenueUsd: Scalars['BigDecimal']['output'];
};

export type Validator = {
  __typename?: 'Validator';
  commissionChanges: Array<CommissionChange>;
  /** commission rate as a fraction (0.05 = 5%) */
  commissionRate: Scalars['BigDecimal']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBlock: Scalars['Int']['output'];
  delegations: Array<Delegation>;
  delegatorCount: Scalars['Int']['output'];
  delegatorShares: Scalars['BigInt']['output'];
  /** operator address */
  id: Scalars['String']['output'];
  jailCount: Scalars['Int']['output'];
  jailed: Scalars['Boolean']['output'];
  maxCommissionRate?: Maybe<Scalars['BigDecimal']['output']>;
  /** ogwei */
  minSelfDelegation: Scalars['BigInt']['output'];
  moniker?: Maybe<Scalars['String']['output']>;
  /** ogwei delegated by the operator itself */
  selfBond: Scalars['BigInt']['output'];
  slashCount: Scalars['Int']['output'];
  /** block of the last read of the precompile's view */
  stateBlock: Scalars['Int']['output'];
  /** BONDED, UNBONDING, UNBONDED */
  status: Scalars['String']['output'];
  /** ogwei, as the staking precompile reports it */
  tokens: Scalars['BigInt']['output'];
  /** ogwei lost to slashing */
  totalSlashed: Scalars['BigInt']['output'];
};


export type ValidatorCommissionChangesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CommissionChangeOrderByInput>>;
  where?: InputMaybe<CommissionChangeWhereInput>;
};


export type ValidatorDelegationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DelegationOrderByInput>>;
  where?: InputMaybe<DelegationWhereInput>;
};

/** One validator's commission moves against the max change rate. */
export type ValidatorCommissionCheck = {
  __typename?: 'ValidatorCommissionCheck';
  changes: Scalars['Int']['output'];
  /** changes that moved the rate by more than maxChangeRate within 24 h */
  changesOverMax: Scalars['Int']['output'];
  commissionRate: Scalars['Float']['output'];
  exceedsMaxChange: Scalars['Boolean']['output'];
  /** the largest move of the rate within any 24 h, as a fraction (two changes within a day count together) */
  largestDailyChange: Scalars['Float']['output'];
  largestDailyChangeAt?: Maybe<Scalars['DateTime']['output']>;
  /** the commission now is below minRate or above maxRate */
  outsideRange: Scalars['Boolean']['output'];
  validator: Scalars['String']['output'];
};

export type ValidatorEdge = {
  __typename?: 'ValidatorEdge';
  cursor: Scalars['String']['output'];
  node: Validator;
};

export type ValidatorIncidents = {
  __typename?: 'ValidatorIncidents';
  /** newest first */
  incidents: Array<StakingIncident>;
  jailed: Scalars['Boolean']['output'];
  validator: Scalars['String']['output'];
};

export type ValidatorOrderByInput =
  | 'commissionRate_ASC'
  | 'commissionRate_ASC_NULLS_FIRST'
  | 'commissionRate_ASC_NULLS_LAST'
  | 'commissionRate_DESC'
  | 'commissionRate_DESC_NULLS_FIRST'
  | 'commissionRate_DESC_NULLS_LAST'
  | 'createdAt_ASC'
  | 'createdAt_ASC_NULLS_FIRST'
  | 'createdAt_ASC_NULLS_LAST'
  | 'createdAt_DESC'
  | 'createdAt_DESC_NULLS_FIRST'
  | 'createdAt_DESC_NULLS_LAST'
  | 'createdBlock_ASC'
  | 'createdBlock_ASC_NULLS_FIRST'
  | 'createdBlock_ASC_NULLS_LAST'
  | 'createdBlock_DESC'
  | 'createdBlock_DESC_NULLS_FIRST'
  | 'createdBlock_DESC_NULLS_LAST'
  | 'delegatorCount_ASC'
  | 'delegatorCount_ASC_NULLS_FIRST'
  | 'delegatorCount_ASC_NULLS_LAST'
  | 'delegatorCount_DESC'
  | 'delegatorCount_DESC_NULLS_FIRST'
  | 'delegatorCount_DESC_NULLS_LAST'
  | 'delegatorShares_ASC'
  | 'delegatorShares_ASC_NULLS_FIRST'
  | 'delegatorShares_ASC_NULLS_LAST'
  | 'delegatorShares_DESC'
  | 'delegatorShares_DESC_NULLS_FIRST'
  | 'delegatorShares_DESC_NULLS_LAST'
  | 'id_ASC'
  | 'id_ASC_NULLS_FIRST'
  | 'id_ASC_NULLS_LAST'
  | 'id_DESC'
  | 'id_DESC_NULLS_FIRST'
  | 'id_DESC_NULLS_LAST'
  | 'jailCount_ASC'
  | 'jailCount_ASC_NULLS_FIRST'
  | 'jailCount_ASC_NULLS_LAST'
  | 'jailCount_DESC'
  | 'jailCount_DESC_NULLS_FIRST'
  | 'jailCount_DESC_NULLS_LAST'
  | 'jailed_ASC'
  | 'jailed_ASC_NULLS_FIRST'
  | 'jailed_ASC_NULLS_LAST'
  | 'jailed_DESC'
  | 'jailed_DESC_NULLS_FIRST'
  | 'jailed_DESC_NULLS_LAST'
  | 'maxCommissionRate_ASC'
  | 'maxCommissionRate_ASC_NULLS_FIRST'
  | 'maxCommissionRate_ASC_NULLS_LAST'
  | 'maxCommissionRate_DESC'
  | 'maxCommissionRate_DESC_NULLS_FIRST'
  | 'maxCommissionRate_DESC_NULLS_LAST'
  | 'minSelfDelegation_ASC'
  | 'minSelfDelegation_ASC_NULLS_FIRST'
  | 'minSelfDelegation_ASC_NULLS_LAST'
  | 'minSelfDelegation_DESC'
  | 'minSelfDelegation_DESC_NULLS_FIRST'
  | 'minSelfDelegation_DESC_NULLS_LAST'
  | 'moniker_ASC'
  | 'moniker_ASC_NULLS_FIRST'
  | 'moniker_ASC_NULLS_LAST'
  | 'moniker_DESC'
  | 'moniker_DESC_NULLS_FIRST'
  | 'moniker_DESC_NULLS_LAST'
  | 'selfBond_ASC'
  | 'selfBond_ASC_NULLS_FIRST'
  | 'selfBond_ASC_NULLS_LAST'
  | 'selfBond_DESC'
  | 'selfBond_DESC_NULLS_FIRST'
  | 'selfBond_DESC_NULLS_LAST'
  | 'slashCount_ASC'
  | 'slashCount_ASC_NULLS_FIRST'
  | 'slashCount_ASC_NULLS_LAST'
  | 'slashCount_DESC'
  | 'slashCount_DESC_NULLS_FIRST'
  | 'slashCount_DESC_NULLS_LAST'
  | 'stateBlock_ASC'
  | 'stateBlock_ASC_NULLS_FIRST'
  | 'stateBlock_ASC_NULLS_LAST'
  | 'stateBlock_DESC'
  | 'stateBlock_DESC_NULLS_FIRST'
  | 'stateBlock_DESC_NULLS_LAST'
  | 'status_ASC'
  | 'status_ASC_NULLS_FIRST'
  | 'status_ASC_NULLS_LAST'
  | 'status_DESC'
  | 'status_DESC_NULLS_FIRST'
  | 'status_DESC_NULLS_LAST'
  | 'tokens_ASC'
  | 'tokens_ASC_NULLS_FIRST'
  | 'tokens_ASC_NULLS_LAST'
  | 'tokens_DESC'
  | 'tokens_DESC_NULLS_FIRST'
  | 'tokens_DESC_NULLS_LAST'
  | 'totalSlashed_ASC'
  | 'totalSlashed_ASC_NULLS_FIRST'
  | 'totalSlashed_ASC_NULLS_LAST'
  | 'totalSlashed_DESC'
  | 'totalSlashed_DESC_NULLS_FIRST'
  | 'totalSlashed_DESC_NULLS_LAST';

export type ValidatorRanking = {
  __typename?: 'ValidatorRanking';
  /** the reference time: the end of the last indexed OG day */
  asOf: Scalars['DateTime']['output'];
  /** gross reward per staked token per year, before commission, from withdrawn rewards */
  grossRewardYield: Scalars['Float']['output'];
  /** stake-weighted mean commission now (the prior of a young validator's commission) */
  networkCommissionRate: Scalars['Float']['output'];
  /** recency-weighted commission rise per validator-year across the network */
  networkCommissionRiseRate: Scalars['Float']['output'];
  /** slashes per validator-year across the network (the prior in the expected loss) */
  networkSlashRate: Scalars['Float']['output'];
  /** the mean record risk: the score assumed for a validator with no record */
  priorRisk: Scalars['Float']['output'];
  /** years of network history a validator's record is weighed against */
  priorYears: Scalars['Float']['output'];
  /** indexed days the reward yield was observed over (at most 365) */
  rewardWindowDays: Scalars['Int']['output'];
  slashFraction: Scalars['Float']['output'];
  /** ogwei across all validators */
  totalStake: Scalars['BigInt']['output'];
  validators: Array<ValidatorRisk>;
  weights: RiskComponents;
};

export type ValidatorRankingOrder =
  | 'COMMISSION_ASC'
  | 'EXPECTED_LOSS_ASC'
  /** expected reward − expected loss per 1,000 OPG, highest first */
  | 'NET_DESC'
  | 'RISK_ASC'
  | 'RISK_DESC'
  | 'STAKE_DESC';

/**
 * One validator seen from a delegator's side. The default order is by net, highest first.
 *
 * Net per 1,000 OPG over the next year = expected reward − expected loss.
 *
 * Expected reward per 1,000 OPG = 1000 × grossRewardYield × (1 − expectedCommission), 0 while jailed
 * or not bonded. grossRewardYield (on ValidatorRanking) = Σ withdrawn delegator rewards ÷ (1 − the
 * validator's commission when withdrawn) ÷ Σ daily total stake / 365.25, over the last 365 days (or
 * rewardWindowDays when shorter). expectedCommission = min(max rate, start + riseRate / 2) with
 * start = max(commission, confidence × commission + (1 − confidence) × networkCommissionRate) (a low rate
 * with little record behind it is a launch price) and riseRate = (commissionTrend.weightedRise +
 * priorYears × networkCommissionRiseRate) / (ageYears + priorYears).
 *
 * Expected loss per 1,000 OPG delegated over the next year = 1000 × P × slashFraction, where
 * P = 1 − e^(−λ), λ = (slashCount + 1 × networkSlashRate) / (ageYears + 1) (the network's slashes per
 * validator-year as a one-year prior), and slashFraction = the mean share of stake a slash took on this
 * network (totalSlashed / (stake + totalSlashed) / slashCount over slashed validators; 0.05 if none).
 *
 * Risk score of the record alone, recordRisk (0 = no observed risk, 100 = worst) = 100 × (0.3 × slashing + 0.2 × jailing
 * + 0.2 × downtime + 0.1 × commission + 0.1 × selfBond + 0.1 × concentration),
 * each component in [0, 1] as described on RiskComponents. Risk = confidence × recordRisk + (1 − confidence)
 * × priorRisk, confidence = ageYears / (ageYears + 1): a short record is shrunk toward the network's mean.
 */
export type ValidatorRisk = {
  __typename?: 'ValidatorRisk';
  ageYears: Scalars['Float']['output'];
  annualSlashProbability: Scalars['Float']['output'];
  /** every change, newest first */
  commissionChanges: Array<CommissionChange>;
  /** sum of commission increases in the 90 days before asOf, as a fraction */
  commissionIncrease90d: Scalars['Float']['output'];
  commissionRate: Scalars['BigDecimal']['output'];
  /** every commission change summed up: from, to, rises, the highest rate and the largest rise */
  commissionTrend: CommissionTrend;
  components: RiskComponents;
  /** ageYears / (ageYears + priorYears): the share of the risk score that rests on this validator's own record */
  confidence: Scalars['Float']['output'];
  delegatorCount: Scalars['Int']['output'];
  /** false while jailed or not bonded: such a validator earns its delegators nothing */
  earning: Scalars['Boolean']['output'];
  /** the commission to expect on average over the next year (see the formula above) */
  expectedCommission: Scalars['Float']['output'];
  /** OPG */
  expectedLossPer1000: Scalars['Float']['output'];
  /** OPG after commission over the next year */
  expectedRewardPer1000: Scalars['Float']['output'];
  /** ogwei delegated (DELEGATE, REDELEGATE in) in the 30 days before asOf */
  inflow30d: Scalars['BigInt']['output'];
  jailCount: Scalars['Int']['output'];
  jailed: Scalars['Boolean']['output'];
  maxCommissionRate?: Maybe<Scalars['BigDecimal']['output']>;
  /** inflow30d − outflow30d */
  netFlow30d: Scalars['BigInt']['output'];
  /** expectedRewardPer1000 − expectedLossPer1000, OPG */
  netPer1000: Scalars['Float']['output'];
  /** ogwei leaving (UNBOND, REDELEGATE out) in the 30 days before asOf */
  outflow30d: Scalars['BigInt']['output'];
  rank: Scalars['Int']['output'];
  /** why this row ranks above validators with a lower expected loss; null when the rank and the loss agree */
  rankNote?: Maybe<Scalars['String']['output']>;
  /** the score of the record alone, before shrinking toward priorRisk */
  recordRisk: Scalars['Float']['output'];
  /** confidence × recordRisk + (1 − confidence) × priorRisk */
  risk: Scalars['Float']['output'];
  /** ogwei */
  selfBond: Scalars['BigInt']['output'];
  /** selfBond / stake */
  selfBondShare: Scalars['Float']['output'];
  /** SLASH, JAIL and UNJAIL events, newest first */
  slashAndJailHistory: Array<StakingEvent>;
  slashCount: Scalars['Int']['output'];
  slashFraction: Scalars['Float']['output'];
  /** ogwei (Validator.tokens) */
  stake: Scalars['BigInt']['output'];
  /** stake / total stake of all validators */
  stakeShare: Scalars['Float']['output'];
  teeNodes: Array<TeeNode>;
  /** mean uptime of the TEE nodes linked to this operator, null when none */
  teeUptime?: Maybe<Scalars['Float']['output']>;
  /** ogwei lost to slashing */
  totalSlashed: Scalars['BigInt']['output'];
  validator: Validator;
};

export type ValidatorWhereInput = {
  AND?: InputMaybe<Array<ValidatorWhereInput>>;
  OR?: InputMaybe<Array<ValidatorWhereInput>>;
  commissionChanges_every?: InputMaybe<CommissionChangeWhereInput>;
  commissionChanges_none?: InputMaybe<CommissionChangeWhereInput>;
  commissionChanges_some?: InputMaybe<CommissionChangeWhereInput>;
  commissionRate_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  commissionRate_gt?: InputMaybe<Scalars['BigDecimal']['input']>;
  commissionRate_gte?: InputMaybe<Scalars['BigDecimal']['input']>;
  commissionRate_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  commissionRate_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  commissionRate_lt?: InputMaybe<Scalars['BigDecimal']['input']>;
  commissionRate_lte?: InputMaybe<Scalars['BigDecimal']['input']>;
  commissionRate_not_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  commissionRate_not_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  createdAt_eq?: InputMaybe<Scalars['DateTime']['input']>;
  createdAt_gt?: InputMaybe<Scalars['DateTime']['input']>;
  createdAt_gte?: InputMaybe<Scalars['DateTime']['input']>;
  createdAt_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  createdAt_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  createdAt_lt?: InputMaybe<Scalars['DateTime']['input']>;
  createdAt_lte?: InputMaybe<Scalars['DateTime']['input']>;
  createdAt_not_eq?: InputMaybe<Scalars['DateTime']['input']>;
  createdAt_not_in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  createdBlock_eq?: InputMaybe<Scalars['Int']['input']>;
  createdBlock_gt?: InputMaybe<Scalars['Int']['input']>;
  createdBlock_gte?: InputMaybe<Scalars['Int']['input']>;
  createdBlock_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  createdBlock_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  createdBlock_lt?: InputMaybe<Scalars['Int']['input']>;
  createdBlock_lte?: InputMaybe<Scalars['Int']['input']>;
  createdBlock_not_eq?: InputMaybe<Scalars['Int']['input']>;
  createdBlock_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  delegations_every?: InputMaybe<DelegationWhereInput>;
  delegations_none?: InputMaybe<DelegationWhereInput>;
  delegations_some?: InputMaybe<DelegationWhereInput>;
  delegatorCount_eq?: InputMaybe<Scalars['Int']['input']>;
  delegatorCount_gt?: InputMaybe<Scalars['Int']['input']>;
  delegatorCount_gte?: InputMaybe<Scalars['Int']['input']>;
  delegatorCount_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  delegatorCount_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  delegatorCount_lt?: InputMaybe<Scalars['Int']['input']>;
  delegatorCount_lte?: InputMaybe<Scalars['Int']['input']>;
  delegatorCount_not_eq?: InputMaybe<Scalars['Int']['input']>;
  delegatorCount_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  delegatorShares_eq?: InputMaybe<Scalars['BigInt']['input']>;
  delegatorShares_gt?: InputMaybe<Scalars['BigInt']['input']>;
  delegatorShares_gte?: InputMaybe<Scalars['BigInt']['input']>;
  delegatorShares_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  delegatorShares_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  delegatorShares_lt?: InputMaybe<Scalars['BigInt']['input']>;
  delegatorShares_lte?: InputMaybe<Scalars['BigInt']['input']>;
  delegatorShares_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  delegatorShares_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  id_contains?: InputMaybe<Scalars['String']['input']>;
  id_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_eq?: InputMaybe<Scalars['String']['input']>;
  id_gt?: InputMaybe<Scalars['String']['input']>;
  id_gte?: InputMaybe<Scalars['String']['input']>;
  id_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  id_lt?: InputMaybe<Scalars['String']['input']>;
  id_lte?: InputMaybe<Scalars['String']['input']>;
  id_not_contains?: InputMaybe<Scalars['String']['input']>;
  id_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  id_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  id_not_eq?: InputMaybe<Scalars['String']['input']>;
  id_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  id_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  id_startsWith?: InputMaybe<Scalars['String']['input']>;
  jailCount_eq?: InputMaybe<Scalars['Int']['input']>;
  jailCount_gt?: InputMaybe<Scalars['Int']['input']>;
  jailCount_gte?: InputMaybe<Scalars['Int']['input']>;
  jailCount_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  jailCount_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  jailCount_lt?: InputMaybe<Scalars['Int']['input']>;
  jailCount_lte?: InputMaybe<Scalars['Int']['input']>;
  jailCount_not_eq?: InputMaybe<Scalars['Int']['input']>;
  jailCount_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  jailed_eq?: InputMaybe<Scalars['Boolean']['input']>;
  jailed_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  jailed_not_eq?: InputMaybe<Scalars['Boolean']['input']>;
  maxCommissionRate_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  maxCommissionRate_gt?: InputMaybe<Scalars['BigDecimal']['input']>;
  maxCommissionRate_gte?: InputMaybe<Scalars['BigDecimal']['input']>;
  maxCommissionRate_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  maxCommissionRate_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  maxCommissionRate_lt?: InputMaybe<Scalars['BigDecimal']['input']>;
  maxCommissionRate_lte?: InputMaybe<Scalars['BigDecimal']['input']>;
  maxCommissionRate_not_eq?: InputMaybe<Scalars['BigDecimal']['input']>;
  maxCommissionRate_not_in?: InputMaybe<Array<Scalars['BigDecimal']['input']>>;
  minSelfDelegation_eq?: InputMaybe<Scalars['BigInt']['input']>;
  minSelfDelegation_gt?: InputMaybe<Scalars['BigInt']['input']>;
  minSelfDelegation_gte?: InputMaybe<Scalars['BigInt']['input']>;
  minSelfDelegation_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  minSelfDelegation_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  minSelfDelegation_lt?: InputMaybe<Scalars['BigInt']['input']>;
  minSelfDelegation_lte?: InputMaybe<Scalars['BigInt']['input']>;
  minSelfDelegation_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  minSelfDelegation_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  moniker_contains?: InputMaybe<Scalars['String']['input']>;
  moniker_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  moniker_endsWith?: InputMaybe<Scalars['String']['input']>;
  moniker_eq?: InputMaybe<Scalars['String']['input']>;
  moniker_gt?: InputMaybe<Scalars['String']['input']>;
  moniker_gte?: InputMaybe<Scalars['String']['input']>;
  moniker_in?: InputMaybe<Array<Scalars['String']['input']>>;
  moniker_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  moniker_lt?: InputMaybe<Scalars['String']['input']>;
  moniker_lte?: InputMaybe<Scalars['String']['input']>;
  moniker_not_contains?: InputMaybe<Scalars['String']['input']>;
  moniker_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  moniker_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  moniker_not_eq?: InputMaybe<Scalars['String']['input']>;
  moniker_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  moniker_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  moniker_startsWith?: InputMaybe<Scalars['String']['input']>;
  selfBond_eq?: InputMaybe<Scalars['BigInt']['input']>;
  selfBond_gt?: InputMaybe<Scalars['BigInt']['input']>;
  selfBond_gte?: InputMaybe<Scalars['BigInt']['input']>;
  selfBond_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  selfBond_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  selfBond_lt?: InputMaybe<Scalars['BigInt']['input']>;
  selfBond_lte?: InputMaybe<Scalars['BigInt']['input']>;
  selfBond_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  selfBond_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  slashCount_eq?: InputMaybe<Scalars['Int']['input']>;
  slashCount_gt?: InputMaybe<Scalars['Int']['input']>;
  slashCount_gte?: InputMaybe<Scalars['Int']['input']>;
  slashCount_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  slashCount_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  slashCount_lt?: InputMaybe<Scalars['Int']['input']>;
  slashCount_lte?: InputMaybe<Scalars['Int']['input']>;
  slashCount_not_eq?: InputMaybe<Scalars['Int']['input']>;
  slashCount_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  stateBlock_eq?: InputMaybe<Scalars['Int']['input']>;
  stateBlock_gt?: InputMaybe<Scalars['Int']['input']>;
  stateBlock_gte?: InputMaybe<Scalars['Int']['input']>;
  stateBlock_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  stateBlock_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  stateBlock_lt?: InputMaybe<Scalars['Int']['input']>;
  stateBlock_lte?: InputMaybe<Scalars['Int']['input']>;
  stateBlock_not_eq?: InputMaybe<Scalars['Int']['input']>;
  stateBlock_not_in?: InputMaybe<Array<Scalars['Int']['input']>>;
  status_contains?: InputMaybe<Scalars['String']['input']>;
  status_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  status_endsWith?: InputMaybe<Scalars['String']['input']>;
  status_eq?: InputMaybe<Scalars['String']['input']>;
  status_gt?: InputMaybe<Scalars['String']['input']>;
  status_gte?: InputMaybe<Scalars['String']['input']>;
  status_in?: InputMaybe<Array<Scalars['String']['input']>>;
  status_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  status_lt?: InputMaybe<Scalars['String']['input']>;
  status_lte?: InputMaybe<Scalars['String']['input']>;
  status_not_contains?: InputMaybe<Scalars['String']['input']>;
  status_not_containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  status_not_endsWith?: InputMaybe<Scalars['String']['input']>;
  status_not_eq?: InputMaybe<Scalars['String']['input']>;
  status_not_in?: InputMaybe<Array<Scalars['String']['input']>>;
  status_not_startsWith?: InputMaybe<Scalars['String']['input']>;
  status_startsWith?: InputMaybe<Scalars['String']['input']>;
  tokens_eq?: InputMaybe<Scalars['BigInt']['input']>;
  tokens_gt?: InputMaybe<Scalars['BigInt']['input']>;
  tokens_gte?: InputMaybe<Scalars['BigInt']['input']>;
  tokens_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  tokens_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  tokens_lt?: InputMaybe<Scalars['BigInt']['input']>;
  tokens_lte?: InputMaybe<Scalars['BigInt']['input']>;
  tokens_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  tokens_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  totalSlashed_eq?: InputMaybe<Scalars['BigInt']['input']>;
  totalSlashed_gt?: InputMaybe<Scalars['BigInt']['input']>;
  totalSlashed_gte?: InputMaybe<Scalars['BigInt']['input']>;
  totalSlashed_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  totalSlashed_isNull?: InputMaybe<Scalars['Boolean']['input']>;
  totalSlashed_lt?: InputMaybe<Scalars['BigInt']['input']>;
  totalSlashed_lte?: InputMaybe<Scalars['BigInt']['input']>;
  totalSlashed_not_eq?: InputMaybe<Scalars['BigInt']['input']>;
  totalSlashed_not_in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
};

export type ValidatorsConnection = {
  __typename?: 'ValidatorsConnection';
  edges: Array<ValidatorEdge>;
  pageInfo: PageInfo;
  /** exact when filtered (up to the count cap); unfiltered counts of large tables come from the daily aggregates or the planner's estimate, see the API README */
  totalCount: Scalars['Int']['output'];
};

export type VerificationStatus =
  /** the blob is past its Walrus storage period (or the aggregator answers 503 BLOB_UNAVAILABLE): not evidence of a bad proof, excluded from failure rates */
  | 'EXPIRED'
  /** the blob is corrupt: wrong root, malformed, or it contradicts the event */
  | 'INVALID'
  /** the blob could not be fetched after every retry */
  | 'MISSING'
  /** the payload rebuilt the root but at least one TEE signature failed */
  | 'PARTIAL'
  /** waiting for the blob (retried with backoff) */
  | 'PENDING'
  /** nothing was published to verify (legacy kinds, hub inferences), or the TEE's key could not be read (reason key-unknown) */
  | 'UNVERIFIABLE'
  /** the blob rebuilt the on-chain root (batch) or matched the event (individual) and every signature verified */
  | 'VERIFIED';

export type VestingRelease = {
  __typename?: 'VestingRelease';
  /** OPG wei */
  amount: Scalars['BigInt']['output'];
  date: Scalars['DateTime']['output'];
  kind: UnlockEventKind;
  until: Scalars['DateTime']['output'];
};

/** A vesting contract's or distributor's schedule (its allocation's, scaled to what it holds) and its releases. */
export type VestingSchedule = {
  __typename?: 'VestingSchedule';
  address: Scalars['String']['output'];
  allocation: Scalars['String']['output'];
  /** UNLOCKS: from its Unlock rows; LABEL: from its account label (no release yet) */
  allocationFrom: Scalars['String']['output'];
  allocationLabel: Scalars['String']['output'];
  asOf: Scalars['DateTime']['output'];
  /** the one beneficiary of its releases; null when there are none or several */
  beneficiary?: Maybe<Scalars['String']['output']>;
  beneficiaryCount: Scalars['Int']['output'];
  cliffDate?: Maybe<Scalars['DateTime']['output']>;
  cliffMonths: Scalars['Int']['output'];
  /** length of the linear part, days */
  durationDays: Scalars['Float']['output'];
  firstRelease?: Maybe<Scalars['DateTime']['output']>;
  /** released + remaining, OPG wei: what the contract was given */
  holdings: Scalars['BigInt']['output'];
  /** holdings ÷ the allocation's total, percent */
  holdingsPercentOfAllocation?: Maybe<Scalars['Float']['output']>;
  kind: AllocationKind;
  label?: Maybe<Scalars['String']['output']>;
  lastRelease?: Maybe<Scalars['DateTime']['output']>;
  /** the schedule's next event after asOf, scaled to holdings */
  nextRelease?: Maybe<VestingRelease>;
  /** scheduledReleased − released, never below 0: vested but not yet released (or claimed) */
  releasableNow: Scalars['BigInt']['output'];
  /** sum of its Unlock rows, OPG wei */
  released: Scalars['BigInt']['output'];
  /** its Unlock rows */
  releases: Scalars['Int']['output'];
  /** its OPG balance, OPG wei */
  remaining: Scalars['BigInt']['output'];
  /** what the schedule has vested by asOf, scaled to holdings, OPG wei */
  scheduledReleased: Scalars['BigInt']['output'];
  /** vesting or distributor */
  sourceKind: Scalars['String']['output'];
  start: Scalars['DateTime']['output'];
  tgePercent: Scalars['Float']['output'];
  /** up to 5 beneficiaries, most received first */
  topBeneficiaries: Array<Scalars['String']['output']>;
  vestingEnd?: Maybe<Scalars['DateTime']['output']>;
  vestingMonths: Scalars['Int']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Account: ResolverTypeWrapper<Row>;
  AccountEdge: ResolverTypeWrapper<Omit<AccountEdge, 'node'> & { node: ResolversTypes['Account'] }>;
  AccountFunding: ResolverTypeWrapper<AccountFunding>;
  AccountKind: ResolverTypeWrapper<AccountKind>;
  AccountOrderByInput: AccountOrderByInput;
  AccountUsage: ResolverTypeWrapper<AccountUsage>;
  AccountWhereInput: AccountWhereInput;
  AccountsConnection: ResolverTypeWrapper<Omit<AccountsConnection, 'edges'> & { edges: Array<ResolversTypes['AccountEdge']> }>;
  AddressKind: AddressKind;
  AddressOnChain: ResolverTypeWrapper<AddressOnChain>;
  AllocationDailyUnlock: ResolverTypeWrapper<Row>;
  AllocationDailyUnlockEdge: ResolverTypeWrapper<Omit<AllocationDailyUnlockEdge, 'node'> & { node: ResolversTypes['AllocationDailyUnlock'] }>;
  AllocationDailyUnlockOrderByInput: AllocationDailyUnlockOrderByInput;
  AllocationDailyUnlockWhereInput: AllocationDailyUnlockWhereInput;
  AllocationDailyUnlocksConnection: ResolverTypeWrapper<Omit<AllocationDailyUnlocksConnection, 'edges'> & { edges: Array<ResolversTypes['AllocationDailyUnlockEdge']> }>;
  AllocationKind: AllocationKind;
  AllocationRow: ResolverTypeWrapper<AllocationRow>;
  AllocationSupply: ResolverTypeWrapper<AllocationSupply>;
  AllocationUnlock: ResolverTypeWrapper<AllocationUnlock>;
  Allocations: ResolverTypeWrapper<Allocations>;
  BaseDailyStat: ResolverTypeWrapper<Row>;
  BaseDailyStatEdge: ResolverTypeWrapper<Omit<BaseDailyStatEdge, 'node'> & { node: ResolversTypes['BaseDailyStat'] }>;
  BaseDailyStatOrderByInput: BaseDailyStatOrderByInput;
  BaseDailyStatWhereInput: BaseDailyStatWhereInput;
  BaseDailyStatsConnection: ResolverTypeWrapper<Omit<BaseDailyStatsConnection, 'edges'> & { edges: Array<ResolversTypes['BaseDailyStatEdge']> }>;
  BaseHourlyStat: ResolverTypeWrapper<Row>;
  BaseHourlyStatEdge: ResolverTypeWrapper<Omit<BaseHourlyStatEdge, 'node'> & { node: ResolversTypes['BaseHourlyStat'] }>;
  BaseHourlyStatOrderByInput: BaseHourlyStatOrderByInput;
  BaseHourlyStatWhereInput: BaseHourlyStatWhereInput;
  BaseHourlyStatsConnection: ResolverTypeWrapper<Omit<BaseHourlyStatsConnection, 'edges'> & { edges: Array<ResolversTypes['BaseHourlyStatEdge']> }>;
  BigDecimal: ResolverTypeWrapper<Scalars['BigDecimal']['output']>;
  BigInt: ResolverTypeWrapper<Scalars['BigInt']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Bytes: ResolverTypeWrapper<Scalars['Bytes']['output']>;
  CandleInterval: CandleInterval;
  ChainBlock: ResolverTypeWrapper<ChainBlock>;
  ChainBlockSummary: ResolverTypeWrapper<ChainBlockSummary>;
  ChainHead: ResolverTypeWrapper<ChainHead>;
  ChainLog: ResolverTypeWrapper<ChainLog>;
  ChainName: ChainName;
  ChainTransaction: ResolverTypeWrapper<ChainTransaction>;
  ChainTxStatus: ChainTxStatus;
  ChainTxSummary: ResolverTypeWrapper<ChainTxSummary>;
  CirculatingPoint: ResolverTypeWrapper<CirculatingPoint>;
  Cliff: ResolverTypeWrapper<Cliff>;
  CohortRetention: ResolverTypeWrapper<CohortRetention>;
  CommissionChange: ResolverTypeWrapper<Row>;
  CommissionChangeEdge: ResolverTypeWrapper<Omit<CommissionChangeEdge, 'node'> & { node: ResolversTypes['CommissionChange'] }>;
  CommissionChangeOrderByInput: CommissionChangeOrderByInput;
  CommissionChangeWhereInput: CommissionChangeWhereInput;
  CommissionChangesConnection: ResolverTypeWrapper<Omit<CommissionChangesConnection, 'edges'> & { edges: Array<ResolversTypes['CommissionChangeEdge']> }>;
  CommissionLimits: ResolverTypeWrapper<CommissionLimits>;
  CommissionTrend: ResolverTypeWrapper<CommissionTrend>;
  CoverageGrouping: CoverageGrouping;
  DailyPayer: ResolverTypeWrapper<Row>;
  DailyPayerEdge: ResolverTypeWrapper<Omit<DailyPayerEdge, 'node'> & { node: ResolversTypes['DailyPayer'] }>;
  DailyPayerOrderByInput: DailyPayerOrderByInput;
  DailyPayerWhereInput: DailyPayerWhereInput;
  DailyPayersConnection: ResolverTypeWrapper<Omit<DailyPayersConnection, 'edges'> & { edges: Array<ResolversTypes['DailyPayerEdge']> }>;
  DailyStat: ResolverTypeWrapper<Row>;
  DailyStatEdge: ResolverTypeWrapper<Omit<DailyStatEdge, 'node'> & { node: ResolversTypes['DailyStat'] }>;
  DailyStatOrderByInput: DailyStatOrderByInput;
  DailyStatWhereInput: DailyStatWhereInput;
  DailyStatsConnection: ResolverTypeWrapper<Omit<DailyStatsConnection, 'edges'> & { edges: Array<ResolversTypes['DailyStatEdge']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecodedLogArg: ResolverTypeWrapper<DecodedLogArg>;
  Delegation: ResolverTypeWrapper<Row>;
  DelegationEdge: ResolverTypeWrapper<Omit<DelegationEdge, 'node'> & { node: ResolversTypes['Delegation'] }>;
  DelegationOrderByInput: DelegationOrderByInput;
  DelegationWhereInput: DelegationWhereInput;
  DelegationsConnection: ResolverTypeWrapper<Omit<DelegationsConnection, 'edges'> & { edges: Array<ResolversTypes['DelegationEdge']> }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GapFill: GapFill;
  Heartbeat: ResolverTypeWrapper<Row>;
  HeartbeatEdge: ResolverTypeWrapper<Omit<HeartbeatEdge, 'node'> & { node: ResolversTypes['Heartbeat'] }>;
  HeartbeatOrderByInput: HeartbeatOrderByInput;
  HeartbeatWhereInput: HeartbeatWhereInput;
  HeartbeatsConnection: ResolverTypeWrapper<Omit<HeartbeatsConnection, 'edges'> & { edges: Array<ResolversTypes['HeartbeatEdge']> }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IndexingIssue: ResolverTypeWrapper<Row>;
  IndexingIssueEdge: ResolverTypeWrapper<Omit<IndexingIssueEdge, 'node'> & { node: ResolversTypes['IndexingIssue'] }>;
  IndexingIssueOrderByInput: IndexingIssueOrderByInput;
  IndexingIssueWhereInput: IndexingIssueWhereInput;
  IndexingIssuesConnection: ResolverTypeWrapper<Omit<IndexingIssuesConnection, 'edges'> & { edges: Array<ResolversTypes['IndexingIssueEdge']> }>;
  Inference: ResolverTypeWrapper<Row>;
  InferenceDailyGroup: ResolverTypeWrapper<Row>;
  InferenceDailyGroupEdge: ResolverTypeWrapper<Omit<InferenceDailyGroupEdge, 'node'> & { node: ResolversTypes['InferenceDailyGroup'] }>;
  InferenceDailyGroupOrderByInput: InferenceDailyGroupOrderByInput;
  InferenceDailyGroupWhereInput: InferenceDailyGroupWhereInput;
  InferenceDailyGroupsConnection: ResolverTypeWrapper<Omit<InferenceDailyGroupsConnection, 'edges'> & { edges: Array<ResolversTypes['InferenceDailyGroupEdge']> }>;
  InferenceEdge: ResolverTypeWrapper<Omit<InferenceEdge, 'node'> & { node: ResolversTypes['Inference'] }>;
  InferenceMode: InferenceMode;
  InferenceOrderByInput: InferenceOrderByInput;
  InferenceProof: ResolverTypeWrapper<InferenceProof>;
  InferenceWhereInput: InferenceWhereInput;
  InferencesConnection: ResolverTypeWrapper<Omit<InferencesConnection, 'edges'> & { edges: Array<ResolversTypes['InferenceEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LatestBlocks: ResolverTypeWrapper<LatestBlocks>;
  LatestTransactions: ResolverTypeWrapper<LatestTransactions>;
  LiveEvent: ResolverTypeWrapper<LiveEvent>;
  LiveHead: ResolverTypeWrapper<LiveHead>;
  LiveHeads: ResolverTypeWrapper<LiveHeads>;
  LivePayment: ResolverTypeWrapper<LivePayment>;
  LiveSettlement: ResolverTypeWrapper<LiveSettlement>;
  MetricKind: MetricKind;
  NextUnlock: ResolverTypeWrapper<NextUnlock>;
  OgDailyStat: ResolverTypeWrapper<Row>;
  OgDailyStatEdge: ResolverTypeWrapper<Omit<OgDailyStatEdge, 'node'> & { node: ResolversTypes['OgDailyStat'] }>;
  OgDailyStatOrderByInput: OgDailyStatOrderByInput;
  OgDailyStatWhereInput: OgDailyStatWhereInput;
  OgDailyStatsConnection: ResolverTypeWrapper<Omit<OgDailyStatsConnection, 'edges'> & { edges: Array<ResolversTypes['OgDailyStatEdge']> }>;
  OgHourlyStat: ResolverTypeWrapper<Row>;
  OgHourlyStatEdge: ResolverTypeWrapper<Omit<OgHourlyStatEdge, 'node'> & { node: ResolversTypes['OgHourlyStat'] }>;
  OgHourlyStatOrderByInput: OgHourlyStatOrderByInput;
  OgHourlyStatWhereInput: OgHourlyStatWhereInput;
  OgHourlyStatsConnection: ResolverTypeWrapper<Omit<OgHourlyStatsConnection, 'edges'> & { edges: Array<ResolversTypes['OgHourlyStatEdge']> }>;
  OpgToken: ResolverTypeWrapper<OpgToken>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PayerCohort: ResolverTypeWrapper<PayerCohort>;
  PayerCohorts: ResolverTypeWrapper<PayerCohorts>;
  PayerConcentration: ResolverTypeWrapper<PayerConcentration>;
  PayerConcentrationPeriod: ResolverTypeWrapper<PayerConcentrationPeriod>;
  PayerPeriod: ResolverTypeWrapper<PayerPeriod>;
  Payment: ResolverTypeWrapper<Row>;
  PaymentEdge: ResolverTypeWrapper<Omit<PaymentEdge, 'node'> & { node: ResolversTypes['Payment'] }>;
  PaymentOrderByInput: PaymentOrderByInput;
  PaymentScheme: PaymentScheme;
  PaymentWhereInput: PaymentWhereInput;
  PaymentsConnection: ResolverTypeWrapper<Omit<PaymentsConnection, 'edges'> & { edges: Array<ResolversTypes['PaymentEdge']> }>;
  Pcr: ResolverTypeWrapper<Row>;
  PcrEdge: ResolverTypeWrapper<Omit<PcrEdge, 'node'> & { node: ResolversTypes['Pcr'] }>;
  PcrOrderByInput: PcrOrderByInput;
  PcrWhereInput: PcrWhereInput;
  PcrsConnection: ResolverTypeWrapper<Omit<PcrsConnection, 'edges'> & { edges: Array<ResolversTypes['PcrEdge']> }>;
  PeriodInterval: PeriodInterval;
  PriceCandle: ResolverTypeWrapper<Row>;
  PriceCandleEdge: ResolverTypeWrapper<Omit<PriceCandleEdge, 'node'> & { node: ResolversTypes['PriceCandle'] }>;
  PriceCandleOrderByInput: PriceCandleOrderByInput;
  PriceCandleWhereInput: PriceCandleWhereInput;
  PriceCandlesConnection: ResolverTypeWrapper<Omit<PriceCandlesConnection, 'edges'> & { edges: Array<ResolversTypes['PriceCandleEdge']> }>;
  ProofCoverage: ResolverTypeWrapper<ProofCoverage>;
  ProofCoverageRow: ResolverTypeWrapper<ProofCoverageRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RiskComponents: ResolverTypeWrapper<RiskComponents>;
  ScheduleInterval: ScheduleInterval;
  SearchHit: ResolverTypeWrapper<SearchHit>;
  SearchHitKind: SearchHitKind;
  SearchResult: ResolverTypeWrapper<SearchResult>;
  SettledInferences: ResolverTypeWrapper<SettledInferences>;
  Settlement: ResolverTypeWrapper<Row>;
  SettlementEdge: ResolverTypeWrapper<Omit<SettlementEdge, 'node'> & { node: ResolversTypes['Settlement'] }>;
  SettlementKind: SettlementKind;
  SettlementOrderByInput: SettlementOrderByInput;
  SettlementWhereInput: SettlementWhereInput;
  SettlementsConnection: ResolverTypeWrapper<Omit<SettlementsConnection, 'edges'> & { edges: Array<ResolversTypes['SettlementEdge']> }>;
  SpikeMetric: SpikeMetric;
  SquidStatus: ResolverTypeWrapper<SquidStatus>;
  StakingEvent: ResolverTypeWrapper<Row>;
  StakingEventEdge: ResolverTypeWrapper<Omit<StakingEventEdge, 'node'> & { node: ResolversTypes['StakingEvent'] }>;
  StakingEventKind: StakingEventKind;
  StakingEventOrderByInput: StakingEventOrderByInput;
  StakingEventWhereInput: StakingEventWhereInput;
  StakingEventsConnection: ResolverTypeWrapper<Omit<StakingEventsConnection, 'edges'> & { edges: Array<ResolversTypes['StakingEventEdge']> }>;
  StakingIncident: ResolverTypeWrapper<StakingIncident>;
  StakingIncidentKind: StakingIncidentKind;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SupplyPoint: ResolverTypeWrapper<SupplyPoint>;
  SupplySchedule: ResolverTypeWrapper<SupplySchedule>;
  Swap: ResolverTypeWrapper<Row>;
  SwapEdge: ResolverTypeWrapper<Omit<SwapEdge, 'node'> & { node: ResolversTypes['Swap'] }>;
  SwapOrderByInput: SwapOrderByInput;
  SwapWhereInput: SwapWhereInput;
  SwapsConnection: ResolverTypeWrapper<Omit<SwapsConnection, 'edges'> & { edges: Array<ResolversTypes['SwapEdge']> }>;
  TeeNode: ResolverTypeWrapper<Row>;
  TeeNodeEdge: ResolverTypeWrapper<Omit<TeeNodeEdge, 'node'> & { node: ResolversTypes['TeeNode'] }>;
  TeeNodeOrderByInput: TeeNodeOrderByInput;
  TeeNodeWhereInput: TeeNodeWhereInput;
  TeeNodesConnection: ResolverTypeWrapper<Omit<TeeNodesConnection, 'edges'> & { edges: Array<ResolversTypes['TeeNodeEdge']> }>;
  TimeInterval: TimeInterval;
  TimeSeries: ResolverTypeWrapper<TimeSeries>;
  TimeSeriesMetric: TimeSeriesMetric;
  TimeSeriesPoint: ResolverTypeWrapper<TimeSeriesPoint>;
  Transfer: ResolverTypeWrapper<Row>;
  TransferEdge: ResolverTypeWrapper<Omit<TransferEdge, 'node'> & { node: ResolversTypes['Transfer'] }>;
  TransferOrderByInput: TransferOrderByInput;
  TransferWhereInput: TransferWhereInput;
  TransfersConnection: ResolverTypeWrapper<Omit<TransfersConnection, 'edges'> & { edges: Array<ResolversTypes['TransferEdge']> }>;
  TxMethod: ResolverTypeWrapper<TxMethod>;
  UnexpandedBatch: ResolverTypeWrapper<UnexpandedBatch>;
  UnexpandedBatches: ResolverTypeWrapper<UnexpandedBatches>;
  Unlock: ResolverTypeWrapper<Row>;
  UnlockEdge: ResolverTypeWrapper<Omit<UnlockEdge, 'node'> & { node: ResolversTypes['Unlock'] }>;
  UnlockEvent: ResolverTypeWrapper<UnlockEvent>;
  UnlockEventKind: UnlockEventKind;
  UnlockOrderByInput: UnlockOrderByInput;
  UnlockPressure: ResolverTypeWrapper<UnlockPressure>;
  UnlockWhereInput: UnlockWhereInput;
  UnlockedBasis: UnlockedBasis;
  UnlocksConnection: ResolverTypeWrapper<Omit<UnlocksConnection, 'edges'> & { edges: Array<ResolversTypes['UnlockEdge']> }>;
  UsagePeriod: ResolverTypeWrapper<UsagePeriod>;
  UsageSpike: ResolverTypeWrapper<UsageSpike>;
  UsageSpikes: ResolverTypeWrapper<UsageSpikes>;
  UsageVsPriceDay: ResolverTypeWrapper<UsageVsPriceDay>;
  Validator: ResolverTypeWrapper<Row>;
  ValidatorCommissionCheck: ResolverTypeWrapper<ValidatorCommissionCheck>;
  ValidatorEdge: ResolverTypeWrapper<Omit<ValidatorEdge, 'node'> & { node: ResolversTypes['Validator'] }>;
  ValidatorIncidents: ResolverTypeWrapper<ValidatorIncidents>;
  ValidatorOrderByInput: ValidatorOrderByInput;
  ValidatorRanking: ResolverTypeWrapper<Omit<ValidatorRanking, 'validators'> & { validators: Array<ResolversTypes['ValidatorRisk']> }>;
  ValidatorRankingOrder: ValidatorRankingOrder;
  ValidatorRisk: ResolverTypeWrapper<Omit<ValidatorRisk, 'commissionChanges' | 'slashAndJailHistory' | 'teeNodes' | 'validator'> & { commissionChanges: Array<ResolversTypes['CommissionChange']>, slashAndJailHistory: Array<ResolversTypes['StakingEvent']>, teeNodes: Array<ResolversTypes['TeeNode']>, validator: ResolversTypes['Validator'] }>;
  ValidatorWhereInput: ValidatorWhereInput;
  ValidatorsConnection: ResolverTypeWrapper<Omit<ValidatorsConnection, 'edges'> & { edges: Array<ResolversTypes['ValidatorEdge']> }>;
  VerificationStatus: VerificationStatus;
  VestingRelease: ResolverTypeWrapper<VestingRelease>;
  VestingSchedule: ResolverTypeWrapper<VestingSchedule>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Account: Row;
  AccountEdge: Omit<AccountEdge, 'node'> & { node: ResolversParentTypes['Account'] };
  AccountFunding: AccountFunding;
  AccountKind: AccountKind;
  AccountUsage: AccountUsage;
  AccountWhereInput: AccountWhereInput;
  AccountsConnection: Omit<AccountsConnection, 'edges'> & { edges: Array<ResolversParentTypes['AccountEdge']> };
  AddressOnChain: AddressOnChain;
  AllocationDailyUnlock: Row;
  AllocationDailyUnlockEdge: Omit<AllocationDailyUnlockEdge, 'node'> & { node: ResolversParentTypes['AllocationDailyUnlock'] };
  AllocationDailyUnlockWhereInput: AllocationDailyUnlockWhereInput;
  AllocationDailyUnlocksConnection: Omit<AllocationDailyUnlocksConnection, 'edges'> & { edges: Array<ResolversParentTypes['AllocationDailyUnlockEdge']> };
  AllocationRow: AllocationRow;
  AllocationSupply: AllocationSupply;
  AllocationUnlock: AllocationUnlock;
  Allocations: Allocations;
  BaseDailyStat: Row;
  BaseDailyStatEdge: Omit<BaseDailyStatEdge, 'node'> & { node: ResolversParentTypes['BaseDailyStat'] };
  BaseDailyStatWhereInput: BaseDailyStatWhereInput;
  BaseDailyStatsConnection: Omit<BaseDailyStatsConnection, 'edges'> & { edges: Array<ResolversParentTypes['BaseDailyStatEdge']> };
  BaseHourlyStat: Row;
  BaseHourlyStatEdge: Omit<BaseHourlyStatEdge, 'node'> & { node: ResolversParentTypes['BaseHourlyStat'] };
  BaseHourlyStatWhereInput: BaseHourlyStatWhereInput;
  BaseHourlyStatsConnection: Omit<BaseHourlyStatsConnection, 'edges'> & { edges: Array<ResolversParentTypes['BaseHourlyStatEdge']> };
  BigDecimal: Scalars['BigDecimal']['output'];
  BigInt: Scalars['BigInt']['output'];
  Boolean: Scalars['Boolean']['output'];
  Bytes: Scalars['Bytes']['output'];
  ChainBlock: ChainBlock;
  ChainBlockSummary: ChainBlockSummary;
  ChainHead: ChainHead;
  ChainLog: ChainLog;
  ChainTransaction: ChainTransaction;
  ChainTxSummary: ChainTxSummary;
  CirculatingPoint: CirculatingPoint;
  Cliff: Cliff;
  CohortRetention: CohortRetention;
  CommissionChange: Row;
  CommissionChangeEdge: Omit<CommissionChangeEdge, 'node'> & { node: ResolversParentTypes['CommissionChange'] };
  CommissionChangeWhereInput: CommissionChangeWhereInput;
  CommissionChangesConnection: Omit<CommissionChangesConnection, 'edges'> & { edges: Array<ResolversParentTypes['CommissionChangeEdge']> };
  CommissionLimits: CommissionLimits;
  CommissionTrend: CommissionTrend;
  DailyPayer: Row;
  DailyPayerEdge: Omit<DailyPayerEdge, 'node'> & { node: ResolversParentTypes['DailyPayer'] };
  DailyPayerWhereInput: DailyPayerWhereInput;
  DailyPayersConnection: Omit<DailyPayersConnection, 'edges'> & { edges: Array<ResolversParentTypes['DailyPayerEdge']> };
  DailyStat: Row;
  DailyStatEdge: Omit<DailyStatEdge, 'node'> & { node: ResolversParentTypes['DailyStat'] };
  DailyStatWhereInput: DailyStatWhereInput;
  DailyStatsConnection: Omit<DailyStatsConnection, 'edges'> & { edges: Array<ResolversParentTypes['DailyStatEdge']> };
  DateTime: Scalars['DateTime']['output'];
  DecodedLogArg: DecodedLogArg;
  Delegation: Row;
  DelegationEdge: Omit<DelegationEdge, 'node'> & { node: ResolversParentTypes['Delegation'] };
  DelegationWhereInput: DelegationWhereInput;
  DelegationsConnection: Omit<DelegationsConnection, 'edges'> & { edges: Array<ResolversParentTypes['DelegationEdge']> };
  Float: Scalars['Float']['output'];
  Heartbeat: Row;
  HeartbeatEdge: Omit<HeartbeatEdge, 'node'> & { node: ResolversParentTypes['Heartbeat'] };
  HeartbeatWhereInput: HeartbeatWhereInput;
  HeartbeatsConnection: Omit<HeartbeatsConnection, 'edges'> & { edges: Array<ResolversParentTypes['HeartbeatEdge']> };
  ID: Scalars['ID']['output'];
  IndexingIssue: Row;
  IndexingIssueEdge: Omit<IndexingIssueEdge, 'node'> & { node: ResolversParentTypes['IndexingIssue'] };
  IndexingIssueWhereInput: IndexingIssueWhereInput;
  IndexingIssuesConnection: Omit<IndexingIssuesConnection, 'edges'> & { edges: Array<ResolversParentTypes['IndexingIssueEdge']> };
  Inference: Row;
  InferenceDailyGroup: Row;
  InferenceDailyGroupEdge: Omit<InferenceDailyGroupEdge, 'node'> & { node: ResolversParentTypes['InferenceDailyGroup'] };
  InferenceDailyGroupWhereInput: InferenceDailyGroupWhereInput;
  InferenceDailyGroupsConnection: Omit<InferenceDailyGroupsConnection, 'edges'> & { edges: Array<ResolversParentTypes['InferenceDailyGroupEdge']> };
  InferenceEdge: Omit<InferenceEdge, 'node'> & { node: ResolversParentTypes['Inference'] };
  InferenceProof: InferenceProof;
  InferenceWhereInput: InferenceWhereInput;
  InferencesConnection: Omit<InferencesConnection, 'edges'> & { edges: Array<ResolversParentTypes['InferenceEdge']> };
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  LatestBlocks: LatestBlocks;
  LatestTransactions: LatestTransactions;
  LiveEvent: LiveEvent;
  LiveHead: LiveHead;
  LiveHeads: LiveHeads;
  LivePayment: LivePayment;
  LiveSettlement: LiveSettlement;
  NextUnlock: NextUnlock;
  OgDailyStat: Row;
  OgDailyStatEdge: Omit<OgDailyStatEdge, 'node'> & { node: ResolversParentTypes['OgDailyStat'] };
  OgDailyStatWhereInput: OgDailyStatWhereInput;
  OgDailyStatsConnection: Omit<OgDailyStatsConnection, 'edges'> & { edges: Array<ResolversParentTypes['OgDailyStatEdge']> };
  OgHourlyStat: Row;
  OgHourlyStatEdge: Omit<OgHourlyStatEdge, 'node'> & { node: ResolversParentTypes['OgHourlyStat'] };
  OgHourlyStatWhereInput: OgHourlyStatWhereInput;
  OgHourlyStatsConnection: Omit<OgHourlyStatsConnection, 'edges'> & { edges: Array<ResolversParentTypes['OgHourlyStatEdge']> };
  OpgToken: OpgToken;
  PageInfo: PageInfo;
  PayerCohort: PayerCohort;
  PayerCohorts: PayerCohorts;
  PayerConcentration: PayerConcentration;
  PayerConcentrationPeriod: PayerConcentrationPeriod;
  PayerPeriod: PayerPeriod;
  Payment: Row;
  PaymentEdge: Omit<PaymentEdge, 'node'> & { node: ResolversParentTypes['Payment'] };
  PaymentWhereInput: PaymentWhereInput;
  PaymentsConnection: Omit<PaymentsConnection, 'edges'> & { edges: Array<ResolversParentTypes['PaymentEdge']> };
  Pcr: Row;
  PcrEdge: Omit<PcrEdge, 'node'> & { node: ResolversParentTypes['Pcr'] };
  PcrWhereInput: PcrWhereInput;
  PcrsConnection: Omit<PcrsConnection, 'edges'> & { edges: Array<ResolversParentTypes['PcrEdge']> };
  PriceCandle: Row;
  PriceCandleEdge: Omit<PriceCandleEdge, 'node'> & { node: ResolversParentTypes['PriceCandle'] };
  PriceCandleWhereInput: PriceCandleWhereInput;
  PriceCandlesConnection: Omit<PriceCandlesConnection, 'edges'> & { edges: Array<ResolversParentTypes['PriceCandleEdge']> };
  ProofCoverage: ProofCoverage;
  ProofCoverageRow: ProofCoverageRow;
  Query: Record<PropertyKey, never>;
  RiskComponents: RiskComponents;
  SearchHit: SearchHit;
  SearchResult: SearchResult;
  SettledInferences: SettledInferences;
  Settlement: Row;
  SettlementEdge: Omit<SettlementEdge, 'node'> & { node: ResolversParentTypes['Settlement'] };
  SettlementWhereInput: SettlementWhereInput;
  SettlementsConnection: Omit<SettlementsConnection, 'edges'> & { edges: Array<ResolversParentTypes['SettlementEdge']> };
  SquidStatus: SquidStatus;
  StakingEvent: Row;
  StakingEventEdge: Omit<StakingEventEdge, 'node'> & { node: ResolversParentTypes['StakingEvent'] };
  StakingEventWhereInput: StakingEventWhereInput;
  StakingEventsConnection: Omit<StakingEventsConnection, 'edges'> & { edges: Array<ResolversParentTypes['StakingEventEdge']> };
  StakingIncident: StakingIncident;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  SupplyPoint: SupplyPoint;
  SupplySchedule: SupplySchedule;
  Swap: Row;
  SwapEdge: Omit<SwapEdge, 'node'> & { node: ResolversParentTypes['Swap'] };
  SwapWhereInput: SwapWhereInput;
  SwapsConnection: Omit<SwapsConnection, 'edges'> & { edges: Array<ResolversParentTypes['SwapEdge']> };
  TeeNode: Row;
  TeeNodeEdge: Omit<TeeNodeEdge, 'node'> & { node: ResolversParentTypes['TeeNode'] };
  TeeNodeWhereInput: TeeNodeWhereInput;
  TeeNodesConnection: Omit<TeeNodesConnection, 'edges'> & { edges: Array<ResolversParentTypes['TeeNodeEdge']> };
  TimeSeries: TimeSeries;
  TimeSeriesPoint: TimeSeriesPoint;
  Transfer: Row;
  TransferEdge: Omit<TransferEdge, 'node'> & { node: ResolversParentTypes['Transfer'] };
  TransferWhereInput: TransferWhereInput;
  TransfersConnection: Omit<TransfersConnection, 'edges'> & { edges: Array<ResolversParentTypes['TransferEdge']> };
  TxMethod: TxMethod;
  UnexpandedBatch: UnexpandedBatch;
  UnexpandedBatches: UnexpandedBatches;
  Unlock: Row;
  UnlockEdge: Omit<UnlockEdge, 'node'> & { node: ResolversParentTypes['Unlock'] };
  UnlockEvent: UnlockEvent;
  UnlockPressure: UnlockPressure;
  UnlockWhereInput: UnlockWhereInput;
  UnlocksConnection: Omit<UnlocksConnection, 'edges'> & { edges: Array<ResolversParentTypes['UnlockEdge']> };
  UsagePeriod: UsagePeriod;
  UsageSpike: UsageSpike;
  UsageSpikes: UsageSpikes;
  UsageVsPriceDay: UsageVsPriceDay;
  Validator: Row;
  ValidatorCommissionCheck: ValidatorCommissionCheck;
  ValidatorEdge: Omit<ValidatorEdge, 'node'> & { node: ResolversParentTypes['Validator'] };
  ValidatorIncidents: ValidatorIncidents;
  ValidatorRanking: Omit<ValidatorRanking, 'validators'> & { validators: Array<ResolversParentTypes['ValidatorRisk']> };
  ValidatorRisk: Omit<ValidatorRisk, 'commissionChanges' | 'slashAndJailHistory' | 'teeNodes' | 'validator'> & { commissionChanges: Array<ResolversParentTypes['CommissionChange']>, slashAndJailHistory: Array<ResolversParentTypes['StakingEvent']>, teeNodes: Array<ResolversParentTypes['TeeNode']>, validator: ResolversParentTypes['Validator'] };
  ValidatorWhereInput: ValidatorWhereInput;
  ValidatorsConnection: Omit<ValidatorsConnection, 'edges'> & { edges: Array<ResolversParentTypes['ValidatorEdge']> };
  VestingRelease: VestingRelease;
  VestingSchedule: VestingSchedule;
};

export type AccountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account']> = {
  balance?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  circulating?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  firstPaymentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  firstSeenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  firstSeenBlock?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastSeenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  paidTotal?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  paymentsMade?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paymentsReceived?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  receivedTotal?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  transfersIn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transfersOut?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AccountEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AccountEdge'] = ResolversParentTypes['AccountEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
};

export type AccountFundingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AccountFunding'] = ResolversParentTypes['AccountFunding']> = {
  allocation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromCategory?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  transferId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  txHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AccountKindResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AccountKind'] = ResolversParentTypes['AccountKind']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  chains?: Resolver<Array<ResolversTypes['AddressOnChain']>, ParentType, ContextType>;
  opgBalance?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  opgBalanceSource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AccountUsageResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AccountUsage'] = ResolversParentTypes['AccountUsage']> = {
  account?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  activeDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  distinctTees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstPaymentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  fundedBy?: Resolver<Maybe<ResolversTypes['AccountFunding']>, ParentType, ContextType>;
  lastPaymentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  networkOpg?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  networkPayments?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  opgShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  paidOpg?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  paymentShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AccountsConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AccountsConnection'] = ResolversParentTypes['AccountsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AccountEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AddressOnChainResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AddressOnChain'] = ResolversParentTypes['AddressOnChain']> = {
  chain?: Resolver<ResolversTypes['ChainName'], ParentType, ContextType>;
  chainReads?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AddressKind'], ParentType, ContextType>;
};

export type AllocationDailyUnlockResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AllocationDailyUnlock'] = ResolversParentTypes['AllocationDailyUnlock']> = {
  allocation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unlocks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AllocationDailyUnlockEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AllocationDailyUnlockEdge'] = ResolversParentTypes['AllocationDailyUnlockEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AllocationDailyUnlock'], ParentType, ContextType>;
};

export type AllocationDailyUnlocksConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AllocationDailyUnlocksConnection'] = ResolversParentTypes['AllocationDailyUnlocksConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AllocationDailyUnlockEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AllocationRowResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AllocationRow'] = ResolversParentTypes['AllocationRow']> = {
  circulatingPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cliffDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AllocationKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locked?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  lockedUsd?: Resolver<Maybe<ResolversTypes['BigDecimal']>, ParentType, ContextType>;
  nextUnlock?: Resolver<Maybe<ResolversTypes['UnlockEvent']>, ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectedUnlocked?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  published?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  shareBps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tgePercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  totalUsd?: Resolver<Maybe<ResolversTypes['BigDecimal']>, ParentType, ContextType>;
  unlocked?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  unlockedBasis?: Resolver<ResolversTypes['UnlockedBasis'], ParentType, ContextType>;
  unlockedUsd?: Resolver<Maybe<ResolversTypes['BigDecimal']>, ParentType, ContextType>;
  vestingEnd?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  vestingStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AllocationSupplyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AllocationSupply'] = ResolversParentTypes['AllocationSupply']> = {
  cliffMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['SupplyPoint']>, ParentType, ContextType>;
  published?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  shareBps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tgePercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  vestingMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AllocationUnlockResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AllocationUnlock'] = ResolversParentTypes['AllocationUnlock']> = {
  amount?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AllocationsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Allocations'] = ResolversParentTypes['Allocations']> = {
  allocations?: Resolver<Array<ResolversTypes['AllocationRow']>, ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  circulating?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  circulatingBasis?: Resolver<ResolversTypes['UnlockedBasis'], ParentType, ContextType>;
  nextUnlock?: Resolver<Maybe<ResolversTypes['NextUnlock']>, ParentType, ContextType>;
  priceUsd?: Resolver<Maybe<ResolversTypes['BigDecimal']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalSupply?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
};

export type BaseDailyStatResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['BaseDailyStat'] = ResolversParentTypes['BaseDailyStat']> = {
  circulatingSupply?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newWallets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  payingWallets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paymentVolume?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  paymentVolumeUsd?: Resolver<ResolversTypes['BigDecimal'], ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  priceClose?: Resolver<Maybe<ResolversTypes['BigDecimal']>, ParentType, ContextType>;
  swapVolumeUsd?: Resolver<ResolversTypes['BigDecimal'], ParentType, ContextType>;
  swaps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transfers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unlocked?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
};

export type BaseDailyStatEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['BaseDailyStatEdge'] = ResolversParentTypes['BaseDailyStatEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BaseDailyStat'], ParentType, ContextType>;
};

export type BaseDailyStatsConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['BaseDailyStatsConnection'] = ResolversParentTypes['BaseDailyStatsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BaseDailyStatEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BaseHourlyStatResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['BaseHourlyStat'] = ResolversParentTypes['BaseHourlyStat']> = {
  hour?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newWallets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paymentVolume?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  paymentVolumeUsd?: Resolver<ResolversTypes['BigDecimal'], ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  swapVolumeUsd?: Resolver<ResolversTypes['BigDecimal'], ParentType, ContextType>;
  swaps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transfers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unlocked?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
};

export type BaseHourlyStatEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['BaseHourlyStatEdge'] = ResolversParentTypes['BaseHourlyStatEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BaseHourlyStat'], ParentType, ContextType>;
};

export type BaseHourlyStatsConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['BaseHourlyStatsConnection'] = ResolversParentTypes['BaseHourlyStatsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BaseHourlyStatEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface BigDecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['BigDecimal'], any> {
  name: 'BigDecimal';
}

export interface BigIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['BigInt'], any> {
  name: 'BigInt';
}

export interface BytesScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Bytes'], any> {
  name: 'Bytes';
}

export type ChainBlockResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ChainBlock'] = ResolversParentTypes['ChainBlock']> = {
  baseFeePerGas?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  chain?: Resolver<ResolversTypes['ChainName'], ParentType, ContextType>;
  chainReads?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  confirmations?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  gasLimit?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  gasUsed?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  hash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  miner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parentHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timestamp?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  transactions?: Resolver<Array<ResolversTypes['ChainTxSummary']>, ParentType, ContextType>;
  txCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ChainBlockSummaryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ChainBlockSummary'] = ResolversParentTypes['ChainBlockSummary']> = {
  gasUsed?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  miner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  txCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChainHeadResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ChainHead'] = ResolversParentTypes['ChainHead']> = {
  chain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  height?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChainLogResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ChainLog'] = ResolversParentTypes['ChainLog']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  args?: Resolver<Maybe<Array<ResolversTypes['DecodedLogArg']>>, ParentType, ContextType>;
  contract?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  data?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  logIndex?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  signature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ChainTransactionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ChainTransaction'] = ResolversParentTypes['ChainTransaction']> = {
  blockNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  chain?: Resolver<ResolversTypes['ChainName'], ParentType, ContextType>;
  chainReads?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  confirmations?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  createdContract?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  effectiveGasPrice?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  executionFee?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  fee?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  found?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gasUsed?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  l1Fee?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  logs?: Resolver<Array<ResolversTypes['ChainLog']>, ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['TxMethod']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ChainTxStatus']>, ParentType, ContextType>;
  timestamp?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
};

export type ChainTxSummaryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ChainTxSummary'] = ResolversParentTypes['ChainTxSummary']> = {
  blockNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['TxMethod']>, ParentType, ContextType>;
  timestamp?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
};

export type CirculatingPointResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CirculatingPoint'] = ResolversParentTypes['CirculatingPoint']> = {
  forecast?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  forecastPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  observed?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  observedPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  projected?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  projectedPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  t?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  unclaimedAirdrop?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  unclaimedAirdropPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CliffResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Cliff'] = ResolversParentTypes['Cliff']> = {
  allocations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  daysUntil?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CohortRetentionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CohortRetention'] = ResolversParentTypes['CohortRetention']> = {
  offset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  t?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  wallets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommissionChangeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CommissionChange'] = ResolversParentTypes['CommissionChange']> = {
  blockNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previousRate?: Resolver<ResolversTypes['BigDecimal'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['BigDecimal'], ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  txHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validator?: Resolver<ResolversTypes['Validator'], ParentType, ContextType>;
};

export type CommissionChangeEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CommissionChangeEdge'] = ResolversParentTypes['CommissionChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CommissionChange'], ParentType, ContextType>;
};

export type CommissionChangesConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CommissionChangesConnection'] = ResolversParentTypes['CommissionChangesConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommissionChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommissionLimitsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CommissionLimits'] = ResolversParentTypes['CommissionLimits']> = {
  maxChangeRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  maxRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  minRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  perValidatorLimitsIndexed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validators?: Resolver<Array<ResolversTypes['ValidatorCommissionCheck']>, ParentType, ContextType>;
};

export type CommissionTrendResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CommissionTrend'] = ResolversParentTypes['CommissionTrend']> = {
  cuts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fromRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  maxObservedRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  maxRise?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rises?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  spanYears?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  toRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weightedRise?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type DailyPayerResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DailyPayer'] = ResolversParentTypes['DailyPayer']> = {
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DailyPayerEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DailyPayerEdge'] = ResolversParentTypes['DailyPayerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DailyPayer'], ParentType, ContextType>;
};

export type DailyPayersConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DailyPayersConnection'] = ResolversParentTypes['DailyPayersConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DailyPayerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DailyStatResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DailyStat'] = ResolversParentTypes['DailyStat']> = {
  activeTees?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  batchInferences?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  circulatingSupply?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  heartbeats?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  hubInferences?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  individualInferences?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  inferencesFailed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  inferencesSettled?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  inferencesVerified?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  legacyInferences?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  newWallets?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  payingWallets?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  paymentVolume?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  paymentVolumeUsd?: Resolver<Maybe<ResolversTypes['BigDecimal']>, ParentType, ContextType>;
  payments?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  priceClose?: Resolver<Maybe<ResolversTypes['BigDecimal']>, ParentType, ContextType>;
  settlements?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  stakingEvents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  swapVolumeUsd?: Resolver<Maybe<ResolversTypes['BigDecimal']>, ParentType, ContextType>;
  swaps?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalStaked?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  transfers?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unlocked?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
};

export type DailyStatEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DailyStatEdge'] = ResolversParentTypes['DailyStatEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DailyStat'], ParentType, ContextType>;
};

export type DailyStatsConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DailyStatsConnection'] = ResolversParentTypes['DailyStatsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DailyStatEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DecodedLogArgResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DecodedLogArg'] = ResolversParentTypes['DecodedLogArg']> = {
  hashed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  indexed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DelegationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Delegation'] = ResolversParentTypes['Delegation']> = {
  amount?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  delegator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shares?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validator?: Resolver<ResolversTypes['Validator'], ParentType, ContextType>;
};

export type DelegationEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DelegationEdge'] = ResolversParentTypes['DelegationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Delegation'], ParentType, ContextType>;
};

export type DelegationsConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DelegationsConnection'] = ResolversParentTypes['DelegationsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DelegationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HeartbeatResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Heartbeat'] = ResolversParentTypes['Heartbeat']> = {
  blockNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disabledSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gapSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  tee?: Resolver<ResolversTypes['TeeNode'], ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  txHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HeartbeatEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['HeartbeatEdge'] = ResolversParentTypes['HeartbeatEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Heartbeat'], ParentType, ContextType>;
};

export type HeartbeatsConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['HeartbeatsConnection'] = ResolversParentTypes['HeartbeatsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['HeartbeatEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndexingIssueResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IndexingIssue'] = ResolversParentTypes['IndexingIssue']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  blockNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  chain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  logIndex?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  topic0?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  txHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IndexingIssueEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IndexingIssueEdge'] = ResolversParentTypes['IndexingIssueEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['IndexingIssue'], ParentType, ContextType>;
};

export type IndexingIssuesConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IndexingIssuesConnection'] = ResolversParentTypes['IndexingIssuesConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IndexingIssueEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InferenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Inference'] = ResolversParentTypes['Inference']> = {
  blockNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ethAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inputHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SettlementKind'], ParentType, ContextType>;
  leafIndex?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['InferenceMode'], ParentType, ContextType>;
  model?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outputHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  settlement?: Resolver<ResolversTypes['Settlement'], ParentType, ContextType>;
  signature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signatureValid?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VerificationStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  teeId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  teeNode?: Resolver<Maybe<ResolversTypes['TeeNode']>, ParentType, ContextType>;
  teeTimestamp?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  txHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InferenceDailyGroupResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['InferenceDailyGroup'] = ResolversParentTypes['InferenceDailyGroup']> = {
  date?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inferences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invalid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['InferenceMode'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  teeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unverifiable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InferenceDailyGroupEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['InferenceDailyGroupEdge'] = ResolversParentTypes['InferenceDailyGroupEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InferenceDailyGroup'], ParentType, ContextType>;
};

export type InferenceDailyGroupsConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['InferenceDailyGroupsConnection'] = ResolversParentTypes['InferenceDailyGroupsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InferenceDailyGroupEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InferenceEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['InferenceEdge'] = ResolversParentTypes['InferenceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Inference'], ParentType, ContextType>;
};

export type InferenceProofResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['InferenceProof'] = ResolversParentTypes['InferenceProof']> = {
  blobId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  blobUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferenceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  keyMatchesTeeId?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  leafCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  leafEncoded?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  leafHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  leafIndex?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  messageHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  onChainRoot?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pathSource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pcrHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  proof?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  publicKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rebuiltRoot?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rootMatches?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  script?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  settlementId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  settlementKind?: Resolver<ResolversTypes['SettlementKind'], ParentType, ContextType>;
  signature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signedMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  teeId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type InferencesConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['InferencesConnection'] = ResolversParentTypes['InferencesConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InferenceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LatestBlocksResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LatestBlocks'] = ResolversParentTypes['LatestBlocks']> = {
  blocks?: Resolver<Array<ResolversTypes['ChainBlockSummary']>, ParentType, ContextType>;
  chain?: Resolver<ResolversTypes['ChainName'], ParentType, ContextType>;
  chainReads?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  head?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type LatestTransactionsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LatestTransactions'] = ResolversParentTypes['LatestTransactions']> = {
  chain?: Resolver<ResolversTypes['ChainName'], ParentType, ContextType>;
  chainReads?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  head?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  transactions?: Resolver<Array<ResolversTypes['ChainTxSummary']>, ParentType, ContextType>;
};

export type LiveEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LiveEvent'] = ResolversParentTypes['LiveEvent']> = {
  heads?: Resolver<ResolversTypes['LiveHeads'], ParentType, ContextType>;
  missed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  newPayments?: Resolver<Array<ResolversTypes['LivePayment']>, ParentType, ContextType>;
  newSettlements?: Resolver<Array<ResolversTypes['LiveSettlement']>, ParentType, ContextType>;
  paymentsTruncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  settlementsTruncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type LiveHeadResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LiveHead'] = ResolversParentTypes['LiveHead']> = {
  chain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  height?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  observedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type LiveHeadsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LiveHeads'] = ResolversParentTypes['LiveHeads']> = {
  base?: Resolver<Maybe<ResolversTypes['LiveHead']>, ParentType, ContextType>;
  og?: Resolver<Maybe<ResolversTypes['LiveHead']>, ParentType, ContextType>;
};

export type LivePaymentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LivePayment'] = ResolversParentTypes['LivePayment']> = {
  amount?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  amountUsd?: Resolver<ResolversTypes['BigDecimal'], ParentType, ContextType>;
  blockNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payee?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scheme?: Resolver<ResolversTypes['PaymentScheme'], ParentType, ContextType>;
  teeId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  txHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LiveSettlementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LiveSettlement'] = ResolversParentTypes['LiveSettlement']> = {
  blockNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SettlementKind'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VerificationStatus'], ParentType, ContextType>;
  teeId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  txHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NextUnlockResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NextUnlock'] = ResolversParentTypes['NextUnlock']> = {
  allocations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  amountUsd?: Resolver<Maybe<ResolversTypes['BigDecimal']>, ParentType, ContextType>;
  circulatingPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  daysUntil?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  supplyPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  until?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type OgDailyStatResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OgDailyStat'] = ResolversParentTypes['OgDailyStat']> = {
  activeTees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  batchInferences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  heartbeats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hubInferences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  individualInferences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inferencesFailed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inferencesSettled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inferencesVerified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  legacyInferences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  settlements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stakingEvents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalStaked?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
};

export type OgDailyStatEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OgDailyStatEdge'] = ResolversParentTypes['OgDailyStatEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OgDailyStat'], ParentType, ContextType>;
};

export type OgDailyStatsConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OgDailyStatsConnection'] = ResolversParentTypes['OgDailyStatsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OgDailyStatEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OgHourlyStatResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OgHourlyStat'] = ResolversParentTypes['OgHourlyStat']> = {
  batchInferences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  heartbeats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hour?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  hubInferences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  individualInferences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inferencesFailed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inferencesSettled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inferencesVerified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  legacyInferences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  settlements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stakingEvents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OgHourlyStatEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OgHourlyStatEdge'] = ResolversParentTypes['OgHourlyStatEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OgHourlyStat'], ParentType, ContextType>;
};

export type OgHourlyStatsConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OgHourlyStatsConnection'] = ResolversParentTypes['OgHourlyStatsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OgHourlyStatEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OpgTokenResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OpgToken'] = ResolversParentTypes['OpgToken']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  chain?: Resolver<ResolversTypes['ChainName'], ParentType, ContextType>;
  decimals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PayerCohortResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PayerCohort'] = ResolversParentTypes['PayerCohort']> = {
  retention?: Resolver<Array<ResolversTypes['CohortRetention']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  t?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PayerCohortsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PayerCohorts'] = ResolversParentTypes['PayerCohorts']> = {
  cohorts?: Resolver<Array<ResolversTypes['PayerCohort']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  interval?: Resolver<ResolversTypes['PeriodInterval'], ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['PayerPeriod']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type PayerConcentrationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PayerConcentration'] = ResolversParentTypes['PayerConcentration']> = {
  from?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  interval?: Resolver<ResolversTypes['PeriodInterval'], ParentType, ContextType>;
  overall?: Resolver<ResolversTypes['PayerConcentrationPeriod'], ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['PayerConcentrationPeriod']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  topN?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PayerConcentrationPeriodResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PayerConcentrationPeriod'] = ResolversParentTypes['PayerConcentrationPeriod']> = {
  opg?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  payers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paymentsPerWalletMean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  paymentsPerWalletMedian?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  t?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  topOpg?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  topOpgShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  topPayments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topPaymentsShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type PayerPeriodResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PayerPeriod'] = ResolversParentTypes['PayerPeriod']> = {
  newPayers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  payers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returningPayers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  t?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PaymentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = {
  amount?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  amountUsd?: Resolver<ResolversTypes['BigDecimal'], ParentType, ContextType>;
  blockNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facilitator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payee?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  payer?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  proxy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scheme?: Resolver<ResolversTypes['PaymentScheme'], ParentType, ContextType>;
  teeId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  txHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  withPermit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PaymentEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PaymentEdge'] = ResolversParentTypes['PaymentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
};

export type PaymentsConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PaymentsConnection'] = ResolversParentTypes['PaymentsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PaymentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PcrResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Pcr'] = ResolversParentTypes['Pcr']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  approvedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  approvedBlock?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pcrHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revokedBlock?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  teeType?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PcrEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PcrEdge'] = ResolversParentTypes['PcrEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Pcr'], ParentType, ContextType>;
};

export type PcrsConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PcrsConnection'] = ResolversParentTypes['PcrsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PcrEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PriceCandleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PriceCandle'] = ResolversParentTypes['PriceCandle']> = {
  close?: Resolver<ResolversTypes['BigDecimal'], ParentType, ContextType>;
  high?: Resolver<ResolversTypes['BigDecimal'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  interval?: Resolver<ResolversTypes['CandleInterval'], ParentType, ContextType>;
  low?: Resolver<ResolversTypes['BigDecimal'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['BigDecimal'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  swaps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  volumeOpg?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  volumeUsd?: Resolver<ResolversTypes['BigDecimal'], ParentType, ContextType>;
};

export type PriceCandleEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PriceCandleEdge'] = ResolversParentTypes['PriceCandleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PriceCandle'], ParentType, ContextType>;
};

export type PriceCandlesConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PriceCandlesConnection'] = ResolversParentTypes['PriceCandlesConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PriceCandleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProofCoverageResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ProofCoverage'] = ResolversParentTypes['ProofCoverage']> = {
  by?: Resolver<ResolversTypes['CoverageGrouping'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ProofCoverageRow']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['ProofCoverageRow'], ParentType, ContextType>;
};

export type ProofCoverageRowResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ProofCoverageRow'] = ResolversParentTypes['ProofCoverageRow']> = {
  invalid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  settled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unverifiable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  verifiedShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  _meta?: Resolver<ResolversTypes['SquidStatus'], ParentType, ContextType>;
  accountById?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType, RequireFields<QueryAccountByIdArgs, 'id'>>;
  accountKind?: Resolver<ResolversTypes['AccountKind'], ParentType, ContextType, RequireFields<QueryAccountKindArgs, 'address'>>;
  accountUsage?: Resolver<ResolversTypes['AccountUsage'], ParentType, ContextType, RequireFields<QueryAccountUsageArgs, 'id'>>;
  accounts?: Resolver<Array<ResolversTypes['Account']>, ParentType, ContextType, Partial<QueryAccountsArgs>>;
  accountsConnection?: Resolver<ResolversTypes['AccountsConnection'], ParentType, ContextType, RequireFields<QueryAccountsConnectionArgs, 'orderBy'>>;
  allocationDailyUnlockById?: Resolver<Maybe<ResolversTypes['AllocationDailyUnlock']>, ParentType, ContextType, RequireFields<QueryAllocationDailyUnlockByIdArgs, 'id'>>;
  allocationDailyUnlocks?: Resolver<Array<ResolversTypes['AllocationDailyUnlock']>, ParentType, ContextType, Partial<QueryAllocationDailyUnlocksArgs>>;
  allocationDailyUnlocksConnection?: Resolver<ResolversTypes['AllocationDailyUnlocksConnection'], ParentType, ContextType, RequireFields<QueryAllocationDailyUnlocksConnectionArgs, 'orderBy'>>;
  allocations?: Resolver<ResolversTypes['Allocations'], ParentType, ContextType>;
  baseDailyStatById?: Resolver<Maybe<ResolversTypes['BaseDailyStat']>, ParentType, ContextType, RequireFields<QueryBaseDailyStatByIdArgs, 'id'>>;
  baseDailyStats?: Resolver<Array<ResolversTypes['BaseDailyStat']>, ParentType, ContextType, Partial<QueryBaseDailyStatsArgs>>;
  baseDailyStatsConnection?: Resolver<ResolversTypes['BaseDailyStatsConnection'], ParentType, ContextType, RequireFields<QueryBaseDailyStatsConnectionArgs, 'orderBy'>>;
  baseHourlyStatById?: Resolver<Maybe<ResolversTypes['BaseHourlyStat']>, ParentType, ContextType, RequireFields<QueryBaseHourlyStatByIdArgs, 'id'>>;
  baseHourlyStats?: Resolver<Array<ResolversTypes['BaseHourlyStat']>, ParentType, ContextType, Partial<QueryBaseHourlyStatsArgs>>;
  baseHourlyStatsConnection?: Resolver<ResolversTypes['BaseHourlyStatsConnection'], ParentType, ContextType, RequireFields<QueryBaseHourlyStatsConnectionArgs, 'orderBy'>>;
  block?: Resolver<Maybe<ResolversTypes['ChainBlock']>, ParentType, ContextType, RequireFields<QueryBlockArgs, 'chain' | 'number' | 'txLimit' | 'txOffset'>>;
  commissionChangeById?: Resolver<Maybe<ResolversTypes['CommissionChange']>, ParentType, ContextType, RequireFields<QueryCommissionChangeByIdArgs, 'id'>>;
  commissionChanges?: Resolver<Array<ResolversTypes['CommissionChange']>, ParentType, ContextType, Partial<QueryCommissionChangesArgs>>;
  commissionChangesConnection?: Resolver<ResolversTypes['CommissionChangesConnection'], ParentType, ContextType, RequireFields<QueryCommissionChangesConnectionArgs, 'orderBy'>>;
  commissionLimits?: Resolver<ResolversTypes['CommissionLimits'], ParentType, ContextType>;
  dailyPayerById?: Resolver<Maybe<ResolversTypes['DailyPayer']>, ParentType, ContextType, RequireFields<QueryDailyPayerByIdArgs, 'id'>>;
  dailyPayers?: Resolver<Array<ResolversTypes['DailyPayer']>, ParentType, ContextType, Partial<QueryDailyPayersArgs>>;
  dailyPayersConnection?: Resolver<ResolversTypes['DailyPayersConnection'], ParentType, ContextType, RequireFields<QueryDailyPayersConnectionArgs, 'orderBy'>>;
  dailyStatById?: Resolver<Maybe<ResolversTypes['DailyStat']>, ParentType, ContextType, RequireFields<QueryDailyStatByIdArgs, 'id'>>;
  dailyStats?: Resolver<Array<ResolversTypes['DailyStat']>, ParentType, ContextType, Partial<QueryDailyStatsArgs>>;
  dailyStatsConnection?: Resolver<ResolversTypes['DailyStatsConnection'], ParentType, ContextType, RequireFields<QueryDailyStatsConnectionArgs, 'orderBy'>>;
  delegationById?: Resolver<Maybe<ResolversTypes['Delegation']>, ParentType, ContextType, RequireFields<QueryDelegationByIdArgs, 'id'>>;
  delegations?: Resolver<Array<ResolversTypes['Delegation']>, ParentType, ContextType, Partial<QueryDelegationsArgs>>;
  delegationsConnection?: Resolver<ResolversTypes['DelegationsConnection'], ParentType, ContextType, RequireFields<QueryDelegationsConnectionArgs, 'orderBy'>>;
  heartbeatById?: Resolver<Maybe<ResolversTypes['Heartbeat']>, ParentType, ContextType, RequireFields<QueryHeartbeatByIdArgs, 'id'>>;
  heartbeats?: Resolver<Array<ResolversTypes['Heartbeat']>, ParentType, ContextType, Partial<QueryHeartbeatsArgs>>;
  heartbeatsConnection?: Resolver<ResolversTypes['HeartbeatsConnection'], ParentType, ContextType, RequireFields<QueryHeartbeatsConnectionArgs, 'orderBy'>>;
  indexingIssueById?: Resolver<Maybe<ResolversTypes['IndexingIssue']>, ParentType, ContextType, RequireFields<QueryIndexingIssueByIdArgs, 'id'>>;
  indexingIssues?: Resolver<Array<ResolversTypes['IndexingIssue']>, ParentType, ContextType, Partial<QueryIndexingIssuesArgs>>;
  indexingIssuesConnection?: Resolver<ResolversTypes['IndexingIssuesConnection'], ParentType, ContextType, RequireFields<QueryIndexingIssuesConnectionArgs, 'orderBy'>>;
  inferenceById?: Resolver<Maybe<ResolversTypes['Inference']>, ParentType, ContextType, RequireFields<QueryInferenceByIdArgs, 'id'>>;
  inferenceDailyGroupById?: Resolver<Maybe<ResolversTypes['InferenceDailyGroup']>, ParentType, ContextType, RequireFields<QueryInferenceDailyGroupByIdArgs, 'id'>>;
  inferenceDailyGroups?: Resolver<Array<ResolversTypes['InferenceDailyGroup']>, ParentType, ContextType, Partial<QueryInferenceDailyGroupsArgs>>;
  inferenceDailyGroupsConnection?: Resolver<ResolversTypes['InferenceDailyGroupsConnection'], ParentType, ContextType, RequireFields<QueryInferenceDailyGroupsConnectionArgs, 'orderBy'>>;
  inferenceProof?: Resolver<Maybe<ResolversTypes['InferenceProof']>, ParentType, ContextType, RequireFields<QueryInferenceProofArgs, 'id'>>;
  inferences?: Resolver<Array<ResolversTypes['Inference']>, ParentType, ContextType, Partial<QueryInferencesArgs>>;
  inferencesConnection?: Resolver<ResolversTypes['InferencesConnection'], ParentType, ContextType, RequireFields<QueryInferencesConnectionArgs, 'orderBy'>>;
  latestBlocks?: Resolver<ResolversTypes['LatestBlocks'], ParentType, ContextType, RequireFields<QueryLatestBlocksArgs, 'chain' | 'limit'>>;
  latestTransactions?: Resolver<ResolversTypes['LatestTransactions'], ParentType, ContextType, RequireFields<QueryLatestTransactionsArgs, 'chain' | 'limit'>>;
  ogDailyStatById?: Resolver<Maybe<ResolversTypes['OgDailyStat']>, ParentType, ContextType, RequireFields<QueryOgDailyStatByIdArgs, 'id'>>;
  ogDailyStats?: Resolver<Array<ResolversTypes['OgDailyStat']>, ParentType, ContextType, Partial<QueryOgDailyStatsArgs>>;
  ogDailyStatsConnection?: Resolver<ResolversTypes['OgDailyStatsConnection'], ParentType, ContextType, RequireFields<QueryOgDailyStatsConnectionArgs, 'orderBy'>>;
  ogHourlyStatById?: Resolver<Maybe<ResolversTypes['OgHourlyStat']>, ParentType, ContextType, RequireFields<QueryOgHourlyStatByIdArgs, 'id'>>;
  ogHourlyStats?: Resolver<Array<ResolversTypes['OgHourlyStat']>, ParentType, ContextType, Partial<QueryOgHourlyStatsArgs>>;
  ogHourlyStatsConnection?: Resolver<ResolversTypes['OgHourlyStatsConnection'], ParentType, ContextType, RequireFields<QueryOgHourlyStatsConnectionArgs, 'orderBy'>>;
  opgToken?: Resolver<ResolversTypes['OpgToken'], ParentType, ContextType>;
  payerCohorts?: Resolver<ResolversTypes['PayerCohorts'], ParentType, ContextType, RequireFields<QueryPayerCohortsArgs, 'interval'>>;
  payerConcentration?: Resolver<ResolversTypes['PayerConcentration'], ParentType, ContextType, RequireFields<QueryPayerConcentrationArgs, 'interval'>>;
  paymentById?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType, RequireFields<QueryPaymentByIdArgs, 'id'>>;
  payments?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType, Partial<QueryPaymentsArgs>>;
  paymentsConnection?: Resolver<ResolversTypes['PaymentsConnection'], ParentType, ContextType, RequireFields<QueryPaymentsConnectionArgs, 'orderBy'>>;
  pcrById?: Resolver<Maybe<ResolversTypes['Pcr']>, ParentType, ContextType, RequireFields<QueryPcrByIdArgs, 'id'>>;
  pcrs?: Resolver<Array<ResolversTypes['Pcr']>, ParentType, ContextType, Partial<QueryPcrsArgs>>;
  pcrsConnection?: Resolver<ResolversTypes['PcrsConnection'], ParentType, ContextType, RequireFields<QueryPcrsConnectionArgs, 'orderBy'>>;
  priceCandleById?: Resolver<Maybe<ResolversTypes['PriceCandle']>, ParentType, ContextType, RequireFields<QueryPriceCandleByIdArgs, 'id'>>;
  priceCandles?: Resolver<Array<ResolversTypes['PriceCandle']>, ParentType, ContextType, Partial<QueryPriceCandlesArgs>>;
  priceCandlesConnection?: Resolver<ResolversTypes['PriceCandlesConnection'], ParentType, ContextType, RequireFields<QueryPriceCandlesConnectionArgs, 'orderBy'>>;
  proofCoverage?: Resolver<ResolversTypes['ProofCoverage'], ParentType, ContextType, RequireFields<QueryProofCoverageArgs, 'by'>>;
  search?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'q'>>;
  settledInferences?: Resolver<ResolversTypes['SettledInferences'], ParentType, ContextType>;
  settlementById?: Resolver<Maybe<ResolversTypes['Settlement']>, ParentType, ContextType, RequireFields<QuerySettlementByIdArgs, 'id'>>;
  settlements?: Resolver<Array<ResolversTypes['Settlement']>, ParentType, ContextType, Partial<QuerySettlementsArgs>>;
  settlementsConnection?: Resolver<ResolversTypes['SettlementsConnection'], ParentType, ContextType, RequireFields<QuerySettlementsConnectionArgs, 'orderBy'>>;
  squidStatus?: Resolver<ResolversTypes['SquidStatus'], ParentType, ContextType>;
  stakingEventById?: Resolver<Maybe<ResolversTypes['StakingEvent']>, ParentType, ContextType, RequireFields<QueryStakingEventByIdArgs, 'id'>>;
  stakingEvents?: Resolver<Array<ResolversTypes['StakingEvent']>, ParentType, ContextType, Partial<QueryStakingEventsArgs>>;
  stakingEventsConnection?: Resolver<ResolversTypes['StakingEventsConnection'], ParentType, ContextType, RequireFields<QueryStakingEventsConnectionArgs, 'orderBy'>>;
  supplySchedule?: Resolver<ResolversTypes['SupplySchedule'], ParentType, ContextType, RequireFields<QuerySupplyScheduleArgs, 'interval'>>;
  swapById?: Resolver<Maybe<ResolversTypes['Swap']>, ParentType, ContextType, RequireFields<QuerySwapByIdArgs, 'id'>>;
  swaps?: Resolver<Array<ResolversTypes['Swap']>, ParentType, ContextType, Partial<QuerySwapsArgs>>;
  swapsConnection?: Resolver<ResolversTypes['SwapsConnection'], ParentType, ContextType, RequireFields<QuerySwapsConnectionArgs, 'orderBy'>>;
  teeNodeById?: Resolver<Maybe<ResolversTypes['TeeNode']>, ParentType, ContextType, RequireFields<QueryTeeNodeByIdArgs, 'id'>>;
  teeNodes?: Resolver<Array<ResolversTypes['TeeNode']>, ParentType, ContextType, Partial<QueryTeeNodesArgs>>;
  teeNodesConnection?: Resolver<ResolversTypes['TeeNodesConnection'], ParentType, ContextType, RequireFields<QueryTeeNodesConnectionArgs, 'orderBy'>>;
  timeSeries?: Resolver<ResolversTypes['TimeSeries'], ParentType, ContextType, RequireFields<QueryTimeSeriesArgs, 'interval' | 'metric'>>;
  transaction?: Resolver<ResolversTypes['ChainTransaction'], ParentType, ContextType, RequireFields<QueryTransactionArgs, 'chain' | 'hash'>>;
  transferById?: Resolver<Maybe<ResolversTypes['Transfer']>, ParentType, ContextType, RequireFields<QueryTransferByIdArgs, 'id'>>;
  transfers?: Resolver<Array<ResolversTypes['Transfer']>, ParentType, ContextType, Partial<QueryTransfersArgs>>;
  transfersConnection?: Resolver<ResolversTypes['TransfersConnection'], ParentType, ContextType, RequireFields<QueryTransfersConnectionArgs, 'orderBy'>>;
  unexpandedBatches?: Resolver<ResolversTypes['UnexpandedBatches'], ParentType, ContextType, RequireFields<QueryUnexpandedBatchesArgs, 'limit'>>;
  unlockById?: Resolver<Maybe<ResolversTypes['Unlock']>, ParentType, ContextType, RequireFields<QueryUnlockByIdArgs, 'id'>>;
  unlockCalendar?: Resolver<Array<ResolversTypes['UnlockEvent']>, ParentType, ContextType, Partial<QueryUnlockCalendarArgs>>;
  unlockPressure?: Resolver<ResolversTypes['UnlockPressure'], ParentType, ContextType, RequireFields<QueryUnlockPressureArgs, 'windowDays'>>;
  unlocks?: Resolver<Array<ResolversTypes['Unlock']>, ParentType, ContextType, Partial<QueryUnlocksArgs>>;
  unlocksConnection?: Resolver<ResolversTypes['UnlocksConnection'], ParentType, ContextType, RequireFields<QueryUnlocksConnectionArgs, 'orderBy'>>;
  usageSpikes?: Resolver<ResolversTypes['UsageSpikes'], ParentType, ContextType, RequireFields<QueryUsageSpikesArgs, 'interval' | 'metric'>>;
  usageVsPrice?: Resolver<Array<ResolversTypes['UsageVsPriceDay']>, ParentType, ContextType, Partial<QueryUsageVsPriceArgs>>;
  validatorById?: Resolver<Maybe<ResolversTypes['Validator']>, ParentType, ContextType, RequireFields<QueryValidatorByIdArgs, 'id'>>;
  validatorIncidents?: Resolver<Maybe<ResolversTypes['ValidatorIncidents']>, ParentType, ContextType, RequireFields<QueryValidatorIncidentsArgs, 'validator'>>;
  validatorRanking?: Resolver<ResolversTypes['ValidatorRanking'], ParentType, ContextType, RequireFields<QueryValidatorRankingArgs, 'orderBy'>>;
  validators?: Resolver<Array<ResolversTypes['Validator']>, ParentType, ContextType, Partial<QueryValidatorsArgs>>;
  validatorsConnection?: Resolver<ResolversTypes['ValidatorsConnection'], ParentType, ContextType, RequireFields<QueryValidatorsConnectionArgs, 'orderBy'>>;
  vestingSchedule?: Resolver<Maybe<ResolversTypes['VestingSchedule']>, ParentType, ContextType, RequireFields<QueryVestingScheduleArgs, 'address'>>;
};

export type RiskComponentsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RiskComponents'] = ResolversParentTypes['RiskComponents']> = {
  commission?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  concentration?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  downtime?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  jailing?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  selfBond?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  slashing?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  chain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchHitKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  route?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SearchResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = {
  hits?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shape?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SettledInferencesResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SettledInferences'] = ResolversParentTypes['SettledInferences']> = {
  declared?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  expanded?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  inLegacyBatches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inPendingBatches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inUnreadableBatches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  legacyBatches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notExpanded?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pendingBatches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unreadableBatches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SettlementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Settlement'] = ResolversParentTypes['Settlement']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  batchSize?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  blobId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  blobNotFound?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  blockNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ethAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inferenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inferences?: Resolver<Array<ResolversTypes['Inference']>, ParentType, ContextType, Partial<SettlementInferencesArgs>>;
  invalidSignatures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SettlementKind'], ParentType, ContextType>;
  merkleRoot?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  relay?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VerificationStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  teeId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  teeNode?: Resolver<Maybe<ResolversTypes['TeeNode']>, ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  txHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validSignatures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type SettlementEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SettlementEdge'] = ResolversParentTypes['SettlementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Settlement'], ParentType, ContextType>;
};

export type SettlementsConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SettlementsConnection'] = ResolversParentTypes['SettlementsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SettlementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SquidStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SquidStatus'] = ResolversParentTypes['SquidStatus']> = {
  base?: Resolver<Maybe<ResolversTypes['ChainHead']>, ParentType, ContextType>;
  height?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  og?: Resolver<Maybe<ResolversTypes['ChainHead']>, ParentType, ContextType>;
};

export type StakingEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StakingEvent'] = ResolversParentTypes['StakingEvent']> = {
  amount?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  blockNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completionTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  delegator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  detectedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dstValidator?: Resolver<Maybe<ResolversTypes['Validator']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StakingEventKind'], ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  txHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validator?: Resolver<Maybe<ResolversTypes['Validator']>, ParentType, ContextType>;
};

export type StakingEventEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StakingEventEdge'] = ResolversParentTypes['StakingEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StakingEvent'], ParentType, ContextType>;
};

export type StakingEventsConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StakingEventsConnection'] = ResolversParentTypes['StakingEventsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StakingEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StakingIncidentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StakingIncident'] = ResolversParentTypes['StakingIncident']> = {
  blockNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  detectedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jailedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  jailedUntilSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StakingIncidentKind'], ParentType, ContextType>;
  lossPer1000?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lossSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reasonNote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slashFraction?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  slashedAmount?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  stakeBefore?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  unjailedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  live?: SubscriptionResolver<ResolversTypes['LiveEvent'], "live", ParentType, ContextType>;
};

export type SupplyPointResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SupplyPoint'] = ResolversParentTypes['SupplyPoint']> = {
  observed?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  projected?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  t?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SupplyScheduleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SupplySchedule'] = ResolversParentTypes['SupplySchedule']> = {
  allocations?: Resolver<Array<ResolversTypes['AllocationSupply']>, ParentType, ContextType>;
  circulating?: Resolver<Array<ResolversTypes['CirculatingPoint']>, ParentType, ContextType>;
  forecastAssumes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  interval?: Resolver<ResolversTypes['ScheduleInterval'], ParentType, ContextType>;
  nextCliff?: Resolver<Maybe<ResolversTypes['Cliff']>, ParentType, ContextType>;
  observedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalSupply?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
};

export type SwapResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Swap'] = ResolversParentTypes['Swap']> = {
  amountOpg?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  amountUsdc?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  blockNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  liquidity?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  priceUsd?: Resolver<ResolversTypes['BigDecimal'], ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sender?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sqrtPriceX96?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  tick?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  txHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  volumeUsd?: Resolver<ResolversTypes['BigDecimal'], ParentType, ContextType>;
};

export type SwapEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SwapEdge'] = ResolversParentTypes['SwapEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Swap'], ParentType, ContextType>;
};

export type SwapsConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SwapsConnection'] = ResolversParentTypes['SwapsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SwapEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TeeNodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TeeNode'] = ResolversParentTypes['TeeNode']> = {
  coveredSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disabledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  disabledSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disabledSinceHeartbeat?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endpoint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  heartbeatCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  heartbeatMaxAge?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  heartbeats?: Resolver<Array<ResolversTypes['Heartbeat']>, ParentType, ContextType, Partial<TeeNodeHeartbeatsArgs>>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inferenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastHeartbeatAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paymentAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pcrHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publicKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  registeredBlock?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  teeType?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uptime?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  validator?: Resolver<Maybe<ResolversTypes['Validator']>, ParentType, ContextType>;
};

export type TeeNodeEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TeeNodeEdge'] = ResolversParentTypes['TeeNodeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TeeNode'], ParentType, ContextType>;
};

export type TeeNodesConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TeeNodesConnection'] = ResolversParentTypes['TeeNodesConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TeeNodeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimeSeriesResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TimeSeries'] = ResolversParentTypes['TimeSeries']> = {
  aggregation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fill?: Resolver<ResolversTypes['GapFill'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  interval?: Resolver<ResolversTypes['TimeInterval'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MetricKind'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['TimeSeriesMetric'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['TimeSeriesPoint']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TimeSeriesPointResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TimeSeriesPoint'] = ResolversParentTypes['TimeSeriesPoint']> = {
  filled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  t?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['BigDecimal']>, ParentType, ContextType>;
};

export type TransferResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Transfer'] = ResolversParentTypes['Transfer']> = {
  amount?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  blockNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  txHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TransferEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TransferEdge'] = ResolversParentTypes['TransferEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType>;
};

export type TransfersConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TransfersConnection'] = ResolversParentTypes['TransfersConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TransferEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TxMethodResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TxMethod'] = ResolversParentTypes['TxMethod']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selector?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UnexpandedBatchResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['UnexpandedBatch'] = ResolversParentTypes['UnexpandedBatch']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  batchSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  blockNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SettlementKind'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VerificationStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type UnexpandedBatchesResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['UnexpandedBatches'] = ResolversParentTypes['UnexpandedBatches']> = {
  batches?: Resolver<Array<ResolversTypes['UnexpandedBatch']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inferences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  match?: Resolver<Maybe<ResolversTypes['UnexpandedBatch']>, ParentType, ContextType>;
};

export type UnlockResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Unlock'] = ResolversParentTypes['Unlock']> = {
  allocation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  beneficiary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  blockNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  txHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UnlockEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['UnlockEdge'] = ResolversParentTypes['UnlockEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Unlock'], ParentType, ContextType>;
};

export type UnlockEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['UnlockEvent'] = ResolversParentTypes['UnlockEvent']> = {
  allocation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  amountUsd?: Resolver<Maybe<ResolversTypes['BigDecimal']>, ParentType, ContextType>;
  circulatingPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['UnlockEventKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supplyPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  until?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type UnlockPressureResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['UnlockPressure'] = ResolversParentTypes['UnlockPressure']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  byAllocation?: Resolver<Array<ResolversTypes['AllocationUnlock']>, ParentType, ContextType>;
  cliffWindowOpg?: Resolver<Maybe<ResolversTypes['BigInt']>, ParentType, ContextType>;
  cliffWindowUsd?: Resolver<Maybe<ResolversTypes['BigDecimal']>, ParentType, ContextType>;
  coverageRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  dailyRevenueUsd?: Resolver<ResolversTypes['BigDecimal'], ParentType, ContextType>;
  daysOfUsageToAbsorbCliff?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  nextCliff?: Resolver<Maybe<ResolversTypes['Cliff']>, ParentType, ContextType>;
  priceUsd?: Resolver<Maybe<ResolversTypes['BigDecimal']>, ParentType, ContextType>;
  revenueUsd?: Resolver<ResolversTypes['BigDecimal'], ParentType, ContextType>;
  trailingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unlockingOpg?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  unlockingUsd?: Resolver<Maybe<ResolversTypes['BigDecimal']>, ParentType, ContextType>;
  windowDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UnlocksConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['UnlocksConnection'] = ResolversParentTypes['UnlocksConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UnlockEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UsagePeriodResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['UsagePeriod'] = ResolversParentTypes['UsagePeriod']> = {
  baseline?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  spike?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  t?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  threshold?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type UsageSpikeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['UsageSpike'] = ResolversParentTypes['UsageSpike']> = {
  baseline?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  daysObservedAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newWalletPaymentShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  newWalletPayments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newWallets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newWalletsNotReturned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notReturnedShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  t?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  threshold?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type UsageSpikesResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['UsageSpikes'] = ResolversParentTypes['UsageSpikes']> = {
  from?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  interval?: Resolver<ResolversTypes['PeriodInterval'], ParentType, ContextType>;
  k?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  madScale?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['SpikeMetric'], ParentType, ContextType>;
  minSpread?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['UsagePeriod']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  spikes?: Resolver<Array<ResolversTypes['UsageSpike']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  window?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UsageVsPriceDayResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['UsageVsPriceDay'] = ResolversParentTypes['UsageVsPriceDay']> = {
  date?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  inferences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  payingWallets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  priceClose?: Resolver<Maybe<ResolversTypes['BigDecimal']>, ParentType, ContextType>;
  revenueUsd?: Resolver<ResolversTypes['BigDecimal'], ParentType, ContextType>;
};

export type ValidatorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Validator'] = ResolversParentTypes['Validator']> = {
  commissionChanges?: Resolver<Array<ResolversTypes['CommissionChange']>, ParentType, ContextType, Partial<ValidatorCommissionChangesArgs>>;
  commissionRate?: Resolver<ResolversTypes['BigDecimal'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBlock?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  delegations?: Resolver<Array<ResolversTypes['Delegation']>, ParentType, ContextType, Partial<ValidatorDelegationsArgs>>;
  delegatorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  delegatorShares?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  jailCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  jailed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  maxCommissionRate?: Resolver<Maybe<ResolversTypes['BigDecimal']>, ParentType, ContextType>;
  minSelfDelegation?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  moniker?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selfBond?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  slashCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stateBlock?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tokens?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  totalSlashed?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
};

export type ValidatorCommissionCheckResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ValidatorCommissionCheck'] = ResolversParentTypes['ValidatorCommissionCheck']> = {
  changes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changesOverMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  commissionRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  exceedsMaxChange?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  largestDailyChange?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  largestDailyChangeAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  outsideRange?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  validator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ValidatorEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ValidatorEdge'] = ResolversParentTypes['ValidatorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Validator'], ParentType, ContextType>;
};

export type ValidatorIncidentsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ValidatorIncidents'] = ResolversParentTypes['ValidatorIncidents']> = {
  incidents?: Resolver<Array<ResolversTypes['StakingIncident']>, ParentType, ContextType>;
  jailed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  validator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ValidatorRankingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ValidatorRanking'] = ResolversParentTypes['ValidatorRanking']> = {
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grossRewardYield?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  networkCommissionRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  networkCommissionRiseRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  networkSlashRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  priorRisk?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  priorYears?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rewardWindowDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slashFraction?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalStake?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  validators?: Resolver<Array<ResolversTypes['ValidatorRisk']>, ParentType, ContextType>;
  weights?: Resolver<ResolversTypes['RiskComponents'], ParentType, ContextType>;
};

export type ValidatorRiskResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ValidatorRisk'] = ResolversParentTypes['ValidatorRisk']> = {
  ageYears?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  annualSlashProbability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  commissionChanges?: Resolver<Array<ResolversTypes['CommissionChange']>, ParentType, ContextType>;
  commissionIncrease90d?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  commissionRate?: Resolver<ResolversTypes['BigDecimal'], ParentType, ContextType>;
  commissionTrend?: Resolver<ResolversTypes['CommissionTrend'], ParentType, ContextType>;
  components?: Resolver<ResolversTypes['RiskComponents'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  delegatorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  earning?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expectedCommission?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  expectedLossPer1000?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  expectedRewardPer1000?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  inflow30d?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  jailCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  jailed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  maxCommissionRate?: Resolver<Maybe<ResolversTypes['BigDecimal']>, ParentType, ContextType>;
  netFlow30d?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  netPer1000?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  outflow30d?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rankNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordRisk?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  risk?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  selfBond?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  selfBondShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  slashAndJailHistory?: Resolver<Array<ResolversTypes['StakingEvent']>, ParentType, ContextType>;
  slashCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slashFraction?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  stake?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  stakeShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  teeNodes?: Resolver<Array<ResolversTypes['TeeNode']>, ParentType, ContextType>;
  teeUptime?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  totalSlashed?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  validator?: Resolver<ResolversTypes['Validator'], ParentType, ContextType>;
};

export type ValidatorsConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ValidatorsConnection'] = ResolversParentTypes['ValidatorsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ValidatorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VestingReleaseResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['VestingRelease'] = ResolversParentTypes['VestingRelease']> = {
  amount?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['UnlockEventKind'], ParentType, ContextType>;
  until?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type VestingScheduleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['VestingSchedule'] = ResolversParentTypes['VestingSchedule']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  allocation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  allocationFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  allocationLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  beneficiary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  beneficiaryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cliffDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  cliffMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  durationDays?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  firstRelease?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  holdings?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  holdingsPercentOfAllocation?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AllocationKind'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastRelease?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  nextRelease?: Resolver<Maybe<ResolversTypes['VestingRelease']>, ParentType, ContextType>;
  releasableNow?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  released?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  releases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  scheduledReleased?: Resolver<ResolversTypes['BigInt'], ParentType, ContextType>;
  sourceKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  tgePercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  topBeneficiaries?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  vestingEnd?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  vestingMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  Account?: AccountResolvers<ContextType>;
  AccountEdge?: AccountEdgeResolvers<ContextType>;
  AccountFunding?: AccountFundingResolvers<ContextType>;
  AccountKind?: AccountKindResolvers<ContextType>;
  AccountUsage?: AccountUsageResolvers<ContextType>;
  AccountsConnection?: AccountsConnectionResolvers<ContextType>;
  AddressOnChain?: AddressOnChainResolvers<ContextType>;
  AllocationDailyUnlock?: AllocationDailyUnlockResolvers<ContextType>;
  AllocationDailyUnlockEdge?: AllocationDailyUnlockEdgeResolvers<ContextType>;
  AllocationDailyUnlocksConnection?: AllocationDailyUnlocksConnectionResolvers<ContextType>;
  AllocationRow?: AllocationRowResolvers<ContextType>;
  AllocationSupply?: AllocationSupplyResolvers<ContextType>;
  AllocationUnlock?: AllocationUnlockResolvers<ContextType>;
  Allocations?: AllocationsResolvers<ContextType>;
  BaseDailyStat?: BaseDailyStatResolvers<ContextType>;
  BaseDailyStatEdge?: BaseDailyStatEdgeResolvers<ContextType>;
  BaseDailyStatsConnection?: BaseDailyStatsConnectionResolvers<ContextType>;
  BaseHourlyStat?: BaseHourlyStatResolvers<ContextType>;
  BaseHourlyStatEdge?: BaseHourlyStatEdgeResolvers<ContextType>;
  BaseHourlyStatsConnection?: BaseHourlyStatsConnectionResolvers<ContextType>;
  BigDecimal?: GraphQLScalarType;
  BigInt?: GraphQLScalarType;
  Bytes?: GraphQLScalarType;
  ChainBlock?: ChainBlockResolvers<ContextType>;
  ChainBlockSummary?: ChainBlockSummaryResolvers<ContextType>;
  ChainHead?: ChainHeadResolvers<ContextType>;
  ChainLog?: ChainLogResolvers<ContextType>;
  ChainTransaction?: ChainTransactionResolvers<ContextType>;
  ChainTxSummary?: ChainTxSummaryResolvers<ContextType>;
  CirculatingPoint?: CirculatingPointResolvers<ContextType>;
  Cliff?: CliffResolvers<ContextType>;
  CohortRetention?: CohortRetentionResolvers<ContextType>;
  CommissionChange?: CommissionChangeResolvers<ContextType>;
  CommissionChangeEdge?: CommissionChangeEdgeResolvers<ContextType>;
  CommissionChangesConnection?: CommissionChangesConnectionResolvers<ContextType>;
  CommissionLimits?: CommissionLimitsResolvers<ContextType>;
  CommissionTrend?: CommissionTrendResolvers<ContextType>;
  DailyPayer?: DailyPayerResolvers<ContextType>;
  DailyPayerEdge?: DailyPayerEdgeResolvers<ContextType>;
  DailyPayersConnection?: DailyPayersConnectionResolvers<ContextType>;
  DailyStat?: DailyStatResolvers<ContextType>;
  DailyStatEdge?: DailyStatEdgeResolvers<ContextType>;
  DailyStatsConnection?: DailyStatsConnectionResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DecodedLogArg?: DecodedLogArgResolvers<ContextType>;
  Delegation?: DelegationResolvers<ContextType>;
  DelegationEdge?: DelegationEdgeResolvers<ContextType>;
  DelegationsConnection?: DelegationsConnectionResolvers<ContextType>;
  Heartbeat?: HeartbeatResolvers<ContextType>;
  HeartbeatEdge?: HeartbeatEdgeResolvers<ContextType>;
  HeartbeatsConnection?: HeartbeatsConnectionResolvers<ContextType>;
  IndexingIssue?: IndexingIssueResolvers<ContextType>;
  IndexingIssueEdge?: IndexingIssueEdgeResolvers<ContextType>;
  IndexingIssuesConnection?: IndexingIssuesConnectionResolvers<ContextType>;
  Inference?: InferenceResolvers<ContextType>;
  InferenceDailyGroup?: InferenceDailyGroupResolvers<ContextType>;
  InferenceDailyGroupEdge?: InferenceDailyGroupEdgeResolvers<ContextType>;
  InferenceDailyGroupsConnection?: InferenceDailyGroupsConnectionResolvers<ContextType>;
  InferenceEdge?: InferenceEdgeResolvers<ContextType>;
  InferenceProof?: InferenceProofResolvers<ContextType>;
  InferencesConnection?: InferencesConnectionResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LatestBlocks?: LatestBlocksResolvers<ContextType>;
  LatestTransactions?: LatestTransactionsResolvers<ContextType>;
  LiveEvent?: LiveEventResolvers<ContextType>;
  LiveHead?: LiveHeadResolvers<ContextType>;
  LiveHeads?: LiveHeadsResolvers<ContextType>;
  LivePayment?: LivePaymentResolvers<ContextType>;
  LiveSettlement?: LiveSettlementResolvers<ContextType>;
  NextUnlock?: NextUnlockResolvers<ContextType>;
  OgDailyStat?: OgDailyStatResolvers<ContextType>;
  OgDailyStatEdge?: OgDailyStatEdgeResolvers<ContextType>;
  OgDailyStatsConnection?: OgDailyStatsConnectionResolvers<ContextType>;
  OgHourlyStat?: OgHourlyStatResolvers<ContextType>;
  OgHourlyStatEdge?: OgHourlyStatEdgeResolvers<ContextType>;
  OgHourlyStatsConnection?: OgHourlyStatsConnectionResolvers<ContextType>;
  OpgToken?: OpgTokenResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PayerCohort?: PayerCohortResolvers<ContextType>;
  PayerCohorts?: PayerCohortsResolvers<ContextType>;
  PayerConcentration?: PayerConcentrationResolvers<ContextType>;
  PayerConcentrationPeriod?: PayerConcentrationPeriodResolvers<ContextType>;
  PayerPeriod?: PayerPeriodResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PaymentEdge?: PaymentEdgeResolvers<ContextType>;
  PaymentsConnection?: PaymentsConnectionResolvers<ContextType>;
  Pcr?: PcrResolvers<ContextType>;
  PcrEdge?: PcrEdgeResolvers<ContextType>;
  PcrsConnection?: PcrsConnectionResolvers<ContextType>;
  PriceCandle?: PriceCandleResolvers<ContextType>;
  PriceCandleEdge?: PriceCandleEdgeResolvers<ContextType>;
  PriceCandlesConnection?: PriceCandlesConnectionResolvers<ContextType>;
  ProofCoverage?: ProofCoverageResolvers<ContextType>;
  ProofCoverageRow?: ProofCoverageRowResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RiskComponents?: RiskComponentsResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  SettledInferences?: SettledInferencesResolvers<ContextType>;
  Settlement?: SettlementResolvers<ContextType>;
  SettlementEdge?: SettlementEdgeResolvers<ContextType>;
  SettlementsConnection?: SettlementsConnectionResolvers<ContextType>;
  SquidStatus?: SquidStatusResolvers<ContextType>;
  StakingEvent?: StakingEventResolvers<ContextType>;
  StakingEventEdge?: StakingEventEdgeResolvers<ContextType>;
  StakingEventsConnection?: StakingEventsConnectionResolvers<ContextType>;
  StakingIncident?: StakingIncidentResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SupplyPoint?: SupplyPointResolvers<ContextType>;
  SupplySchedule?: SupplyScheduleResolvers<ContextType>;
  Swap?: SwapResolvers<ContextType>;
  SwapEdge?: SwapEdgeResolvers<ContextType>;
  SwapsConnection?: SwapsConnectionResolvers<ContextType>;
  TeeNode?: TeeNodeResolvers<ContextType>;
  TeeNodeEdge?: TeeNodeEdgeResolvers<ContextType>;
  TeeNodesConnection?: TeeNodesConnectionResolvers<ContextType>;
  TimeSeries?: TimeSeriesResolvers<ContextType>;
  TimeSeriesPoint?: TimeSeriesPointResolvers<ContextType>;
  Transfer?: TransferResolvers<ContextType>;
  TransferEdge?: TransferEdgeResolvers<ContextType>;
  TransfersConnection?: TransfersConnectionResolvers<ContextType>;
  TxMethod?: TxMethodResolvers<ContextType>;
  UnexpandedBatch?: UnexpandedBatchResolvers<ContextType>;
  UnexpandedBatches?: UnexpandedBatchesResolvers<ContextType>;
  Unlock?: UnlockResolvers<ContextType>;
  UnlockEdge?: UnlockEdgeResolvers<ContextType>;
  UnlockEvent?: UnlockEventResolvers<ContextType>;
  UnlockPressure?: UnlockPressureResolvers<ContextType>;
  UnlocksConnection?: UnlocksConnectionResolvers<ContextType>;
  UsagePeriod?: UsagePeriodResolvers<ContextType>;
  UsageSpike?: UsageSpikeResolvers<ContextType>;
  UsageSpikes?: UsageSpikesResolvers<ContextType>;
  UsageVsPriceDay?: UsageVsPriceDayResolvers<ContextType>;
  Validator?: ValidatorResolvers<ContextType>;
  ValidatorCommissionCheck?: ValidatorCommissionCheckResolvers<ContextType>;
  ValidatorEdge?: ValidatorEdgeResolvers<ContextType>;
  ValidatorIncidents?: ValidatorIncidentsResolvers<ContextType>;
  ValidatorRanking?: ValidatorRankingResolvers<ContextType>;
  ValidatorRisk?: ValidatorRiskResolvers<ContextType>;
  ValidatorsConnection?: ValidatorsConnectionResolvers<ContextType>;
  VestingRelease?: VestingReleaseResolvers<ContextType>;
  VestingSchedule?: VestingScheduleResolvers<ContextType>;
};


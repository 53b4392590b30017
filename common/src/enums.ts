/**
 * Value lists of the schema's enums that code outside the indexer needs at run time (filters, menus,
 * validation). The indexer's own enums are generated from schema.graphql; these lists are checked
 * against it by enums.test.ts, so a value added to the schema cannot be forgotten here. Each list is
 * in the order people see it in the web app's filters, not the schema's order.
 */

export const SETTLEMENT_KINDS = ['BATCH', 'INDIVIDUAL', 'LEGACY_SINGLE', 'LEGACY_BATCH', 'LEGACY_METADATA', 'HUB'] as const
export type SettlementKind = (typeof SETTLEMENT_KINDS)[number]

export const VERIFICATION_STATUSES = ['VERIFIED', 'PARTIAL', 'INVALID', 'MISSING', 'PENDING', 'UNVERIFIABLE', 'EXPIRED'] as const
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number]

export const INFERENCE_MODES = ['TEE', 'ZKML', 'VANILLA', 'UNKNOWN'] as const
export type InferenceMode = (typeof INFERENCE_MODES)[number]

export const PAYMENT_SCHEMES = ['EXACT', 'UPTO'] as const
export type PaymentScheme = (typeof PAYMENT_SCHEMES)[number]

export const CANDLE_INTERVALS = ['HOUR', 'DAY'] as const
export type CandleInterval = (typeof CANDLE_INTERVALS)[number]

/** Every list above under its schema enum's name, for the test that holds them to schema.graphql. */
export const SCHEMA_ENUMS = {
  SettlementKind: SETTLEMENT_KINDS,
  VerificationStatus: VERIFICATION_STATUSES,
  InferenceMode: INFERENCE_MODES,
  PaymentScheme: PAYMENT_SCHEMES,
  CandleInterval: CANDLE_INTERVALS,
} as const

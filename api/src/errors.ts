import type { GraphQLError } from 'graphql'
import { createGraphQLError } from 'graphql-yoga'

/**
 * Every error a client can cause carries one of these codes in `extensions.code`, so a caller can
 * tell "fix your query" from "try again later" without parsing messages. Anything else is masked.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  DEPTH_LIMIT: 'DEPTH_LIMIT',
  COST_LIMIT: 'COST_LIMIT',
  ALIAS_LIMIT: 'ALIAS_LIMIT',
  TOKEN_LIMIT: 'TOKEN_LIMIT',
  DIRECTIVE_LIMIT: 'DIRECTIVE_LIMIT',
  PAGE_SIZE_LIMIT: 'PAGE_SIZE_LIMIT',
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  FILTER_TOO_COMPLEX: 'FILTER_TOO_COMPLEX',
  RANGE_TOO_LARGE: 'RANGE_TOO_LARGE',
  INTERVAL_NOT_AVAILABLE: 'INTERVAL_NOT_AVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  RATE_LIMITED: 'RATE_LIMITED',
  REQUEST_TOO_LARGE: 'REQUEST_TOO_LARGE',
  NOT_FOUND: 'NOT_FOUND',
  /** the server has no capacity for this request now (export slots and queue full, no pooled connection); retry later */
  OVERLOADED: 'OVERLOADED',
  /** a chain's node did not answer a read the API makes for it (api/src/chain); never means "not found" */
  CHAIN_UNAVAILABLE: 'CHAIN_UNAVAILABLE',
  /** an unexpected failure; details stay in the server log */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode]

export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return createGraphQLError(message, { extensions: { code, ...extra } })
}

export function badInput(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return apiError(ErrorCode.BAD_USER_INPUT, message, extra)
}

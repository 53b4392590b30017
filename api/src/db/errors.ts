import { ErrorCode, apiError } from '../errors'

/** Postgres failures a client can cause get a code; everything else stays an internal (masked) error. */
export function translateDbError(error: unknown, statementTimeoutMs: number): unknown {
  const code = (error as { code?: string } | null)?.code
  if (code === '57014') {
    return apiError(ErrorCode.QUERY_TIMEOUT, `the query ran longer than ${statementTimeoutMs} ms and was cancelled; narrow the filter or the range`)
  }
  return error
}

import { ErrorCode, apiError, badInput } from '../errors'

export interface PageLimits {
  maxPageSize: number
  defaultPageSize: number
}

/** limit / first: absent means the default page, above the maximum is an error rather than a silent cut. */
export function takePageSize(value: number | null | undefined, argument: string, limits: PageLimits): number {
  if (value == null) return limits.defaultPageSize
  if (!Number.isInteger(value) || value < 0) throw badInput(`${argument} must be a non-negative integer`)
  if (value > limits.maxPageSize) {
    throw apiError(ErrorCode.PAGE_SIZE_LIMIT, `${argument} is ${value}, above the maximum page size of ${limits.maxPageSize}; page with offset or cursors`, {
      max: limits.maxPageSize,
    })
  }
  return value
}

export function takeOffset(value: number | null | undefined): number {
  if (value == null) return 0
  if (!Number.isInteger(value) || value < 0) throw badInput('offset must be a non-negative integer')
  return value
}

/** Cursors are the position after an item, as OpenReader's are; anything else is rejected. */
export function decodeCursor(after: string | null | undefined): number {
  if (after == null || after === '') return 0
  if (!/^\d{1,12}$/.test(after)) throw badInput(`invalid cursor "${after.slice(0, 40)}"`)
  return Number(after)
}

export function encodeCursor(position: number): string {
  return String(position)
}

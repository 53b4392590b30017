import { type BucketInterval, DAY_MS, HOUR_MS, floorToBucket, nextBucket } from '@og-explorer/common'
import { ErrorCode, apiError, badInput } from '../errors'

// The buckets themselves are common's (the indexer writes the same hours and days); re-exported for the
// analytics modules that take them from here with bucketStarts.
export { DAY_MS, HOUR_MS, floorToBucket, nextBucket }
export type Interval = BucketInterval

/** Bucket starts from the bucket holding `from` through the one holding `to`, at most `max` of them. */
export function bucketStarts(from: number, to: number, interval: Interval, max: number): number[] {
  if (to < from) throw badInput('"to" is before "from"')
  const out: number[] = []
  for (let t = floorToBucket(from, interval); t <= to; t = nextBucket(t, interval)) {
    out.push(t)
    if (out.length > max)
      throw apiError(ErrorCode.RANGE_TOO_LARGE, `the range holds more than ${max} ${interval.toLowerCase()} buckets; narrow it or use a longer interval`)
  }
  return out
}

const DAY = 86_400

/** UTC day id, YYYY-MM-DD, for a block timestamp in milliseconds (Subsquid's header.timestamp). */
export function dayId(timestampMs: number): string {
  return new Date(Math.floor(timestampMs / 1000 / DAY) * DAY * 1000).toISOString().slice(0, 10)
}

export function dayStart(timestampMs: number): Date {
  return new Date(Math.floor(timestampMs / 1000 / DAY) * DAY * 1000)
}

export function hourStart(timestampMs: number): Date {
  return new Date(Math.floor(timestampMs / 3_600_000) * 3_600_000)
}

/** UTC hour id, YYYY-MM-DDTHH, which sorts like the hour itself. */
export function hourId(timestampMs: number): string {
  return hourStart(timestampMs).toISOString().slice(0, 13)
}

/** id for rows keyed by a log: txHash-logIndex */
export function logId(log: { transactionHash: string; logIndex: number }): string {
  return `${log.transactionHash}-${log.logIndex}`
}

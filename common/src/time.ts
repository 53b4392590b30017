const DAY = 86_400

// Handlers ask for the day and hour of every log, and a block's logs share one timestamp: the last
// answer is kept, since formatting a date costs more than the rest of a transfer's bookkeeping.
let lastDay = { start: NaN, id: '' }
let lastHour = { start: NaN, id: '' }

/** UTC day id, YYYY-MM-DD, for a block timestamp in milliseconds (Subsquid's header.timestamp). */
export function dayId(timestampMs: number): string {
  const start = Math.floor(timestampMs / 1000 / DAY) * DAY * 1000
  if (start !== lastDay.start) lastDay = { start, id: new Date(start).toISOString().slice(0, 10) }
  return lastDay.id
}

export function dayStart(timestampMs: number): Date {
  return new Date(Math.floor(timestampMs / 1000 / DAY) * DAY * 1000)
}

export function hourStart(timestampMs: number): Date {
  return new Date(Math.floor(timestampMs / 3_600_000) * 3_600_000)
}

/** UTC hour id, YYYY-MM-DDTHH, which sorts like the hour itself. */
export function hourId(timestampMs: number): string {
  const start = Math.floor(timestampMs / 3_600_000) * 3_600_000
  if (start !== lastHour.start) lastHour = { start, id: new Date(start).toISOString().slice(0, 13) }
  return lastHour.id
}

/** id for rows keyed by a log: txHash-logIndex */
export function logId(log: { transactionHash: string; logIndex: number }): string {
  return `${log.transactionHash}-${log.logIndex}`
}

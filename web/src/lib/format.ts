/**
 * Formatting for everything the explorer shows. Each formatter returns the short text for the page
 * and, where something is abbreviated, the exact text for the hover title, so a reader can always
 * get the full value.
 */

import { OPG_DECIMALS, formatUnits, unitsToNumber } from '@og-explorer/common'

export interface Formatted {
  text: string
  /** the exact value, for a title attribute */
  exact: string
}

const SUFFIXES: Array<[number, string]> = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'k'],
]

/** 1234 → "1,234"; the exact grouping used in titles and tables */
export function formatInteger(n: number | bigint): string {
  if (typeof n === 'bigint') return groupDigits(n.toString())
  if (!Number.isFinite(n)) return '—'
  return groupDigits(Math.round(n).toString())
}

function groupDigits(digits: string): string {
  const negative = digits.startsWith('-')
  const body = negative ? digits.slice(1) : digits
  const grouped = body.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return negative ? `-${grouped}` : grouped
}

/** A number with at most `digits` significant digits after abbreviation: 1234567 → "1.23 M". */
export function formatCompact(n: number, digits = 3): string {
  if (!Number.isFinite(n)) return '—'
  const abs = Math.abs(n)
  for (const [size, suffix] of SUFFIXES) {
    if (abs >= size * 0.9995) return `${trimNumber(n / size, digits)} ${suffix}`
  }
  if (abs >= 1 || abs === 0) return trimNumber(n, Math.max(digits, String(Math.trunc(abs)).length))
  return trimNumber(n, digits)
}

/** Rounds to `sig` significant digits without trailing zeros or exponent notation. */
function trimNumber(n: number, sig: number): string {
  if (n === 0) return '0'
  const magnitude = Math.floor(Math.log10(Math.abs(n)))
  const decimals = Math.max(0, sig - 1 - magnitude)
  const fixed = n.toFixed(Math.min(decimals, 20))
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed
  const [int, frac] = trimmed.split('.')
  return frac ? `${groupDigits(int)}.${frac}` : groupDigits(int)
}

/** A noun that counts things: its singular and plural, e.g. ['wallet', 'wallets']. */
export type Noun = readonly [one: string, many: string]

/**
 * A count with its unit: abbreviated text, exact title. A unit that is a noun takes the singular for
 * exactly one ("1 wallet"); a plain string (an abbreviation like "tx" or "OPG") is used as it is.
 */
export function formatCount(n: number | null | undefined, unit?: string | Noun): Formatted {
  if (n == null || !Number.isFinite(n)) return { text: '—', exact: 'no data' }
  const word = unit === undefined ? '' : typeof unit === 'string' ? unit : pluralWord(n, unit[0], unit[1])
  const u = word ? ` ${word}` : ''
  return { text: `${formatCompact(n)}${u}`, exact: `${formatInteger(n)}${u}` }
}

/** Token base units (a decimal string, e.g. OPG wei) → exact decimal string in whole tokens, digits grouped. */
export function formatUnitsExact(amount: string | bigint, decimals = OPG_DECIMALS): string {
  const [int, frac] = formatUnits(typeof amount === 'bigint' ? amount : BigInt(amount), decimals).split('.')
  return frac ? `${groupDigits(int)}.${frac}` : groupDigits(int)
}

export { unitsToNumber }

/** OPG wei → "1.23 M OPG" with the exact amount in the title. */
export function formatOpg(wei: string | bigint | null | undefined): Formatted {
  if (wei == null) return { text: '—', exact: 'no data' }
  const whole = unitsToNumber(wei)
  return { text: `${formatCompact(whole)} OPG`, exact: `${formatUnitsExact(wei)} OPG` }
}

/** A USD amount (BigDecimal string or number). Prices below $1 keep four significant digits. */
export function formatUsd(value: string | number | null | undefined): Formatted {
  if (value == null || value === '') return { text: '—', exact: 'no data' }
  const n = typeof value === 'string' ? Number(value) : value
  if (!Number.isFinite(n)) return { text: '—', exact: 'no data' }
  const sign = n < 0 ? '-' : ''
  const abs = Math.abs(n)
  const text = abs >= 1000 ? formatCompact(abs) : abs >= 1 ? abs.toFixed(2) : trimNumber(abs, 4)
  const exact = typeof value === 'string' ? value.replace(/^-/, '') : String(abs)
  return { text: `${sign}$${text}`, exact: `${sign}$${exact} USD` }
}

/** A fraction 0..1 → "19.0%". */
export function formatPercent(fraction: number | null | undefined, digits = 1): Formatted {
  if (fraction == null || !Number.isFinite(fraction)) return { text: '—', exact: 'no data' }
  const pct = fraction * 100
  return { text: `${pct.toFixed(digits)}%`, exact: `${pct}%` }
}

const pad = (n: number) => String(n).padStart(2, '0')

function toDate(value: string | number | Date): Date {
  return value instanceof Date ? value : new Date(value)
}

/** "2026-05-01" (UTC) */
export function formatDay(value: string | number | Date): string {
  const d = toDate(value)
  if (Number.isNaN(d.getTime())) return '—'
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

/** "2026-05-01 14:03 UTC" */
export function formatDateTime(value: string | number | Date | null | undefined, seconds = false): string {
  if (value == null) return '—'
  const d = toDate(value)
  if (Number.isNaN(d.getTime())) return '—'
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${seconds ? `:${pad(d.getUTCSeconds())}` : ''}`
  return `${formatDay(d)} ${time} UTC`
}

/** "May 1" for chart axes (UTC) */
export function formatAxisDay(ms: number): string {
  const d = new Date(ms)
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`
}

/** "May 2026" for long axes (UTC) */
export function formatAxisMonth(ms: number): string {
  const d = new Date(ms)
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "3 h ago", relative to `now` */
export function formatAge(value: string | number | Date | null | undefined, now: number = Date.now()): string {
  if (value == null) return '—'
  const ms = toDate(value).getTime()
  if (Number.isNaN(ms)) return '—'
  const s = Math.round((now - ms) / 1000)
  const future = s < 0
  const a = Math.abs(s)
  const text = a < 60 ? `${a} s` : a < 3600 ? `${Math.floor(a / 60)} min` : a < 86400 ? `${Math.floor(a / 3600)} h` : `${Math.floor(a / 86400)} d`
  return future ? `in ${text}` : `${text} ago`
}

/** A duration in seconds → "2 h 5 min" */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds)) return '—'
  const s = Math.round(seconds)
  if (s < 60) return `${s} s`
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`
  if (s < 86400) return `${Math.floor(s / 3600)} h${Math.floor((s % 3600) / 60) ? ` ${Math.floor((s % 3600) / 60)} min` : ''}`
  return `${Math.floor(s / 86400)} d${Math.floor((s % 86400) / 3600) ? ` ${Math.floor((s % 86400) / 3600)} h` : ''}`
}

/** "1 batch", "2 batches": the word for `n`, with the number grouped. */
export function plural(n: number, one: string, many: string): string {
  return `${formatInteger(n)} ${pluralWord(n, one, many)}`
}

const ENGLISH_PLURALS = new Intl.PluralRules('en-US')

/**
 * The word alone, for a number the caller formats itself (decimals, a ternary, a number in its own
 * element). English has one singular form, for exactly 1 (and -1); 0 and 1.5 take the plural.
 */
export function pluralWord(n: number, one: string, many: string): string {
  return ENGLISH_PLURALS.select(Math.abs(n)) === 'one' ? one : many
}

/** A leaf's position for people: the tree stores leaves from 0, a reader counts from 1. */
export function leafNumber(leafIndex: number): string {
  return formatInteger(leafIndex + 1)
}

/** "0x1234…abcd" */
export function shortenHash(value: string | null | undefined, head = 6, tail = 4): string {
  if (!value) return '—'
  if (value.length <= head + tail + 1) return value
  return `${value.slice(0, head)}…${value.slice(-tail)}`
}

/** Settlement kinds and verification statuses as people read them. */
export const KIND_LABELS: Record<string, string> = {
  BATCH: 'Batch',
  INDIVIDUAL: 'Individual',
  LEGACY_SINGLE: 'Legacy single',
  LEGACY_BATCH: 'Legacy batch',
  LEGACY_METADATA: 'Legacy metadata',
  HUB: 'Hub',
}

export const STATUS_LABELS: Record<string, string> = {
  PENDING: 'Pending',
  VERIFIED: 'Verified',
  PARTIAL: 'Partial',
  INVALID: 'Invalid',
  MISSING: 'Blob missing',
  UNVERIFIABLE: 'Cannot be checked',
  EXPIRED: 'Blob expired',
}

export function titleCase(value: string): string {
  return value
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ')
}

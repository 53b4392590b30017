/**
 * Unlock pressure in words a person reads: a ratio of 4e-6 or "14.3 M days" is correct and
 * useless, so small ratios become "1 : 257,000", moderate ones a percentage, and long durations
 * months or years with a ceiling.
 */
import { formatInteger, plural, pluralWord } from '../../lib/format'

/** Rounds to three significant digits, so "1 : 257,000" rather than "1 : 257,183". */
function threeSignificant(n: number): number {
  if (n === 0) return 0
  const step = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 2)
  return Math.round(n / step) * step
}

/** revenue ÷ unlocks in words: "1 : 257,000" below 1 %, a percentage up to 100 %, "2.4 : 1" above. */
export function coverageWords(ratio: number | null): string {
  if (ratio == null || !Number.isFinite(ratio)) return '—'
  if (ratio === 0) return '0 % (no revenue)'
  if (ratio >= 1) return `${ratio >= 10 ? formatInteger(threeSignificant(ratio)) : ratio.toFixed(1)} : 1`
  if (ratio >= 0.01) return `${(ratio * 100).toFixed(ratio >= 0.1 ? 0 : 1)} %`
  return `1 : ${formatInteger(threeSignificant(1 / ratio))}`
}

const YEAR_DAYS = 365.25
const MONTH_DAYS = YEAR_DAYS / 12
/** beyond this a duration says only that it is longer: a precise "40,000 years" misleads as much as it informs */
const MAX_YEARS = 100

/** A number of days as days, months or years; "more than 100 years" past that. */
export function durationWords(days: number | null): string {
  if (days == null || !Number.isFinite(days)) return '—'
  if (days < 1) return 'under a day'
  if (days < 61) return plural(Math.round(days), 'day', 'days')
  if (days < 2 * YEAR_DAYS) return plural(Math.round(days / MONTH_DAYS), 'month', 'months')
  const years = days / YEAR_DAYS
  if (years > MAX_YEARS) return `more than ${plural(MAX_YEARS, 'year', 'years')}`
  const shown = years < 10 ? Number(years.toFixed(1)) : Math.round(years)
  return `${years < 10 ? years.toFixed(1) : shown} ${pluralWord(shown, 'year', 'years')}`
}

/** The trailing window as it really is: "trailing 225 days (all indexed so far)" when the index is shorter than asked. */
export function trailingWords(trailingDays: number, windowDays: number): string {
  if (trailingDays <= 0) return 'no indexed days yet'
  const days = `trailing ${plural(trailingDays, 'day', 'days')}`
  return trailingDays < windowDays ? `${days} (all indexed so far)` : days
}
